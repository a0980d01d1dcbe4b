using BenchmarkDotNet.Attributes;
using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Benchmarks.InventoryTheory;

/// <summary>
/// The performance targets: EOQ and the normal newsvendor under 100 ns, the exact (s, S) optimisation for
/// Poisson(6) demand under 100 µs, and Wagner–Whitin with 52 periods under 50 µs.
/// </summary>
[MemoryDiagnoser]
public class InventoryTheoryBenchmarks
{
    private readonly double[] _weeklyDemand = Enumerable.Range(0, 52)
        .Select(week => 100.0 + (60 * Math.Sin(week * 2 * Math.PI / 52)) + (week % 5 * 7))
        .ToArray();

    private readonly FiniteHorizonProblem _problem429 = new(10)
    {
        HoldingCost = [1],
        StockoutCost = [25],
        PurchaseCost = [1],
        DemandMean = [18],
        DemandStandardDeviation = [3],
        DiscountFactor = [0.98],
        TerminalHoldingCost = 1,
        TerminalStockoutCost = 25,
    };

    // Fields, not literals, so that the JIT cannot fold the inputs into constants.
    private double _fixedCost = 8;
    private double _holdingCost = 0.225;
    private double _demandRate = 1300;
    private double _underage = 0.7;
    private double _overage = 0.18;
    private double _mean = 50;
    private double _sd = 8;
    private double _poissonMean = 6;

    [Benchmark]
    public EoqResult Eoq() => EconomicOrderQuantity.Optimize(_fixedCost, _holdingCost, _demandRate);

    [Benchmark]
    public NewsvendorResult NewsvendorNormal() => Newsvendor.OptimizeNormal(_overage, _underage, _mean, _sd);

    [Benchmark]
    public SsResult SsZhengFedergruenPoisson6() => PeriodicReviewSs.OptimizePoisson(1, 4, 5, _poissonMean);

    [Benchmark]
    public LotSizingPlan WagnerWhitin52Periods() => WagnerWhitin.Solve(_weeklyDemand, fixedCost: 500, holdingCost: 2);

    [Benchmark]
    public PoissonRqResult RqPoissonExact() => ReorderPointQuantity.OptimizePoisson(20, 150, 100, 1.5, 2);

    [Benchmark]
    public FiniteHorizonResult FiniteHorizonProblem429() => FiniteHorizon.Solve(_problem429);
}
