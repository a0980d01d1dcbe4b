using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// A buyer's order (on the platform or the seller's own shop) of several SKUs, as an aggregate: placed with its lines,
/// address, order instant and promised delivery date; <see cref="Allocate"/>d to stock locations (reserving the units
/// in their ledgers) and split into parcels; shipped parcel by parcel (<see cref="ShipParcel"/>); or
/// <see cref="Cancel"/>led, which releases what is still reserved; units a buyer sends back from a shipped parcel are
/// received at a storage centre (<see cref="ReceiveReturn"/>).
/// </summary>
/// <remarks>
/// <para>
/// Each command is checked in full before anything changes, and refused as a whole when a check fails (a
/// <see cref="DomainRuleException"/> whose rule says which; the order and every ledger are exactly as before): its
/// instant is not earlier than the order's last change (<see cref="DomainRules.OrdersCommandsInTimeOrder"/>); the status
/// allows it (<see cref="DomainRules.OrdersCommandAllowedInStatus"/>: allocate a placed order; ship an allocated or
/// partially shipped one; cancel one not shipped in full and not cancelled); and the command fits
/// (<see cref="DomainRules.OrdersStockAvailable"/>, <see cref="DomainRules.OrdersParcelWithinCarrierLimits"/>,
/// <see cref="DomainRules.OrdersParcelsWithinMaximum"/>, <see cref="DomainRules.OrdersParcelPlannedAndUnshipped"/>,
/// <see cref="DomainRules.InventoryBalanceNotNegative"/> when a ledger no longer holds the reserved units).
/// </para>
/// <para>
/// Allocation: every location offered is asked for its earliest delivery date (<see cref="IDeliveryPromise"/>); a
/// location that cannot deliver, or not by <see cref="PromisedDelivery"/>, is out. If one remaining location holds every
/// unit free (fulfillable), the one with the earliest date serves the whole order (ties: the first given). Otherwise,
/// when the <see cref="OrderSplitRules"/> allow a split, locations are taken one at a time, each time the one that covers
/// the most of the units still open (ties: earliest date, then the first given), until every unit is covered. The units
/// of each chosen location are packed into parcels (<see cref="OrderParcel"/>) within its carrier's
/// <see cref="ParcelLimits"/>, first fit in line order; the parcels are numbered from 1 across the order. Every offered
/// location's verdict is kept on the <see cref="OrderAllocation"/>, the reason as data.
/// </para>
/// <para>
/// Stock: allocating posts one <see cref="StockMovement.Reservation"/> per allocation line to its ledger (fulfillable →
/// reserved); shipping a parcel posts one <see cref="StockMovement.Shipment"/> per parcel line (reserved → out);
/// cancelling posts one <see cref="StockMovement.Release"/> per location and SKU still reserved (reserved → fulfillable);
/// a return posts one <see cref="StockMovement.CustomerReturn"/> (outside → the bucket of its condition), and never more
/// units than the parcel shipped of the SKU minus those already returned from it (<see cref="DomainRules.OrdersReturnWithinShipped"/>).
/// So the reserved units of an order are always the units of its parcels not yet shipped, and zero once it is cancelled
/// (<see cref="ReservedUnits"/>).
/// </para>
/// <para>
/// Each accepted command returns its event and appends it to <see cref="History"/>; <see cref="Rebuild"/> replays a
/// history into an order with the same state and history. Rebuilding touches no ledger: the ledgers keep their own
/// history of the same movements (<see cref="StockLedger.Rebuild"/>). Orders compare by reference.
/// </para>
/// </remarks>
public sealed class BuyerOrder
{
    /// <summary>The most lines one order may have.</summary>
    public const int MaxLines = 1_000;

    /// <summary>The most units one order may have, all lines together.</summary>
    public const int MaxUnits = 100_000;

    /// <summary>The most stock locations one allocation may be offered.</summary>
    public const int MaxLocations = 100;

