using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.InventoryTheory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>
/// Each factory against a textbook number the InventoryTheory tests already reproduce (reference cases in
/// Reference/Data/inventory-theory/cases.json and PeriodicReviewSsTests): the policy must carry exactly those
/// parameters, rounded as documented for the continuous models.
/// </summary>
public sealed class PolicyFactoryTests
{
    [Fact]
    public void Min_max_from_the_optimal_s_S_of_Snyder_and_Shen_example_4_7()
    {
        // Snyder & Shen, Example 4.7 (case ss-poisson-ex4.7): h = 1, p = 4, K = 5 per period, Poisson(6) demand per
        // period: s* = 4, S* = 10, g = 8.0341 per period.
        var result = PolicyFactory.MinMaxFromOptimalSs(holdingCost: 1, stockoutCost: 4, fixedCost: 5, demandMean: 6);

        result.Policy.Minimum.Should().Be(4);
        result.Policy.Maximum.Should().Be(10);
        result.Optimization.Cost.Should().BeApproximately(8.034111561471644, 1e-9);
        result.Explain().Should().StartWith("min-max (s = 4, S = 10) from (s, S), Poisson demand per period, exact optimum: ");

        // The policy runs: at the minimum 4 it orders up to 10.
        result.Policy.Decide(InventoryPosition.FromNet(4), default).Quantity.Should().Be(6);
    }

    [Fact]
    public void Min_max_from_the_Zheng_Federgruen_table()
    {
        // Zheng and Federgruen (1991), Table I, μ = 10, h = 1, p = 9, K = 64: s* = 6, S* = 40.
        var result = PolicyFactory.MinMaxFromOptimalSs(1, 9, 64, 10);

        (result.Policy.Minimum, result.Policy.Maximum).Should().Be((6, 40));
    }

    [Fact]
    public void Min_max_from_a_discrete_pmf_equal_to_Poisson_6_gives_example_4_7()
    {
        // The Poisson(6) pmf truncated far in the tail, as in PeriodicReviewSsTests: same s* = 4, S* = 10.
        var pmf = Enumerable.Range(0, 41).Select(d => MathNet.Numerics.Distributions.Poisson.PMF(6, d)).ToArray();

        var result = PolicyFactory.MinMaxFromOptimalSs(1, 4, 5, DiscreteDemand.FromZero(pmf));

        (result.Policy.Minimum, result.Policy.Maximum).Should().Be((4, 10));
    }

    [Fact]
    public void Reorder_point_from_the_loss_function_approximation_of_example_5_6()
    {
        // Snyder & Shen, Examples 5.1/5.6 (case rq-normal-ex5.1): h = 0.225 and p = 7.5 per unit per year, K = 8,
        // λ = 1300 per year, σ = 150 per √year, L = 1/12 year. Loss-function approximation: r = 126.867, Q = 328.449
        // (the book prints 126.8 and 328.5). Rounded as documented: r up to 127, Q to the nearest unit 328.
        var result = PolicyFactory.ReorderPointFromOptimalRq(0.225, 7.5, 8, 1300, 150, 1.0 / 12);

        result.Policy.ReorderPoint.Should().Be(127);
        result.Policy.LotSize.Should().Be(328);
        result.Optimization.ReorderPoint.Should().BeApproximately(126.8670642878315, 1e-6);
        result.Optimization.OrderQuantity.Should().BeApproximately(328.4491413581765, 1e-6);
    }

    [Fact]
    public void Reorder_point_from_the_exact_Poisson_optimum_of_example_5_8()
    {
        // Snyder & Shen, Example 5.8 (case rq-poisson-ex5.8): h = 20, p = 150 per year, K = 100, λ = 1.5 per year,
        // L = 2 years: r* = 3, Q* = 5, g = 107.9236 per year.
        var result = PolicyFactory.ReorderPointFromOptimalPoissonRq(20, 150, 100, 1.5, 2);

        (result.Policy.ReorderPoint, result.Policy.LotSize).Should().Be((3, 5));
        result.Optimization.Cost.Should().BeApproximately(107.9235806331498, 1e-9);
    }

    [Fact]
    public void Base_stock_from_the_newsvendor_of_examples_4_3_and_4_4()
    {
        // Snyder & Shen, Example 4.3 (case newsvendor-normal-ex4.3): h = 0.18, p = 0.7, N(50, 8²) per period, L = 0:
        // S* = 56.604, rounded up to 57 -> min-max (56, 57).
        var single = PolicyFactory.BaseStockFromNewsvendor(0.18, 0.7, 50, 8);
        (single.Policy.Minimum, single.Policy.Maximum).Should().Be((56, 57));
        single.Optimization.BaseStockLevel.Should().BeApproximately(56.60395592743389, 1e-9);

        // Example 4.4 (case base-stock-normal-ex4.4): the same with L = 4 periods: S* = 264.767 -> 265.
        var withLeadTime = PolicyFactory.BaseStockFromNewsvendor(0.18, 0.7, 50, 8, leadTime: 4);
        withLeadTime.Policy.Maximum.Should().Be(265);

        // Base stock: any position below S is ordered up to S.
        withLeadTime.Policy.Decide(InventoryPosition.FromNet(264), default).Quantity.Should().Be(1);
        withLeadTime.Policy.Decide(InventoryPosition.FromNet(265), default).Quantity.Should().Be(0);
    }

    [Fact]
    public void Base_stock_from_the_Poisson_newsvendor_of_example_4_7()
    {
        // Snyder & Shen, Example 4.7 without the fixed cost (case newsvendor-poisson-ex4.7): h = 1, p = 4, Poisson(6): S* = 8.
        var result = PolicyFactory.BaseStockFromPoissonNewsvendor(1, 4, 6);

        (result.Policy.Minimum, result.Policy.Maximum).Should().Be((7, 8));
        result.Optimization.Cost.Should().BeApproximately(3.570106945770946, 1e-9);
    }

    [Fact]
    public void Bad_input_is_refused_by_the_optimisation()
    {
        FluentActions.Invoking(() => PolicyFactory.BaseStockFromNewsvendor(0.18, 0.7, 50, 8, leadTime: -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("leadTime")
            .WithMessage("leadTime must not be negative, but was -1.*");
        FluentActions.Invoking(() => PolicyFactory.MinMaxFromOptimalSs(1, 4, 5, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("demand");
    }
}
