namespace SupplyChain.Domain.Simulation;

/// <summary>The results of a simulation of several SKUs, in the order the SKUs were given, with catalogue totals.</summary>
/// <remarks>Results compare by reference: a result is read, not compared; compare its figures.</remarks>
public sealed class SimulationResult
{
    internal SimulationResult(SimulationSettings settings, IReadOnlyList<SkuSimulationResult> skus)
    {
        Settings = settings;
        Skus = skus;
        foreach (var sku in skus)
        {
            TotalDemand += sku.TotalDemand;
            FilledFromStock += sku.FilledFromStock;
            TotalCost += sku.TotalCost;
        }
    }

    /// <summary>The settings of the run.</summary>
    public SimulationSettings Settings { get; }

    /// <summary>One result per SKU, in the order of the input.</summary>
    public IReadOnlyList<SkuSimulationResult> Skus { get; }

    /// <summary>Units demanded, all SKUs.</summary>
    public long TotalDemand { get; }

    /// <summary>Units filled from stock on the day of demand, all SKUs.</summary>
    public long FilledFromStock { get; }

    /// <summary>The unit fill rate over all SKUs; 1 when nothing was demanded.</summary>
    public double FillRate => TotalDemand == 0 ? 1 : (double)FilledFromStock / TotalDemand;

    /// <summary>The total cost of all SKUs (added in SKU order, so the sum is the same whatever the parallelism).</summary>
    public double TotalCost { get; }

    /// <summary>A summary, e.g. <c>1000 SKUs, 365 days: fill rate 0.97, cost 123456.7</c>.</summary>
    public override string ToString() => Guard.Format("{0} SKUs, {1} days: fill rate {2:0.####}, cost {3:0.##}", Skus.Count, Settings.Periods, FillRate, TotalCost);
}
