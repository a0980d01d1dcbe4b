using BenchmarkDotNet.Attributes;
using NodaTime;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Benchmarks.Scaling;

/// <summary>
/// Per-partition throughput (issue 18, docs/scaling.md): a catalogue of 4,000 SKUs × 90 days (the harness's fast mix:
/// min–max, normal demand, fixed lead times) simulated whole on one thread (the yardstick, <c>Ratio</c> 1.00), as 8
/// partitions of 500 one after the other on one thread and combined (the cost of the partition entry point and of
/// <see cref="SimulationResult.Combine"/>), and as 8 partitions at once, one task each, as a silo runs 8 grains.
/// Reported per SKU-day.
/// </summary>
[MemoryDiagnoser]
public class PartitionBenchmarks
{
    private const int Skus = 4_000;
    private const int Days = 90;
    private const int Partitions = 8;
    private const int SkuDays = Skus * Days;
    private readonly SimulationSettings _settings = new(Days, seed: 2027, new LocalDate(2027, 1, 4), maxDegreeOfParallelism: 1);
    private List<SimulatedSku> _catalogue = [];
    private List<SimulatedSku>[] _slices = [];

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = CatalogueRunHarness.Catalogue(0, Skus, mixed: false);
        _slices = [.. _catalogue.Chunk(Skus / Partitions).Select(c => c.ToList())];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = SkuDays)]
    public double Whole_catalogue_one_thread() => Simulator.Run(_catalogue, _settings).TotalCost;

    [Benchmark(OperationsPerInvoke = SkuDays)]
    public double Eight_partitions_one_after_the_other_combined() =>
        SimulationResult.Combine(_slices.Select((slice, k) => Simulator.RunPartition(slice, k * (Skus / Partitions), _settings))).TotalCost;

    [Benchmark(OperationsPerInvoke = SkuDays)]
    public double Eight_partitions_at_once_combined()
    {
        var runs = _slices.Select((slice, k) => Task.Run(() => Simulator.RunPartition(slice, k * (Skus / Partitions), _settings)));
        return SimulationResult.Combine(Task.WhenAll(runs).GetAwaiter().GetResult()).TotalCost;
    }
}
