using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Simulation;

public sealed class SimulatorTraceTests
{
    private static readonly LocalDate Start = new(2025, 3, 3);

    // Constant demand of 4 a day (normal with σ = 0), min–max (s = 5, S = 12), fixed lead time 2 days, 10 units on hand
    // at the start, h = 1, p = 10, K = 3. Each day: demand, receipts, fill, the policy on the position after demand, costs.
    private static SimulatedSku HandWorked() =>
        new("hand-worked", new MinMaxPolicy(5, 12), DemandModel.Normal(4, 0), LeadTimeProfile.Fixed(2), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10, PerOrder = 3 }, initialOnHand: 10);

    [Fact]
    public void Five_days_with_backorders_worked_by_hand()
    {
        // Day 0: 10 − 4 = 6 on hand; position 6 > s = 5: no order. Cost 6 × h = 6.
        // Day 1: 6 − 4 = 2; position 2 ≤ 5: order S − 2 = 10, due on day 3. Cost 2 + K = 5.
        // Day 2: 2 − 4 = −2: 2 filled, 2 backordered (a stockout day); position −2 + 10 = 8 > 5. Cost 2 × p = 20.
        // Day 3: receive 10: −2 + 10 = 8 clears the backorders, 4 filled, 4 left; position 4 ≤ 5: order 8, due day 5. Cost 4 + 3 = 7.
        // Day 4: 4 − 4 = 0; position 0 + 8 = 8 > 5: no order. Cost 0.
        var result = Simulator.Run(HandWorked(), new SimulationSettings(5, seed: 1, Start, recordTrace: true));

        result.Trace.Select(d => (d.Demand, d.FilledFromStock, d.Received, d.Ordered, d.OnHand, d.Backordered, d.OnOrder, d.Cost)).Should().Equal(
            (4, 4, 0, 0, 6, 0, 0, 6.0),
            (4, 4, 0, 10, 2, 0, 10, 5.0),
            (4, 2, 0, 0, 0, 2, 10, 20.0),
            (4, 4, 10, 8, 4, 0, 8, 7.0),
            (4, 4, 0, 0, 0, 0, 8, 0.0));
        result.Trace.Select(d => d.Date).Should().Equal(Start, Start.PlusDays(1), Start.PlusDays(2), Start.PlusDays(3), Start.PlusDays(4));

        // Totals: demand 20, 18 filled on the day (fill rate 0.9), 1 stockout day, 2 orders of 18 units, 10 received;
        // holding 6 + 2 + 0 + 4 + 0 = 12, backorder 20, ordering 2 × 3 = 6, total 38 (7.6 a day).
        (result.TotalDemand, result.FilledFromStock, result.StockoutDays, result.OrdersPlaced, result.UnitsOrdered, result.UnitsReceived)
            .Should().Be((20L, 18L, 1, 2, 18L, 10L));
        result.FillRate.Should().Be(0.9);
        result.InStockRate.Should().Be(0.8);
        (result.HoldingCost, result.StockoutCost, result.OrderingCost, result.TotalCost).Should().Be((12.0, 20.0, 6.0, 38.0));
        result.AverageCostPerPeriod.Should().Be(7.6);
        result.AverageOnHand.Should().Be(2.4);
        result.AverageBackordered.Should().Be(0.4);
        (result.EndingOnHand, result.EndingBackordered, result.EndingOnOrder).Should().Be((0, 0, 8));

        // Running statistics of the daily cost 6, 5, 20, 7, 0: mean 7.6; squared deviations 2.56 + 6.76 + 153.76 +
        // 0.36 + 57.76 = 221.2, sample variance 221.2 / 4 = 55.3.
        result.DailyCost.Mean.Should().BeApproximately(7.6, 1e-12);
        result.DailyCost.Variance.Should().BeApproximately(55.3, 1e-12);
    }

    [Fact]
    public void Five_days_with_lost_sales_worked_by_hand()
    {
        // Days 0 and 1 as with backorders. Day 2: only 2 on hand: 2 filled, 2 lost, 0 left; position 0 + 10 = 10 > 5.
        // Cost 2 lost × p = 20. Day 3: receive 10, 10 − 4 = 6; position 6 > 5: no order. Cost 6.
        // Day 4: 6 − 4 = 2; position 2 ≤ 5: order 10. Cost 2 + 3 = 5. Total 6 + 5 + 20 + 6 + 5 = 42.
        var result = Simulator.Run(HandWorked(), new SimulationSettings(5, seed: 1, Start, ShortageHandling.LostSales, recordTrace: true));

        result.Trace.Select(d => (d.FilledFromStock, d.Lost, d.Ordered, d.OnHand, d.OnOrder, d.Cost)).Should().Equal(
            (4, 0, 0, 6, 0, 6.0),
            (4, 0, 10, 2, 10, 5.0),
            (2, 2, 0, 0, 10, 20.0),
            (4, 0, 0, 6, 0, 6.0),
            (4, 0, 10, 2, 10, 5.0));
        (result.UnitsLost, result.TotalCost, result.StockoutCost).Should().Be((2L, 42.0, 20.0));
    }

    [Fact]
    public void An_order_with_lead_time_zero_arrives_the_same_day()
    {
        // Base stock 12 with lead time 0: the order placed after demand arrives before the costs are counted, so each
        // day ends with 12 on hand and nothing on order (the reference's "received in t + L within the same step").
        var sku = new SimulatedSku("L0", SimulatorCorrectnessTests.BaseStock(12), DemandModel.Poisson(5), LeadTimeProfile.Fixed(0), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 1 });
        var result = Simulator.Run(sku, new SimulationSettings(50, seed: 3, Start, recordTrace: true));
        result.Trace.Should().OnlyContain(d => d.OnHand == 12 && d.OnOrder == 0 && d.Received == d.Ordered);
    }

    [Fact]
    public void Without_an_initial_stock_the_SKU_starts_with_the_policy_s_order_at_position_zero()
    {
        // The reference's convention: the initial inventory level is the order at IP = 0 (S for (s, S)).
        var sku = new SimulatedSku("start", new MinMaxPolicy(5, 12), DemandModel.Normal(4, 0), LeadTimeProfile.Fixed(2), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10 });
        Simulator.Run(sku, new SimulationSettings(1, seed: 1, Start)).InitialOnHand.Should().Be(12);
    }

    private const int TraceRuns = 60;

    /// <summary>
    /// A seed (which also sets a Poisson demand of 1 to 8 a day), a reorder point of 0 to 59 and 1 to 80 units more for
    /// the order-up-to level, 0 to 29 units to start with, a mean lead time of 0 to 14 days spread by 0 to 3.9, and
    /// backorders or lost sales.
    /// </summary>
    public sealed record TraceCase(int Seed, int ReorderPoint, int Extra, int InitialOnHand, int MeanLead, double LeadSpread, bool LostSales);

    private static readonly Gen<TraceCase> TraceCases =
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        from reorderPoint in Gen.Choose(0, 59)
        from extra in Gen.Choose(0, 79)
        from initial in Gen.Choose(0, 29)
        from meanLead in Gen.Choose(0, 14)
        from spread in Gen.Choose(0, 39)
        from lostSales in Gen.Elements(true, false)
        select new TraceCase(seed, reorderPoint, extra, initial, meanLead, spread / 10.0, lostSales);

    private static SkuSimulationResult Simulate(TraceCase given)
    {
        var policy = new MinMaxPolicy(given.ReorderPoint, given.ReorderPoint + 1 + given.Extra);
        var profile = LeadTimeProfile.Of("random", new TransitTimeDistribution(given.MeanLead, given.LeadSpread), TransitTimeDistribution.Fixed(1));
        var sku = new SimulatedSku("prop", policy, DemandModel.Poisson(1 + (given.Seed & 7)), profile, new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 1, PerOrder = 1 }, initialOnHand: given.InitialOnHand);
        var shortages = given.LostSales ? ShortageHandling.LostSales : ShortageHandling.Backorders;
        return Simulator.Run(sku, new SimulationSettings(120, given.Seed, Start, shortages, recordTrace: true));
    }

    [Fact]
    public void The_trace_cases_reach_lost_sales_and_backorders_that_happen_and_deliveries_still_on_order_at_the_end()
    {
        Reach.Covers(TraceCases, TraceRuns, given =>
            {
                var result = Simulate(given);
                var wentShort = result.Trace.Any(d => d.FilledFromStock < d.Demand);
                return [given.LostSales ? (wentShort ? "sales lost" : "lost-sales rule, nothing lost") : (wentShort ? "demand backordered" : "backorder rule, nothing backordered"),
                    result.EndingOnOrder > 0 ? "on order at the end" : "nothing on order at the end"];
            },
            ["sales lost", "demand backordered", "lost-sales rule, nothing lost", "backorder rule, nothing backordered", "on order at the end", "nothing on order at the end"]);
    }

    [Property(MaxTest = TraceRuns)]
    public Property Stock_plus_pipeline_changes_only_by_orders_and_demand() => Prop.ForAll(TraceCases.ToArbitrary(), given =>
    {
        // On hand − backordered + on order is the inventory position: units appear only by orders and leave only by
        // demand (backorders) or by sales (lost sales).
        var lostSales = given.LostSales;
        var result = Simulate(given);

        long previous = result.InitialOnHand;
        long received = 0, ordered = 0;
        foreach (var day in result.Trace)
        {
            long position = day.OnHand - day.Backordered + day.OnOrder;
            var leaving = lostSales ? day.FilledFromStock : day.Demand;
            if (position - previous != day.Ordered - leaving || day.OnHand < 0 || day.OnOrder < 0 || (lostSales && day.Backordered != 0))
            {
                return false;
            }

            previous = position;
            received += day.Received;
            ordered += day.Ordered;
        }

        // Units on order at the end are exactly those ordered and not yet received.
        return ordered - received == result.EndingOnOrder && ordered == result.UnitsOrdered && received == result.UnitsReceived;
    });
}
