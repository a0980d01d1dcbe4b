using NodaTime;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Tests.Analytics;

public sealed class ShipmentLeadTimeTests
{
    private static readonly UnLocode Shenzhen = UnLocode.Parse("CNSZX");
    private static readonly UnLocode Ningbo = UnLocode.Parse("CNNGB");
    private static readonly UnLocode Leipzig = UnLocode.Parse("DELEJ");
    private static readonly PartyId SzFactory = new("factory-sz");
    private static readonly PartyId YwFactory = new("factory-yw");
    private static readonly FacilityId SzWarehouse = new("WH-SZ");
    private static readonly FacilityId YwWarehouse = new("WH-YW");
    private static readonly FacilityId StorageCentre = new("ISC-LEJ");
    private static readonly Lane SzToLeipzig = new(SzWarehouse, StorageCentre);
    private static readonly Lane YwToLeipzig = new(YwWarehouse, StorageCentre);

    private static Instant March(int day, int hour) => Instant.FromUtc(2025, 3, day, hour, 0);

    private static HandlingEvent Event(HandlingEventType type, UnLocode at, Instant when, FacilityId? facility, string? voyage = null) =>
        new(type, at, voyage is null ? null : new VoyageNumber(voyage), when) { Facility = facility };

    private static Shipment Shipment(string id, PartyId shipper, UnLocode origin, params HandlingEvent[] events)
    {
        var shipment = new Shipment(new ShipmentId(id), shipper, new PartyId("seller-A"), new RouteSpecification(origin, Leipzig, March(31, 0)),
            [new PackedCarton([new ShipmentLine(new ProductId("P-A-MUG"), 48)])]);
        foreach (var e in events)
        {
            shipment.Record(e);
        }

        return shipment;
    }

    private static Shipment[] Shipments() =>
    [
        // Received 1 Mar 08:00, unloaded 3 Mar 20:00 (2 d 12 h = 2.5 d), claimed 5 Mar 14:00 (4 d 6 h = 4.25 d).
        Shipment("S1", SzFactory, Shenzhen,
            Event(HandlingEventType.Claimed, Leipzig, March(5, 14), StorageCentre),
            Event(HandlingEventType.Received, Shenzhen, March(1, 8), SzWarehouse),
            Event(HandlingEventType.Loaded, Shenzhen, March(2, 1), null, "CA1001"),
            Event(HandlingEventType.Unloaded, Leipzig, March(3, 20), StorageCentre, "CA1001")),
        // Received 10 Mar 06:00, unloaded 13 Mar 06:00 (3 d), claimed 16 Mar 18:00 (6 d 12 h = 6.5 d).
        Shipment("S2", SzFactory, Shenzhen,
            Event(HandlingEventType.Received, Shenzhen, March(10, 6), SzWarehouse),
            Event(HandlingEventType.Unloaded, Leipzig, March(13, 6), StorageCentre, "CA1003"),
            Event(HandlingEventType.Claimed, Leipzig, March(16, 18), StorageCentre)),
        // Received 2 Mar 00:00, claimed 5 Mar 00:00 (3 d); no unload on record.
        Shipment("S3", YwFactory, Ningbo,
            Event(HandlingEventType.Received, Ningbo, March(2, 0), YwWarehouse),
            Event(HandlingEventType.Claimed, Leipzig, March(5, 0), StorageCentre)),
        // Still travelling: received, not claimed.
        Shipment("S4", SzFactory, Shenzhen, Event(HandlingEventType.Received, Shenzhen, March(20, 6), SzWarehouse)),
        // Booked, never received.
        Shipment("S5", SzFactory, Shenzhen),
        // Both events, but the scans name no facility: the lane is unknown.
        Shipment("S6", SzFactory, Shenzhen,
            Event(HandlingEventType.Received, Shenzhen, March(1, 0), null),
            Event(HandlingEventType.Claimed, Leipzig, March(4, 0), null)),
    ];

