namespace SupplyChain.Domain.Simulation;

/// <summary>
/// What one simulated SKU did: service (fill rate, stockout days), stock (average on hand and backordered), orders, costs
/// and the running statistics of daily demand, stock and cost, plus the daily trace when it was asked for.
/// </summary>
/// <remarks>
/// Every figure is accumulated as the days go (memory does not grow with the days), except <see cref="Trace"/>.
/// Ratios are fractions from 0 to 1.
/// Results compare by reference: a result is read, not compared; compare its figures.
/// </remarks>
public sealed class SkuSimulationResult
{
    internal SkuSimulationResult(SimulatedSku sku, int index, SkuTotals totals, IReadOnlyList<SimulationDay> trace)
    {
        Sku = sku;
        Index = index;
        Periods = totals.Periods;
        InitialOnHand = totals.InitialOnHand;
        TotalDemand = totals.Demand;
        FilledFromStock = totals.Filled;
        UnitsLost = totals.Lost;
        StockoutDays = totals.StockoutDays;
        OrdersPlaced = totals.Orders;
        UnitsOrdered = totals.UnitsOrdered;
        UnitsReceived = totals.UnitsReceived;
        EndingOnHand = totals.EndingOnHand;
        EndingBackordered = totals.EndingBackordered;
        EndingOnOrder = totals.EndingOnOrder;
        var costs = sku.Costs;
        var days = (double)Periods;
        AverageOnHand = totals.OnHandDays / days;
        AverageBackordered = totals.BackorderedDays / days;
        HoldingCost = costs.HoldingPerUnitDay * totals.OnHandDays;
        StockoutCost = costs.StockoutPerUnit * (totals.Lost + totals.BackorderedDays);
        OrderingCost = costs.PerOrder * totals.Orders;
        TotalCost = HoldingCost + StockoutCost + OrderingCost;
        DailyDemand = totals.DemandMoments.ToStatistics(Periods);
        DailyOnHand = totals.OnHandMoments.ToStatistics(Periods);
        DailyCost = totals.CostMoments.ToStatistics(Periods);
        DailyOrders = RunningStatistics.FromSums(Periods, totals.UnitsOrdered, totals.UnitsOrderedSquares);
        UnitsShipped = totals.Demand - totals.Lost - totals.EndingBackordered;
        Trace = trace;
    }

    /// <summary>The SKU simulated.</summary>
    public SimulatedSku Sku { get; }

    /// <summary>
    /// The SKU's catalogue index, from which its random stream is derived: its position in the list given to the simulator,
    /// or, for a partition (<see cref="Simulator.RunPartition"/>), the partition's first index plus its position in the partition.
    /// </summary>
    public int Index { get; }

    /// <summary>Days simulated.</summary>
    public int Periods { get; }

    /// <summary>Units on hand before the first day.</summary>
    public int InitialOnHand { get; }

    /// <summary>Units demanded over all days.</summary>
    public long TotalDemand { get; }

    /// <summary>Units filled from stock on the day they were demanded.</summary>
    public long FilledFromStock { get; }

    /// <summary>Units of lost sales (0 with backorders).</summary>
    public long UnitsLost { get; }

    /// <summary>
    /// The fill rate (β service level): units filled from stock on the day of demand / units demanded; 1 when nothing was
    /// demanded.
    /// </summary>
    public double FillRate => TotalDemand == 0 ? 1 : (double)FilledFromStock / TotalDemand;

    /// <summary>Days on which some demand could not be filled from stock.</summary>
    public int StockoutDays { get; }

    /// <summary>Days without a stockout / all days (α, the share of days in stock).</summary>
    public double InStockRate => 1 - ((double)StockoutDays / Periods);

    /// <summary>Orders placed.</summary>
    public int OrdersPlaced { get; }

    /// <summary>Units ordered.</summary>
    public long UnitsOrdered { get; }

    /// <summary>Units received.</summary>
    public long UnitsReceived { get; }

    /// <summary>
    /// Units delivered to buyers: filled on the day of demand or later from backorders, so units demanded − units lost −
    /// units still backordered at the end (equal to initial on hand + units received − ending on hand).
    /// </summary>
    public long UnitsShipped { get; }

