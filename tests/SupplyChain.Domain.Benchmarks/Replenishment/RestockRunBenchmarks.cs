using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Benchmarks.Replenishment;

/// <summary>
/// A restock run over a catalogue of 1,000,000 SKUs (positions in an array): one decision per SKU, through the
/// public policy interface with constraint decorators, against a plain loop over doubles doing the same arithmetic
/// (the yardstick: the goal is at most 1.5× its time, the target at most 20 ns and 0 bytes per decision).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RestockRunBenchmarks
{
    private const int Skus = 1_000_000;
    private const int Minimum = 120;
    private const int Maximum = 400;
    private const int CasePack = 24;
    private const int Moq = 96;
    private const int CoverDays = 34;

    private static readonly LocalDate Today = new(2026, 3, 2);

    private readonly MinimumOrderQuantityConstraint _minMax = new MinMaxPolicy(Minimum, Maximum).RoundedUpToMultipleOf(CasePack).WithMinimumOrderQuantity(Moq);
    private readonly IReplenishmentPolicy _minMaxAsInterface = new MinMaxPolicy(Minimum, Maximum).RoundedUpToMultipleOf(CasePack).WithMinimumOrderQuantity(Moq);
    private readonly MinMaxPolicy _minMaxAlone = new(Minimum, Maximum);
    private readonly DaysOfCoverPolicy _daysOfCover = DaysOfCoverPolicy.FromProductionAndTransit(productionDays: 7, transitDays: 20, safetyDays: 7);
    private readonly RuleParameters _rule = new(Minimum, Maximum, CasePack, Moq, CoverDays);
    private InventoryPosition[] _positions = [];
    private double[] _velocities = [];
    private double[] _rawPositions = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260302);
        _positions = new InventoryPosition[Skus];
        _velocities = new double[Skus];
        _rawPositions = new double[Skus];
        for (var i = 0; i < Skus; i++)
        {
            var backordered = random.Next(10) == 0 ? random.Next(1, 20) : 0;
            _positions[i] = new InventoryPosition(onHand: random.Next(0, 500)) { OnOrder = random.Next(0, 4) * 50, Backordered = backordered };
            _rawPositions[i] = _positions[i].Value;
            _velocities[i] = random.Next(0, 2000) / 100.0;   // 0 to 19.99 units a day, in cents
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Skus)]
    [BenchmarkCategory("MinMax+CasePack+MOQ")]
    public double MinMax_plain_doubles()
    {
        var total = 0.0;
        var positions = _rawPositions;
        for (var i = 0; i < positions.Length; i++)
        {
            var p = positions[i];
            if (p <= Minimum)
            {
                var q = Math.Max(Maximum - p, Moq);
                total += Math.Ceiling(q / CasePack) * CasePack;
            }
        }

        return total;
    }

    /// <summary>
    /// A second yardstick doing the work the policy does, as a plain loop: each position from its three figures (on hand +
    /// on order − backorders, as 64-bit integers), the levels, pack and MOQ read from an object (a catalogue's SKUs each
    /// have their own, so they are not compile-time constants), and the round-up to the pack in integers (exact at any
    /// size). The first yardstick above reads a precomputed position and lets the compiler fold the constants.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Skus)]
    [BenchmarkCategory("MinMax+CasePack+MOQ")]
    public long MinMax_plain_loop_same_inputs()
    {
        long total = 0;
        var rule = _rule;
        long minimum = rule.Minimum, maximum = rule.Maximum, pack = rule.CasePack, moq = rule.Moq;
        var positions = _positions;
        for (var i = 0; i < positions.Length; i++)
        {
            ref readonly var x = ref positions[i];
            var p = (long)x.OnHand + x.OnOrder - x.Backordered;
            if (p <= minimum)
            {
                var q = Math.Max(maximum - p, moq);
                total += (q + pack - 1) / pack * pack;
            }
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Skus)]
    [BenchmarkCategory("MinMax+CasePack+MOQ")]
    public long MinMax_policy_with_decorators()
    {
        long total = 0;
        var context = new ReplenishmentContext(Today, 0);
        var positions = _positions;
        var policy = _minMax;
        for (var i = 0; i < positions.Length; i++)
        {
            total += policy.Decide(positions[i], context).Quantity;
        }

        return total;
    }

    /// <summary>The same chain held as <see cref="IReplenishmentPolicy"/>, as a catalogue of mixed policies holds it: one more interface call per SKU.</summary>
    [Benchmark(OperationsPerInvoke = Skus)]
    [BenchmarkCategory("MinMax+CasePack+MOQ")]
    public long MinMax_policy_with_decorators_as_interface()
    {
        long total = 0;
        var context = new ReplenishmentContext(Today, 0);
        var positions = _positions;
        var policy = _minMaxAsInterface;
        for (var i = 0; i < positions.Length; i++)
        {
            total += policy.Decide(positions[i], context).Quantity;
        }

        return total;
    }

    /// <summary>The sealed policy called directly, without decorators: what the two decorators add.</summary>
    [Benchmark(OperationsPerInvoke = Skus)]
    [BenchmarkCategory("MinMax+CasePack+MOQ")]
    public long MinMax_policy_alone_no_constraints()
    {
        long total = 0;
        var context = new ReplenishmentContext(Today, 0);
        var positions = _positions;
        var policy = _minMaxAlone;
        for (var i = 0; i < positions.Length; i++)
        {
            total += policy.Decide(positions[i], context).Quantity;
        }

        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Skus)]
    [BenchmarkCategory("DaysOfCover")]
    public double DaysOfCover_plain_doubles()
    {
        var total = 0.0;
        var positions = _rawPositions;
        var velocities = _velocities;
        for (var i = 0; i < positions.Length; i++)
        {
            var target = CoverDays * velocities[i];
            var shortfall = target - positions[i];
            var tolerance = (Math.Abs(target) + Math.Abs(positions[i])) * (1.0 / (1L << 44));
            if (shortfall > tolerance)
            {
                total += Math.Ceiling(shortfall - tolerance);
            }
        }

        return total;
    }

    /// <summary>The days-of-cover yardstick over the same inputs as the policy: each position from its three figures, the cover days from an object.</summary>
    [Benchmark(OperationsPerInvoke = Skus)]
    [BenchmarkCategory("DaysOfCover")]
    public double DaysOfCover_plain_loop_same_inputs()
    {
        var total = 0.0;
        var coverDays = (double)_rule.CoverDays;
        var positions = _positions;
        var velocities = _velocities;
        for (var i = 0; i < positions.Length; i++)
        {
            ref readonly var x = ref positions[i];
            double p = (long)x.OnHand + x.OnOrder - x.Backordered;
            var target = coverDays * velocities[i];
            var shortfall = target - p;
            var tolerance = (Math.Abs(target) + Math.Abs(p)) * (1.0 / (1L << 44));
            if (shortfall > tolerance)
            {
                total += Math.Ceiling(shortfall - tolerance);
            }
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Skus)]
    [BenchmarkCategory("DaysOfCover")]
    public long DaysOfCover_policy()
    {
        long total = 0;
        var positions = _positions;
        var velocities = _velocities;
        for (var i = 0; i < positions.Length; i++)
        {
            total += _daysOfCover.Decide(positions[i], new ReplenishmentContext(Today, velocities[i])).Quantity;
        }

        return total;
    }

    /// <summary>The parameters as a policy holds them: fields of an object, read at run time.</summary>
    private sealed record RuleParameters(int Minimum, int Maximum, int CasePack, int Moq, int CoverDays);
}
