using SupplyChain.Domain.InventoryTheory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.InventoryTheory;

/// <summary>
/// Issue 13, bounded work: no public call runs without bound. Each limit is a documented public constant; the inputs
/// at the limit are accepted and those past it refused with an <see cref="ArgumentOutOfRangeException"/> naming the
/// limit (docs/limits.md records how long the worst accepted inputs took).
/// </summary>
public sealed class BoundedWorkTests
{
    private static FiniteHorizonProblem Problem(int periods, double mean = 10, double sd = 2) =>
        new(periods) { HoldingCost = [1], StockoutCost = [20], DemandMean = [mean], DemandStandardDeviation = [sd] };

    [Fact]
    public void A_finite_horizon_problem_has_at_most_MaxPeriods_periods()
    {
        Problem(FiniteHorizonProblem.MaxPeriods).Periods.Should().Be(1_000);
        FluentActions.Invoking(() => Problem(FiniteHorizonProblem.MaxPeriods + 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("periods")
            .WithMessage("periods must be at most MaxPeriods (1000), but was 1001*");
        FluentActions.Invoking(() => Problem(int.MaxValue)).Should().Throw<ArgumentOutOfRangeException>("2³¹ − 1 periods used to exhaust memory");
    }

    [Fact]
    public void A_finite_horizon_grid_past_MaxWork_is_refused_before_anything_is_allocated()
    {
        // μ = 10⁹, σ = 200: the state grid runs from about −2,800 to 10⁹ + 1,000, a billion states.
        FluentActions.Invoking(() => FiniteHorizon.Solve(Problem(10, mean: 1e9, sd: 200)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("problem").WithMessage("*MaxWork = 100000000*");

        // 10 periods of μ = 10, σ = 2 need a grid of a few dozen states: far below the limit, solved.
        FiniteHorizon.Solve(Problem(10)).TotalCost.Should().BePositive();
    }

    [Fact]
    public void The_exact_Poisson_rq_search_is_bounded_in_mean_and_order_quantity()
    {
        // At the mean limit with a small K the optimum is found (Q stays small).
        ReorderPointQuantity.OptimizePoisson(1, 10, 1, ReorderPointQuantity.MaxPoissonMean, 1).OrderQuantity.Should().BeLessThan(ReorderPointQuantity.MaxPoissonOrderQuantity);
        FluentActions.Invoking(() => ReorderPointQuantity.OptimizePoisson(1, 10, 1, ReorderPointQuantity.MaxPoissonMean + 1, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("demandRate").WithMessage("*MaxPoissonMean (1000)*");

        // EOQ √(2Kλ/h) = √(2 · 10⁶ · 1,000 / 0.01) ≈ 447,000 ≫ 700: the search stops at the limit.
        FluentActions.Invoking(() => ReorderPointQuantity.OptimizePoisson(0.01, 10, 1e6, 1_000, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fixedCost").WithMessage("*MaxPoissonOrderQuantity = 700*");
        FluentActions.Invoking(() => PolicyFactory.ReorderPointFromOptimalPoissonRq(0.01, 10, 1e6, 1_000, 1))
            .Should().Throw<ArgumentOutOfRangeException>("the factory inherits the optimiser's limits").WithParameterName("fixedCost");
    }

    [Fact]
    public void The_ss_search_is_bounded_in_mean_and_span()
    {
        PeriodicReviewSs.OptimizePoisson(1, 10, 100, PeriodicReviewSs.MaxPoissonMean).OrderUpToLevel.Should().BeGreaterThan(10_000);
        FluentActions.Invoking(() => PeriodicReviewSs.OptimizePoisson(1, 10, 100, PeriodicReviewSs.MaxPoissonMean + 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("demandMean").WithMessage("*MaxPoissonMean (10000)*");

        // √(2Kμ/h) = √(2 · 10⁹ · 10 / 0.01) ≈ 1.4 · 10⁶ units between s and S: past the 2,000-unit span.
        FluentActions.Invoking(() => PeriodicReviewSs.OptimizePoisson(0.01, 10, 1e9, 10))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fixedCost").WithMessage("*MaxSearchSpan = 2000*");
        FluentActions.Invoking(() => PolicyFactory.MinMaxFromOptimalSs(0.01, 10, 1e9, 10))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fixedCost");
    }

    [Fact]
    public void The_Poisson_newsvendor_is_bounded_in_mean()
    {
        // (L + 1)μ = 2 · 5 · 10⁶ = 10⁷: at the limit, accepted; one unit more per period, refused.
        Newsvendor.OptimizePoisson(1, 10, 5_000_000, leadTime: 1).BaseStockLevel.Should().BeGreaterThan(10_000_000);
        FluentActions.Invoking(() => Newsvendor.OptimizePoisson(1, 10, 5_000_001, leadTime: 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("demandMean").WithMessage("*MaxPoissonMean (10000000)*");
        FluentActions.Invoking(() => PolicyFactory.BaseStockFromPoissonNewsvendor(1, 10, 5_000_001, leadTime: 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("demandMean");
    }
}
