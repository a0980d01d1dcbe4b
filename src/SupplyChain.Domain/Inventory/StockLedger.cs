using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Inventory;

/// <summary>
/// The stock of one product at one facility, kept as a ledger of <see cref="StockMovement"/>s. Every balance is the
/// sum of the movements into its bucket minus those out of it, so no unit appears or vanishes without a line.
/// </summary>
/// <remarks>
/// <see cref="Post"/> refuses a movement that would take a bucket below zero (rule
/// <see cref="DomainRules.InventoryBalanceNotNegative"/>) and then records nothing. The balances are a running fold
/// of <see cref="Movements"/>, updated only by <see cref="Post"/> after every check has passed. The movements are the
/// ledger's history: <see cref="Version"/> counts them, and <see cref="Rebuild"/> turns them back into an equal ledger.
/// A ledger is an aggregate (the stock of one product at one facility) and compares by reference.
/// </remarks>
public sealed class StockLedger
{
    private static readonly StockBucket[] Buckets = Enum.GetValues<StockBucket>();
    private readonly List<StockMovement> _movements = [];
    private readonly int[] _balances = new int[Buckets.Length + 1];

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="product">The product.</param>
    /// <param name="facility">The facility that holds it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> or <paramref name="facility"/> is null.</exception>
    public StockLedger(ProductId product, FacilityId facility)
    {
        Product = Guard.NotNull(product);
        Facility = Guard.NotNull(facility);
    }

    /// <summary>The product.</summary>
    public ProductId Product { get; }

    /// <summary>The facility.</summary>
    public FacilityId Facility { get; }

    /// <summary>The movements in the order they were posted.</summary>
    public IReadOnlyList<StockMovement> Movements => _movements.AsReadOnly();

    /// <summary>
    /// The ledger's version: the number of movements posted (0 for a new ledger); each accepted <see cref="Post"/> adds
    /// one and a refused one none. A store that appends movement <c>n + 1</c> only while it holds version <c>n</c>
    /// detects a concurrent writer.
    /// </summary>
    public int Version => _movements.Count;

    /// <summary>Usable units: fulfillable + reserved.</summary>
    public int OnHand => checked(Balance(StockBucket.Fulfillable) + Balance(StockBucket.Reserved));

    /// <summary>Units inbound and not yet received: working + shipped + receiving.</summary>
    public int Inbound => checked(Balance(StockBucket.InboundWorking) + Balance(StockBucket.InboundShipped) + Balance(StockBucket.InboundReceiving));

    /// <summary>Unsellable units, all reasons together.</summary>
    public int Unfulfillable
    {
        get
        {
            var total = 0;
            foreach (var bucket in Buckets)
            {
                if (StockMovement.IsUnfulfillable(bucket))
                {
                    total = checked(total + Balance(bucket));
                }
            }

            return total;
        }
    }

    /// <summary>The inventory position: on hand + inbound − backordered, with the reserved units stated.</summary>
    public InventoryPosition Position => new(OnHand) { OnOrder = Inbound, Backordered = Balance(StockBucket.Backordered), Reserved = Balance(StockBucket.Reserved) };

    /// <summary>The units in one bucket.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>Its balance, never negative.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucket"/> is not a defined value.</exception>
    public int Balance(StockBucket bucket) =>
        Enum.IsDefined(bucket)
            ? _balances[(int)bucket]
            : throw new ArgumentOutOfRangeException(nameof(bucket), bucket, Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(bucket), nameof(StockBucket)));

    /// <summary>Records a movement and updates the balances.</summary>
    /// <param name="movement">The movement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="movement"/> is null.</exception>
    /// <exception cref="DomainRuleException">The movement takes more units out of a bucket than it holds (rule <see cref="DomainRules.InventoryBalanceNotNegative"/>); nothing is recorded.</exception>
    /// <exception cref="OverflowException">A balance would exceed <see cref="int.MaxValue"/>; nothing is recorded.</exception>
    public void Post(StockMovement movement)
    {
        Guard.NotNull(movement);
        int? newFrom = null;
        int? newTo = null;
        if (movement.From is { } from)
        {
            var held = _balances[(int)from];
            if (held < movement.Quantity)
            {
                throw new DomainRuleException(DomainRules.InventoryBalanceNotNegative,
                    Guard.Format(ErrorMessages.StockInsufficient, movement.Kind, movement.Quantity, from, held, Product, Facility));
            }

            newFrom = held - movement.Quantity;
        }

        if (movement.To is { } to)
        {
            newTo = checked(_balances[(int)to] + movement.Quantity);
        }

        // Every check passed: now, and only now, change state.
        _movements.Add(movement);
        if (newFrom is { } f)
        {
            _balances[(int)movement.From!.Value] = f;
        }

        if (newTo is { } t)
        {
            _balances[(int)movement.To!.Value] = t;
        }
    }

    /// <summary>
    /// Rebuilds a ledger from its history: a new ledger of <paramref name="product"/> at <paramref name="facility"/> with
    /// every movement posted in order. The result has the same movements, version and balances as the ledger that
    /// recorded them.
    /// </summary>
    /// <param name="product">The product.</param>
    /// <param name="facility">The facility that holds it.</param>
    /// <param name="movements">The movements, oldest first (<see cref="Movements"/> of the original); may be empty.</param>
    /// <returns>A new ledger in the state the history leads to.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="movements"/> holds null.</exception>
    /// <exception cref="ArgumentException">A movement does not follow from the ones before it: the ledger refuses it (the refusal is the inner exception).</exception>
    public static StockLedger Rebuild(ProductId product, FacilityId facility, IEnumerable<StockMovement> movements)
    {
        var ledger = new StockLedger(product, facility);
        var history = Guard.CopyItems(movements, requireOne: false);
        for (var i = 0; i < history.Count; i++)
        {
            try
            {
                ledger.Post(history[i]);
            }
            catch (Exception refusal) when (refusal is DomainRuleException or OverflowException)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.LedgerHistoryDoesNotFollow, i, history[i], refusal.Message), nameof(movements), refusal);
            }
        }

        return ledger;
    }

    /// <summary>The ledger's figures.</summary>
    public override string ToString() =>
        Guard.Format("{0} at {1}: on hand {2}, inbound {3}, unfulfillable {4}, backordered {5} ({6} movements)",
            Product, Facility, OnHand, Inbound, Unfulfillable, Balance(StockBucket.Backordered), _movements.Count);
}
