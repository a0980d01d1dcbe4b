using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

public sealed class FulfilmentModelTests
{
    private static readonly PlanNode A = new("A", CN);
    private static readonly PlanNode B = new("B", US);
    private static readonly PlanNode C = new("C", US);

    private static LandedCostBreakdown NoCost => new(Currency.USD, []);

    [Fact]
    public void Steps_that_do_not_connect_are_refused()
    {
        FulfilmentLeg[] legs =
        [
            new(LegStage.Order, ChainActor.ExpressCarrier, TransportMode.InternationalExpress, A, B, TransitTimeDistribution.Fixed(3), "express"),
            new(LegStage.Order, ChainActor.LastMileCarrier, TransportMode.DomesticParcel, C, B, TransitTimeDistribution.Fixed(1), "delivery"),
        ];

        var act = () => new FulfilmentPlan("test", Request(), legs, [], NoCost);

        act.Should().Throw<ArgumentException>().WithParameterName("legs")
            .WithMessage("Step 1 starts at C, but the previous step ends at B: the steps of a plan must connect end to end.*");
    }

    [Fact]
    public void An_inbound_step_after_an_order_step_is_refused()
    {
        FulfilmentLeg[] legs =
        [
            new(LegStage.Order, ChainActor.Platform, null, A, A, TransitTimeDistribution.Fixed(1), "pick"),
            new(LegStage.Inbound, ChainActor.Forwarder, TransportMode.AirFreight, A, B, TransitTimeDistribution.Fixed(3), "air"),
        ];

        var act = () => new FulfilmentPlan("test", Request(), legs, [], NoCost);

        act.Should().Throw<ArgumentException>().WithParameterName("legs")
            .WithMessage("Step 1 is an inbound step after an order step: stock is positioned before the order is served.*");
    }

    [Fact]
    public void A_dwell_step_stays_where_it_is()
    {
        var act = () => new FulfilmentLeg(LegStage.Order, ChainActor.Customs, null, A, B, TransitTimeDistribution.Fixed(1), "customs clearance");

        act.Should().Throw<ArgumentException>().WithParameterName("to")
            .WithMessage("A dwell step ('customs clearance') has no transport mode and must end where it starts, but starts at A and ends at B.*");
    }

    [Fact]
    public void Percentiles_use_the_normal_approximation_and_never_go_below_zero()
    {
        // Φ⁻¹(0.95) = 1.644853627 (standard normal table); mean 10, sd 2 → 13.2897.
        var estimate = new LeadTimeEstimate(new TransitTimeDistribution(10, 2));
        estimate.P95Days.Should().BeApproximately(13.28971, 1e-5);
        new LeadTimeEstimate(new TransitTimeDistribution(1, 5)).Percentile(0.05).Should().Be(0);
        new LeadTimeEstimate(TransitTimeDistribution.Fixed(4)).P95Days.Should().Be(4);
        var act = () => estimate.Percentile(1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("probability")
            .WithMessage("probability must lie strictly between 0 and 1, but was 1.*");
    }

    [Fact]
    public void A_breakdown_of_whole_cents_refuses_a_fraction_of_a_cent()
    {
        var act = () => new LandedCostBreakdown(Currency.USD, [new LandedCostPart(LandedCostKind.Freight, TradeParty.Seller, new Money(1.005m, Currency.USD), "x")]);

        act.Should().Throw<ArgumentException>().WithParameterName("parts")
            .WithMessage("Cost part Freight of 1.005 USD must be a whole number of minor units of USD.*");
    }

    [Fact]
    public void The_most_specific_last_mile_region_wins_and_a_missing_one_is_null()
    {
        var options = LastMile();
        options.Find(Chicago)!.Region.Should().Be("Chicago");
        options.Find(new Address(US, "Denver") { PostalCode = "80202" })!.Region.Should().Be("US");
        options.Find(new Address(CA, "Toronto"))!.Should().BeNull();
    }

    [Fact]
    public void The_express_price_counts_half_kilogram_steps()
    {
        // 0.2 kg → 1 step (minimum); 0.5 → 1; 0.51 → 2; 2.0 → 4: 14.00 + 3 × 3.50 = 24.50.
        ExpressZone.HalfKilogramSteps(0.2m).Should().Be(1);
        ExpressZone.HalfKilogramSteps(0.5m).Should().Be(1);
        ExpressZone.HalfKilogramSteps(0.51m).Should().Be(2);
        RateCard().Zones[0].Price(2.0m).Should().Be(new Money(24.50m, Currency.USD));
    }
}
