using System.Diagnostics;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Simulation;

namespace DistributedPlanningSample;

/// <summary>What one SKU did in the simulation: the figures the client compares and adds up (a <see cref="SkuSimulationResult"/> holds the SKU and its policy, so it does not cross the wire; these numbers do).</summary>
[GenerateSerializer, Immutable]
public readonly record struct SkuFigures(
    [property: Id(0)] long TotalDemand,
    [property: Id(1)] long FilledFromStock,
    [property: Id(2)] int StockoutDays,
    [property: Id(3)] int OrdersPlaced,
    [property: Id(4)] long UnitsOrdered,
    [property: Id(5)] int EndingOnHand,
    [property: Id(6)] double TotalCost)
{
    public static SkuFigures From(SkuSimulationResult r) =>
        new(r.TotalDemand, r.FilledFromStock, r.StockoutDays, r.OrdersPlaced, r.UnitsOrdered, r.EndingOnHand, r.TotalCost);
}

/// <summary>One partition's work: the catalogue indexes <see cref="First"/> to <see cref="First"/> + <see cref="Count"/> − 1 of <see cref="Run"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record PartitionWork(
    [property: Id(0)] PlanningRun Run,
    [property: Id(1)] int First,
    [property: Id(2)] int Count,
    [property: Id(3)] int Threads);

/// <summary>
/// One partition's answer: today's restock orders (quantity and <see cref="BatchReason"/> as a byte per SKU) and each
/// SKU's simulated figures, in catalogue order, with where and how long it ran.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PartitionReport(
    [property: Id(0)] int First,
    [property: Id(1)] long[] OrderQuantities,
    [property: Id(2)] byte[] Reasons,
    [property: Id(3)] SkuFigures[] Figures,
    [property: Id(4)] string Silo,
    [property: Id(5)] double Milliseconds);

/// <summary>A grain per SKU partition (its key is the partition's number): the restock decisions and the simulation of its slice.</summary>
public interface IPartitionGrain : IGrainWithIntegerKey
{
    Task<PartitionReport> Plan(PartitionWork work);
}

/// <summary>
/// Runs one partition: <see cref="BatchReplenishment.MinMax"/> over the slice's columns (a partition of a columnar
/// restock is a slice of the spans), then <see cref="Simulator.RunPartition"/> from the slice's first catalogue index, so
/// each SKU draws the random stream it has in the whole catalogue. It keeps no state: the grain is only the unit Orleans
/// places on a silo (the cluster's placement strategy spreads the partitions' grains over the silos; a
/// <c>[StatelessWorker]</c> would instead run every partition on the silo of the caller).
/// </summary>
public sealed class PartitionGrain : Grain, IPartitionGrain
{
    public Task<PartitionReport> Plan(PartitionWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var clock = Stopwatch.StartNew();
        var (quantities, reasons, figures) = Planner.Plan(work.Run, work.First, work.Count, work.Threads);
        var silo = RuntimeIdentity;
        return Task.FromResult(new PartitionReport(work.First, quantities, reasons, figures, silo, clock.Elapsed.TotalMilliseconds));
    }
}

/// <summary>The planning of a range of the catalogue, shared by the grains and the single-process check.</summary>
public static class Planner
{
    /// <summary>A partition's plan: the restock over its slice of the columns, the simulation from its first catalogue index.</summary>
    public static (long[] Quantities, byte[] Reasons, SkuFigures[] Figures) Plan(PlanningRun run, int first, int count, int threads)
    {
        ArgumentNullException.ThrowIfNull(run);
        var rows = CatalogueSlice.Rows(first, count);
        var (quantities, reasons) = Restock(rows);
        var simulated = Simulator.RunPartition(rows.Skus(), first, run.Settings(threads));
        return (quantities, reasons, [.. simulated.Skus.Select(SkuFigures.From)]);
    }

    /// <summary>Today's min–max orders with case packs and MOQs for the rows, with the reasons as bytes.</summary>
    public static (long[] Quantities, byte[] Reasons) Restock(CatalogueSlice rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var quantities = new long[rows.Count];
        var reasons = new BatchReason[rows.Count];
        BatchReplenishment.MinMax(rows.Positions, rows.Minimums, rows.Maximums, rows.CasePacks, rows.MinimumOrderQuantities, quantities, reasons);
        return (quantities, [.. reasons.Select(r => (byte)r)]);
    }
}
