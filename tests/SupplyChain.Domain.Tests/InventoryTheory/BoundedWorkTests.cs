using SupplyChain.Domain.InventoryTheory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.InventoryTheory;

/// <summary>
/// Issue 13, "Bounded work on any input": each documented limit of the inventory-theory models is enforced with an
/// <see cref="ArgumentOutOfRangeException"/> that names the value and the limit, the largest accepted input is still
/// solved, and the arithmetic around the limits neither overflows nor runs away. Timing is not asserted here (the limits
/// were measured by hand, see docs/limits.md); <c>Conventions/HostileInputTests</c> checks the time bound.
/// </summary>
public sealed class BoundedWorkTests
{
    [Fact]
    public void A_finite_horizon_problem_of_two_to_the_31_periods_is_refused_not_out_of_memory() =>
        FluentActions.Invoking(() => new FiniteHorizonProblem(int.MaxValue) { HoldingCost = [1], StockoutCost = [20], DemandMean = [100], DemandStandardDeviation = [20] })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("periods")
            .WithMessage("periods must be at most FiniteHorizonProblem.MaxPeriods (1000), but was 2147483647.*");

    [Fact]
    public void A_finite_horizon_problem_of_MaxPeriods_periods_is_solved()
    {
        // 1000 periods of N(5, 1) with K = 10: a grid of about 30 states, T·N² ≈ 9·10⁵, far inside MaxTransitions.
        var problem = new FiniteHorizonProblem(FiniteHorizonProblem.MaxPeriods)
        {
            HoldingCost = [1],
            StockoutCost = [20],
            FixedCost = [10],
            DemandMean = [5],
            DemandStandardDeviation = [1],
        };

        var result = FiniteHorizon.Solve(problem);

        result.OrderUpToLevels.Should().HaveCount(FiniteHorizonProblem.MaxPeriods);
        result.OrderUpToLevels.Should().OnlyContain(level => level > 5, "with p = 20 ≫ h = 1 the order-up-to level lies above the mean");
    }

    [Fact]
    public void A_finite_horizon_grid_beyond_MaxTransitions_is_refused_before_any_table_is_built()
    {
        // σ = 10⁶: the grid spans 14σ and more, N ≈ 1.4·10⁷ states, so T·N² is about 2·10¹⁴.
        var problem = new FiniteHorizonProblem(1) { HoldingCost = [1], StockoutCost = [20], DemandMean = [100], DemandStandardDeviation = [1e6] };

        FluentActions.Invoking(() => FiniteHorizon.Solve(problem))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("problem")
            .WithMessage("problem: the dynamic program would compare T·N² = * transitions (T = 1 periods, N = * states), more than FiniteHorizon.MaxTransitions (20000000)*");
    }

    [Fact]
    public void A_finite_horizon_grid_of_extreme_magnitude_is_refused_not_overflowed()
    {
        // Means of 10³⁰⁰ would overflow the int grid if cast; the grid size is checked in double first.
        var problem = new FiniteHorizonProblem(2) { HoldingCost = [1], StockoutCost = [20], DemandMean = [0, 1e300], DemandStandardDeviation = [1] };

        FluentActions.Invoking(() => FiniteHorizon.Solve(problem))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("problem");
    }

    [Fact]
    public void Myopic_bounds_of_extreme_magnitude_are_refused_with_an_argument_exception()
    {
        // σ = 10³⁰⁰ with h = 10⁻³⁰⁰: the myopic cost overflows, so no bound can be bracketed in double precision.
        var problem = new FiniteHorizonProblem(1)
        {
            HoldingCost = [1e-300],
            StockoutCost = [1e300],
            FixedCost = [1e300],
            DemandMean = [1e-300],
            DemandStandardDeviation = [1e300],
        };

        FluentActions.Invoking(() => FiniteHorizon.MyopicBounds(problem))
            .Should().Throw<ArgumentException>().WithParameterName("problem")
            .WithMessage("problem: the myopic bounds of period 0 cannot be computed in double precision*");
    }