    [Fact]
    public void Receipt_at_origin_to_claim_at_destination_per_supplier_and_lane()
    {
        var result = LeadTimeAnalysis.FromShipments(Shipments());

        result.Observations.Select(o => (o.Shipment.Value, o.Days)).Should().Equal(("S1", 4.25), ("S2", 6.5), ("S3", 3.0));
        result.Observations[0].Lane.Should().Be(SzToLeipzig);
        result.Observations[0].Start.Should().Be(March(1, 8));
        result.Observations[0].End.Should().Be(March(5, 14));

        // factory-sz: 4.25 and 6.5 → mean 5.375; deviations ±1.125 → variance 2 × 1.265625 / 1 = 2.53125.
        result.BySupplier[SzFactory].MeanDays.Should().BeApproximately(5.375, 1e-12);
        result.BySupplier[SzFactory].StandardDeviationDays.Should().BeApproximately(Math.Sqrt(2.53125), 1e-12);
        result.BySupplier[YwFactory].MeanDays.Should().BeApproximately(3.0, 1e-12);
        result.ByLane.Keys.Should().BeEquivalentTo([SzToLeipzig, YwToLeipzig]);
        result.ByLane[SzToLeipzig].P50Days.Should().BeApproximately(5.375, 1e-12);

        result.SkippedCount.Should().Be(3);
        result.Skipped.Select(s => (s.Shipment.Value, s.Reason)).Should().Equal(
            ("S4", ShipmentSkipReason.NotArrivedAtDestination),
            ("S5", ShipmentSkipReason.NotReceivedAtOrigin),
            ("S6", ShipmentSkipReason.FacilityNotNamed));
    }

    [Fact]
    public void Receipt_to_unload_at_destination_measures_the_main_carriage()
    {
        var result = LeadTimeAnalysis.FromShipments(Shipments(), ShipmentLeadTimeEnd.UnloadedAtDestination);

        // S1: 2.5 d, S2: 3 d → mean 2.75; S3 has no unload on record and is skipped with S4, S5 and S6.
        result.Observations.Select(o => (o.Shipment.Value, o.Days)).Should().Equal(("S1", 2.5), ("S2", 3.0));
        result.ByLane[SzToLeipzig].MeanDays.Should().BeApproximately(2.75, 1e-12);
        result.ByLane.Should().NotContainKey(YwToLeipzig);
        result.Skipped.Select(s => s.Shipment.Value).Should().Equal("S3", "S4", "S5", "S6");
        result.Skipped[0].Reason.Should().Be(ShipmentSkipReason.NotArrivedAtDestination);
    }

    [Fact]
    public void A_claim_before_the_receipt_or_at_the_same_facility_gives_no_observation()
    {
        var early = Shipment("S7", SzFactory, Shenzhen,
            Event(HandlingEventType.Claimed, Leipzig, March(1, 0), StorageCentre),
            Event(HandlingEventType.Received, Shenzhen, March(2, 0), SzWarehouse));
        var same = Shipment("S8", SzFactory, Shenzhen,
            Event(HandlingEventType.Received, Shenzhen, March(2, 0), StorageCentre),
            Event(HandlingEventType.Claimed, Leipzig, March(3, 0), StorageCentre));

        var result = LeadTimeAnalysis.FromShipments([early, same]);

        result.Observations.Should().BeEmpty();
        result.BySupplier.Should().BeEmpty();
        result.Skipped.Select(s => s.Reason).Should().Equal(ShipmentSkipReason.NotArrivedAtDestination, ShipmentSkipReason.SameFacility);
        FluentActions.Invoking(() => LeadTimeAnalysis.FromShipments([early, null!])).Should().Throw<ArgumentNullException>()
            .WithParameterName("shipments").WithMessage("shipments must not contain null, but element 1 is null.*");
        FluentActions.Invoking(() => LeadTimeAnalysis.FromShipments([], (ShipmentLeadTimeEnd)9)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("end");
    }
}
