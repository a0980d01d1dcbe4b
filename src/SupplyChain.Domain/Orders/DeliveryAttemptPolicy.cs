using NodaTime;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// A delivery station's rules for attempts at the buyer's door, recorded as handling events on the parcel's
/// <see cref="Shipment"/>: a failed attempt (no one home, an address problem, refused) is re-attempted on the station's
/// next working day; after <see cref="MaxAttempts"/> failures the parcel returns to the station, then to the sender.
/// </summary>
/// <remarks>
/// <para>
/// <b>The valid chain.</b> Read in the history's order (completion instant, then handling step), the doorstep events
/// (<see cref="HandlingEventType.OutForDelivery"/>, <see cref="HandlingEventType.DeliveryAttemptFailed"/>,
/// <see cref="HandlingEventType.Claimed"/>, <see cref="HandlingEventType.ReturnedToStation"/>,
/// <see cref="HandlingEventType.ReturnedToSender"/>) must follow: out for delivery → claimed (the end), or → failed;
/// after a failure below the limit, out for delivery again on or after the station's next working day (in the station's
/// time zone); after the <see cref="MaxAttempts"/>-th failure, returned to the station → returned to the sender (the
/// end). A claim with no attempt (collected by the consignee) is valid. Other events (receipts, loads, customs,
/// delivery exceptions) are not part of the chain. <see cref="Assess"/> reports the first event that breaks it.
/// </para>
/// <para>
/// The commands (<see cref="SendOutForDelivery"/>, <see cref="RecordAttempt"/>, <see cref="ReturnToSender"/>) check
/// the chain and time order first and record nothing when refused, so a parcel handled only through them always has a
/// valid chain. Events are placed where the itinerary expects them: at the last leg's unload location (the station's
/// city), and the return to the sender at the first leg's load location, so tracking and misdirection keep working.
/// Policies compare by reference.
/// </para>
/// </remarks>
public sealed class DeliveryAttemptPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="station">The delivery station whose working calendar and time zone date the re-attempts.</param>
    /// <param name="maxAttempts">The failed attempts after which the parcel is returned; 1 to 10.</param>
    /// <exception cref="ArgumentNullException"><paramref name="station"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="station"/> is not a delivery station.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is below 1 or above 10.</exception>
    public DeliveryAttemptPolicy(LastMileNode station, int maxAttempts)
    {
        Station = Guard.NotNull(station);
        if (!station.IsStation)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NotAStation, station), nameof(station));
        }

        Guard.Positive(maxAttempts);
        MaxAttempts = Guard.AtMost(maxAttempts, MaxAttemptsLimit, nameof(MaxAttemptsLimit));
    }

    /// <summary>The largest <see cref="MaxAttempts"/> a policy accepts.</summary>
    public const int MaxAttemptsLimit = 10;

    /// <summary>The delivery station.</summary>
    public LastMileNode Station { get; }

    /// <summary>The failed attempts after which the parcel is returned.</summary>
    public int MaxAttempts { get; }

    /// <summary>Reads a parcel's delivery attempts from its handling events.</summary>
    /// <param name="events">The events, in any order.</param>
    /// <returns>The stage, the failures, the next attempt's day, and the first event that breaks the chain (if any).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is or contains null.</exception>
    public DeliveryAttemptStatus Assess(IEnumerable<HandlingEvent> events)
    {
        Guard.NotNull(events);
        var ordered = events.ToList();
        if (ordered.Exists(e => e is null))
        {
            throw new ArgumentNullException(nameof(events), Guard.Format(ErrorMessages.MustNotBeNull, "an event"));
        }

        ordered.Sort(HandlingHistory.Compare);
        var state = Chain.Start;
        foreach (var e in ordered)
        {
            if (!IsDoorstep(e.Type))
            {
                continue;
            }

            var next = Step(state, e);
            if (next is null)
            {
                return state.Status(e);
            }

            state = next;
        }

        return state.Status(null);
    }

    /// <summary>Records that the parcel is out for delivery (the first attempt, or a re-attempt).</summary>
    /// <param name="shipment">The parcel's shipment; routed.</param>
    /// <param name="at">When the vehicle left; after the shipment's latest event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shipment"/> is null.</exception>
    /// <exception cref="DomainRuleException">The shipment is not routed, <paramref name="at"/> is not after its latest event, it is already out, delivered or being returned, or a re-attempt comes before the station's next working day after the failure (rule <see cref="DomainRules.OrdersAttemptInSequence"/>); nothing changes.</exception>
    public void SendOutForDelivery(Shipment shipment, Instant at) =>
        Apply(shipment, at, (itinerary, _) => [new HandlingEvent(HandlingEventType.OutForDelivery, itinerary.FinalArrivalLocation, null, at) { Facility = Station.Id }]);

    /// <summary>Records the outcome of the attempt under way: delivered, or failed for a reason.</summary>
    /// <param name="shipment">The parcel's shipment; out for delivery.</param>
    /// <param name="at">When the attempt was made; after the shipment's latest event.</param>
    /// <param name="failure">Why the attempt failed, or null when the parcel was delivered.</param>
    /// <returns>The status after the attempt: delivered, awaiting the re-attempt (with its day), or, after the <see cref="MaxAttempts"/>-th failure, returning to the sender (the return to the station is recorded at the same instant).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shipment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="failure"/> is not a defined reason.</exception>
    /// <exception cref="DomainRuleException">The parcel is not out for delivery, or <paramref name="at"/> is not after the shipment's latest event (rule <see cref="DomainRules.OrdersAttemptInSequence"/>); nothing changes.</exception>
    public DeliveryAttemptStatus RecordAttempt(Shipment shipment, Instant at, DeliveryFailureReason? failure)
    {
        if (failure is { } reason)
        {
            Guard.Defined(reason, nameof(failure));
        }

        Apply(shipment, at, (itinerary, state) =>
        {
            // Only an attempt under way has an outcome (the chain itself also accepts a claim without one: a parcel
            // collected by the consignee, recorded by hand).
            if (state.Stage != DeliveryAttemptStage.OutForDelivery)
            {
                throw new DomainRuleException(DomainRules.OrdersAttemptInSequence, Guard.Format(
                    ErrorMessages.AttemptOutOfSequence, failure is null ? HandlingEventType.Claimed : HandlingEventType.DeliveryAttemptFailed, shipment.Id, state.Status(null)));
            }

            var location = itinerary.FinalArrivalLocation;
            if (failure is null)
            {
                return [new HandlingEvent(HandlingEventType.Claimed, location, null, at) { Facility = Station.Id }];
            }

            var failed = new HandlingEvent(HandlingEventType.DeliveryAttemptFailed, location, null, at) { Facility = Station.Id, FailureReason = failure };
            return state.Failures + 1 < MaxAttempts
                ? [failed]
                : [failed, new HandlingEvent(HandlingEventType.ReturnedToStation, location, null, at) { Facility = Station.Id }];
        });
        return Assess(shipment.HandlingEvents);
    }

    /// <summary>Records that the parcel, back at the station after the last failed attempt, was handed back to the sender.</summary>
    /// <param name="shipment">The parcel's shipment; returned to the station.</param>
    /// <param name="at">When the sender took it back; after the shipment's latest event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shipment"/> is null.</exception>
    /// <exception cref="DomainRuleException">The parcel has not been returned to the station, or <paramref name="at"/> is not after the shipment's latest event (rule <see cref="DomainRules.OrdersAttemptInSequence"/>); nothing changes.</exception>
    public void ReturnToSender(Shipment shipment, Instant at) =>
        Apply(shipment, at, (itinerary, _) => [new HandlingEvent(HandlingEventType.ReturnedToSender, itinerary.InitialDepartureLocation, null, at)]);

    /// <summary>The policy in words.</summary>
    public override string ToString() => $"{MaxAttempts} attempt(s) from {Station.Id}, re-attempts on the next working day";

    private static bool IsDoorstep(HandlingEventType type) => type is HandlingEventType.OutForDelivery or HandlingEventType.DeliveryAttemptFailed
        or HandlingEventType.Claimed or HandlingEventType.ReturnedToStation or HandlingEventType.ReturnedToSender;

    /// <summary>Checks everything, then records the events the command makes; a refusal records nothing.</summary>
    private void Apply(Shipment shipment, Instant at, Func<Itinerary, Chain, HandlingEvent[]> make)
    {
        Guard.NotNull(shipment);
        if (shipment.Itinerary is not { } itinerary)
        {
            throw new DomainRuleException(DomainRules.OrdersAttemptInSequence, Guard.Format(ErrorMessages.AttemptNotRouted, shipment.Id));
        }

        if (shipment.Delivery.LastEvent is { } latest && at <= latest.CompletionTime)
        {
            throw new DomainRuleException(DomainRules.OrdersAttemptInSequence, Guard.Format(ErrorMessages.AttemptNotAfterLatest, shipment.Id, at, latest));
        }

        var state = Chain.Start;
        foreach (var e in shipment.HandlingEvents.Where(e => IsDoorstep(e.Type)))
        {
            state = Step(state, e) ?? throw new DomainRuleException(DomainRules.OrdersAttemptInSequence, Guard.Format(ErrorMessages.AttemptChainBroken, shipment.Id, e));
        }

        var events = make(itinerary, state);
        foreach (var e in events)
        {
            state = Step(state, e) ?? throw new DomainRuleException(
                DomainRules.OrdersAttemptInSequence, Guard.Format(ErrorMessages.AttemptOutOfSequence, e.Type, shipment.Id, state.Status(null)));
        }

        foreach (var e in events)
        {
            shipment.Record(e);
        }
    }

    /// <summary>The chain's next state after a doorstep event, or null when the event breaks the chain.</summary>
    private Chain? Step(Chain state, HandlingEvent e) => (state.Stage, e.Type) switch
    {
        (DeliveryAttemptStage.NotOutForDelivery, HandlingEventType.OutForDelivery) => state with { Stage = DeliveryAttemptStage.OutForDelivery },
        (DeliveryAttemptStage.NotOutForDelivery or DeliveryAttemptStage.OutForDelivery, HandlingEventType.Claimed) => state with { Stage = DeliveryAttemptStage.Delivered },
        (DeliveryAttemptStage.OutForDelivery, HandlingEventType.DeliveryAttemptFailed) => new Chain(
            state.Failures + 1 < MaxAttempts ? DeliveryAttemptStage.AwaitingReattempt : DeliveryAttemptStage.ReturningToStation,
            state.Failures + 1,
            e.FailureReason,
            Station.Facility.Calendar.AddWorkingDays(e.CompletionTime.InZone(Station.Facility.TimeZone).Date, 1)),
        (DeliveryAttemptStage.AwaitingReattempt, HandlingEventType.OutForDelivery) when e.CompletionTime.InZone(Station.Facility.TimeZone).Date >= state.NextAttemptOn
            => state with { Stage = DeliveryAttemptStage.OutForDelivery },
        (DeliveryAttemptStage.ReturningToStation, HandlingEventType.ReturnedToStation) => state with { Stage = DeliveryAttemptStage.ReturningToSender },
        (DeliveryAttemptStage.ReturningToSender, HandlingEventType.ReturnedToSender) => state with { Stage = DeliveryAttemptStage.ReturnedToSender },
        _ => null,
    };

    /// <summary>The chain so far: the stage, the failures, the last reason and the re-attempt's earliest day.</summary>
    private sealed record Chain(DeliveryAttemptStage Stage, int Failures, DeliveryFailureReason? LastFailure, LocalDate NextAttemptOn)
    {
        internal static readonly Chain Start = new(DeliveryAttemptStage.NotOutForDelivery, 0, null, LocalDate.MinIsoValue);

        internal DeliveryAttemptStatus Status(HandlingEvent? brokenAt) =>
            new(Stage, Failures, LastFailure, Stage == DeliveryAttemptStage.AwaitingReattempt ? NextAttemptOn : null, brokenAt);
    }
}
