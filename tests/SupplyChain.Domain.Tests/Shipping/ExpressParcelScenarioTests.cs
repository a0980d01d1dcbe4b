using NodaTime;
using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Tests.Shipping;

/// <summary>The direct-express fulfilment mode, told as one story (STYLE.md H13).</summary>
public sealed class ExpressParcelScenarioTests
{
    private static readonly Instant ShippedFromShenzhen = 3.March(2026).At(new LocalTime(9, 0)).InUtc().ToInstant();

    [Fact]
    public void Express_parcel_from_Shenzhen_to_a_buyer_in_Berlin_with_a_duplicate_scan_and_a_misdirection()
    {
        // A seller in Shenzhen ships one parcel (two phone cases) to a buyer in Berlin by international express:
        // truck to Hong Kong, flight to the Leipzig hub, van to Berlin. Promised within five days.
        var t0 = ShippedFromShenzhen;
        var plan = new ItineraryBuilder(Places.Shenzhen, t0)
            .To(Places.HongKong, 6.Hours(), "EXP-T1", TransportMode.Road)
            .To(Places.Leipzig, 14.Hours(), "EXP-F88", TransportMode.InternationalExpress, waitBefore: 3.Hours())
            .To(Places.Berlin, 5.Hours(), "EXP-VAN-12", TransportMode.DomesticParcel, waitBefore: 4.Hours())
            .Build();
        var parcel = new Shipment(new ShipmentId("EXP-0001"), Parties.Seller, Parties.Buyer,
            new RouteSpecification(Places.Shenzhen, Places.Berlin, t0 + 5.Days()),
            [PackedCarton.Of(Products.Case, 2)]);
        parcel.AssignToRoute(plan);
        parcel.Delivery.EstimatedTimeOfArrival.Should().Be(t0 + 32.Hours()); // 6 + 3 + 14 + 4 + 5 hours

        // Customs: EUR 24 of phone cases from China enter Germany duty-free under the EUR 150 relief (March 2026).
        var customs = LowValueRegimes.Assess(
            [new CustomsDeclaration(HsCode.Parse("4202.32"), CountryCode.Parse("CN"), new Money(24m, Currency.EUR), 2)],
            CountryCode.Parse("DE"), 4.March(2026));
        customs.IsDutyFree.Should().BeTrue();
        customs.RuleId.Should().Be("eu-negligible-value-150");

        // First mile and the flight go to plan.
        parcel.Record(Events.At(HandlingEventType.Received, Places.Shenzhen, t0 - 1.Hours()));
        parcel.Record(Events.At(HandlingEventType.Loaded, Places.Shenzhen, t0, "EXP-T1"));
        parcel.Record(Events.At(HandlingEventType.Unloaded, Places.HongKong, t0 + 6.Hours(), "EXP-T1"));
        parcel.Record(Events.At(HandlingEventType.Loaded, Places.HongKong, t0 + 9.Hours(), "EXP-F88"));

        // The hub scan in Leipzig is reported twice; the duplicate report of the same fact changes nothing.
        var hubScan = Events.At(HandlingEventType.Unloaded, Places.Leipzig, t0 + 23.Hours(), "EXP-F88");
        parcel.Record(hubScan).Should().BeTrue();
        parcel.Record(new HandlingEvent(HandlingEventType.Unloaded, Places.Leipzig, new VoyageNumber("EXP-F88"), t0 + 23.Hours()) { RegistrationTime = t0 + 25.Hours() })
            .Should().BeFalse();
        parcel.HandlingEvents.Should().HaveCount(5);
        parcel.Delivery.NextExpectedActivity.Should().Be(new HandlingActivity(HandlingEventType.Loaded, Places.Leipzig, new VoyageNumber("EXP-VAN-12")));

        // Import clearance in Leipzig is never a misdirection.
        parcel.Record(Events.At(HandlingEventType.CustomsCleared, Places.Leipzig, t0 + 25.Hours()));
        parcel.Delivery.IsMisdirected.Should().BeFalse();

        // Sorted onto the wrong truck, to Warsaw: misdirected, derived from plan + facts; no ETA can be trusted.
        parcel.Record(Events.At(HandlingEventType.Loaded, Places.Leipzig, t0 + 27.Hours(), "EXP-TRUCK-WAW"));
        parcel.Record(Events.At(HandlingEventType.Unloaded, Places.Warsaw, t0 + 35.Hours(), "EXP-TRUCK-WAW"));
        var lost = parcel.Delivery;
        lost.IsMisdirected.Should().BeTrue();
        lost.EstimatedTimeOfArrival.Should().BeNull();
        lost.NextExpectedActivity.Should().BeNull();
        lost.LastKnownLocation.Should().Be(Places.Warsaw);

        // Rerouted from where it is: a new specification from Warsaw, same deadline, and a van back to Berlin.
        parcel.SpecifyNewRoute(new RouteSpecification(Places.Warsaw, Places.Berlin, t0 + 5.Days()));
        parcel.AssignToRoute(new ItineraryBuilder(Places.Warsaw, t0 + 40.Hours())
            .To(Places.Berlin, 9.Hours(), "EXP-VAN-88", TransportMode.DomesticParcel).Build());
        var rerouted = parcel.Delivery;
        rerouted.RoutingStatus.Should().Be(RoutingStatus.Routed);
        parcel.HandlingEvents.Should().HaveCount(8, "rerouting keeps the history");
        // The latest fact is still the wrong truck's unload, which the new plan does not contain (dddsample semantics):
        // the parcel counts as misdirected until it is handled according to the new plan.
        rerouted.IsMisdirected.Should().BeTrue();

        // Loaded onto the van in Warsaw: back on plan, with a new ETA.
        parcel.Record(Events.At(HandlingEventType.Loaded, Places.Warsaw, t0 + 40.Hours(), "EXP-VAN-88"));
        parcel.Delivery.IsMisdirected.Should().BeFalse();
        parcel.Delivery.EstimatedTimeOfArrival.Should().Be(t0 + 49.Hours());
        parcel.Delivery.CurrentVoyage.Should().Be(new VoyageNumber("EXP-VAN-88"));

        // Delivered: unloaded at the Berlin station, out for delivery, then handed to the buyer.
        parcel.Record(Events.At(HandlingEventType.Unloaded, Places.Berlin, t0 + 49.Hours(), "EXP-VAN-88"));
        parcel.Delivery.IsUnloadedAtDestination.Should().BeTrue();
        parcel.Record(Events.At(HandlingEventType.OutForDelivery, Places.Berlin, t0 + 50.Hours(), "EXP-VAN-88"));
        parcel.Record(Events.At(HandlingEventType.Claimed, Places.Berlin, t0 + 52.Hours()));

        var delivered = parcel.Delivery;
        delivered.TransportStatus.Should().Be(TransportStatus.Claimed);
        delivered.IsMisdirected.Should().BeFalse();
        parcel.IsOverdue(asOf: t0 + 6.Days()).Should().BeFalse();

        // The buyer counts one case in, one broken: the seller's claim line.
        parcel.RecordGoodsReceipt(Products.Case, 1, 1);
        parcel.Discrepancies.Should().ContainSingle().Which.Damaged.Should().Be(1);
    }
}