    /// <summary>The average of the units on hand at the end of each day.</summary>
    public double AverageOnHand { get; }

    /// <summary>The average of the units backordered at the end of each day.</summary>
    public double AverageBackordered { get; }

    /// <summary>Units on hand at the end of the last day.</summary>
    public int EndingOnHand { get; }

    /// <summary>Units backordered at the end of the last day.</summary>
    public int EndingBackordered { get; }

    /// <summary>Units on order at the end of the last day.</summary>
    public int EndingOnOrder { get; }

    /// <summary>h × Σ units on hand at the end of each day.</summary>
    public double HoldingCost { get; }

    /// <summary>p × Σ units backordered at the end of each day, or p × units lost.</summary>
    public double StockoutCost { get; }

    /// <summary>K × orders placed.</summary>
    public double OrderingCost { get; }

    /// <summary>Holding + stockout + ordering cost.</summary>
    public double TotalCost { get; }

    /// <summary>The total cost per day: the long-run average cost that inventory theory predicts.</summary>
    public double AverageCostPerPeriod => TotalCost / Periods;

    /// <summary>Daily demand.</summary>
    public RunningStatistics DailyDemand { get; }

    /// <summary>Units on hand at the end of each day.</summary>
    public RunningStatistics DailyOnHand { get; }

    /// <summary>The cost of each day.</summary>
    public RunningStatistics DailyCost { get; }

    /// <summary>Units ordered each day (0 on a day without an order): the orders placed upstream.</summary>
    public RunningStatistics DailyOrders { get; }

    /// <summary>
    /// The bullwhip ratio of the run: Var(units ordered per day) / Var(units demanded per day), both sample variances
    /// over the same days (Lee, Padmanabhan and Whang 1997; Chen et al. 2000), as <c>Analytics.Bullwhip.Ratio</c>
    /// computes it from the daily series. 1 when the orders pass the demand through (a base stock reviewed daily with
    /// backorders); above 1 when the policy batches or amplifies. <see cref="double.NaN"/> when the daily demand does not
    /// vary (fewer than two days or a constant demand).
    /// </summary>
    public double BullwhipRatio => DailyDemand.Variance > 0 ? DailyOrders.Variance / DailyDemand.Variance : double.NaN;

    /// <summary>
    /// Inventory turnover over the run, in units: <see cref="UnitsShipped"/> / <see cref="AverageOnHand"/> (cost of goods
    /// sold / average inventory at cost, as <c>Analytics.InventoryKpis.InventoryTurnover</c>, with one unit cost that
    /// cancels). Turns over the simulated days, not per year: multiply by 365 / <see cref="Periods"/> for an annual
    /// figure. <see cref="double.NaN"/> when nothing was on hand on average.
    /// </summary>
    public double InventoryTurnover => AverageOnHand > 0 ? UnitsShipped / AverageOnHand : double.NaN;

    /// <summary>
    /// Days inventory outstanding: <see cref="AverageOnHand"/> / (<see cref="UnitsShipped"/> / <see cref="Periods"/>),
    /// the days of sales the average stock represents (as <c>Analytics.InventoryKpis.DaysInventoryOutstanding</c> with
    /// the run's days as the year); equals <see cref="Periods"/> / <see cref="InventoryTurnover"/>.
    /// <see cref="double.NaN"/> when nothing was shipped.
    /// </summary>
    public double DaysInventoryOutstanding => UnitsShipped > 0 ? AverageOnHand / ((double)UnitsShipped / Periods) : double.NaN;

    /// <summary>The daily trace, one entry per day, when <see cref="SimulationSettings.RecordTrace"/> is set; otherwise empty.</summary>
    public IReadOnlyList<SimulationDay> Trace { get; }

    /// <summary>A one-line summary, e.g. <c>MUG-350: fill rate 0.9731, 12 stockout days, 98 orders, cost 3712.4 (10.17/day)</c>.</summary>
    public override string ToString() =>
        Guard.Format("{0}: fill rate {1:0.####}, {2} stockout days, {3} orders, cost {4:0.##} ({5:0.####}/day)",
            Sku.Name, FillRate, StockoutDays, OrdersPlaced, TotalCost, AverageCostPerPeriod);
}
