using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Tests.Shipping;
using static SupplyChain.Domain.Tests.Fulfilment.LastMileNetworkTestData;

namespace SupplyChain.Domain.Tests.Orders;

/// <summary>
/// Delivery attempts as handling events on the parcel's shipment (issue 16): failures, re-attempts on the station's next
/// working day, the return to the station and to the sender, with tracking, ETA and misdirection derived as before.
/// </summary>
public sealed class DeliveryAttemptTests
{
    internal static readonly UnLocode Ontario = UnLocode.Parse("USONT");

    // The parcel's plan: ONT8 (Ontario, USONT) to the Chicago station (USCHI), unloaded Tuesday 2026-03-10 09:00Z
    // (04:00 CDT), as promised in LastMilePromiseTests.
    internal static Shipment Parcel()
    {
        var itinerary = new Itinerary([new Leg(TransportMode.Road, new PartyId("PLATFORM"), new VoyageNumber("LH-1"), Ontario, Places.Chicago,
            Instant.FromUtc(2026, 3, 7, 4, 0), Instant.FromUtc(2026, 3, 10, 9, 0))]);
        var shipment = new Shipment(new ShipmentId("PCL-1"), new PartyId("SELLER-SZ-01"), new PartyId("BUYER-CHI-01"),
            new RouteSpecification(Ontario, Places.Chicago, Instant.FromUtc(2026, 3, 20, 0, 0)), [PackedCarton.Of(new ProductId("LAMP-01"), 1)]);
        shipment.AssignToRoute(itinerary);
        shipment.Record(new HandlingEvent(HandlingEventType.Unloaded, Places.Chicago, new VoyageNumber("LH-1"), Instant.FromUtc(2026, 3, 10, 9, 0)));
        return shipment;
    }

    internal static DeliveryAttemptPolicy Policy(int maxAttempts = 3) => new(ChicagoStation(), maxAttempts);

    private static Instant Chicago(int day, int hour) => new LocalDateTime(2026, 3, day, hour, 0).At(ChicagoTime);

    [Fact]
    public void Three_failed_attempts_return_the_parcel_to_the_station_and_then_to_the_sender()
    {
        var parcel = Parcel();
        var policy = Policy();
        var eta = Instant.FromUtc(2026, 3, 10, 9, 0);

        // Tuesday 2026-03-10: out at 08:00 CDT, no one home at 11:00.
        policy.SendOutForDelivery(parcel, Chicago(10, 8));
        parcel.Delivery.NextExpectedActivity.Should().Be(new HandlingActivity(HandlingEventType.Claimed, Places.Chicago, null));
        var afterFirst = policy.RecordAttempt(parcel, Chicago(10, 11), DeliveryFailureReason.NoOneHome);

        // DCH1 works Mon–Fri: the re-attempt is on Wednesday 2026-03-11.
        afterFirst.Stage.Should().Be(DeliveryAttemptStage.AwaitingReattempt);
        afterFirst.FailedAttempts.Should().Be(1);
        afterFirst.LastFailure.Should().Be(DeliveryFailureReason.NoOneHome);
        afterFirst.NextAttemptOn.Should().Be(new LocalDate(2026, 3, 11));
        parcel.Delivery.TransportStatus.Should().Be(TransportStatus.InPort);
        parcel.Delivery.IsMisdirected.Should().BeFalse();
        parcel.Delivery.NextExpectedActivity.Should().Be(new HandlingActivity(HandlingEventType.OutForDelivery, Places.Chicago, null));
        parcel.Delivery.EstimatedTimeOfArrival.Should().Be(eta);
        parcel.HandlingEvents[^1].FailureReason.Should().Be(DeliveryFailureReason.NoOneHome);

        // A re-attempt the same evening is refused and changes nothing.
        var count = parcel.HandlingEvents.Count;
        FluentActions.Invoking(() => policy.SendOutForDelivery(parcel, Chicago(10, 18))).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be("orders.attempt-in-sequence");
        parcel.HandlingEvents.Should().HaveCount(count);

        // Wednesday: address problem; Thursday: refused, the third failure, so back to the station at once.
        policy.SendOutForDelivery(parcel, Chicago(11, 8));
        policy.RecordAttempt(parcel, Chicago(11, 12), DeliveryFailureReason.AddressProblem).NextAttemptOn.Should().Be(new LocalDate(2026, 3, 12));
        policy.SendOutForDelivery(parcel, Chicago(12, 8));
        var third = policy.RecordAttempt(parcel, Chicago(12, 9), DeliveryFailureReason.Refused);

        third.Stage.Should().Be(DeliveryAttemptStage.ReturningToSender);
        third.FailedAttempts.Should().Be(3);
        third.NextAttemptOn.Should().BeNull();
        parcel.HandlingEvents.TakeLast(2).Select(e => e.Type).Should().Equal(HandlingEventType.DeliveryAttemptFailed, HandlingEventType.ReturnedToStation);
        parcel.Delivery.NextExpectedActivity.Should().Be(new HandlingActivity(HandlingEventType.ReturnedToSender, Ontario, null));
        parcel.Delivery.EstimatedTimeOfArrival.Should().BeNull("the parcel will not reach the buyer");
        parcel.Delivery.IsMisdirected.Should().BeFalse();

        // No fourth attempt.
        FluentActions.Invoking(() => policy.SendOutForDelivery(parcel, Chicago(13, 8))).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be("orders.attempt-in-sequence");

        policy.ReturnToSender(parcel, Chicago(16, 12));
        parcel.Delivery.TransportStatus.Should().Be(TransportStatus.ReturnedToSender);
        parcel.Delivery.LastKnownLocation.Should().Be(Ontario);
        parcel.Delivery.NextExpectedActivity.Should().BeNull();
        parcel.Delivery.IsMisdirected.Should().BeFalse();
        var end = policy.Assess(parcel.HandlingEvents);
        end.Stage.Should().Be(DeliveryAttemptStage.ReturnedToSender);
        end.IsValidChain.Should().BeTrue();
    }

