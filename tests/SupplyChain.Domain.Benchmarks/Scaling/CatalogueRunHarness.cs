using System.Diagnostics;
using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Benchmarks.Scaling;

/// <summary>
/// A timed run of a whole catalogue through the public API (not BenchmarkDotNet: one run takes seconds to minutes, so it
/// is timed once per process, and each configuration runs in a process of its own so that its peak memory is its own).
/// </summary>
/// <remarks>
/// <code>
/// dotnet run --project tests/SupplyChain.Domain.Benchmarks -c Release -- catalogue-run --skus 1000000 --days 365 --threads 1 --mode whole
/// </code>
/// Options: <c>--mix fast|mixed</c> (fast: min–max with normal demand and a fixed lead time, the engine's fast path;
/// mixed: a third each of normal, Poisson and bootstrap demand, every other SKU with a two-leg stochastic lead time, a
/// quarter of the SKUs on days of cover through the policy interface); <c>--mode whole</c> (one
/// <see cref="Simulator.Run(IEnumerable{SimulatedSku}, SimulationSettings)"/> over the catalogue built up front),
/// <c>partitioned</c> (partitions of <c>--partition-size</c> SKUs built and simulated one after the other with
/// <see cref="Simulator.RunPartition"/>, each reduced to its totals, so memory is bounded by a partition) or
/// <c>concurrent</c> (<c>--partitions</c> partitions run at once, one task each, as grains on a silo would run them).
/// Prints one Markdown table row: wall time (of which building the SKUs), ns per SKU-day ((wall − build) / SKU-days), CPU time / wall time (the cores
/// actually obtained), allocated bytes (of which building the SKUs), peak working set, GC counts and the load average before and after.
/// </remarks>
internal static class CatalogueRunHarness
{
    private static readonly LocalDate Start = new(2027, 1, 4);

    /// <summary>Bytes allocated while building SKUs (the rest of a run's allocations is the simulation's).</summary>
    private static long _buildAllocated;

