using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// Where a shipment is and whether it is on plan, derived from its route specification, its itinerary and the latest
/// of its handling events (the semantics of dddsample's <c>Delivery</c>).
/// </summary>
/// <remarks>
/// <para>
/// Nothing here is stored: <see cref="Shipment.Delivery"/> derives a new value on every call, so the state can never
/// disagree with the facts. "Latest" means the event with the latest completion instant, not the last one recorded;
/// events with the same completion instant are taken in the natural order of handling steps (received, unloaded,
/// customs cleared, loaded, out for delivery, delivery exception, failed delivery attempt, returned to the station,
/// returned to the sender, claimed).
/// </para>
/// <para>
/// <see cref="RoutingStatus"/> is <see cref="Shipping.RoutingStatus.NotRouted"/> without an itinerary, even when
/// events exist (dddsample reports MISROUTED there; a deliberate difference).
/// </para>
/// </remarks>
public sealed record DeliveryState
{
    private DeliveryState(RouteSpecification routeSpecification, Itinerary? itinerary, HandlingEvent? lastEvent)
    {
        LastEvent = lastEvent;
        RoutingStatus = itinerary is null ? RoutingStatus.NotRouted
            : routeSpecification.IsSatisfiedBy(itinerary) ? RoutingStatus.Routed
            : RoutingStatus.Misrouted;
        IsMisdirected = lastEvent is not null && itinerary is not null && !itinerary.IsExpected(lastEvent);
        TransportStatus = lastEvent?.Type switch
        {
            null => TransportStatus.NotReceived,
            HandlingEventType.Loaded or HandlingEventType.OutForDelivery => TransportStatus.OnboardCarrier,
            HandlingEventType.Claimed => TransportStatus.Claimed,
            HandlingEventType.ReturnedToSender => TransportStatus.ReturnedToSender,
            _ => TransportStatus.InPort,
        };
        LastKnownLocation = lastEvent?.Location;
        CurrentVoyage = TransportStatus == TransportStatus.OnboardCarrier ? lastEvent?.Voyage : null;
        IsUnloadedAtDestination = lastEvent is { Type: HandlingEventType.Unloaded } && lastEvent.Location == routeSpecification.Destination;

        var onTrack = RoutingStatus == RoutingStatus.Routed && !IsMisdirected;
        EstimatedTimeOfArrival = onTrack && !IsReturning(lastEvent) ? itinerary!.FinalArrivalTime : null;
        NextExpectedActivity = !onTrack ? null
            : lastEvent is null ? new HandlingActivity(HandlingEventType.Received, routeSpecification.Origin, null)
            : itinerary!.NextActivityAfter(lastEvent);
    }

    /// <summary>Where the goods are.</summary>
    public TransportStatus TransportStatus { get; }

    /// <summary>Whether the itinerary satisfies the route specification.</summary>
    public RoutingStatus RoutingStatus { get; }

    /// <summary>
    /// Whether the latest event is one the itinerary does not expect (<see cref="Itinerary.IsExpected"/>). False
    /// without events or without an itinerary.
    /// </summary>
    public bool IsMisdirected { get; }

    /// <summary>Whether the latest event is an unload at the route specification's destination.</summary>
    public bool IsUnloadedAtDestination { get; }

    /// <summary>
    /// The itinerary's final arrival when the shipment is routed and not misdirected; otherwise null (no estimate
    /// can be trusted). Null also once the parcel is on its way back (returned to the station or to the sender): it will
    /// not reach the consignee. After a failed delivery attempt it is still the plan's arrival; the re-attempt's date
    /// comes from the last mile's <c>Orders.DeliveryAttemptPolicy</c>, which knows the station's calendar.
    /// </summary>
    public Instant? EstimatedTimeOfArrival { get; }

    /// <summary>
    /// The next step the plan expects when routed and not misdirected (no event yet: receipt at the origin);
    /// otherwise null. Null also after a claim, a customs clearance, a delivery exception or a return to the sender.
    /// After a failed delivery attempt: out for delivery again (the re-attempt; judged from the latest event alone, so
    /// the attempt limit is the <c>DeliveryAttemptPolicy</c>'s to apply: after the last allowed failure the parcel is
    /// returned to the station at once). After a return to the station: the return to the sender.
    /// </summary>
    public HandlingActivity? NextExpectedActivity { get; }

    /// <summary>The location of the latest event, or null.</summary>
    public UnLocode? LastKnownLocation { get; }

    /// <summary>The voyage of the latest event while the goods are on board a carrier, otherwise null.</summary>
    public VoyageNumber? CurrentVoyage { get; }

    /// <summary>The latest event (by completion instant), or null.</summary>
    public HandlingEvent? LastEvent { get; }

    /// <summary>Derives the delivery state.</summary>
    /// <param name="routeSpecification">What was asked.</param>
    /// <param name="itinerary">The plan, or null when not routed.</param>
    /// <param name="events">The facts, in any order, duplicates allowed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="routeSpecification"/> or <paramref name="events"/> is or contains null.</exception>
    public static DeliveryState Derive(RouteSpecification routeSpecification, Itinerary? itinerary, IEnumerable<HandlingEvent> events)
    {
        Guard.NotNull(routeSpecification);
        Guard.NotNull(events);
        HandlingEvent? latest = null;
        foreach (var e in events)
        {
            Guard.NotNull(e, nameof(events));
            if (latest is null || HandlingHistory.Compare(e, latest) > 0)
            {
                latest = e;
            }
        }

        return new DeliveryState(routeSpecification, itinerary, latest);
    }

    private static bool IsReturning(HandlingEvent? lastEvent) =>
        lastEvent?.Type is HandlingEventType.ReturnedToStation or HandlingEventType.ReturnedToSender;

    internal static DeliveryState Of(RouteSpecification routeSpecification, Itinerary? itinerary, HandlingEvent? lastEvent) =>
        new(routeSpecification, itinerary, lastEvent);
}
