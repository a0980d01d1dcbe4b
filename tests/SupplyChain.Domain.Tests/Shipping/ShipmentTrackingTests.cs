using NodaTime;
using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Tests.Shipping;

public sealed class ShipmentTrackingTests
{
    private static readonly Instant Departure = Instant.FromUtc(2026, 3, 1, 0, 0);

    // The two-leg plan of the dddsample tests, with real codes: Shanghai → Rotterdam → Gothenburg.
    private static Itinerary ShanghaiToGothenburg() =>
        new ItineraryBuilder(Places.Shanghai, Departure)
            .To(Places.Rotterdam, 27.Days(), "V100")
            .To(Places.Gothenburg, 3.Days(), "V200", waitBefore: 2.Days())
            .Build();

    private static (Shipment Shipment, Instant Deadline, Instant Arrival) RoutedToGothenburg()
    {
        var shipment = Booked();
        shipment.AssignToRoute(ShanghaiToGothenburg());
        return (shipment, shipment.RouteSpecification.ArrivalDeadline, shipment.Itinerary!.FinalArrivalTime);
    }

    private static Shipment Booked(Instant? deadline = null) =>
        new(new ShipmentId("SHP-1"), Parties.Seller, Parties.Buyer,
            new RouteSpecification(Places.Shanghai, Places.Gothenburg, deadline ?? Instant.FromUtc(2026, 4, 10, 0, 0)),
            [PackedCarton.Of(Products.Lamp, 24)]);

    [Fact]
    public void A_load_event_without_a_voyage_cannot_be_created_and_never_reaches_the_shipment()
    {
        var shipment = Booked();
        shipment.AssignToRoute(ShanghaiToGothenburg());
        shipment.Record(Events.At(HandlingEventType.Received, Places.Shanghai, Departure - 1.Hours()));

        FluentActions.Invoking(() => new HandlingEvent(HandlingEventType.Loaded, Places.Shanghai, null, Departure))
            .Should().Throw<ArgumentException>()
            .WithParameterName("voyage")
            .WithMessage("A Loaded event needs a voyage (the voyage, flight or trip the goods are loaded onto or unloaded from).*");
        FluentActions.Invoking(() => new HandlingEvent(HandlingEventType.Claimed, Places.Gothenburg, new VoyageNumber("V200"), Departure))
            .Should().Throw<ArgumentException>()
            .WithParameterName("voyage")
            .WithMessage("A Claimed event must not name a voyage, but names V200.*");

        shipment.HandlingEvents.Should().ContainSingle();
        shipment.Delivery.TransportStatus.Should().Be(TransportStatus.InPort);
    }

    [Fact]
    public void Legs_that_are_not_connected_make_no_itinerary()
    {
        var first = new Leg(TransportMode.SeaFcl, Parties.Line, new VoyageNumber("V100"), Places.Shanghai, Places.Rotterdam, Departure, Departure + 27.Days());
        var second = new Leg(TransportMode.Rail, Parties.Line, new VoyageNumber("R1"), Places.Leipzig, Places.Gothenburg, Departure + 28.Days(), Departure + 30.Days());

        FluentActions.Invoking(() => new Itinerary([first, second])).Should().Throw<ArgumentException>()
            .WithParameterName("legs")
            .WithMessage("Leg 1 loads at DELEJ, but the previous leg unloads at NLRTM: the legs of an itinerary must be connected.*");
    }

