using NodaTime;
using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Tests.Analytics;

public sealed class LeadTimeTests
{
    private static readonly PartyId Factory = new("shenzhen-factory");
    private static readonly PartyId OtherFactory = new("yiwu-factory");
    private static readonly Lane ToLeipzig = new(new FacilityId("SZX-1"), new FacilityId("LEJ-FC"));
    private static readonly Lane ToDallas = new(new FacilityId("SZX-1"), new FacilityId("DFW-FC"));

    private static PurchaseOrderReceipt Receipt(string po, PartyId supplier, Lane lane, LocalDate ordered, int days) =>
        new(new OrderId(po), supplier, lane, ordered, ordered.PlusDays(days));

    [Fact]
    public void Percentiles_interpolate_between_closest_ranks_like_PERCENTILE_INC()
    {
        // Microsoft's PERCENTILE.INC documentation example: {1, 2, 3, 4} at 0.3 -> 1.9
        // (h = 3 × 0.3 = 0.9, so 1 + 0.9 × (2 − 1)).
        LeadTimeStatistics.FromDays([1, 3, 2, 4]).PercentileDays(0.3).Should().BeApproximately(1.9, 1e-12);

        // 1..10 (numpy.percentile, linear): p50 = 5.5; p90: h = 8.1 -> 9.1; p95: h = 8.55 -> 9.55.
        // Mean 5.5; sample variance Σ(x − 5.5)² / 9 = 82.5 / 9, sd = 3.0276503540974917.
        var stats = LeadTimeStatistics.FromDays([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]);
        stats.Count.Should().Be(10);
        stats.MeanDays.Should().Be(5.5);
        stats.StandardDeviationDays.Should().BeApproximately(3.0276503540974917, 1e-12);
        stats.P50Days.Should().BeApproximately(5.5, 1e-12);
        stats.P90Days.Should().BeApproximately(9.1, 1e-12);
        stats.P95Days.Should().BeApproximately(9.55, 1e-12);
        stats.MinimumDays.Should().Be(1);
        stats.MaximumDays.Should().Be(10);
        stats.PercentileDays(0).Should().Be(1);
        stats.PercentileDays(1).Should().Be(10);
    }

    [Fact]
    public void A_single_observation_has_no_spread()
    {
        var stats = LeadTimeStatistics.FromDays([21]);
        stats.StandardDeviationDays.Should().Be(0);
        stats.P95Days.Should().Be(21);
    }

    [Fact]
    public void Receipts_are_grouped_per_supplier_and_per_lane()
    {
        var day = 1.March(2025);
        PurchaseOrderReceipt[] receipts =
        [
            Receipt("PO-1", Factory, ToLeipzig, day, 30),
            Receipt("PO-2", Factory, ToLeipzig, day, 34),
            Receipt("PO-3", Factory, ToDallas, day, 41),
            Receipt("PO-4", OtherFactory, ToDallas, day, 45),
        ];

        var bySupplier = LeadTimeAnalysis.BySupplier(receipts);
        bySupplier.Keys.Should().BeEquivalentTo([Factory, OtherFactory]);
        // Factory: 30, 34, 41 -> mean 35; deviations −5, −1, 6 -> (25 + 1 + 36) / 2 = 31.
        bySupplier[Factory].MeanDays.Should().Be(35);
        bySupplier[Factory].StandardDeviationDays.Should().BeApproximately(Math.Sqrt(31), 1e-12);

        var byLane = LeadTimeAnalysis.ByLane(receipts);
        byLane[ToLeipzig].MeanDays.Should().Be(32);
        byLane[new Lane(new FacilityId("SZX-1"), new FacilityId("DFW-FC"))].MeanDays.Should().Be(43);
    }

    [Fact]
    public void Bad_receipts_and_observations_are_refused()
    {
        FluentActions.Invoking(() => new PurchaseOrderReceipt(new OrderId("PO-9"), Factory, ToLeipzig, 10.March(2025), 9.March(2025)))
            .Should().Throw<ArgumentException>().WithParameterName("receivedOn")
            .WithMessage("receivedOn 2025-03-09 is before orderedOn 2025-03-10: goods cannot be received before they are ordered.*");
        FluentActions.Invoking(() => new Lane(new FacilityId("A"), new FacilityId("A"))).Should().Throw<ArgumentException>()
            .WithParameterName("destination").WithMessage("A lane goes from one facility to another, but both ends are A.*");
        FluentActions.Invoking(() => LeadTimeStatistics.FromDays([])).Should().Throw<ArgumentException>()
            .WithParameterName("leadTimeDays").WithMessage("leadTimeDays must contain at least one lead time.*");
        FluentActions.Invoking(() => LeadTimeStatistics.FromDays([3, -1])).Should().Throw<ArgumentException>()
            .WithMessage("leadTimeDays must not contain negative values, but element 1 is -1.*");
        FluentActions.Invoking(() => LeadTimeStatistics.FromDays([3]).PercentileDays(1.5)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("fraction");
    }

    [Fact]
    public void Scorecard_puts_OTIF_lead_time_and_defects_side_by_side()
    {
        var day = 1.March(2025);
        OrderOutcome[] orders =
        [
            new([new OrderLineOutcome { Ordered = 100, Shipped = 100, Timing = DeliveryTiming.OnTime }]),
            new([new OrderLineOutcome { Ordered = 100, Shipped = 90, Timing = DeliveryTiming.OnTime }]),
            new([new OrderLineOutcome { Ordered = 100, Shipped = 110, Timing = DeliveryTiming.Late }]),
            new([new OrderLineOutcome { Ordered = 100, Shipped = 100, Timing = DeliveryTiming.Early }]),
        ];
        PurchaseOrderReceipt[] receipts = [Receipt("PO-1", Factory, ToLeipzig, day, 28), Receipt("PO-2", Factory, ToLeipzig, day, 32)];
        ReturnedUnits[] returns =
        [
            new(4, ReturnDisposition.Defective),
            new(6, ReturnDisposition.CustomerDamaged),
            new(2, ReturnDisposition.Defective),
            new(9, ReturnDisposition.Sellable),
        ];

        var card = SupplierScorecard.Create(Factory, orders, receipts, returns);

        // In full: orders 1, 3, 4 = 3/4; on time and in full: 1 and 4 (early counts) = 2/4.
        card.OrderFillRate.Should().Be(0.75);
        card.Otif.Should().Be(0.5);
        SupplierScorecard.Create(Factory, orders, receipts, returns, EarlyDelivery.CountsAsNotOnTime).Otif.Should().Be(0.25);
        card.LeadTime.MeanDays.Should().Be(30);
        // Defective 4 + 2 = 6 of 100 + 90 + 110 + 100 = 400 shipped: 1.5 %; damage and sellable returns do not count.
        card.UnitsShipped.Should().Be(400);
        card.DefectiveUnits.Should().Be(6);
        card.DefectRate.Should().Be(0.015);

        FluentActions.Invoking(() => SupplierScorecard.Create(OtherFactory, orders, receipts, returns)).Should().Throw<ArgumentException>()
            .WithParameterName("receipts").WithMessage("receipts must hold receipts of supplier yiwu-factory only, but element 0 is from shenzhen-factory.*");
        FluentActions.Invoking(() => SupplierScorecard.Create(Factory, orders, receipts, [new ReturnedUnits(401, ReturnDisposition.Defective)]))
            .Should().Throw<ArgumentException>().WithParameterName("returns");
    }
}
