using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Benchmarks.Replenishment;

/// <summary>
/// Batch decisions over a catalogue of 1,000,000 SKUs held in columns (position, levels, case pack, MOQ per SKU),
/// writing a quantity and a reason per SKU, against a plain scalar loop over the same columns doing the same work (the
/// yardstick: the batch path at or below it, the per-SKU path within 1.5×).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BatchReplenishmentBenchmarks
{
    private const int Skus = 1_000_000;

    private int[] _positions = [];
    private int[] _minimums = [];
    private int[] _maximums = [];
    private int[] _coverDays = [];
    private double[] _demands = [];
    private int[] _casePacks = [];
    private int[] _moqs = [];
    private long[] _quantities = [];
    private BatchReason[] _reasons = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261204);
        _positions = new int[Skus];
        _minimums = new int[Skus];
        _maximums = new int[Skus];
        _coverDays = new int[Skus];
        _demands = new double[Skus];
        _casePacks = new int[Skus];
        _moqs = new int[Skus];
        _quantities = new long[Skus];
        _reasons = new BatchReason[Skus];
        for (var i = 0; i < Skus; i++)
        {
            _positions[i] = random.Next(-20, 500);
            _minimums[i] = random.Next(50, 200);
            _maximums[i] = _minimums[i] + random.Next(-10, 300);   // about 3 % of rows with max below min
            _coverDays[i] = random.Next(7, 60);
            _demands[i] = random.Next(0, 2000) / 100.0;
            _casePacks[i] = random.Next(3) == 0 ? 1 : 6 * random.Next(1, 5);
            _moqs[i] = random.Next(2) == 0 ? 0 : random.Next(1, 100);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Skus)]
    [BenchmarkCategory("MinMax")]
    public long MinMax_plain_loop()
    {
        var (positions, minimums, maximums, packs, moqs, quantities, reasons) = (_positions, _minimums, _maximums, _casePacks, _moqs, _quantities, _reasons);
        for (var i = 0; i < positions.Length; i++)
        {
            var p = positions[i];
            var min = minimums[i];
            var max = Math.Max(maximums[i], min);
            long q = 0;
            if (p <= min)
            {
                q = Math.Max((long)max - p, moqs[i]);
                var pack = packs[i];
                q = (q + pack - 1) / pack * pack;
            }

            quantities[i] = q;
            reasons[i] = (BatchReason)((p <= min ? 1 : 0) | (maximums[i] < min ? 4 : 0));
        }

        return quantities[^1];
    }

    [Benchmark(OperationsPerInvoke = Skus)]
    [BenchmarkCategory("MinMax")]
    public long MinMax_batch()
    {
        BatchReplenishment.MinMax(_positions, _minimums, _maximums, _casePacks, _moqs, _quantities, _reasons);
        return _quantities[^1];
    }

    [Benchmark(OperationsPerInvoke = Skus)]
    [BenchmarkCategory("MinMax")]
    public long MinMax_per_SKU_decision()
    {
        var (positions, minimums, maximums, packs, moqs, quantities) = (_positions, _minimums, _maximums, _casePacks, _moqs, _quantities);
        for (var i = 0; i < positions.Length; i++)
        {
            quantities[i] = BatchReplenishment.MinMaxDecision(positions[i], minimums[i], maximums[i], packs[i], moqs[i]).Quantity;
        }

        return quantities[^1];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Skus)]
    [BenchmarkCategory("DaysOfCover")]
    public long DaysOfCover_plain_loop()
    {
        var (positions, days, demands, packs, moqs, quantities, reasons) = (_positions, _coverDays, _demands, _casePacks, _moqs, _quantities, _reasons);
        for (var i = 0; i < positions.Length; i++)
        {
            var target = days[i] * demands[i];
            double p = positions[i];
            var shortfall = target - p;
            var tolerance = (Math.Abs(target) + Math.Abs(p)) * (1.0 / (1L << 44));
            long q = 0;
            if (shortfall > tolerance)
            {
                q = Math.Max((long)Math.Ceiling(shortfall - tolerance), moqs[i]);
                var pack = packs[i];
                q = (q + pack - 1) / pack * pack;
            }

            quantities[i] = q;
            reasons[i] = q > 0 ? BatchReason.Order : BatchReason.NoOrder;
        }

        return quantities[^1];
    }

    [Benchmark(OperationsPerInvoke = Skus)]
    [BenchmarkCategory("DaysOfCover")]
    public long DaysOfCover_batch()
    {
        BatchReplenishment.DaysOfCover(_positions, _coverDays, _demands, _casePacks, _moqs, _quantities, _reasons);
        return _quantities[^1];
    }

    [Benchmark(OperationsPerInvoke = Skus)]
    [BenchmarkCategory("DaysOfCover")]
    public long DaysOfCover_per_SKU_decision()
    {
        var (positions, days, demands, packs, moqs, quantities) = (_positions, _coverDays, _demands, _casePacks, _moqs, _quantities);
        for (var i = 0; i < positions.Length; i++)
        {
            quantities[i] = BatchReplenishment.DaysOfCoverDecision(positions[i], days[i], demands[i], packs[i], moqs[i]).Quantity;
        }

        return quantities[^1];
    }
}