    [Fact]
    public void The_Poisson_newsvendor_refuses_a_mean_above_MaxPoissonMean_over_the_protection_interval()
    {
        // μ = 500 001 per period over L + 1 = 2 periods: (L+1)μ = 1 000 002.
        FluentActions.Invoking(() => Newsvendor.OptimizePoisson(1, 10, 500_001, leadTime: 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("demandMean")
            .WithMessage("(leadTime + 1) × demandMean must be at most Newsvendor.MaxPoissonMean (1000000), but was 1000002.*");
        FluentActions.Invoking(() => PolicyFactory.BaseStockFromPoissonNewsvendor(1, 10, 2e6))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("demandMean");
    }

    [Fact]
    public void The_Poisson_newsvendor_solves_a_mean_of_MaxPoissonMean()
    {
        // α = 10/11: S* is about μ + z·√μ with z = Φ⁻¹(10/11) ≈ 1.335, i.e. about 10⁶ + 1335.
        var result = Newsvendor.OptimizePoisson(1, 10, Newsvendor.MaxPoissonMean);

        result.BaseStockLevel.Should().BeInRange(1_001_300, 1_001_370);
    }

    [Fact]
    public void A_lead_time_of_int_MaxValue_is_a_long_protection_interval_not_an_overflow()
    {
        // L + 1 = 2³¹ periods of N(0, 1): S* = σ√(L+1)·Φ⁻¹(α) with α = 1/2 (h = p) is the mean, 0.
        var result = Newsvendor.OptimizeNormal(1, 1, 0, 1, int.MaxValue);

        result.BaseStockLevel.Should().Be(0);
        result.Cost.Should().BeApproximately(2 * Math.Sqrt(2147483648.0) / Math.Sqrt(2 * Math.PI), 1e-6);
    }

    [Fact]
    public void The_Poisson_rq_optimiser_refuses_an_optimum_beyond_MaxPoissonOrderQuantity()
    {
        // K = 10⁷, λ = 10, h = 1: the EOQ √(2Kλ/h) ≈ 14 142, far beyond 2000, so the search stops there.
        FluentActions.Invoking(() => ReorderPointQuantity.OptimizePoisson(1, 10, 1e7, 10, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fixedCost")
            .WithMessage("ReorderPointQuantity.OptimizePoisson: the optimal order quantity lies beyond ReorderPointQuantity.MaxPoissonOrderQuantity (2000), where the search stops*");
        FluentActions.Invoking(() => PolicyFactory.ReorderPointFromOptimalPoissonRq(1, 10, 1e7, 10, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fixedCost");
    }

    [Fact]
    public void The_Poisson_rq_optimiser_refuses_a_lead_time_mean_above_MaxPoissonMean() =>
        FluentActions.Invoking(() => ReorderPointQuantity.OptimizePoisson(1, 10, 10, 2e6, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("demandRate")
            .WithMessage("demandRate × leadTime must be at most ReorderPointQuantity.MaxPoissonMean (1000000), but was 2000000.*");

    [Fact]
    public void The_Poisson_rq_cost_refuses_a_quantity_above_the_limit_and_a_window_past_int_MaxValue()
    {
        FluentActions.Invoking(() => ReorderPointQuantity.PoissonCost(0, 2001, 1, 10, 10, 5, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("orderQuantity")
            .WithMessage("orderQuantity must be at most ReorderPointQuantity.MaxPoissonOrderQuantity (2000), but was 2001.*");
        FluentActions.Invoking(() => ReorderPointQuantity.PoissonCost(int.MaxValue, 1, 1, 10, 10, 5, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reorderPoint")
            .WithMessage("reorderPoint + orderQuantity must be at most int.MaxValue (2147483647), but was 2147483648.*");
    }

    [Fact]
    public void The_ss_optimisers_refuse_an_optimum_beyond_MaxSpread()
    {
        // K = 10⁷, μ = 10, h = 1: S − s is of the order of √(2Kμ/h) ≈ 14 000, far beyond 1000.
        FluentActions.Invoking(() => PeriodicReviewSs.OptimizePoisson(1, 10, 1e7, 10))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fixedCost")
            .WithMessage("PeriodicReviewSs.OptimizePoisson: the optimal S − s lies beyond PeriodicReviewSs.MaxSpread (1000), where the search stops*");
        FluentActions.Invoking(() => PolicyFactory.MinMaxFromOptimalSs(1, 10, 1e7, DiscreteDemand.FromZero([0.5, 0.5])))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fixedCost")
            .WithMessage("PeriodicReviewSs.OptimizeDiscrete: *");
    }

    [Fact]
    public void The_ss_costs_refuse_a_spread_above_MaxSpread_without_overflowing()
    {
        FluentActions.Invoking(() => PeriodicReviewSs.PoissonCost(int.MinValue, int.MaxValue, 1, 10, 10, 5))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("orderUpToLevel")
            .WithMessage("orderUpToLevel − reorderPoint must be at most PeriodicReviewSs.MaxSpread (1000), but was 4294967295.*");
        FluentActions.Invoking(() => PeriodicReviewSs.OptimizePoisson(1, 10, 10, 1e6 + 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("demandMean")
            .WithMessage("demandMean must be at most PeriodicReviewSs.MaxPoissonMean (1000000), but was 1000001.*");
    }

    [Fact]
    public void A_discrete_demand_refuses_more_than_MaxValueCount_values_and_values_beyond_MaxAbsoluteValue()
    {
        var many = Enumerable.Repeat(1.0 / 20_000, DiscreteDemand.MaxValueCount + 1).ToArray();
        FluentActions.Invoking(() => DiscreteDemand.FromZero(many))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("probabilities")
            .WithMessage("the number of probabilities must be at most DiscreteDemand.MaxValueCount (10000), but was 10001.*");
        FluentActions.Invoking(() => new DiscreteDemand([0, int.MaxValue], [0.5, 0.5]))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("values")
            .WithMessage("values must hold numbers within ±DiscreteDemand.MaxAbsoluteValue (1000000000), but entry 1 was 2147483647.*");
    }

    [Fact]
    public void Wagner_Whitin_refuses_more_than_MaxPeriods_periods() =>
        FluentActions.Invoking(() => WagnerWhitin.Solve(new double[WagnerWhitin.MaxPeriods + 1], 100, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("demand")
            .WithMessage("the number of periods must be at most WagnerWhitin.MaxPeriods (5000), but was 5001.*");

    [Fact]
    public void A_joint_replenishment_multiple_beyond_int_is_refused_not_overflowed() =>
        // Product 1: k/(hλ) = 10³⁰⁰/(10⁻³⁰⁰·10⁻³⁰⁰) overflows to infinity, so m_1 = √(∞) is no whole number of cycles.
        FluentActions.Invoking(() => EconomicOrderQuantity.JointReplenishment(1, [1, 1e300], [1, 1e-300], [1, 1e-300]))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("individualFixedCosts")
            .WithMessage("individualFixedCosts: the replenishment multiple of product 1 would be Infinity*");

    [Fact]
    public void A_base_stock_level_of_int_MinValue_is_refused_because_its_minimum_would_not_be_an_int() =>
        // μ = int.MinValue with a vanishing σ: S* = −2 147 483 648, so S − 1 is below int.MinValue.
        FluentActions.Invoking(() => PolicyFactory.BaseStockFromNewsvendor(0.18, 0.7, int.MinValue, 1e-12))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("baseStockLevel")
            .WithMessage("baseStockLevel must be between -2147483647 and 2147483647, but was -2147483648.*");
}