    private readonly List<BuyerOrderEvent> _history = [];
    private readonly SkuQuantity[] _lines;
    private readonly HashSet<int> _shipped = [];
    private readonly List<BuyerOrderReturnReceived> _returns = [];
    private OrderAllocation? _allocation;
    private bool _cancelled;

    /// <summary>Places an order; its placement is the first event of the history.</summary>
    /// <param name="id">The order's id.</param>
    /// <param name="buyerAddress">Where the order is delivered.</param>
    /// <param name="orderedAt">When the buyer placed the order; no later command may be earlier.</param>
    /// <param name="promisedDelivery">The delivery date promised to the buyer; allocation serves the order only from locations that can meet it.</param>
    /// <param name="lines">1 to <see cref="MaxLines"/> lines, each of a different SKU and at least one unit, at most <see cref="MaxUnits"/> units in all.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="buyerAddress"/> or <paramref name="lines"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty, holds a default line or repeats a SKU.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lines"/> holds a line of zero units, more than <see cref="MaxLines"/> lines or more than <see cref="MaxUnits"/> units.</exception>
    public BuyerOrder(OrderId id, Address buyerAddress, Instant orderedAt, LocalDate promisedDelivery, IEnumerable<SkuQuantity> lines)
        : this(new BuyerOrderPlaced(Guard.NotNull(id), orderedAt, Guard.NotNull(buyerAddress), promisedDelivery, Guard.NotNull(lines)))
    {
    }

    private BuyerOrder(BuyerOrderPlaced placed)
    {
        const string Param = "lines";
        var lines = placed.Lines;
        if (lines.Count == 0)
        {
            throw Guard.Refused(Guard.Format(ErrorMessages.MustHaveAtLeastOneItem, Param), Param);
        }

        Guard.AtMost(lines.Count, MaxLines, nameof(MaxLines), Param);
        if (lines.Any(l => l.Sku is null))
        {
            throw Guard.Refused(Guard.Format(ErrorMessages.MustNotContainNull, Param), Param);
        }

        foreach (var line in lines.Where(l => l.Units == 0).Take(1))
        {
            throw Guard.OutOfRange(line, Guard.Format(ErrorMessages.OrderLineWithoutUnits, line.Sku), Param);
        }

        Guard.Distinct(lines, l => l.Sku, Param);
        Guard.AtMost((int)Math.Min(lines.Sum(l => (long)l.Units), int.MaxValue), MaxUnits, nameof(MaxUnits), Param);
        Id = placed.OrderId;
        BuyerAddress = placed.BuyerAddress;
        OrderedAt = placed.At;
        PromisedDelivery = placed.PromisedDelivery;
        _lines = [.. lines];
        _history.Add(placed);
    }

    /// <summary>The order's id.</summary>
    public OrderId Id { get; }

    /// <summary>Where the order is delivered.</summary>
    public Address BuyerAddress { get; }

    /// <summary>When the buyer placed the order.</summary>
    public Instant OrderedAt { get; }

    /// <summary>The delivery date promised to the buyer.</summary>
    public LocalDate PromisedDelivery { get; }

    /// <summary>The lines, in the order written.</summary>
    public IReadOnlyList<SkuQuantity> Lines => _lines.AsReadOnly();

    /// <summary>The events of the commands the order accepted, oldest first, starting with the placement.</summary>
    public IReadOnlyList<BuyerOrderEvent> History => _history.AsReadOnly();

    /// <summary>The order's version: the number of events in <see cref="History"/> (1 when placed).</summary>
    public int Version => _history.Count;

    /// <summary>The instant of the last accepted command (the order instant at first).</summary>
    public Instant LastChangedAt => _history[^1].At;

    /// <summary>The allocation, or null before the order is allocated.</summary>
    public OrderAllocation? Allocation => _allocation;

    /// <summary>The planned parcels (empty before allocation).</summary>
    public IReadOnlyList<OrderParcel> Parcels => _allocation?.Parcels ?? [];

    /// <summary>The numbers of the parcels shipped, in ascending order.</summary>
    public IReadOnlyList<int> ShippedParcels => [.. _shipped.Order()];

