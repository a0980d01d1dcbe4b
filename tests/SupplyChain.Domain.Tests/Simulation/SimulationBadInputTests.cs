using NodaTime;
using SupplyChain.Domain.Demand;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Simulation;

public sealed class SimulationBadInputTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);

    [Fact]
    public void Settings_are_checked()
    {
        FluentActions.Invoking(() => new SimulationSettings(0, 1, Start)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("periods").WithMessage("periods must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => new SimulationSettings(-5, 1, Start)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("periods");
        FluentActions.Invoking(() => new SimulationSettings(10, 1, new LocalDate(9999, 12, 25))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("periods").WithMessage("periods must end by 9999-12-31, but 10 days from 9999-12-25 run past it.*");
        FluentActions.Invoking(() => new SimulationSettings(10, 1, Start, maxDegreeOfParallelism: 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("maxDegreeOfParallelism").WithMessage("maxDegreeOfParallelism must be -1 (one per core) or at least 1, but was 0.*");
        FluentActions.Invoking(() => new SimulationSettings(10, 1, Start, (ShortageHandling)7)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("shortages");
    }

    [Fact]
    public void A_trace_beyond_MaxTracedSkuDays_is_refused_before_it_is_allocated()
    {
        // From 0001-01-01 to 9999-12-31 is 3 652 059 days: traced, 175 MB for one SKU, before this limit.
        var sku = new SimulatedSku("one", new MinMaxPolicy(1, 2), DemandModel.Normal(1, 0), LeadTimeProfile.Fixed(1), default, initialOnHand: 0);
        var everyDay = new SimulationSettings(3_652_000, 1, new LocalDate(1, 1, 1), recordTrace: true);
        FluentActions.Invoking(() => Simulator.Run(sku, everyDay)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("settings")
            .WithMessage("settings: a trace of 1 SKUs × 3652000 days = 3652000 SKU-days is more than Simulator.MaxTracedSkuDays (2000000)*");

        // 1001 SKUs × 2000 days = 2 002 000 SKU-days; the same run without a trace is accepted.
        var skus = Enumerable.Repeat(sku, 1001).ToArray();
        FluentActions.Invoking(() => Simulator.Run(skus, new SimulationSettings(2000, 1, Start, recordTrace: true)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("settings");
        Simulator.Run(skus, new SimulationSettings(2000, 1, Start)).Skus.Should().HaveCount(1001);
    }

    [Fact]
    public void A_day_s_demand_beyond_int_MaxValue_units_overflows()
    {
        // N(3·10⁹, 0) draws 3·10⁹ units, more than int.MaxValue = 2,147,483,647: the documented OverflowException, on the
        // specialised normal path (min-max) and on the general one (another policy type). N(2,147,483,646, 0) still fits
        // for one day (nothing is stocked or ordered: the policy never orders).
        var settings = new SimulationSettings(1, 1, Start);
        foreach (IReplenishmentPolicy policy in new IReplenishmentPolicy[] { new MinMaxPolicy(-1, 0), new DaysOfCoverPolicy(0, 0) })
        {
            var sku = new SimulatedSku("huge", policy, DemandModel.Normal(3e9, 0), LeadTimeProfile.Fixed(1), default, initialOnHand: 0);
            FluentActions.Invoking(() => Simulator.Run(sku, settings)).Should().Throw<OverflowException>();
        }

        var largest = new SimulatedSku("largest", new MinMaxPolicy(int.MinValue, int.MinValue), DemandModel.Normal(2_147_483_646, 0), LeadTimeProfile.Fixed(1), default, initialOnHand: 0);
        Simulator.Run(largest, settings).TotalDemand.Should().Be(2_147_483_646);
    }

    [Fact]
    public void Costs_must_not_be_negative()
    {
        FluentActions.Invoking(() => new CostRates { HoldingPerUnitDay = -1, StockoutPerUnit = 10 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("HoldingPerUnitDay").WithMessage("HoldingPerUnitDay must not be negative, but was -1.*");
        FluentActions.Invoking(() => new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = -0.5 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("StockoutPerUnit").WithMessage("StockoutPerUnit must not be negative, but was -0.5.*");
        FluentActions.Invoking(() => new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 1, PerOrder = double.NaN }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("PerOrder").WithMessage("PerOrder must not be negative, but was NaN.*");
    }

    [Fact]
    public void Demand_models_are_checked()
    {
        FluentActions.Invoking(() => DemandModel.Normal(-1, 2)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("mean").WithMessage("mean must not be negative, but was -1.*");
        FluentActions.Invoking(() => DemandModel.Normal(1, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("standardDeviation");
        FluentActions.Invoking(() => DemandModel.Poisson(0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("mean").WithMessage("mean must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => DemandModel.Poisson(2e7)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("mean").WithMessage("mean must lie in [0, 10000000], but was 20000000.*");
        FluentActions.Invoking(() => DemandModel.Bootstrap(Array.Empty<int>())).Should().Throw<ArgumentException>()
            .WithParameterName("dailyUnits").WithMessage("dailyUnits must give at least one day of demand to draw from.*");
        FluentActions.Invoking(() => DemandModel.Bootstrap([3, -1])).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("dailyUnits").WithMessage("dailyUnits must not be negative, but was -1.*");
        FluentActions.Invoking(() => DemandModel.Bootstrap(SalesHistory.Empty)).Should().Throw<ArgumentException>()
            .WithParameterName("history");
        FluentActions.Invoking(() => DemandModel.Bootstrap((SalesHistory)null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
    }

    [Fact]
    public void Lead_times_and_SKUs_are_checked()
    {
        FluentActions.Invoking(() => LeadTimeProfile.Fixed(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
        FluentActions.Invoking(() => LeadTimeProfile.Of(" ", TransitTimeDistribution.Fixed(3))).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => LeadTimeProfile.Of("sea", new TransitTimeDistribution(36_000, 200))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("legs")
            .WithMessage("The legs of lead-time profile 'sea' can add up to 36800 days (mean + 4 standard deviations each), more than the 36500 days a simulation supports.*");

        var demand = DemandModel.Poisson(2);
        var lead = LeadTimeProfile.Fixed(3);
        FluentActions.Invoking(() => new SimulatedSku("x", null!, demand, lead, default)).Should().Throw<ArgumentNullException>().WithParameterName("policy");
        FluentActions.Invoking(() => new SimulatedSku("x", new JustInTimePolicy(), demand, lead, default, initialOnHand: -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("initialOnHand").WithMessage("initialOnHand must not be negative, but was -1.*");
        FluentActions.Invoking(() => Simulator.Run(Array.Empty<SimulatedSku>(), new SimulationSettings(1, 1, Start))).Should().Throw<ArgumentException>()
            .WithParameterName("skus");
        FluentActions.Invoking(() => Simulator.Run((SimulatedSku)null!, new SimulationSettings(1, 1, Start))).Should().Throw<ArgumentNullException>()
            .WithParameterName("sku");
    }
}
