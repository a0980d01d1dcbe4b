using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Simulation;

namespace DistributedPlanningSample;

/// <summary>The catalogue's plan: every SKU's restock order and simulated figures, in catalogue order, and the partitions that made it.</summary>
public sealed record CataloguePlan(long[] OrderQuantities, byte[] Reasons, SkuFigures[] Figures, IReadOnlyList<PartitionReport> Partitions)
{
    public int OrdersToday => OrderQuantities.Count(q => q > 0);

    public long UnitsToOrder => OrderQuantities.Sum();

    public int RowsRepaired => Reasons.Count(r => ((BatchReason)r).HasFlag(BatchReason.MaximumRaisedToMinimum));

    public long TotalDemand => Figures.Sum(f => f.TotalDemand);

    public double FillRate => (double)Figures.Sum(f => f.FilledFromStock) / TotalDemand;

    /// <summary>The catalogue's cost, added SKU by SKU in catalogue order (as <see cref="SimulationResult.TotalCost"/>), so the sum does not depend on the partitioning.</summary>
    public double TotalCost
    {
        get
        {
            var total = 0.0;
            foreach (var figures in Figures)
            {
                total += figures.TotalCost;
            }

            return total;
        }
    }

    /// <summary>Whether two plans give every SKU the same order, reason and figures (costs compared bit for bit).</summary>
    public bool SameAs(CataloguePlan other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return OrderQuantities.AsSpan().SequenceEqual(other.OrderQuantities) && Reasons.AsSpan().SequenceEqual(other.Reasons)
            && Figures.AsSpan().SequenceEqual(other.Figures);
    }
}

/// <summary>The run on a cluster (one grain per partition) and the same run in one process.</summary>
public static class DistributedPlan
{
    /// <summary>
    /// Cuts the catalogue into <paramref name="partitions"/> contiguous ranges, asks one grain per range to plan it (all at
    /// once), and puts the answers together in catalogue order.
    /// </summary>
    public static async Task<CataloguePlan> RunAsync(IGrainFactory grains, PlanningRun run, int partitions, int threadsPerPartition = 1)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(run);
        var calls = Ranges(run.Skus, partitions)
            .Select((range, k) => grains.GetGrain<IPartitionGrain>(k).Plan(new PartitionWork(run, range.First, range.Count, threadsPerPartition)));
        var reports = await Task.WhenAll(calls).ConfigureAwait(false);
        return Gather(run.Skus, reports);
    }

    /// <summary>The single-process run: <see cref="BatchReplenishment"/> over the whole catalogue's columns and <see cref="Simulator.Run(IEnumerable{SimulatedSku}, SimulationSettings)"/> over all its SKUs.</summary>
    public static CataloguePlan SingleProcess(PlanningRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var rows = CatalogueSlice.Rows(0, run.Skus);
        var (quantities, reasons) = Planner.Restock(rows);
        var simulated = Simulator.Run(rows.Skus(), run.Settings(-1));
        return new CataloguePlan(quantities, reasons, [.. simulated.Skus.Select(SkuFigures.From)], []);
    }

    /// <summary>
    /// The restock of the whole catalogue's columns, partition by partition in one process: each partition is a slice of
    /// every span (<c>AsSpan(first, count)</c>, no copy) — a partitioned restock needs no other API, since each SKU's answer
    /// depends on its own row only.
    /// </summary>
    public static (long[] Quantities, byte[] Reasons) RestockInSlices(int skus, int partitions)
    {
        var rows = CatalogueSlice.Rows(0, skus);
        var quantities = new long[skus];
        var reasons = new BatchReason[skus];
        foreach (var (first, count) in Ranges(skus, partitions))
        {
            BatchReplenishment.MinMax(
                rows.Positions.AsSpan(first, count), rows.Minimums.AsSpan(first, count), rows.Maximums.AsSpan(first, count),
                rows.CasePacks.AsSpan(first, count), rows.MinimumOrderQuantities.AsSpan(first, count),
                quantities.AsSpan(first, count), reasons.AsSpan(first, count));
        }

        return (quantities, [.. reasons.Select(r => (byte)r)]);
    }

    /// <summary>Contiguous ranges of sizes differing by at most one: the first <c>skus % partitions</c> ranges take one SKU more.</summary>
    public static IEnumerable<(int First, int Count)> Ranges(int skus, int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(skus, partitions);
        var first = 0;
        for (var k = 0; k < partitions; k++)
        {
            var count = (skus / partitions) + (k < skus % partitions ? 1 : 0);
            yield return (first, count);
            first += count;
        }
    }

    /// <summary>The partitions' answers in catalogue order; refuses a gap or an overlap (as SimulationResult.Combine does in one process).</summary>
    private static CataloguePlan Gather(int skus, PartitionReport[] reports)
    {
        var ordered = reports.OrderBy(r => r.First).ToList();
        var quantities = new long[skus];
        var reasons = new byte[skus];
        var figures = new SkuFigures[skus];
        var next = 0;
        foreach (var report in ordered)
        {
            if (report.First != next)
            {
                throw new InvalidOperationException($"The partitions do not cover the catalogue: expected one starting at {next}, got {report.First}.");
            }

            report.OrderQuantities.CopyTo(quantities, next);
            report.Reasons.CopyTo(reasons, next);
            report.Figures.CopyTo(figures, next);
            next += report.Figures.Length;
        }

        if (next != skus)
        {
            throw new InvalidOperationException($"The partitions cover {next} SKUs of {skus}.");
        }

        return new CataloguePlan(quantities, reasons, figures, ordered);
    }
}
