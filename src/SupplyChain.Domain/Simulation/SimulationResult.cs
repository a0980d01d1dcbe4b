namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The results of a simulation of several SKUs, in the order the SKUs were given, with catalogue totals; or of one
/// partition of a catalogue (<see cref="Simulator.RunPartition"/>), which <see cref="Combine"/> puts together with the
/// other partitions.
/// </summary>
/// <remarks>Results compare by reference: a result is read, not compared; compare its figures.</remarks>
public sealed class SimulationResult
{
    internal SimulationResult(SimulationSettings settings, IReadOnlyList<SkuSimulationResult> skus, int firstIndex)
    {
        Settings = settings;
        Skus = skus;
        FirstIndex = firstIndex;
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

    /// <summary>
    /// The catalogue index of the first SKU: 0 for a whole catalogue, the partition's first index for a partition (SKU j of
    /// <see cref="Skus"/> has catalogue index <see cref="FirstIndex"/> + j).
    /// </summary>
    public int FirstIndex { get; }

    /// <summary>Units demanded, all SKUs.</summary>
    public long TotalDemand { get; }

    /// <summary>Units filled from stock on the day of demand, all SKUs.</summary>
    public long FilledFromStock { get; }

    /// <summary>The unit fill rate over all SKUs; 1 when nothing was demanded.</summary>
    public double FillRate => TotalDemand == 0 ? 1 : (double)FilledFromStock / TotalDemand;

    /// <summary>The total cost of all SKUs (added in SKU order, so the sum is the same whatever the parallelism or the partitioning).</summary>
    public double TotalCost { get; }

    /// <summary>
    /// Puts the results of partitions of one catalogue (<see cref="Simulator.RunPartition"/>) together, in catalogue order:
    /// the result equals, figure for figure and bit for bit, the run of all their SKUs at once from the first partition's
    /// first index (<see cref="Simulator.Run(IEnumerable{SimulatedSku}, SimulationSettings)"/> when it is 0).
    /// </summary>
    /// <remarks>
    /// The partitions may come in any order; they are sorted by <see cref="FirstIndex"/> and must then cover a contiguous
    /// range of catalogue indexes without a gap or an overlap. They must come from the same run: equal days, seed, start
    /// date, shortage handling and trace setting (the degree of parallelism may differ; the combined result takes the
    /// settings of the partition with the lowest first index). The totals are added again SKU by SKU in catalogue order,
    /// not partition by partition, so that the floating-point sum is the one of the whole run. Combined results may be
    /// combined again (a machine's partitions first, then the machines).
    /// </remarks>
    /// <param name="partitions">The partitions' results; at least one, none null.</param>
    /// <returns>The catalogue's result (or the result of the range the partitions cover).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partitions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partitions"/> is empty or holds null.</exception>
    /// <exception cref="ArgumentException">Two partitions overlap, or catalogue indexes between two partitions are in none (a gap).</exception>
    /// <exception cref="ArgumentException">Two partitions were run with different days, seed, start date, shortage handling or trace setting.</exception>
    public static SimulationResult Combine(IEnumerable<SimulationResult> partitions)
    {
        var list = Guard.CopyItems(partitions, requireOne: true);
        list.Sort((a, b) => a.FirstIndex.CompareTo(b.FirstIndex));
        var first = list[0];
        var previous = first;
        var next = (long)first.FirstIndex;
        foreach (var partition in list)
        {
            if (!SameRun(first.Settings, partition.Settings))
            {
                var (a, b) = (first.Settings, partition.Settings);
                throw new ArgumentException(Guard.Format(ErrorMessages.PartitionsSettingsDiffer, first.FirstIndex, a, a.RecordTrace, partition.FirstIndex, b, b.RecordTrace), nameof(partitions));
            }

            if (partition.FirstIndex > next)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.PartitionsGap, next, partition.FirstIndex - 1), nameof(partitions));
            }

            if (partition.FirstIndex < next)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.PartitionsOverlap, partition.FirstIndex, previous.FirstIndex, partition.FirstIndex), nameof(partitions));
            }

            previous = partition;
            next += partition.Skus.Count;
        }

        var skus = new SkuSimulationResult[next - first.FirstIndex];
        foreach (var partition in list)
        {
            for (var j = 0; j < partition.Skus.Count; j++)
            {
                skus[partition.FirstIndex - first.FirstIndex + j] = partition.Skus[j];
            }
        }

        return new SimulationResult(first.Settings, skus, first.FirstIndex);
    }

    private static bool SameRun(SimulationSettings a, SimulationSettings b) =>
        a.Periods == b.Periods && a.Seed == b.Seed && a.StartDate == b.StartDate && a.Shortages == b.Shortages && a.RecordTrace == b.RecordTrace;

    /// <summary>A summary, e.g. <c>1000 SKUs, 365 days: fill rate 0.97, cost 123456.7</c>.</summary>
    public override string ToString() => Guard.Format("{0} SKUs, {1} days: fill rate {2:0.####}, cost {3:0.##}", Skus.Count, Settings.Periods, FillRate, TotalCost);
}