    /// <summary>The units the order holds reserved in the ledgers: the units of its parcels not yet shipped; zero before allocation and once cancelled.</summary>
    public int ReservedUnits => _cancelled ? 0 : Parcels.Where(p => !_shipped.Contains(p.Number)).Sum(p => p.Units);

    /// <summary>The returns received, oldest first (see <see cref="ReceiveReturn"/>).</summary>
    public IReadOnlyList<BuyerOrderReturnReceived> Returns => _returns.AsReadOnly();

    /// <summary>The units of a SKU in the parcels shipped so far (returned units included).</summary>
    /// <param name="sku">The SKU.</param>
    /// <returns>The units shipped; zero for a SKU the order does not hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sku"/> is null.</exception>
    public int ShippedUnits(Sku sku)
    {
        Guard.NotNull(sku);
        return Parcels.Where(p => _shipped.Contains(p.Number)).Sum(p => p.Lines.Where(l => l.Sku == sku).Sum(l => l.Units));
    }

    /// <summary>The units of a SKU returned so far, all parcels and reasons together.</summary>
    /// <param name="sku">The SKU.</param>
    /// <returns>The units returned; zero for a SKU the order does not hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sku"/> is null.</exception>
    public int ReturnedUnits(Sku sku)
    {
        Guard.NotNull(sku);
        return _returns.Where(r => r.Return.Units.Sku == sku).Sum(r => r.Return.Units.Units);
    }

    /// <summary>Where the order stands, derived from the accepted commands (see <see cref="BuyerOrderStatus"/>).</summary>
    public BuyerOrderStatus Status =>
        _cancelled ? BuyerOrderStatus.Cancelled
        : _allocation is null ? BuyerOrderStatus.Placed
        : _shipped.Count == _allocation.Parcels.Count ? BuyerOrderStatus.Shipped
        : _shipped.Count > 0 ? BuyerOrderStatus.PartiallyShipped
        : BuyerOrderStatus.Allocated;

    /// <summary>
    /// Allocates the order to stock locations and splits it into parcels (see the remarks), reserving every allocated unit
    /// in its location's ledger.
    /// </summary>
    /// <param name="at">When the order is allocated.</param>
    /// <param name="locations">The stock locations that may serve the order, in order of preference: 1 to <see cref="MaxLocations"/>, each facility once.</param>
    /// <param name="products">The products of the order's SKUs (others are ignored), each SKU once.</param>
    /// <param name="promise">The earliest delivery date of each location.</param>
    /// <param name="rules">The split rules.</param>
    /// <returns>The event appended to <see cref="History"/>, with the allocation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="locations"/> or <paramref name="products"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="locations"/> is empty or repeats a facility; <paramref name="products"/> repeats a SKU or misses one of the order's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="locations"/> holds more than <see cref="MaxLocations"/> locations.</exception>
    /// <exception cref="DomainRuleException"><paramref name="at"/> is before the last change (rule <see cref="DomainRules.OrdersCommandsInTimeOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The order is not placed, or already allocated (rule <see cref="DomainRules.OrdersCommandAllowedInStatus"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The free stock at the locations that meet the promise cannot cover the order within the split rules (rule <see cref="DomainRules.OrdersStockAvailable"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">A unit is heavier or larger than its location's carrier accepts in a parcel (rule <see cref="DomainRules.OrdersParcelWithinCarrierLimits"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The order would ship in more parcels than the split rules allow (rule <see cref="DomainRules.OrdersParcelsWithinMaximum"/>); nothing changes.</exception>
    /// <exception cref="OverflowException">A reserved balance would exceed <see cref="int.MaxValue"/>; nothing changes.</exception>
    public BuyerOrderAllocated Allocate(Instant at, IEnumerable<StockLocation> locations, IEnumerable<Product> products, IDeliveryPromise promise, OrderSplitRules rules)
    {
        var offered = Guard.CopyItems(locations, requireOne: true);
        Guard.AtMost(offered.Count, MaxLocations, nameof(MaxLocations), nameof(locations));
        Guard.Distinct(offered, l => l.Facility, nameof(locations));
        var catalogue = Guard.CopyItems(products, requireOne: false);
        Guard.Distinct(catalogue, p => p.Sku, nameof(products));
        var bySku = catalogue.ToDictionary(p => p.Sku);
        var ordered = new List<Product>(_lines.Length);
        foreach (var line in _lines)
        {
            ordered.Add(bySku.TryGetValue(line.Sku, out var product)
                ? product
                : throw new ArgumentException(Guard.Format(ErrorMessages.OrderSkuWithoutProduct, line.Sku, Id), nameof(products)));
        }

        Guard.NotNull(promise);
        Guard.NotNull(rules);
        Check(nameof(Allocate), at, BuyerOrderStatus.Placed);
        var allocation = OrderAllocator.Allocate(new OrderAllocator.Order(Id, _lines, BuyerAddress, OrderedAt, PromisedDelivery), offered, ordered, promise, rules);
        var byFacility = offered.ToDictionary(l => l.Facility);
        var postings = allocation.Lines.Select(l => (Ledger: byFacility[l.Location].Ledger(l.Product)!, Movement: StockMovement.Reservation(l.Units, at))).ToList();
        foreach (var (ledger, movement) in postings)
        {
            _ = checked(ledger.Balance(StockBucket.Reserved) + movement.Quantity);
        }

        Post(postings);
        return Append(new BuyerOrderAllocated(Id, Version + 1, at, allocation));
    }

