using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.InventoryTheory;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Replenishment;

public sealed class BaseStockPolicyTests : ReplenishmentPolicyContract
{
    protected override IReplenishmentPolicy Policy => new BaseStockPolicy(265);

    // Snyder & Shen, Example 4.4 (reference case base-stock-normal-ex4.4): N(50, 8) a period, L = 4, h = 0.18, p = 0.7,
    // S* = 264.77, so S = 265 in whole units. A position of 200 (150 on hand + 60 on order − 10 backordered) is raised
    // to S: 265 − 200 = 65.
    protected override WorkedCase Worked => new(new(150) { OnOrder = 60, Backordered = 10 }, Contexts.Monday, 65,
        ReplenishmentReason.ReviewOrderUpToTarget, "Snyder & Shen Example 4.4 (S* = 264.77 → 265), by hand");

    [Fact]
    public void Orders_nothing_at_or_above_the_level_and_explains_itself()
    {
        var policy = new BaseStockPolicy(265);
        var atLevel = policy.Decide(InventoryPosition.FromNet(265), Contexts.Monday);
        atLevel.Should().Be(new ReplenishmentDecision(0, ReplenishmentReason.ReviewPositionAtOrAboveTarget, 265) { TriggerLevel = 265, Target = 265 });
        atLevel.Explain().Should().Be("No order: review day, and position 265 is already at or above the order-up-to level 265.");
        policy.Decide(InventoryPosition.FromNet(-40), Contexts.Monday).Explain()
            .Should().Be("Order 305: review day, and position -40 is below the order-up-to level 265.");
        policy.ToString().Should().Be("base stock (S = 265)");
        FluentActions.Invoking(() => new BaseStockPolicy(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
    }

    [Fact]
    public void Orders_what_order_up_to_every_day_and_min_max_with_s_equal_to_S_minus_1_order()
    {
        // The same rule spelled three ways (Snyder & Shen §4.4: base stock is order-up-to with a review every period;
        // in whole units "order when p < S" is "order when p ≤ S − 1"), over every net position from −1,000 to 1,000
        // and the extremes, on several days.
        var baseStock = new BaseStockPolicy(120);
        var orderUpTo = new PeriodicReviewPolicy(ReviewCalendar.Every(1, Contexts.Monday.Date), 120);
        var minMax = new MinMaxPolicy(119, 120);
        var positions = Enumerable.Range(-1_000, 2_001).Append(int.MaxValue).Append(-int.MaxValue);
        foreach (var net in positions)
        {
            var context = Contexts.Monday.Plus(net & 7);
            var position = InventoryPosition.FromNet(net);
            var decision = baseStock.Decide(position, context);
            decision.Quantity.Should().Be(orderUpTo.Decide(position, context).Quantity).And.Be(minMax.Decide(position, context).Quantity);
            decision.Should().Be(orderUpTo.Decide(position, context));
        }
    }

    [Fact]
    public void Simulated_at_the_normal_optimum_costs_Example_4_4_s_cost()
    {
        // Snyder & Shen, Example 4.4 (reference case base-stock-normal-ex4.4): N(50, 8), h = 0.18, p = 0.7, L = 4; the
        // protection interval is L + 1 = 5 periods, N(250, 17.89): S* = 264.7669, g* = 4.4668. The simulator's lead
        // time 5 is the textbook's L = 4 (an order after day t's demand is on hand before day t + 5's demand, so the
        // stock at the end of day t + 5 is S − five days' demand). In whole units S = 265, whose analytic cost g(265) is
        // within 0.001 % of g* (the curve is flat at its minimum), from the library's closed form.
        var optimum = Newsvendor.OptimizeNormal(holdingCost: 0.18, stockoutCost: 0.7, demandMean: 50, demandStandardDeviation: 8, leadTime: 4);
        optimum.BaseStockLevel.Should().BeApproximately(264.7668943741548, 1e-7);
        optimum.Cost.Should().BeApproximately(4.466781004149578, 1e-7);
        var analytic = Newsvendor.NormalCost(265, holdingCost: 0.18, stockoutCost: 0.7, demandMean: 50, demandStandardDeviation: 8, leadTime: 4);
        analytic.Should().BeApproximately(4.4668, 0.0005);

        var sku = new SimulatedSku("Example 4.4", new BaseStockPolicy(265), DemandModel.Normal(50, 8), LeadTimeProfile.Fixed(5),
            new CostRates { HoldingPerUnitDay = 0.18, StockoutPerUnit = 0.7 });
        var result = Simulator.Run(sku, new SimulationSettings(1_000_000, seed: 44, new LocalDate(2025, 1, 1)));

        // A day's cost depends on the last five days' demand, so neighbouring days are correlated over 5 days: the
        // variance of the mean is at most (2·5 − 1) = 9 times sd²/n (all correlations ≤ 1): a standard error of at most 3
        // naive ones, and the 1 % tolerance is at least 3 such errors.
        // Demand is rounded to whole units (variance + 1/12 a day, 0.1 % on σ²) and truncated 6σ below the mean.
        var naiveStandardError = result.DailyCost.StandardDeviation / Math.Sqrt(1_000_000);
        (3 * naiveStandardError).Should().BeLessThan(analytic * 0.01 / 3);
        result.AverageCostPerPeriod.Should().BeApproximately(analytic, analytic * 0.01);
    }

    [Fact]
    public void Simulated_with_Poisson_demand_costs_Problem_4_19_s_cost()
    {
        // SCMO Problem 4.19 (reference case base-stock-poisson-scmo4.19): Poisson(18) a period, h = 0.08, p = 1.25, L = 4:
        // protection-interval demand Poisson(90), S* = 105 with cost 1.5450188691551778. Simulated with the guide-table
        // sampler and the simulator's lead time 5 (the textbook's L = 4, see the normal case above).
        var optimum = Newsvendor.OptimizePoisson(holdingCost: 0.08, stockoutCost: 1.25, demandMean: 18, leadTime: 4);
        optimum.BaseStockLevel.Should().Be(105);
        optimum.Cost.Should().BeApproximately(1.5450188691551778, 1e-7);

        var sku = new SimulatedSku("Problem 4.19", new BaseStockPolicy(105), DemandModel.Poisson(18), LeadTimeProfile.Fixed(5),
            new CostRates { HoldingPerUnitDay = 0.08, StockoutPerUnit = 1.25 });
        var result = Simulator.Run(sku, new SimulationSettings(1_000_000, seed: 419, new LocalDate(2025, 1, 1)));

        // As above: a standard error of at most 3 naive ones for five-day correlations; 1 % is at least 3 such errors.
        var naiveStandardError = result.DailyCost.StandardDeviation / Math.Sqrt(1_000_000);
        (3 * naiveStandardError).Should().BeLessThan(optimum.Cost * 0.01 / 3);
        result.AverageCostPerPeriod.Should().BeApproximately(optimum.Cost, optimum.Cost * 0.01);
        result.DailyDemand.Mean.Should().BeApproximately(18, 0.03);
    }
}