    [Fact]
    public void A_failure_on_Friday_is_re_attempted_on_Monday_and_then_delivered()
    {
        var parcel = Parcel();
        var policy = Policy();
        policy.SendOutForDelivery(parcel, Chicago(10, 8));
        policy.RecordAttempt(parcel, Chicago(10, 11), DeliveryFailureReason.NoOneHome);
        policy.SendOutForDelivery(parcel, Chicago(11, 8));
        policy.RecordAttempt(parcel, Chicago(11, 11), DeliveryFailureReason.NoOneHome);
        policy.SendOutForDelivery(parcel, Chicago(13, 8));     // Friday 2026-03-13 (a later day is allowed)

        // Friday is not the last allowed attempt of 4: the next working day after Friday 13 is Monday 2026-03-16.
        var status = new DeliveryAttemptPolicy(ChicagoStation(), 4).RecordAttempt(parcel, Chicago(13, 11), DeliveryFailureReason.NoOneHome);
        status.NextAttemptOn.Should().Be(new LocalDate(2026, 3, 16));

        var four = new DeliveryAttemptPolicy(ChicagoStation(), 4);
        four.SendOutForDelivery(parcel, Chicago(16, 8));
        four.RecordAttempt(parcel, Chicago(16, 10), null).Stage.Should().Be(DeliveryAttemptStage.Delivered);
        parcel.Delivery.TransportStatus.Should().Be(TransportStatus.Claimed);
        four.Assess(parcel.HandlingEvents).IsValidChain.Should().BeTrue();
    }

