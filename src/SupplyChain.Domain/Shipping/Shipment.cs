using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// Goods moving from a shipper to a consignee: what is in the cartons, what was asked for (the
/// <see cref="Shipping.RouteSpecification"/>), the plan (the <see cref="Shipping.Itinerary"/>), the facts
/// (<see cref="HandlingEvents"/>) and the goods receipt at the end. The aggregate of the shipping part.
/// </summary>
/// <remarks>
/// <para>
/// Status, ETA, misdirection and the next expected step are never stored: <see cref="Delivery"/> derives them from
/// the route specification, the itinerary and the latest event on each call (the classic DDD cargo model).
/// </para>
/// <para>
/// Every command checks everything before it changes anything, so a refused command (an
/// <see cref="ArgumentException"/> or a <see cref="DomainRuleException"/>) leaves the shipment unchanged. Recording
/// the same handling event twice is not a refusal: the second report changes nothing.
/// </para>
/// <para>
/// Every accepted command appends its event to <see cref="History"/> (a booking, a new handling event, a routing, a new
/// route specification, a goods receipt, a split), and <see cref="Rebuild"/> replays a history into a shipment with the
/// same state and an equal history. A refused command, and a handling event already recorded, append nothing.
/// </para>
/// <para>Identity is <see cref="Id"/>; the class does not override equality.</para>
/// <para>A shipment is an entity (the aggregate of the shipping part) and compares by reference; its identity is its id.</para>
/// </remarks>
public sealed class Shipment
{
    private readonly HandlingHistory _handling = new();
    private readonly List<ShipmentEvent> _events = [];
    private readonly List<PackedCarton> _cartons;
    private readonly Dictionary<ProductId, (int Received, int Damaged)> _receipts = [];

    /// <summary>Books a shipment, not yet routed.</summary>
    /// <param name="id">The shipment's id.</param>
    /// <param name="shipper">The party that sends the goods.</param>
    /// <param name="consignee">The party that receives them (may be the shipper, moving stock between its own facilities).</param>
    /// <param name="routeSpecification">From where, to where, by when.</param>
    /// <param name="cartons">The contents, at least one carton; copied.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="cartons"/> contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cartons"/> is empty, or one SSCC labels two cartons.</exception>
    public Shipment(ShipmentId id, PartyId shipper, PartyId consignee, RouteSpecification routeSpecification, IEnumerable<PackedCarton> cartons)
    {
        Id = Guard.NotNull(id);
        Shipper = Guard.NotNull(shipper);
        Consignee = Guard.NotNull(consignee);
        RouteSpecification = Guard.NotNull(routeSpecification);
        _cartons = CheckCartons(cartons);
        _events.Add(new ShipmentBooked(Id, Shipper, Consignee, RouteSpecification, _cartons));
    }

    /// <summary>The partial shipment of a split, as <see cref="PartialShipmentBooked"/> says, with the checks of a new shipment.</summary>
    private Shipment(PartialShipmentBooked booked)
    {
        Id = booked.ShipmentId;
        Shipper = booked.Shipper;
        Consignee = booked.Consignee;
        RouteSpecification = booked.RouteSpecification;
        _cartons = CheckCartons(booked.Cartons);
        if (booked.SplitFrom == Id)
        {
            throw Guard.Refused(Guard.Format(ErrorMessages.SplitSameId, Id), "partialId");
        }

        if (booked.Itinerary is { } itinerary)
        {
            CheckDeadline(RouteSpecification, itinerary);
        }

        Itinerary = booked.Itinerary;
        _events.Add(booked);
    }

    /// <summary>The shipment's id.</summary>
    public ShipmentId Id { get; }

    /// <summary>The party that sends the goods.</summary>
    public PartyId Shipper { get; }

    /// <summary>The party that receives the goods.</summary>
    public PartyId Consignee { get; }

    /// <summary>What was asked for: origin, destination, arrival deadline.</summary>
    public RouteSpecification RouteSpecification { get; private set; }

    /// <summary>The plan, or null while the shipment is not routed.</summary>
    public Itinerary? Itinerary { get; private set; }

