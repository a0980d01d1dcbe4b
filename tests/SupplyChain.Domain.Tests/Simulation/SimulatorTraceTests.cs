using FsCheck;
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
        new("hand-worked", new MinMaxPolicy(5, 12), DemandModel.Normal(4, 0), LeadTimeProfile.Fixed(2), new CostRates(1, 10, 3), initialOnHand: 10);

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
        var sku = new SimulatedSku("L0", SimulatorCorrectnessTests.BaseStock(12), DemandModel.Poisson(5), LeadTimeProfile.Fixed(0), new CostRates(1, 1));
        var result = Simulator.Run(sku, new SimulationSettings(50, seed: 3, Start, recordTrace: true));
        result.Trace.Should().OnlyContain(d => d.OnHand == 12 && d.OnOrder == 0 && d.Received == d.Ordered);
    }

    [Fact]
    public void Without_an_initial_stock_the_SKU_starts_with_the_policy_s_order_at_position_zero()
    {
        // The reference's convention: the initial inventory level is the order at IP = 0 (S for (s, S)).
        var sku = new SimulatedSku("start", new MinMaxPolicy(5, 12), DemandModel.Normal(4, 0), LeadTimeProfile.Fixed(2), new CostRates(1, 10));
        Simulator.Run(sku, new SimulationSettings(1, seed: 1, Start)).InitialOnHand.Should().Be(12);
    }

    [Property(MaxTest = 60)]
    public bool Stock_plus_pipeline_changes_only_by_orders_and_demand(int seed, byte reorderPoint, byte extra, byte meanLead, byte leadSpread, bool lostSales)
    {
        // On hand − backordered + on order is the inventory position: units appear only by orders and leave only by
        // demand (backorders) or by sales (lost sales).
        var policy = new MinMaxPolicy(reorderPoint % 60, (reorderPoint % 60) + 1 + (extra % 80));
        var profile = LeadTimeProfile.Of("random", new TransitTimeDistribution(meanLead % 15, (leadSpread % 40) / 10.0), TransitTimeDistribution.Fixed(1));
        var sku = new SimulatedSku("prop", policy, DemandModel.Poisson(1 + (seed & 7)), profile, new CostRates(1, 1, 1), initialOnHand: extra % 30);
        var shortages = lostSales ? ShortageHandling.LostSales : ShortageHandling.Backorders;
        var result = Simulator.Run(sku, new SimulationSettings(120, seed, Start, shortages, recordTrace: true));

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
    }
}