    /// <summary>Ships one planned parcel: its units leave the reserved bucket of its location's ledgers.</summary>
    /// <param name="at">When the parcel left.</param>
    /// <param name="parcel">The parcel's number (<see cref="OrderParcel.Number"/>).</param>
    /// <param name="locations">The stock locations; the parcel's own must be among them, each facility once.</param>
    /// <returns>The event appended to <see cref="History"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="locations"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="locations"/> repeats a facility, or misses the parcel's location or the ledger of one of its products.</exception>
    /// <exception cref="DomainRuleException"><paramref name="at"/> is before the last change (rule <see cref="DomainRules.OrdersCommandsInTimeOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The order is not allocated, already shipped in full, or cancelled (rule <see cref="DomainRules.OrdersCommandAllowedInStatus"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">No such parcel is planned, or it has shipped (rule <see cref="DomainRules.OrdersParcelPlannedAndUnshipped"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">A ledger no longer holds the parcel's units reserved (rule <see cref="DomainRules.InventoryBalanceNotNegative"/>); nothing changes.</exception>
    public BuyerOrderParcelShipped ShipParcel(Instant at, int parcel, IEnumerable<StockLocation> locations)
    {
        var byFacility = Locations(locations);
        var planned = CheckShip(at, parcel);
        var postings = Postings(byFacility, planned.Lines.Select(l => (planned.Location, l.Sku, l.Units)), u => StockMovement.Shipment(u, at));
        Post(postings);
        return Append(new BuyerOrderParcelShipped(Id, Version + 1, at, parcel));
    }

    /// <summary>Cancels the order: the units of every parcel not yet shipped are released to fulfillable. Final.</summary>
    /// <param name="at">When the order was cancelled.</param>
    /// <param name="locations">The stock locations holding the order's reservations (may be empty before allocation), each facility once.</param>
    /// <returns>The event appended to <see cref="History"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="locations"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="locations"/> repeats a facility, or misses a location or ledger that holds a reservation of the order.</exception>
    /// <exception cref="DomainRuleException"><paramref name="at"/> is before the last change (rule <see cref="DomainRules.OrdersCommandsInTimeOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The order is shipped in full or already cancelled (rule <see cref="DomainRules.OrdersCommandAllowedInStatus"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">A ledger no longer holds the order's units reserved (rule <see cref="DomainRules.InventoryBalanceNotNegative"/>); nothing changes.</exception>
    public BuyerOrderCancelled Cancel(Instant at, IEnumerable<StockLocation> locations)
    {
        var byFacility = Locations(locations);
        CheckCancel(at);
        var held = Parcels.Where(p => !_shipped.Contains(p.Number))
            .SelectMany(p => p.Lines.Select(l => (p.Location, l.Sku, l.Units)))
            .GroupBy(h => (h.Location, h.Sku))
            .Select(g => (g.Key.Location, g.Key.Sku, g.Sum(h => h.Units)));
        Post(Postings(byFacility, held, u => StockMovement.Release(u, at)));
        return Append(new BuyerOrderCancelled(Id, Version + 1, at));
    }