    [Fact]
    public void Legs_that_overlap_in_time_or_end_before_they_start_are_refused()
    {
        var first = new Leg(TransportMode.SeaFcl, Parties.Line, new VoyageNumber("V100"), Places.Shanghai, Places.Rotterdam, Departure, Departure + 27.Days());
        var early = new Leg(TransportMode.SeaFcl, Parties.Line, new VoyageNumber("V200"), Places.Rotterdam, Places.Gothenburg, Departure + 26.Days(), Departure + 30.Days());

        FluentActions.Invoking(() => new Itinerary([first, early])).Should().Throw<ArgumentException>()
            .WithParameterName("legs")
            .WithMessage("Leg 1 loads at 2026-03-27T00:00:00Z, before the previous leg unloads at 2026-03-28T00:00:00Z*");
        FluentActions.Invoking(() => new Itinerary([])).Should().Throw<ArgumentException>()
            .WithParameterName("legs").WithMessage("An itinerary needs at least one leg.*");
        FluentActions.Invoking(() => new Leg(TransportMode.Road, Parties.Line, new VoyageNumber("T1"), Places.Shenzhen, Places.HongKong, Departure, Departure))
            .Should().Throw<ArgumentException>().WithParameterName("unloadTime");
    }

    [Fact]
    public void The_itinerary_keeps_its_own_copy_of_the_legs()
    {
        var legs = ShanghaiToGothenburg().Legs.ToList();
        var itinerary = new Itinerary(legs);
        legs.RemoveAt(1);

        itinerary.Legs.Should().HaveCount(2);
        itinerary.FinalArrivalLocation.Should().Be(Places.Gothenburg);
    }

    [Fact]
    public void A_deadline_before_departure_is_refused_and_the_shipment_is_unchanged()
    {
        // The itinerary departs on 1 March; a deadline of 28 February can never be met.
        var shipment = Booked(deadline: Instant.FromUtc(2026, 2, 28, 0, 0));

        FluentActions.Invoking(() => shipment.AssignToRoute(ShanghaiToGothenburg())).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ShippingDeadlineAfterDeparture)
            .WithMessage("Shipment SHP-1 cannot arrive by 2026-02-28T00:00:00Z: its itinerary only departs at 2026-03-01T00:00:00Z, after that deadline.");
        shipment.Itinerary.Should().BeNull();
        shipment.Delivery.RoutingStatus.Should().Be(RoutingStatus.NotRouted);

