using BenchmarkDotNet.Attributes;
using NodaTime;
using SupplyChain.Domain.Demand;

namespace SupplyChain.Domain.Benchmarks.Demand;

/// <summary>Per-SKU demand work of a nightly catalogue run: velocity windows and a forecast over 90 days of sales.</summary>
[MemoryDiagnoser]
public class DemandBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);
    private readonly SalesHistory _history = SalesHistory.Of(Enumerable.Range(0, 90).Select(i => new DailySales(AsOf.PlusDays(i - 89), (i * 7) % 11) { IsStockOut = i % 17 == 0, IsPromotion = i % 23 == 0 }));

    private readonly ExponentialSmoothingForecast _ses = new(0.2);
    private readonly CrostonForecast _croston = new(0.1, CrostonVariant.SyntetosBoylan);

    [Benchmark(Baseline = true)]
    public SalesVelocity Velocity30Days() => _history.Velocity(AsOf, 30);

    [Benchmark]
    public SalesVelocity WeightedVelocity30Days() => _history.WeightedVelocity(AsOf, 30, PromotionDays.Exclude);

    [Benchmark]
    public DemandForecast ExponentialSmoothing90Days() => _ses.Forecast(_history);

    [Benchmark]
    public DemandForecast CrostonSba90Days() => _croston.Forecast(_history);
}