    /// <summary>
    /// Receives units a buyer returned from a shipped parcel at a storage centre (any centre holding a ledger of the
    /// product, not only the one that shipped it): one <see cref="StockMovement.CustomerReturn"/> into the bucket the
    /// condition says (sellable → fulfillable, customer-damaged, defective). The status does not change.
    /// </summary>
    /// <param name="at">When the units were received.</param>
    /// <param name="buyerReturn">The parcel, the SKU and units, the reason and the condition.</param>
    /// <param name="centre">The storage centre that receives the units; it must hold a ledger of the product.</param>
    /// <returns>The event appended to <see cref="History"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="buyerReturn"/> or <paramref name="centre"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="centre"/> holds no ledger of the returned product.</exception>
    /// <exception cref="DomainRuleException"><paramref name="at"/> is before the last change (rule <see cref="DomainRules.OrdersCommandsInTimeOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The parcel has not shipped, or the units exceed what it shipped of the SKU minus what was already returned from it (rule <see cref="DomainRules.OrdersReturnWithinShipped"/>); nothing changes.</exception>
    /// <exception cref="OverflowException">The bucket's balance would exceed <see cref="int.MaxValue"/>; nothing changes.</exception>
    public BuyerOrderReturnReceived ReceiveReturn(Instant at, BuyerReturn buyerReturn, StockLocation centre)
    {
        Guard.NotNull(buyerReturn);
        Guard.NotNull(centre);
        var parcel = CheckReturn(at, buyerReturn);
        var product = _allocation!.Lines.First(l => l.Location == parcel.Location && l.Sku == buyerReturn.Units.Sku).Product;
        var ledger = centre.Ledger(product)
            ?? throw Guard.Refused(Guard.Format(ErrorMessages.ReturnLedgerMissing, product, centre.Facility, Id), nameof(centre));
        ledger.Post(StockMovement.CustomerReturn(buyerReturn.Units.Units, at, buyerReturn.Bucket));
        return Append(new BuyerOrderReturnReceived(Id, Version + 1, at, buyerReturn, centre.Facility));
    }