        var routed = Booked();
        routed.AssignToRoute(ShanghaiToGothenburg());
        var spec = routed.RouteSpecification;
        FluentActions.Invoking(() => routed.SpecifyNewRoute(new RouteSpecification(Places.Shanghai, Places.Gothenburg, Departure - 1.Days())))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.ShippingDeadlineAfterDeparture);
        routed.RouteSpecification.Should().BeSameAs(spec);
    }

    [Fact]
    public void Arriving_exactly_at_the_deadline_is_misrouted_and_one_tick_earlier_is_routed()
    {
        var itinerary = ShanghaiToGothenburg();
        new RouteSpecification(Places.Shanghai, Places.Gothenburg, itinerary.FinalArrivalTime).IsSatisfiedBy(itinerary).Should().BeFalse();
        new RouteSpecification(Places.Shanghai, Places.Gothenburg, itinerary.FinalArrivalTime + Duration.Epsilon).IsSatisfiedBy(itinerary).Should().BeTrue();
        new RouteSpecification(Places.Ningbo, Places.Gothenburg, itinerary.FinalArrivalTime + 1.Days()).IsSatisfiedBy(itinerary).Should().BeFalse();
        new RouteSpecification(Places.Shanghai, Places.Rotterdam, itinerary.FinalArrivalTime + 1.Days()).IsSatisfiedBy(itinerary).Should().BeFalse();
    }

    [Fact]
    public void Recording_the_same_event_twice_changes_nothing()
    {
        var shipment = Booked();
        shipment.AssignToRoute(ShanghaiToGothenburg());
        var received = Events.At(HandlingEventType.Received, Places.Shanghai, Departure - 2.Hours());
        // The same scan, reported again later: registration time differs, the fact is the same.
        var again = new HandlingEvent(HandlingEventType.Received, Places.Shanghai, null, Departure - 2.Hours()) { RegistrationTime = Departure + 1.Days() };

        shipment.Record(received).Should().BeTrue();
        var before = TrackingReferenceCaseTests.Describe(shipment.Delivery);
        shipment.Record(again).Should().BeFalse();

        shipment.HandlingEvents.Should().ContainSingle().Which.RegistrationTime.Should().Be(received.RegistrationTime);
        TrackingReferenceCaseTests.Describe(shipment.Delivery).Should().Equal(before);
    }

    [Fact]
    public void Events_arriving_out_of_order_are_ordered_by_completion_time()
    {
        var shipment = Booked();
        shipment.AssignToRoute(ShanghaiToGothenburg());
        var plan = Events.FollowingThePlan(shipment.Itinerary!);
        shipment.Record(plan[2]); // unloaded at Rotterdam, reported first
        shipment.Record(plan[0]);
        shipment.Record(plan[1]);

        shipment.HandlingEvents.Should().Equal(plan[0], plan[1], plan[2]);
        shipment.Delivery.LastEvent.Should().Be(plan[2]);
        shipment.Delivery.NextExpectedActivity.Should().Be(new HandlingActivity(HandlingEventType.Loaded, Places.Rotterdam, new VoyageNumber("V200")));
    }

    [Fact]
    public void Rerouting_a_misdirected_shipment_keeps_its_history_and_clears_the_misdirection()
    {
        var shipment = Booked();
        shipment.AssignToRoute(ShanghaiToGothenburg());
        var plan = Events.FollowingThePlan(shipment.Itinerary!);
        shipment.Record(plan[0]);
        shipment.Record(plan[1]);
        // Unloaded at Leipzig instead of Rotterdam (the wrong port): misdirected.
        var wrongPort = Events.At(HandlingEventType.Unloaded, Places.Leipzig, Departure + 20.Days(), "V100");
        shipment.Record(wrongPort);
        shipment.Delivery.IsMisdirected.Should().BeTrue();
        shipment.Delivery.EstimatedTimeOfArrival.Should().BeNull();

        // New plan from where the goods are: Leipzig → Gothenburg by truck, arriving before the 10 April deadline.
        var fromLeipzig = new ItineraryBuilder(Places.Shanghai, Departure)
            .To(Places.Leipzig, 20.Days(), "V100")
            .To(Places.Gothenburg, 2.Days(), "T-LEJ-GOT", TransportMode.Road, waitBefore: 1.Days())
            .Build();
        shipment.AssignToRoute(fromLeipzig);

        shipment.HandlingEvents.Should().Equal(plan[0], plan[1], wrongPort);
        var delivery = shipment.Delivery;
        delivery.IsMisdirected.Should().BeFalse();
        delivery.RoutingStatus.Should().Be(RoutingStatus.Routed);
        delivery.NextExpectedActivity.Should().Be(new HandlingActivity(HandlingEventType.Loaded, Places.Leipzig, new VoyageNumber("T-LEJ-GOT")));
        delivery.EstimatedTimeOfArrival.Should().Be(Departure + 23.Days());
    }

    [Fact]
    public void Changing_the_destination_makes_the_shipment_misrouted_until_it_is_rerouted()
    {
        var shipment = Booked();
        shipment.AssignToRoute(ShanghaiToGothenburg());
        shipment.Delivery.RoutingStatus.Should().Be(RoutingStatus.Routed);

        shipment.SpecifyNewRoute(new RouteSpecification(Places.Shanghai, Places.Rotterdam, Instant.FromUtc(2026, 4, 10, 0, 0)));
        shipment.Delivery.RoutingStatus.Should().Be(RoutingStatus.Misrouted);
        shipment.Delivery.EstimatedTimeOfArrival.Should().BeNull();
        shipment.Delivery.NextExpectedActivity.Should().BeNull();

        shipment.AssignToRoute(new ItineraryBuilder(Places.Shanghai, Departure).To(Places.Rotterdam, 27.Days(), "V100").Build());
        shipment.Delivery.RoutingStatus.Should().Be(RoutingStatus.Routed);
    }

    [Fact]
    public void Customs_and_delivery_exceptions_are_never_misdirections_and_out_for_delivery_expects_the_claim()
    {
        var shipment = Booked();
        shipment.AssignToRoute(ShanghaiToGothenburg());
        var arrival = shipment.Itinerary!.FinalArrivalTime;

        shipment.Record(Events.At(HandlingEventType.CustomsCleared, Places.Rotterdam, Departure + 27.Days() + 6.Hours()));
        shipment.Delivery.IsMisdirected.Should().BeFalse();
        shipment.Delivery.NextExpectedActivity.Should().BeNull();
        shipment.Delivery.TransportStatus.Should().Be(TransportStatus.InPort);

        shipment.Record(Events.At(HandlingEventType.OutForDelivery, Places.Gothenburg, arrival + 2.Hours(), "VAN-7"));
        shipment.Delivery.TransportStatus.Should().Be(TransportStatus.OnboardCarrier);
        shipment.Delivery.CurrentVoyage.Should().Be(new VoyageNumber("VAN-7"));
        shipment.Delivery.NextExpectedActivity.Should().Be(new HandlingActivity(HandlingEventType.Claimed, Places.Gothenburg, null));

        shipment.Record(Events.At(HandlingEventType.DeliveryException, Places.Gothenburg, arrival + 5.Hours()));
        shipment.Delivery.IsMisdirected.Should().BeFalse();
        shipment.Delivery.TransportStatus.Should().Be(TransportStatus.InPort);
        shipment.Delivery.NextExpectedActivity.Should().BeNull();

        // Out for delivery anywhere but the final unload location is a misdirection.
        shipment.Record(Events.At(HandlingEventType.OutForDelivery, Places.Rotterdam, arrival + 1.Days()));
        shipment.Delivery.IsMisdirected.Should().BeTrue();
    }

    [Fact]
    public void Overdue_is_judged_at_a_given_instant()
    {
        var shipment = Booked();
        shipment.AssignToRoute(ShanghaiToGothenburg());
        var deadline = shipment.RouteSpecification.ArrivalDeadline;

        shipment.IsOverdue(deadline - Duration.Epsilon).Should().BeFalse();
        shipment.IsOverdue(deadline).Should().BeTrue();
        shipment.Record(Events.At(HandlingEventType.Claimed, Places.Gothenburg, deadline - 1.Days()));
        shipment.IsOverdue(deadline + 1.Days()).Should().BeFalse();
    }

    [Fact]
    public void A_parcel_returned_to_the_sender_is_finished_not_overdue()
    {
        // Hand-made history (recorded event by event, no policy): the plan arrives at Gothenburg 2026-04-02 00:00Z
        // (1 Mar + 27 days to Rotterdam, 2 days' wait, 3 days on), the deadline is 2026-04-10 00:00Z.
        var (shipment, deadline, arrival) = RoutedToGothenburg();
        shipment.Record(Events.At(HandlingEventType.Unloaded, Places.Gothenburg, arrival, "V200"));
        shipment.Record(Events.At(HandlingEventType.OutForDelivery, Places.Gothenburg, arrival + 8.Hours()));
        shipment.Record(new HandlingEvent(HandlingEventType.DeliveryAttemptFailed, Places.Gothenburg, null, arrival + 12.Hours()) { FailureReason = DeliveryFailureReason.Refused });
        shipment.Record(Events.At(HandlingEventType.ReturnedToStation, Places.Gothenburg, arrival + 12.Hours()));

        // On its way back (returned to the station, 2 Apr 12:00Z): not finished, so overdue from the deadline on.
        shipment.IsOverdue(deadline - Duration.Epsilon).Should().BeFalse();
        shipment.IsOverdue(deadline).Should().BeTrue();

        // Handed back to the sender at Shanghai on 12 Apr 00:00Z, two days after the deadline.
        var returned = deadline + 2.Days();
        shipment.Record(Events.At(HandlingEventType.ReturnedToSender, Places.Shanghai, returned));
        shipment.Delivery.TransportStatus.Should().Be(TransportStatus.ReturnedToSender);

        // Judged before the return it was overdue (11 Apr); from the return's instant on it is finished.
        shipment.IsOverdue(deadline + 1.Days()).Should().BeTrue();
        shipment.IsOverdue(returned - Duration.Epsilon).Should().BeTrue();
        shipment.IsOverdue(returned).Should().BeFalse();
        shipment.IsOverdue(returned + 30.Days()).Should().BeFalse();
    }

    [Fact]
    public void A_parcel_returned_to_the_sender_before_its_deadline_is_never_overdue()
    {
        // Refused on arrival day (2 Apr), back with the sender on 5 Apr 00:00Z, five days before the 10 Apr deadline.
        var (shipment, deadline, arrival) = RoutedToGothenburg();
        shipment.Record(Events.At(HandlingEventType.OutForDelivery, Places.Gothenburg, arrival + 8.Hours()));
        shipment.Record(Events.At(HandlingEventType.DeliveryAttemptFailed, Places.Gothenburg, arrival + 9.Hours()));
        shipment.Record(Events.At(HandlingEventType.ReturnedToStation, Places.Gothenburg, arrival + 9.Hours()));
        shipment.Record(Events.At(HandlingEventType.ReturnedToSender, Places.Shanghai, arrival + 3.Days()));

        shipment.IsOverdue(deadline).Should().BeFalse();
        shipment.IsOverdue(deadline + 100.Days()).Should().BeFalse();
    }

    [Fact]
    public void A_claim_counts_from_its_own_instant()
    {
        // Claimed 12 Apr 10:00Z, after the 10 Apr deadline: overdue on 11 Apr, finished from the claim on.
        var shipment = Booked();
        shipment.AssignToRoute(ShanghaiToGothenburg());
        var deadline = shipment.RouteSpecification.ArrivalDeadline;
        var claimed = deadline + 2.Days() + 10.Hours();
        shipment.Record(Events.At(HandlingEventType.Claimed, Places.Gothenburg, claimed));

        shipment.IsOverdue(deadline + 1.Days()).Should().BeTrue();
        shipment.IsOverdue(claimed).Should().BeFalse();
    }

    [Fact]
    public void A_handling_event_is_registered_when_it_happened_unless_told_otherwise()
    {
        var scanned = new HandlingEvent(HandlingEventType.Received, Places.Shanghai, null, Departure);
        var reportedLate = new HandlingEvent(HandlingEventType.Received, Places.Shanghai, null, Departure)
        {
            RegistrationTime = Departure + 1.Days(),
            Facility = new FacilityId("YANGSHAN-T4"),
        };

        scanned.RegistrationTime.Should().Be(Departure);
        scanned.Facility.Should().BeNull();
        reportedLate.CompletionTime.Should().Be(Departure);
        reportedLate.RegistrationTime.Should().Be(Departure + 1.Days());
        reportedLate.Facility.Should().Be(new FacilityId("YANGSHAN-T4"));
    }

    [Fact]
    public void Handling_events_are_equal_when_they_report_the_same_fact()
    {
        var a = new HandlingEvent(HandlingEventType.Loaded, Places.Shanghai, new VoyageNumber("V100"), Departure) { Facility = new FacilityId("YANGSHAN-T4") };
        var b = new HandlingEvent(HandlingEventType.Loaded, Places.Shanghai, new VoyageNumber("V100"), Departure) { RegistrationTime = Departure + 3.Hours() };
        var c = new HandlingEvent(HandlingEventType.Loaded, Places.Shanghai, new VoyageNumber("V101"), Departure);

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != c).Should().BeTrue();
        a.ToString().Should().Be("Loaded at CNSHA on V100 at 2026-03-01T00:00:00Z");
    }
}