    [Fact]
    public void A_failed_attempt_somewhere_else_is_a_misdirection_and_a_broken_chain_is_reported()
    {
        var parcel = Parcel();
        var policy = Policy();
        policy.SendOutForDelivery(parcel, Chicago(10, 8));

        // Reported by hand at Milwaukee: not where the plan expects a doorstep event.
        parcel.Record(new HandlingEvent(HandlingEventType.DeliveryAttemptFailed, UnLocode.Parse("USMKE"), null, Chicago(10, 11)));
        parcel.Delivery.IsMisdirected.Should().BeTrue();
        parcel.Delivery.EstimatedTimeOfArrival.Should().BeNull();

        // A second out-for-delivery the same day, recorded by hand, breaks the chain: Assess names the event.
        var wrong = new HandlingEvent(HandlingEventType.OutForDelivery, Places.Chicago, null, Chicago(10, 12));
        parcel.Record(wrong);
        var status = policy.Assess(parcel.HandlingEvents);
        status.IsValidChain.Should().BeFalse();
        status.BrokenAt.Should().Be(wrong);
        status.Stage.Should().Be(DeliveryAttemptStage.AwaitingReattempt);

        // The policy refuses to add to a broken chain, and nothing changes.
        var count = parcel.HandlingEvents.Count;
        FluentActions.Invoking(() => policy.RecordAttempt(parcel, Chicago(11, 12), null)).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be("orders.attempt-in-sequence");
        parcel.HandlingEvents.Should().HaveCount(count);
    }

    [Fact]
    public void Attempts_are_refused_out_of_order_and_change_nothing()
    {
        var parcel = Parcel();
        var policy = Policy();
        var count = parcel.HandlingEvents.Count;

        // Not out for delivery yet; a return before the station; an instant not after the latest event (the unload).
        FluentActions.Invoking(() => policy.RecordAttempt(parcel, Chicago(10, 11), DeliveryFailureReason.Refused)).Should().Throw<DomainRuleException>()
            .Which.Message.Should().Be("DeliveryAttemptFailed is refused for shipment PCL-1: its delivery attempts stand at NotOutForDelivery after 0 failed attempt(s).");
        FluentActions.Invoking(() => policy.ReturnToSender(parcel, Chicago(10, 11))).Should().Throw<DomainRuleException>();
        FluentActions.Invoking(() => policy.SendOutForDelivery(parcel, Instant.FromUtc(2026, 3, 10, 9, 0))).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be("orders.attempt-in-sequence");
        var unrouted = new Shipment(new ShipmentId("PCL-2"), new PartyId("S"), new PartyId("B"),
            new RouteSpecification(Ontario, Places.Chicago, Instant.FromUtc(2026, 3, 20, 0, 0)), [PackedCarton.Of(new ProductId("LAMP-01"), 1)]);
        FluentActions.Invoking(() => policy.SendOutForDelivery(unrouted, Chicago(10, 8))).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be("orders.attempt-in-sequence");

        parcel.HandlingEvents.Should().HaveCount(count);
        unrouted.HandlingEvents.Should().BeEmpty();
        FluentActions.Invoking(() => policy.RecordAttempt(parcel, Chicago(10, 11), (DeliveryFailureReason)9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("failure");
        FluentActions.Invoking(() => new DeliveryAttemptPolicy(StorageCentre(), 3)).Should().Throw<ArgumentException>().WithParameterName("station");
        FluentActions.Invoking(() => new DeliveryAttemptPolicy(ChicagoStation(), 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxAttempts");
        FluentActions.Invoking(() => new DeliveryAttemptPolicy(ChicagoStation(), 11)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxAttempts");
    }

    [Fact]
    public void A_failure_reason_belongs_only_to_a_failed_attempt()
    {
        FluentActions.Invoking(() => new HandlingEvent(HandlingEventType.Claimed, Places.Chicago, null, Chicago(10, 8)) { FailureReason = DeliveryFailureReason.Refused })
            .Should().Throw<ArgumentException>().WithParameterName("FailureReason");
        FluentActions.Invoking(() => new HandlingEvent(HandlingEventType.DeliveryAttemptFailed, Places.Chicago, null, Chicago(10, 8)) { FailureReason = (DeliveryFailureReason)0 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("FailureReason");
        FluentActions.Invoking(() => new HandlingEvent(HandlingEventType.ReturnedToSender, Places.Chicago, new VoyageNumber("T1"), Chicago(10, 8)))
            .Should().Throw<ArgumentException>().WithParameterName("voyage");
    }
}