    /// <summary>
    /// Rebuilds an order from its history: the placement, then every event in version order, each checked as the command
    /// it records would be. The result has the same state and an equal <see cref="History"/>; no ledger is touched.
    /// </summary>
    /// <param name="history">The events, oldest first: a <see cref="BuyerOrderPlaced"/> (version 1), then versions 2, 3, … of the same order.</param>
    /// <returns>A new order in the state the history leads to, with an equal history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">The history is empty, or does not start with a placement of version 1.</exception>
    /// <exception cref="ArgumentException">An event belongs to another order or has a version out of sequence.</exception>
    /// <exception cref="ArgumentException">An event records a command the order refuses at that point (the refusal is the inner exception), or an allocation that does not cover the order's lines exactly.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The placement's lines break the rules of a new order (see the constructor).</exception>
    public static BuyerOrder Rebuild(IEnumerable<BuyerOrderEvent> history)
    {
        var events = Guard.CopyItems(history, requireOne: false);
        if (events.Count == 0)
        {
            throw new ArgumentException(ErrorMessages.BuyerOrderHistoryEmpty, nameof(history));
        }

        if (events[0] is not BuyerOrderPlaced placed)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.BuyerOrderHistoryMustStartWithPlacement, events[0]), nameof(history));
        }

        var order = new BuyerOrder(placed);
        for (var k = 1; k < events.Count; k++)
        {
            var given = events[k];
            if (given.OrderId != order.Id || given.Version != order.Version + 1)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, k, given, $"expected version {order.Version + 1} of order {order.Id}"), nameof(history));
            }

            try
            {
                order.Replay(given);
            }
            catch (DomainRuleException refusal)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, k, given, refusal.Message), nameof(history), refusal);
            }
        }

        return order;
    }

    /// <summary>The order as text, e.g. <c>SO-1 (Allocated, 3 lines, 2 parcels)</c>.</summary>
    /// <returns>The id, status, number of lines and of parcels.</returns>
    public override string ToString() => $"{Id} ({Status}, {_lines.Length} lines, {Parcels.Count} parcels)";

    private void Replay(BuyerOrderEvent given)
    {
        switch (given)
        {
            case BuyerOrderAllocated e:
                Check(nameof(Allocate), e.At, BuyerOrderStatus.Placed);
                CheckCovers(e.Allocation, given);
                break;
            case BuyerOrderParcelShipped e:
                CheckShip(e.At, e.Parcel);
                break;
            case BuyerOrderCancelled:
                CheckCancel(given.At);
                break;
            case BuyerOrderReturnReceived e:
                CheckReturn(e.At, e.Return);
                break;
            default:
                throw Guard.Refused(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, given.Version - 1, given, "a second placement"), "history");
        }

        Append(given);
    }

    private void CheckCovers(OrderAllocation allocation, BuyerOrderEvent given)
    {
        var ordered = _lines.ToDictionary(l => (Location: (FacilityId?)null, l.Sku), l => l.Units);
        var allocated = Totals(allocation.Lines.Select(l => ((FacilityId?)null, l.Sku, l.Units)));
        var lines = Totals(allocation.Lines.Select(l => ((FacilityId?)l.Location, l.Sku, l.Units)));
        var packed = Totals(allocation.Parcels.SelectMany(p => p.Lines.Select(l => ((FacilityId?)p.Location, l.Sku, l.Units))));
        var numbered = allocation.Parcels.Select((p, i) => p.Number == i + 1).All(b => b);
        if (!Same(ordered, allocated) || !Same(lines, packed) || !numbered)
        {
            throw Guard.Refused(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, given.Version - 1, given, "its allocation does not cover the order's lines exactly, parcel by parcel"), "history");
        }

        static Dictionary<(FacilityId? Location, Sku Sku), int> Totals(IEnumerable<(FacilityId? Location, Sku Sku, int Units)> items) =>
            items.GroupBy(i => (i.Location, i.Sku)).ToDictionary(g => g.Key, g => g.Sum(i => i.Units));

        static bool Same(Dictionary<(FacilityId? Location, Sku Sku), int> a, Dictionary<(FacilityId? Location, Sku Sku), int> b) =>
            a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var units) && units == kv.Value);
    }

    private OrderParcel CheckShip(Instant at, int parcel)
    {
        Check(nameof(ShipParcel), at, BuyerOrderStatus.Allocated, BuyerOrderStatus.PartiallyShipped);
        if (parcel < 1 || parcel > Parcels.Count || _shipped.Contains(parcel))
        {
            throw new DomainRuleException(DomainRules.OrdersParcelPlannedAndUnshipped,
                Guard.Format(ErrorMessages.ParcelNotShippable, parcel, Id, Parcels.Count, _shipped.Count == 0 ? "none" : string.Join(", ", ShippedParcels)));
        }

        return Parcels[parcel - 1];
    }

    private OrderParcel CheckReturn(Instant at, BuyerReturn buyerReturn)
    {
        CheckTime(nameof(ReceiveReturn), at);
        var (number, sku, units) = (buyerReturn.Parcel, buyerReturn.Units.Sku, buyerReturn.Units.Units);
        var shipped = _shipped.Contains(number) ? Parcels[number - 1].Lines.Where(l => l.Sku == sku).Sum(l => l.Units) : 0;
        var returned = _returns.Where(r => r.Return.Parcel == number && r.Return.Units.Sku == sku).Sum(r => r.Return.Units.Units);
        if (units > shipped - returned)
        {
            throw new DomainRuleException(DomainRules.OrdersReturnWithinShipped,
                Guard.Format(ErrorMessages.ReturnExceedsShipped, units, sku, number, Id, shipped, returned));
        }

        return Parcels[number - 1];
    }

    private void CheckCancel(Instant at) =>
        Check(nameof(Cancel), at, BuyerOrderStatus.Placed, BuyerOrderStatus.Allocated, BuyerOrderStatus.PartiallyShipped);

    private void Check(string command, Instant at, params BuyerOrderStatus[] allowed)
    {
        CheckTime(command, at);
        var status = Status;
        if (!allowed.Contains(status))
        {
            throw new DomainRuleException(
                DomainRules.OrdersCommandAllowedInStatus,
                Guard.Format(ErrorMessages.CommandNotAllowedInStatus, command, Id, status, Accepting(status)));
        }
    }

    private void CheckTime(string command, Instant at)
    {
        if (at < LastChangedAt)
        {
            throw new DomainRuleException(
                DomainRules.OrdersCommandsInTimeOrder,
                Guard.Format(ErrorMessages.CommandBeforeLastAccepted, command, InstantPattern.General.Format(at), Id, InstantPattern.General.Format(LastChangedAt)));
        }
    }

    private static string Accepting(BuyerOrderStatus status) => status switch
    {
        BuyerOrderStatus.Placed => "Allocate, Cancel",
        BuyerOrderStatus.Allocated or BuyerOrderStatus.PartiallyShipped => "ShipParcel, Cancel",
        _ => "no command but ReceiveReturn (it is final)",
    };

    private static Dictionary<FacilityId, StockLocation> Locations(IEnumerable<StockLocation> locations)
    {
        var given = Guard.CopyItems(locations, requireOne: false);
        Guard.Distinct(given, l => l.Facility, nameof(locations));
        return given.ToDictionary(l => l.Facility);
    }

    /// <summary>The movements to post, per ledger, each checked against the reserved balance; throws before anything is posted.</summary>
    private List<(StockLedger Ledger, StockMovement Movement)> Postings(
        Dictionary<FacilityId, StockLocation> locations, IEnumerable<(FacilityId Location, Sku Sku, int Units)> held, Func<int, StockMovement> movement)
    {
        var products = _allocation?.Lines.ToDictionary(l => (l.Location, l.Sku), l => l.Product) ?? [];
        var postings = new List<(StockLedger, StockMovement)>();
        foreach (var (location, sku, units) in held)
        {
            var product = products[(location, sku)];
            var ledger = locations.TryGetValue(location, out var stock) ? stock.Ledger(product) : null;
            if (ledger is null)
            {
                throw Guard.Refused(Guard.Format(ErrorMessages.ReservationLedgerMissing, product, location, Id), "locations");
            }

            var reserved = ledger.Balance(StockBucket.Reserved);
            if (reserved < units)
            {
                throw new DomainRuleException(DomainRules.InventoryBalanceNotNegative,
                    Guard.Format(ErrorMessages.StockInsufficient, movement(units).Kind, units, StockBucket.Reserved, reserved, product, location));
            }

            postings.Add((ledger, movement(units)));
        }

        return postings;
    }

    private static void Post(List<(StockLedger Ledger, StockMovement Movement)> postings)
    {
        foreach (var (ledger, movement) in postings)
        {
            ledger.Post(movement);
        }
    }

    private T Append<T>(T e)
        where T : BuyerOrderEvent
    {
        switch (e)
        {
            case BuyerOrderAllocated allocated:
                _allocation = allocated.Allocation;
                break;
            case BuyerOrderParcelShipped shipped:
                _shipped.Add(shipped.Parcel);
                break;
            case BuyerOrderCancelled:
                _cancelled = true;
                break;
            case BuyerOrderReturnReceived received:
                _returns.Add(received);
                break;
        }

        _history.Add(e);
        return e;
    }
}