    /// <summary>The cartons.</summary>
    public IReadOnlyList<PackedCarton> Cartons => _cartons.AsReadOnly();

    /// <summary>The distinct handling events, ordered by completion instant (ties in the natural order of handling steps).</summary>
    public IReadOnlyList<HandlingEvent> HandlingEvents => _handling.Events;

    /// <summary>The events of the commands the shipment accepted, oldest first, starting with its booking.</summary>
    public IReadOnlyList<ShipmentEvent> History => _events.AsReadOnly();

    /// <summary>The shipment's version: the number of events in <see cref="History"/> (1 for a new shipment).</summary>
    public int Version => _events.Count;

    /// <summary>The delivery state derived now from the route specification, the itinerary and the latest event.</summary>
    public DeliveryState Delivery => DeliveryState.Of(RouteSpecification, Itinerary, _handling.Latest);

    /// <summary>
    /// The planned lead time: the itinerary's legs' transit-time distributions added (means and variances), in days;
    /// null while not routed.
    /// </summary>
    public TransitTimeDistribution? LeadTime => Itinerary?.LeadTime;

    /// <summary>The units shipped per product, ordered by product id.</summary>
    public IReadOnlyList<ShipmentLine> ShippedLines =>
        [.. ShippedByProduct().Select(p => new ShipmentLine(p.Key, p.Value))];

    /// <summary>
    /// Per product: shipped, received intact, received damaged and missing units, ordered by product id. The last
    /// three always add up to the first.
    /// </summary>
    public IReadOnlyList<ProductReconciliation> Reconciliation =>
        [.. ShippedByProduct().Select(p =>
        {
            var (received, damaged) = _receipts.GetValueOrDefault(p.Key);
            return new ProductReconciliation(p.Key, p.Value, received, damaged);
        })];

    /// <summary>
    /// The products with damaged or missing units: the lines of a claim against the carrier or supplier once the
    /// goods receipt is finished.
    /// </summary>
    public IReadOnlyList<ProductReconciliation> Discrepancies => [.. Reconciliation.Where(r => r.HasDiscrepancy)];

    /// <summary>Records a handling event. The same fact recorded again changes nothing.</summary>
    /// <param name="handlingEvent">The event; events may arrive in any order, they are ordered by completion instant.</param>
    /// <returns>Whether the event was new; only a new event appends a <see cref="ShipmentHandled"/> to <see cref="History"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handlingEvent"/> is null.</exception>
    /// <remarks>
    /// An event that breaks the voyage rule cannot be created at all (its constructor throws
    /// <see cref="ArgumentException"/>), so it never reaches the shipment.
    /// </remarks>
    public bool Record(HandlingEvent handlingEvent)
    {
        Guard.NotNull(handlingEvent);
        if (!_handling.Add(handlingEvent))
        {
            return false;
        }

        _events.Add(new ShipmentHandled(Id, Version + 1, handlingEvent));
        return true;
    }

    /// <summary>
    /// Assigns an itinerary: the first routing, or a new one for a misrouted or misdirected shipment. The handling
    /// history is kept; the derived state is then judged against the new plan.
    /// </summary>
    /// <param name="itinerary">The plan.</param>
    /// <exception cref="ArgumentNullException"><paramref name="itinerary"/> is null.</exception>
    /// <exception cref="DomainRuleException">The itinerary departs after the arrival deadline (rule <see cref="DomainRules.ShippingDeadlineAfterDeparture"/>); nothing changes.</exception>
    public void AssignToRoute(Itinerary itinerary)
    {
        Guard.NotNull(itinerary);
        CheckDeadline(RouteSpecification, itinerary);
        Itinerary = itinerary;
        _events.Add(new ShipmentRouted(Id, Version + 1, itinerary));
    }

