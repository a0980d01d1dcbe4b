using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Tests.InventoryTheory;

public sealed class FiniteHorizonTests
{
    // Snyder & Shen, Problem 4.29: 10 periods, h = 1, p = 25 (and the same terminal costs), c = 1, K = 0, N(18, 3), γ = 0.98.
    private static readonly FiniteHorizonProblem Problem429 = new(10)
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

    [Fact]
    public void With_no_fixed_cost_s_equals_S_and_the_myopic_bounds_collapse()
    {
        // Theorem 4.8 territory: with K = 0 the optimal policy is base-stock (s = S), and the myopic bounds
        // S̲ = S̄ = s̲ = s̄ bracket it (the DP's integer S is the rounded-up continuous myopic level here).
        var problem = Problem429;
        var result = FiniteHorizon.Solve(problem);
        var bounds = FiniteHorizon.MyopicBounds(problem);

        result.ReorderPoints.Should().Equal(result.OrderUpToLevels);
        bounds.OrderUpToLevelUpper.Should().Equal(bounds.OrderUpToLevelLower);
        bounds.ReorderPointLower.Should().Equal(bounds.OrderUpToLevelLower);
        for (var t = 0; t < problem.Periods; t++)
        {
            Math.Abs(result.OrderUpToLevels[t] - bounds.OrderUpToLevelLower[t]).Should().BeLessThan(1);
        }
    }

    [Fact]
    public void Initial_level_off_the_grid_is_rejected()
    {
        var problem = Problem429;

        FluentActions.Invoking(() => FiniteHorizon.Solve(problem, initialInventoryLevel: 500))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("initialInventoryLevel")
            .WithMessage("initialInventoryLevel must lie on the state grid [-27, 33], but was 500.*");
    }

    [Fact]
    public void Per_period_lists_must_have_one_entry_per_period()
    {
        FluentActions.Invoking(() => new FiniteHorizonProblem(3) { HoldingCost = [1, 1], StockoutCost = [25], DemandMean = [18], DemandStandardDeviation = [3] })
            .Should().Throw<ArgumentException>()
            .WithParameterName("HoldingCost")
            .WithMessage("HoldingCost must have 3 entries (one per period), but had 2.*");
    }

    [Fact]
    public void Discount_factor_must_lie_in_zero_one()
    {
        FluentActions.Invoking(() => new FiniteHorizonProblem(3) { HoldingCost = [1], StockoutCost = [25], DemandMean = [18], DemandStandardDeviation = [3], DiscountFactor = [1.5] })
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("DiscountFactor")
            .WithMessage("DiscountFactor must lie in (0, 1], but was 1.5.*");
    }
}
