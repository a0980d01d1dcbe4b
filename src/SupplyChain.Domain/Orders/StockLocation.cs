using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// A place buyer orders can be served from (a platform storage centre, the seller's own warehouse): its stock ledgers,
/// the fulfilment mode that serves it, and the parcel limits of the carrier that collects there.
/// </summary>
/// <remarks>
/// The location holds the ledgers themselves (not copies): allocating an order posts reservations to them, shipping a
/// parcel posts shipments, cancelling posts releases. A product without a ledger here has no stock here. A location
/// compares by reference.
/// </remarks>
public sealed class StockLocation
{
    /// <summary>The most ledgers one location may hold.</summary>
    public const int MaxLedgers = 10_000;

    private readonly Dictionary<ProductId, StockLedger> _ledgers;

    /// <summary>Creates a stock location.</summary>
    /// <param name="facility">The facility; every ledger must be of this facility.</param>
    /// <param name="mode">The fulfilment mode that serves orders from here; its <see cref="IFulfilmentMode.Name"/> is written on each parcel.</param>
    /// <param name="limits">The parcel limits of the carrier that collects here.</param>
    /// <param name="ledgers">The stock ledgers held here, at most one per product and at most <see cref="MaxLedgers"/>; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="ledgers"/> holds null.</exception>
    /// <exception cref="ArgumentException">A ledger is of another facility, or two ledgers are of one product.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ledgers"/> holds more than <see cref="MaxLedgers"/> ledgers.</exception>
    public StockLocation(FacilityId facility, IFulfilmentMode mode, ParcelLimits limits, IEnumerable<StockLedger> ledgers)
    {
        Facility = Guard.NotNull(facility);
        Mode = Guard.NotNull(mode);
        Limits = Guard.NotNull(limits);
        var given = Guard.CopyItems(ledgers, requireOne: false);
        Guard.AtMost(given.Count, MaxLedgers, nameof(MaxLedgers), nameof(ledgers));
        Guard.Distinct(given, l => l.Product, nameof(ledgers));
        foreach (var ledger in given.Where(l => l.Facility != facility).Take(1))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.LedgerOfOtherFacility, ledger.Product, ledger.Facility, facility), nameof(ledgers));
        }

        _ledgers = given.ToDictionary(l => l.Product);
        Ledgers = given.AsReadOnly();
    }

    /// <summary>The facility.</summary>
    public FacilityId Facility { get; }

    /// <summary>The fulfilment mode that serves orders from here.</summary>
    public IFulfilmentMode Mode { get; }

    /// <summary>The parcel limits of the carrier that collects here.</summary>
    public ParcelLimits Limits { get; }

    /// <summary>The stock ledgers held here, in the order given.</summary>
    public IReadOnlyList<StockLedger> Ledgers { get; }

    /// <summary>The location, e.g. <c>LAX9 (Platform warehouse, 3 ledgers)</c>.</summary>
    /// <returns>The facility, mode name and number of ledgers.</returns>
    public override string ToString() => Guard.Format("{0} ({1}, {2} ledgers)", Facility, Mode.Name, _ledgers.Count);

    /// <summary>The ledger of <paramref name="product"/> here, or null.</summary>
    internal StockLedger? Ledger(ProductId product) => _ledgers.GetValueOrDefault(product);

    /// <summary>The fulfillable units of <paramref name="product"/> here (0 without a ledger).</summary>
    internal int Fulfillable(ProductId product) => Ledger(product)?.Balance(StockBucket.Fulfillable) ?? 0;
}
