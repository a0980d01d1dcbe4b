using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

public sealed class ModeComparisonTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    // A duty table without HS 9405: the warehouse's eligibility conditions (case pack, packable, last mile) all pass,
    // but its plan needs a duty rate (the 200-unit consignment is worth 4,000 USD, and Section 321 is suspended).
    private static CustomsTariff NoLampRate() => new([new CustomsMeasure("MFN", CustomsTerritory.Of(US), "8501", 5m)]);

    private static PlatformWarehouseMode WarehouseWithoutLampRate() => new(
        new MainCarriage(TransportMode.SeaLcl, "Example Ocean Forwarder", ChargeableWeightRules.SeaLcl, Usd(0.15m), new TransitTimeDistribution(30, 4)),
        Terms(), LastMile(), NoLampRate())
    {
        InboundPreparation = TransitTimeDistribution.Fixed(2),
        UnitsPerInboundShipment = 200,
    };

    [Fact]
    public void A_mode_whose_plan_is_refused_becomes_a_refused_row_and_the_other_rows_are_still_computed()
    {
        var warehouse = WarehouseWithoutLampRate();
        warehouse.CheckEligibility(Request()).IsEligible.Should().BeTrue();

        var comparison = ModeComparison.Compare(Request(), 300, [DirectExpress(), Pickup(trailingSales: 1200), warehouse]);

        // The other rows are complete; their totals are worked by hand in DirectExpressModeTests and PlatformModeTests
        // (direct express DDP 24.50 freight + 1.50 duty = 26.00; pickup 14.09).
        comparison.Rows[0].Plan.Should().NotBeNull();
        comparison.Rows[0].LandedCostPerUnit.Should().Be(Usd(26.00m));
        comparison.Rows[0].PlanRefusal.Should().BeNull();
        comparison.Rows[1].Plan.Should().NotBeNull();
        comparison.Rows[1].LandedCostPerUnit.Should().Be(Usd(14.09m));
        comparison.Rows[1].PlanRefusal.Should().BeNull();

        var refused = comparison.Rows[2];
        refused.ModeName.Should().Be("Platform warehouse (SeaLcl)");
        refused.Plan.Should().BeNull();
        refused.LandedCostPerUnit.Should().BeNull();
        refused.LeadTime.Should().BeNull();
        refused.Eligibility.IsEligible.Should().BeFalse();
        refused.Eligibility.Unmet.Select(r => r.Code).Should().Equal(DomainRules.CustomsMeasureKnown);
        refused.Eligibility.Reasons.Select(r => r.Code).Should().Equal(
            "inbound.case-pack-known", "inbound.packable", "last-mile.available", DomainRules.CustomsMeasureKnown);
        refused.PlanRefusal!.Code.Should().Be(DomainRules.CustomsMeasureKnown);
        refused.PlanRefusal.IsMet.Should().BeFalse();
        refused.PlanRefusal.Description.Should().Match("No customs measure matches line 1 (HS 940521 of origin CN) into US on 2026-03-02, and the normal measures apply*");
        refused.StockTiedUpValue.Should().Be(Usd(0m));

        comparison.Cheapest!.ModeName.Should().Be("Platform pickup");
        comparison.LeastStockTiedUp!.ModeName.Should().Be("Direct express (DDP)");
    }

    [Fact]
    public void Exceptions_other_than_a_rule_refusal_are_not_swallowed()
    {
        var act = () => ModeComparison.Compare(Request(), 300, [DirectExpress(), new BrokenMode()]);

        act.Should().Throw<InvalidOperationException>().WithMessage("broken").Which.Should().NotBeOfType<DomainRuleException>();
    }

    [Fact]
    public void Stock_is_valued_per_stage_and_the_stages_add_up_to_the_total()
    {
        var comparison = ModeComparison.Compare(Request(), 300, [DirectExpress(), Warehouse()]);

        // 300 units a month = 300 / 30.4375 units a day. Warehouse: in transit × 37 days (2 preparation + 30 sea +
        // 2 clearance + 1 delivery to the centre + 2 receiving, see PlatformModeTests), valued at the unit value 20.00;
        // at the storage centre 300 × 1.5 months = 450 units × 20.00 = 9,000.00.
        var warehouse = comparison.Rows[1];
        warehouse.StockInTransitValue.Amount.Should().BeApproximately(300m / 30.4375m * 37m * 20m, 1e-6m);
        warehouse.StockAtStorageCentreValue.Should().Be(Usd(9000m));
        (warehouse.StockInTransitValue + warehouse.StockAtStorageCentreValue).Should().Be(warehouse.StockTiedUpValue);

        // Direct express: only the parcels in flight (7 days of the order's steps), nothing at a storage centre.
        var express = comparison.Rows[0];
        express.StockAtStorageCentreValue.Should().Be(Usd(0m));
        express.StockInTransitValue.Amount.Should().BeApproximately(300m / 30.4375m * 7m * 20m, 1e-6m);
        express.StockTiedUpValue.Should().Be(express.StockInTransitValue);
        comparison.LeastStockTiedUp.Should().BeSameAs(express);
    }

    [Fact]
    public void Fastest_breaks_a_tie_on_the_mean_lead_time_by_the_order_the_modes_were_given()
    {
        // Pickup and warehouse serve the order from the same storage centre with the same last mile: both 4.0 days mean
        // (PlatformModeTests), so the one given first is the fastest.
        var pickupFirst = ModeComparison.Compare(Request(), 300, [Pickup(trailingSales: 1200), Warehouse()]);
        var warehouseFirst = ModeComparison.Compare(Request(), 300, [Warehouse(), Pickup(trailingSales: 1200)]);

        pickupFirst.Rows[0].LeadTime!.MeanDays.Should().Be(pickupFirst.Rows[1].LeadTime!.MeanDays);
        pickupFirst.Fastest!.ModeName.Should().Be("Platform pickup");
        warehouseFirst.Fastest!.ModeName.Should().Be("Platform warehouse (SeaLcl)");
    }

    [Fact]
    public void A_built_in_mode_refusal_carries_the_eligibility_check_as_data()
    {
        var express = new DirectExpressMode([RateCard()], Incoterm.Ddp, NoLampRate()) { OrderHandling = TransitTimeDistribution.Fixed(1), CustomsClearance = new TransitTimeDistribution(1, 0.5) };

        var e = FluentActions.Invoking(() => express.Plan(Request())).Should().Throw<DomainRuleException>()
            .Where(x => x.Rule == DomainRules.CustomsMeasureKnown).Which;
        var details = e.Details.Should().BeOfType<ModeRefusalDetails>().Which;
        details.Eligibility.Reasons.Select(r => (r.Code, r.IsMet)).Should().Equal(("fulfilment.rate-card-in-force", true), ("fulfilment.rate-card-covers-destination", true));
        details.InboundPlan.Should().BeNull();
        e.InnerException.Should().BeOfType<DomainRuleException>("the tariff's own refusal is kept as the inner exception")
            .Which.Rule.Should().Be(DomainRules.CustomsMeasureKnown);

        var noCasePack = FluentActions.Invoking(() => Warehouse().Plan(Request(product: Lamp(withCasePack: false))))
            .Should().Throw<DomainRuleException>().Where(x => x.Rule == DomainRules.InboundCasePackKnown).Which;
        var noCasePackDetails = noCasePack.Details.Should().BeOfType<ModeRefusalDetails>().Which;
        noCasePackDetails.Eligibility.Unmet.Select(r => r.Code).Should().Equal("inbound.case-pack-known");
        // None of the 200 units of the warehouse's inbound shipment can go in a carton without a case pack.
        noCasePackDetails.InboundPlan!.Unpacked.Select(u => (u.Units, u.Reason)).Should().Equal((200, UnpackedReason.NoCasePack));
    }

    private sealed class BrokenMode : IFulfilmentMode
    {
        public string Name => "Broken";

        public ModeEligibility CheckEligibility(FulfilmentRequest request) => ModeEligibility.Unconditional;

        public FulfilmentPlan Plan(FulfilmentRequest request) => throw new InvalidOperationException("broken");
    }
}
