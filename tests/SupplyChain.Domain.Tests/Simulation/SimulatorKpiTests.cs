using NodaTime;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Simulation;

/// <summary>
/// The KPIs of a simulated SKU that the analytics measure (units shipped, inventory turnover, days inventory
/// outstanding, the bullwhip ratio and the daily orders behind it): worked by hand on short traces, against the
/// base-stock pass-through rule, and against <see cref="Bullwhip"/> and <see cref="InventoryKpis"/> on the daily trace.
/// </summary>
public sealed class SimulatorKpiTests
{
    private static readonly LocalDate Start = new(2025, 3, 3);

    // The hand-worked SKU of SimulatorTraceTests: constant demand 4 a day, min–max (5, 12), lead time 2, 10 on hand.
    private static SimulatedSku HandWorked() =>
        new("hand-worked", new MinMaxPolicy(5, 12), DemandModel.Normal(4, 0), LeadTimeProfile.Fixed(2), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10, PerOrder = 3 }, initialOnHand: 10);

    [Fact]
    public void Five_days_with_backorders_worked_by_hand()
    {
        // The trace (see SimulatorTraceTests): orders 0, 10, 0, 8, 0; on hand 6, 2, 0, 4, 0; nothing backordered at the end.
        var result = Simulator.Run(HandWorked(), new SimulationSettings(5, seed: 1, Start));

        // Orders: mean 18 / 5 = 3.6; deviations −3.6, 6.4, −3.6, 4.4, −3.6; squares 12.96 + 40.96 + 12.96 + 19.36 + 12.96
        // = 99.2; sample variance 99.2 / 4 = 24.8.
        result.DailyOrders.Count.Should().Be(5);
        result.DailyOrders.Mean.Should().BeApproximately(3.6, 1e-12);
        result.DailyOrders.Variance.Should().BeApproximately(24.8, 1e-12);

        // Shipped = 20 demanded − 0 lost − 0 backordered at the end = 20 (and 10 at the start + 10 received − 0 left = 20).
        // Turnover 20 / 2.4 average on hand = 8.333…; days inventory outstanding 2.4 / (20 / 5) = 0.6.
        result.UnitsShipped.Should().Be(20);
        result.InventoryTurnover.Should().BeApproximately(20 / 2.4, 1e-12);
        result.DaysInventoryOutstanding.Should().BeApproximately(0.6, 1e-12);

        // The demand is constant: its variance is 0, so there is no bullwhip ratio.
        result.DailyDemand.Variance.Should().Be(0);
        double.IsNaN(result.BullwhipRatio).Should().BeTrue();
    }

    [Fact]
    public void Five_days_with_lost_sales_worked_by_hand()
    {
        // The lost-sales trace (see SimulatorTraceTests): orders 0, 10, 0, 0, 10; on hand 6, 2, 0, 6, 2; 2 units lost on day 2.
        var result = Simulator.Run(HandWorked(), new SimulationSettings(5, seed: 1, Start, ShortageHandling.LostSales));

        // Orders: mean 20 / 5 = 4; squared deviations 16 + 36 + 16 + 16 + 36 = 120; sample variance 120 / 4 = 30.
        result.DailyOrders.Mean.Should().BeApproximately(4, 1e-12);
        result.DailyOrders.Variance.Should().BeApproximately(30, 1e-12);

        // Shipped = 20 − 2 lost = 18 (10 + 10 received − 2 left = 18). Average on hand 16 / 5 = 3.2: turnover
        // 18 / 3.2 = 5.625; days inventory outstanding 3.2 / (18 / 5) = 0.888….
        result.UnitsShipped.Should().Be(18);
        result.InventoryTurnover.Should().BeApproximately(5.625, 1e-12);
        result.DaysInventoryOutstanding.Should().BeApproximately(3.2 / 3.6, 1e-12);
    }

    [Fact]
    public void A_daily_base_stock_with_backorders_passes_demand_through_so_the_bullwhip_ratio_is_one()
    {
        // Order-up-to S reviewed every day, starting at S with backorders: the position after a day's demand D is S − D,
        // so the order is exactly D (0 when D = 0). Orders and demand are the same series: Var(orders) / Var(demand) = 1.
        var sku = new SimulatedSku("base-stock", new MinMaxPolicy(326, 327), DemandModel.Normal(100, 20), LeadTimeProfile.Fixed(2),
            new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10, PerOrder = 0 }, initialOnHand: 327);
        var result = Simulator.Run(sku, new SimulationSettings(2_000, seed: 7, Start, recordTrace: true));

        result.Trace.Should().OnlyContain(d => d.Ordered == d.Demand);
        result.DailyOrders.Mean.Should().BeApproximately(result.DailyDemand.Mean, 1e-9);
        result.DailyOrders.Variance.Should().BeApproximately(result.DailyDemand.Variance, 1e-9 * result.DailyDemand.Variance);
        result.BullwhipRatio.Should().BeApproximately(1, 1e-9);
    }

    [Theory]
    [InlineData(ShortageHandling.Backorders)]
    [InlineData(ShortageHandling.LostSales)]
    public void The_kpis_equal_the_analytics_measures_computed_from_the_daily_trace(ShortageHandling shortages)
    {
        // A min–max (200, 600) on N(100, 30) with a 3-day lead time orders in batches of about 400 every few days: the
        // orders vary far more than the demand. The analytics functions, given the trace, must agree with the streamed
        // figures.
        var sku = new SimulatedSku("batching", new MinMaxPolicy(200, 600), DemandModel.Normal(100, 30), LeadTimeProfile.Fixed(3),
            new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10, PerOrder = 50 });
        var result = Simulator.Run(sku, new SimulationSettings(365, seed: 2026, Start, shortages, recordTrace: true));
        var trace = result.Trace;

        var expectedRatio = Bullwhip.Ratio([.. trace.Select(d => (double)d.Demand)], [.. trace.Select(d => (double)d.Ordered)]);
        result.BullwhipRatio.Should().BeApproximately(expectedRatio, 1e-9 * expectedRatio);
        result.BullwhipRatio.Should().BeGreaterThan(1, "batches of about 400 units every few days vary more than the daily demand");

        // Stock flow: what left the shelf to buyers = on hand at the start + received − on hand at the end.
        var shipped = result.InitialOnHand + trace.Sum(d => (long)d.Received) - trace[^1].OnHand;
        result.UnitsShipped.Should().Be(shipped);

        // With one unit cost c, COGS = shipped × c and average inventory at cost = average on hand × c.
        var c = 2.50m;
        var cogs = new Money(shipped * c, Currency.USD);
        var averageAtCost = new Money((decimal)trace.Average(d => (double)d.OnHand) * c, Currency.USD);
        result.InventoryTurnover.Should().BeApproximately(InventoryKpis.InventoryTurnover(cogs, averageAtCost), 1e-9);
        result.DaysInventoryOutstanding.Should().BeApproximately(
            InventoryKpis.DaysInventoryOutstanding(cogs, averageAtCost, daysInYear: result.Periods), 1e-9);
        (result.InventoryTurnover * result.DaysInventoryOutstanding).Should().BeApproximately(result.Periods, 1e-9);
    }

    [Fact]
    public void Nothing_on_hand_and_nothing_shipped_gives_no_turnover_and_no_days_inventory_outstanding()
    {
        // No stock at the start, lost sales (so the position never goes below 0) and min–max with s = −1, which orders
        // only at a position of −1 or below: no order is ever placed, nothing is ever on hand or shipped.
        var sku = new SimulatedSku("empty", new MinMaxPolicy(-1, 0), DemandModel.Normal(5, 1), LeadTimeProfile.Fixed(1),
            new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10, PerOrder = 0 }, initialOnHand: 0);
        var result = Simulator.Run(sku, new SimulationSettings(30, seed: 3, Start, ShortageHandling.LostSales));

        result.UnitsShipped.Should().Be(0);
        result.AverageOnHand.Should().Be(0);
        double.IsNaN(result.InventoryTurnover).Should().BeTrue();
        double.IsNaN(result.DaysInventoryOutstanding).Should().BeTrue();
    }
}
