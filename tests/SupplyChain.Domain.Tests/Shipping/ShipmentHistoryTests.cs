using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Tests.Shipping;

/// <summary>The events a shipment records (issue 17), and the histories <see cref="Shipment.Rebuild"/> refuses.</summary>
public sealed class ShipmentHistoryTests
{
    private static readonly Instant Departure = Instant.FromUtc(2026, 3, 2, 8, 0);
    private static readonly ShipmentId Id = new("SHP-1");
    private static readonly PackedCarton Lamps = PackedCarton.Of(Products.Lamp, 24);
    private static readonly PackedCarton Cables = PackedCarton.Of(Products.Cable, 100);

    private static readonly Itinerary Sea = new ItineraryBuilder(Places.Shanghai, Departure).To(Places.Rotterdam, Duration.FromDays(27), "V1").Build();

    private static Shipment NewShipment() =>
        new(Id, Parties.Seller, Parties.Buyer, new RouteSpecification(Places.Shanghai, Places.Rotterdam, Departure + Duration.FromDays(40)), [Lamps, Cables, Cables]);

    [Fact]
    public void Each_accepted_command_records_one_event_with_the_next_version()
    {
        var shipment = NewShipment();
        shipment.AssignToRoute(Sea);
        var partial = shipment.SplitOff(new ShipmentId("SHP-2"), [Cables]);
        var loaded = Events.At(HandlingEventType.Loaded, Places.Shanghai, Departure, "V1");
        shipment.Record(loaded).Should().BeTrue();
        shipment.Record(Events.At(HandlingEventType.Loaded, Places.Shanghai, Departure, "V1")).Should().BeFalse("the same fact again");
        shipment.RecordGoodsReceipt(Products.Cable, 98, 2);

        shipment.History.Select(e => (e.GetType().Name, e.Version)).Should().Equal(
            (nameof(ShipmentBooked), 1), (nameof(ShipmentRouted), 2), (nameof(ShipmentSplitOff), 3), (nameof(ShipmentHandled), 4), (nameof(ShipmentGoodsReceived), 5));
        shipment.Version.Should().Be(5);
        shipment.History[2].Should().Be(new ShipmentSplitOff(Id, 3, new ShipmentId("SHP-2"), [Cables]));
        shipment.History[3].Should().Be(new ShipmentHandled(Id, 4, loaded));
        partial.History.Should().Equal(new PartialShipmentBooked(new ShipmentId("SHP-2"), Id, Parties.Seller, Parties.Buyer, shipment.RouteSpecification, Sea, [Cables]));
    }

    [Fact]
    public void A_refused_command_records_nothing()
    {
        var shipment = NewShipment();
        shipment.AssignToRoute(Sea);
        var late = new RouteSpecification(Places.Shanghai, Places.Rotterdam, Departure - Duration.FromDays(1));

        FluentActions.Invoking(() => shipment.SpecifyNewRoute(late)).Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.ShippingDeadlineAfterDeparture);
        // 24 lamps shipped: 25 cannot be received.
        FluentActions.Invoking(() => shipment.RecordGoodsReceipt(Products.Lamp, 25)).Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.ShippingReceiveAtMostShipped);
        FluentActions.Invoking(() => shipment.SplitOff(new ShipmentId("SHP-2"), [Lamps, Cables, Cables])).Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.ShippingSplitHeldCartons);

        shipment.Version.Should().Be(2);
        shipment.History.Select(e => e.GetType().Name).Should().Equal(nameof(ShipmentBooked), nameof(ShipmentRouted));
    }

    [Fact]
    public void A_history_that_does_not_follow_is_refused()
    {
        var shipment = NewShipment();
        shipment.AssignToRoute(Sea);
        shipment.Record(Events.At(HandlingEventType.Received, Places.Shanghai, Departure - Duration.FromHours(2)));
        var history = shipment.History;

        Refused([]).WithMessage("A shipment's history must hold at least its booking*");
        Refused(history.Skip(1)).WithMessage("A shipment's history starts with its booking (ShipmentBooked or PartialShipmentBooked, version 1), but began with SHP-1 v2: ShipmentRouted.*");
        Refused([history[0], history[2]]).WithMessage("Event 1 of the history (SHP-1 v3: ShipmentHandled) does not follow from the events before it: expected version 2 of shipment SHP-1*");
        Refused([history[0], new ShipmentRouted(new ShipmentId("SHP-9"), 2, Sea)]).WithMessage("*expected version 2 of shipment SHP-1*");
        Refused([history[0], history[0]]).WithMessage("*expected version 2 of shipment SHP-1*", "a second booking is version 1 again");
        Refused([history[0], history[1], new ShipmentHandled(Id, 3, ((ShipmentHandled)history[2]).HandlingEvent), new ShipmentHandled(Id, 4, ((ShipmentHandled)history[2]).HandlingEvent)])
            .WithMessage("*the handling event is already recorded*");

        // A replayed command the shipment refuses: its refusal is the inner exception.
        var early = new ShipmentRouteSpecified(Id, 3, new RouteSpecification(Places.Shanghai, Places.Rotterdam, Departure - Duration.FromDays(1)));
        Refused([history[0], history[1], early]).WithInnerException<DomainRuleException>().Which.Rule.Should().Be(DomainRules.ShippingDeadlineAfterDeparture);
        Refused([history[0], new ShipmentGoodsReceived(Id, 2, Products.Lamp, 25, 0)]).WithInnerException<DomainRuleException>().Which.Rule.Should().Be(DomainRules.ShippingReceiveAtMostShipped);
        Refused([new ShipmentBooked(Id, Parties.Seller, Parties.Buyer, shipment.RouteSpecification, [])]).WithInnerException<ArgumentException>();
        Refused([new PartialShipmentBooked(Id, Id, Parties.Seller, Parties.Buyer, shipment.RouteSpecification, null, [Lamps])]).WithInnerException<ArgumentException>();
    }

    private static FluentAssertions.Specialized.ExceptionAssertions<ArgumentException> Refused(IEnumerable<ShipmentEvent> history) =>
        FluentActions.Invoking(() => Shipment.Rebuild(history)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "history");
}