    /// <summary>
    /// Changes what is asked for (a new destination or deadline). The itinerary and history are kept; the routing
    /// status is then judged against the new specification, so a shipment may become misrouted and need rerouting.
    /// </summary>
    /// <param name="routeSpecification">The new specification.</param>
    /// <exception cref="ArgumentNullException"><paramref name="routeSpecification"/> is null.</exception>
    /// <exception cref="DomainRuleException">The new deadline lies before the assigned itinerary's departure (rule <see cref="DomainRules.ShippingDeadlineAfterDeparture"/>); nothing changes.</exception>
    public void SpecifyNewRoute(RouteSpecification routeSpecification)
    {
        Guard.NotNull(routeSpecification);
        if (Itinerary is not null)
        {
            CheckDeadline(routeSpecification, Itinerary);
        }

        RouteSpecification = routeSpecification;
        _events.Add(new ShipmentRouteSpecified(Id, Version + 1, routeSpecification));
    }

    /// <summary>Counts goods in at the consignee: intact and damaged units of one product. Receipts accumulate.</summary>
    /// <param name="product">The product.</param>
    /// <param name="intactQuantity">Units received in good condition; not negative.</param>
    /// <param name="damagedQuantity">Units received damaged; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A quantity is negative.</exception>
    /// <exception cref="DomainRuleException">More units would be counted in than were shipped (rule <see cref="DomainRules.ShippingReceiveAtMostShipped"/>); nothing changes.</exception>
    /// <exception cref="OverflowException">The counts overflow <see cref="int"/>; nothing changes.</exception>
    public void RecordGoodsReceipt(ProductId product, int intactQuantity, int damagedQuantity = 0)
    {
        Guard.NotNull(product);
        Guard.NotNegative(intactQuantity);
        Guard.NotNegative(damagedQuantity);
        var shipped = ShippedByProduct().GetValueOrDefault(product);
        var (received, damaged) = _receipts.GetValueOrDefault(product);
        var counted = checked(received + damaged);
        if (checked((long)counted + intactQuantity + damagedQuantity) > shipped)
        {
            throw new DomainRuleException(
                DomainRules.ShippingReceiveAtMostShipped,
                Guard.Format(ErrorMessages.ReceiveMoreThanShipped, intactQuantity, damagedQuantity, product, Id, counted, shipped, shipped - counted));
        }

        _receipts[product] = (received + intactQuantity, damaged + damagedQuantity);
        _events.Add(new ShipmentGoodsReceived(Id, Version + 1, product, intactQuantity, damagedQuantity));
    }