    public static int Run(string[] args)
    {
        var skus = Option(args, "--skus", 1_000_000);
        var days = Option(args, "--days", 365);
        var threads = Option(args, "--threads", 1);
        var partitionSize = Option(args, "--partition-size", 100_000);
        var partitions = Option(args, "--partitions", 8);
        var mode = Text(args, "--mode", "whole");
        var mixed = Text(args, "--mix", "fast") == "mixed";
        var settings = new SimulationSettings(days, seed: 2027, Start, maxDegreeOfParallelism: threads);
        var loadBefore = File.ReadAllText("/proc/loadavg").Trim();

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        var (demand, cost, buildTime) = mode switch
        {
            "whole" => Whole(skus, mixed, settings),
            "partitioned" => Partitioned(skus, partitionSize, mixed, settings),
            "concurrent" => Concurrent(skus, partitions, mixed, settings),
            _ => throw new ArgumentException("--mode is whole, partitioned or concurrent", nameof(args)),
        };
        var wall = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var gc = (GC.CollectionCount(0) - gcBefore.Item1, GC.CollectionCount(1) - gcBefore.Item2, GC.CollectionCount(2) - gcBefore.Item3);
        var loadAfter = File.ReadAllText("/proc/loadavg").Trim();
        var skuDays = (double)skus * days;
        var label = mode switch
        {
            "partitioned" => $"partitioned ({partitionSize:N0})",
            "concurrent" => $"concurrent ({partitions} × 1 thread)",
            _ => mode,
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {(mixed ? "mixed" : "fast")} | {label} | {threads} | {skus:N0} × {days} | {wall.TotalSeconds:0.0} s (build {buildTime.TotalSeconds:0.0} s) | {((wall - buildTime).TotalMilliseconds * 1e6) / skuDays:0.0} | {cpu.TotalSeconds / wall.TotalSeconds:0.00} | {allocated / 1e6:N0} MB ({_buildAllocated / 1e6:N0} MB) | {process.PeakWorkingSet64 / 1e6:N0} MB | {gc.Item1}/{gc.Item2}/{gc.Item3} | {loadBefore[..14]} → {loadAfter[..14]} | demand {demand:N0}, cost {cost:R} |"));
        return 0;
    }

    /// <summary>The catalogue built up front, one <see cref="Simulator.Run(IEnumerable{SimulatedSku}, SimulationSettings)"/>, all results kept.</summary>
    private static (long Demand, double Cost, TimeSpan Build) Whole(int skus, bool mixed, SimulationSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var catalogue = Built(() => Catalogue(0, skus, mixed));
        var build = clock.Elapsed;
        var result = Simulator.Run(catalogue, settings);
        return (result.TotalDemand, result.TotalCost, build);
    }

    /// <summary>Partitions built and simulated one after the other; only the totals are kept (the cost added SKU by SKU in catalogue order, as the whole run adds it).</summary>
    private static (long Demand, double Cost, TimeSpan Build) Partitioned(int skus, int size, bool mixed, SimulationSettings settings)
    {
        var (demand, cost, build) = (0L, 0.0, TimeSpan.Zero);
        for (var first = 0; first < skus; first += size)
        {
            var clock = Stopwatch.StartNew();
            var partition = Built(() => Catalogue(first, Math.Min(size, skus - first), mixed));
            build += clock.Elapsed;
            var result = Simulator.RunPartition(partition, first, settings);
            demand += result.TotalDemand;
            foreach (var sku in result.Skus)
            {
                cost += sku.TotalCost;
            }
        }

        return (demand, cost, build);
    }

    /// <summary>Partitions run at once, one task each (each with the settings' thread count), then combined.</summary>
    private static (long Demand, double Cost, TimeSpan Build) Concurrent(int skus, int partitions, bool mixed, SimulationSettings settings)
    {
        var size = (skus + partitions - 1) / partitions;
        var clock = Stopwatch.StartNew();
        var slices = Enumerable.Range(0, partitions).Select(k => (First: k * size, Skus: Built(() => Catalogue(k * size, Math.Min(size, skus - (k * size)), mixed)))).ToList();
        var build = clock.Elapsed;
        var results = Task.WhenAll(slices.Select(s => Task.Run(() => Simulator.RunPartition(s.Skus, s.First, settings)))).GetAwaiter().GetResult();
        var combined = SimulationResult.Combine(results);
        return (combined.TotalDemand, combined.TotalCost, build);
    }

    private static List<SimulatedSku> Built(Func<List<SimulatedSku>> build)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var skus = build();
        _buildAllocated += GC.GetTotalAllocatedBytes(precise: true) - before;
        return skus;
    }

    /// <summary>SKUs <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1: per-SKU min–max levels, demand and lead time from the index.</summary>
    internal static List<SimulatedSku> Catalogue(int first, int count, bool mixed)
    {
        var costs = new CostRates { HoldingPerUnitDay = 0.05, StockoutPerUnit = 2.5, PerOrder = 20 };
        var fixedLeads = Enumerable.Range(0, 11).Select(LeadTimeProfile.Fixed).ToArray();
        var legs = LeadTimeProfile.Of("sea and truck", new TransitTimeDistribution(5, 1.5), new TransitTimeDistribution(2, 0.5));
        var list = new List<SimulatedSku>(count);
        for (var i = first; i < first + count; i++)
        {
            var mean = 1 + (i % 40);
            var lead = 2 + (i % 9);
            var min = mean * (lead + 2);
            var max = min + (mean * (7 + (i % 21)));
            IReplenishmentPolicy policy = mixed && i % 4 == 3 ? new DaysOfCoverPolicy(lead, 3) : new MinMaxPolicy(min, max);
            var demand = !mixed || i % 3 == 0 ? DemandModel.Normal(mean, 0.3 * mean) : i % 3 == 1 ? DemandModel.Poisson(mean) : DemandModel.Bootstrap([0, mean, 2 * mean, mean / 2, mean]);
            var leadTime = mixed && i % 2 == 1 ? legs : fixedLeads[lead];
            list.Add(new SimulatedSku("SKU-" + i.ToString(CultureInfo.InvariantCulture), policy, demand, leadTime, costs, initialOnHand: max));
        }

        return list;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Text(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