    /// <summary>
    /// Splits off some cartons into a partial shipment with the same parties, route specification and itinerary.
    /// Shipped quantities are conserved: this shipment's plus the partial shipment's equal this shipment's before.
    /// This shipment records <see cref="ShipmentSplitOff"/>; the partial shipment's history starts with
    /// <see cref="PartialShipmentBooked"/>.
    /// </summary>
    /// <param name="partialId">The id of the partial shipment; different from <see cref="Id"/>.</param>
    /// <param name="cartons">The cartons to move (by value: unlabelled cartons with the same contents are interchangeable).</param>
    /// <exception cref="ArgumentNullException"><paramref name="partialId"/> or <paramref name="cartons"/> is null, or <paramref name="cartons"/> contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cartons"/> is empty, or <paramref name="partialId"/> is this shipment's id.</exception>
    /// <exception cref="DomainRuleException">The shipment has handling events or goods receipts (rule <see cref="DomainRules.ShippingSplitBeforeHandling"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">A carton is not in the shipment, or every carton would leave (rule <see cref="DomainRules.ShippingSplitHeldCartons"/>); nothing changes.</exception>
    public Shipment SplitOff(ShipmentId partialId, IEnumerable<PackedCarton> cartons)
    {
        Guard.NotNull(partialId);
        Guard.NotNull(cartons);
        var moving = cartons.ToList();
        if (moving.Count == 0)
        {
            throw new ArgumentException(ErrorMessages.SplitNeedsCartons, nameof(cartons));
        }

        if (moving.Exists(c => c is null))
        {
            throw new ArgumentNullException(nameof(cartons), Guard.Format(ErrorMessages.MustNotBeNull, "a carton"));
        }

        if (partialId == Id)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.SplitSameId, partialId), nameof(partialId));
        }

        if (_handling.Count > 0 || _receipts.Count > 0)
        {
            throw new DomainRuleException(DomainRules.ShippingSplitBeforeHandling, Guard.Format(ErrorMessages.SplitAfterHandling, Id));
        }

        var remaining = new List<PackedCarton>(_cartons);
        foreach (var carton in moving)
        {
            if (!remaining.Remove(carton))
            {
                throw new DomainRuleException(DomainRules.ShippingSplitHeldCartons, Guard.Format(ErrorMessages.SplitCartonNotInShipment, Id, carton));
            }
        }

        if (remaining.Count == 0)
        {
            throw new DomainRuleException(DomainRules.ShippingSplitHeldCartons, Guard.Format(ErrorMessages.SplitWouldEmpty, Id));
        }

        var partial = new Shipment(new PartialShipmentBooked(partialId, Id, Shipper, Consignee, RouteSpecification, Itinerary, moving));
        _cartons.Clear();
        _cartons.AddRange(remaining);
        _events.Add(new ShipmentSplitOff(Id, Version + 1, partialId, moving));
        return partial;
    }

    /// <summary>Whether the shipment's arrival deadline has passed at <paramref name="asOf"/> while the shipment was not yet finished.</summary>
    /// <param name="asOf">The instant to judge at (the library reads no clock).</param>
    /// <returns>
    /// True when <paramref name="asOf"/> is at or after the arrival deadline and the shipment was not finished at
    /// <paramref name="asOf"/>; false before the deadline and once finished.
    /// </returns>
    /// <remarks>
    /// A shipment is <b>finished</b> when its latest event is an end of its journey: <see cref="HandlingEventType.Claimed"/>
    /// (delivered) or <see cref="HandlingEventType.ReturnedToSender"/> (after the last failed delivery attempt the parcel
    /// is back with the shipper: it will never reach the consignee, which <see cref="TransportStatus.ReturnedToSender"/>
    /// says — a failed delivery, not a late one). It counts as finished from that event's completion time, so judged at
    /// an earlier instant a shipment past its deadline is overdue (a claim recorded after <paramref name="asOf"/> does
    /// not clear it). A parcel on its way back (latest event <see cref="HandlingEventType.ReturnedToStation"/>) is not
    /// finished: past the deadline it stays overdue until the sender has it, since it is still in the carrier's hands.
    /// </remarks>
    public bool IsOverdue(Instant asOf) =>
        asOf >= RouteSpecification.ArrivalDeadline
        && !(Delivery.LastEvent is { Type: HandlingEventType.Claimed or HandlingEventType.ReturnedToSender } end && end.CompletionTime <= asOf);

    /// <summary>
    /// Rebuilds a shipment from its history: the booking (or the partial booking of a split), then every event in version
    /// order, each replayed as the command it records. The result has the same cartons, itinerary, handling events,
    /// delivery state and reconciliation as the shipment that recorded the history, and an equal <see cref="History"/>.
    /// </summary>
    /// <param name="history">The events, oldest first: a <see cref="ShipmentBooked"/> or <see cref="PartialShipmentBooked"/> (version 1), then versions 2, 3, … of the same shipment.</param>
    /// <returns>A new shipment in the state the history leads to, with an equal history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="history"/> holds null or is empty, or does not start with a booking of version 1.</exception>
    /// <exception cref="ArgumentException">An event belongs to another shipment or has a version out of sequence (the next version of this shipment is expected).</exception>
    /// <exception cref="ArgumentException">An event records a command the shipment refuses at that point (the refusal is the inner exception), or a handling event already recorded, or the booking's cartons or itinerary are refused.</exception>
    public static Shipment Rebuild(IEnumerable<ShipmentEvent> history)
    {
        var events = Guard.CopyItems(history, requireOne: false);
        if (events.Count == 0)
        {
            throw new ArgumentException(ErrorMessages.ShipmentHistoryEmpty, nameof(history));
        }

        var shipment = Replay(() => events[0] switch
        {
            ShipmentBooked { Version: 1 } b => new Shipment(b.ShipmentId, b.Shipper, b.Consignee, b.RouteSpecification, b.Cartons),
            PartialShipmentBooked { Version: 1 } p => new Shipment(p),
            _ => throw new ArgumentException(Guard.Format(ErrorMessages.ShipmentHistoryMustStartWithBooking, events[0]), nameof(history)),
        }, 0, events[0]);
        for (var k = 1; k < events.Count; k++)
        {
            var given = events[k];
            if (given.ShipmentId != shipment.Id || given.Version != shipment.Version + 1)
            {
                throw new ArgumentException(
                    Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, k, given, Guard.Format("expected version {0} of shipment {1}", shipment.Version + 1, shipment.Id)), nameof(history));
            }

            Replay(() => shipment.Replay(given), k, given);
        }

        var replayed = shipment._events;
        for (var k = 0; k < events.Count; k++)
        {
            if (!replayed[k].Equals(events[k]))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, k, events[k], Guard.Format("replaying it records {0}", replayed[k])), nameof(history));
            }
        }

        return shipment;
    }

    /// <summary>The shipment as text, e.g. <c>SHP-1 (3 cartons, v4)</c>.</summary>
    /// <returns>The id, the number of cartons and the version.</returns>
    public override string ToString() => Guard.Format("{0} ({1} cartons, v{2})", Id, _cartons.Count, Version);

    private static T Replay<T>(Func<T> replay, int index, ShipmentEvent given)
    {
        try
        {
            return replay();
        }
        catch (Exception refusal) when (refusal is DomainRuleException or OverflowException || (refusal is ArgumentException a && a.ParamName != "history"))
        {
            throw Guard.Refused(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, index, given, refusal.Message), "history", refusal);
        }
    }

    private bool Replay(ShipmentEvent given)
    {
        switch (given)
        {
            case ShipmentHandled e:
                if (!Record(e.HandlingEvent))
                {
                    throw Guard.Refused(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, given.Version - 1, given, "the handling event is already recorded"), "history");
                }

                break;
            case ShipmentRouted e: AssignToRoute(e.Itinerary); break;
            case ShipmentRouteSpecified e: SpecifyNewRoute(e.RouteSpecification); break;
            case ShipmentGoodsReceived e: RecordGoodsReceipt(e.Product, e.IntactQuantity, e.DamagedQuantity); break;
            case ShipmentSplitOff e: SplitOff(e.PartialId, e.Cartons); break;
            default: throw Guard.Refused(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, given.Version - 1, given, "a second booking"), "history");
        }

        return true;
    }

    private void CheckDeadline(RouteSpecification routeSpecification, Itinerary itinerary)
    {
        if (routeSpecification.ArrivalDeadline < itinerary.InitialDepartureTime)
        {
            throw new DomainRuleException(
                DomainRules.ShippingDeadlineAfterDeparture,
                Guard.Format(ErrorMessages.DeadlineBeforeDeparture, Id, routeSpecification.ArrivalDeadline, itinerary.InitialDepartureTime));
        }
    }

    private static List<PackedCarton> CheckCartons(IEnumerable<PackedCarton> cartons)
    {
        Guard.NotNull(cartons);
        var copy = cartons.ToList();
        if (copy.Count == 0)
        {
            throw new ArgumentException(ErrorMessages.ShipmentNeedsContents, nameof(cartons));
        }

        var labels = new HashSet<Sscc>();
        foreach (var carton in copy)
        {
            Guard.NotNull(carton, nameof(cartons));
            if (carton.Sscc is { } sscc && !labels.Add(sscc))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.SsccTwiceInShipment, sscc), nameof(cartons));
            }
        }

        return copy;
    }

    private SortedDictionary<ProductId, int> ShippedByProduct()
    {
        var totals = new SortedDictionary<ProductId, int>(Comparer<ProductId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value)));
        foreach (var line in _cartons.SelectMany(c => c.Lines))
        {
            totals[line.Product] = checked(totals.GetValueOrDefault(line.Product) + line.Quantity);
        }

        return totals;
    }
}
