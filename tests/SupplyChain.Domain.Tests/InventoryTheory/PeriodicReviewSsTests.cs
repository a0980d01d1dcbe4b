using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Tests.InventoryTheory;

public sealed class PeriodicReviewSsTests
{
    // Zheng, Y.-S. and Federgruen, A. (1991), "Finding optimal (s, S) policies is about as simple as evaluating a
    // single policy", Operations Research 39(4), Table I: Poisson demand, h = 1, p = 9, K = 64; optimal s, S and
    // cost per period to 3 decimals.
    public static TheoryData<double, int, int, double> ZhengFedergruenTable => new()
    {
        { 10, 6, 40, 35.022 }, { 15, 10, 49, 42.698 }, { 20, 14, 62, 49.173 }, { 25, 19, 56, 54.262 },
        { 30, 23, 66, 57.819 }, { 35, 28, 77, 61.215 }, { 40, 33, 87, 64.512 }, { 45, 37, 97, 67.776 },
        { 50, 42, 108, 70.975 }, { 55, 47, 118, 74.149 }, { 60, 52, 129, 77.306 }, { 65, 56, 75, 78.518 },
        { 70, 62, 81, 79.037 }, { 75, 67, 86, 79.554 }, { 21, 15, 65, 50.406 }, { 22, 16, 68, 51.632 },
        { 23, 17, 52, 52.757 }, { 24, 18, 54, 53.518 }, { 51, 43, 110, 71.611 }, { 52, 44, 112, 72.246 },
        { 59, 51, 126, 76.679 }, { 61, 52, 131, 77.929 }, { 63, 54, 73, 78.287 }, { 64, 55, 74, 78.402 },
    };

    [Theory, MemberData(nameof(ZhengFedergruenTable))]
    public void Optimum_matches_the_published_Zheng_Federgruen_table(double mean, int s, int bigS, double cost)
    {
        var result = PeriodicReviewSs.OptimizePoisson(holdingCost: 1, stockoutCost: 9, fixedCost: 64, demandMean: mean);

        result.ReorderPoint.Should().Be(s);
        result.OrderUpToLevel.Should().Be(bigS);
        result.Cost.Should().BeApproximately(cost, 0.0005);
        PeriodicReviewSs.PoissonCost(s, bigS, 1, 9, 64, mean).Should().BeApproximately(cost, 0.0005);
    }

    [Fact]
    public void Optimum_is_no_worse_than_its_neighbours()
    {
        // Example 4.7 data (h = 1, p = 4, K = 5, Poisson(6)): the exact optimum must beat every nearby (s, S).
        var best = PeriodicReviewSs.OptimizePoisson(1, 4, 5, 6);
        for (var s = best.ReorderPoint - 3; s <= best.ReorderPoint + 3; s++)
        {
            for (var bigS = Math.Max(s + 1, best.OrderUpToLevel - 3); bigS <= best.OrderUpToLevel + 3; bigS++)
            {
                PeriodicReviewSs.PoissonCost(s, bigS, 1, 4, 5, 6).Should().BeGreaterThanOrEqualTo(best.Cost - 1e-12);
            }
        }
    }

    [Fact]
    public void A_discrete_pmf_equal_to_the_Poisson_gives_the_Poisson_answer()
    {
        // The Poisson(6) pmf truncated at 40 (mass beyond is below 1e-15) must reproduce the Poisson path.
        var pmf = Enumerable.Range(0, 41).Select(d => MathNet.Numerics.Distributions.Poisson.PMF(6, d)).ToArray();
        var discrete = PeriodicReviewSs.OptimizeDiscrete(1, 4, 5, DiscreteDemand.FromZero(pmf));
        var poisson = PeriodicReviewSs.OptimizePoisson(1, 4, 5, 6);

        discrete.ReorderPoint.Should().Be(poisson.ReorderPoint);
        discrete.OrderUpToLevel.Should().Be(poisson.OrderUpToLevel);
        discrete.Cost.Should().BeApproximately(poisson.Cost, 1e-9);
    }

    [Fact]
    public void Cost_needs_S_above_s()
    {
        FluentActions.Invoking(() => PeriodicReviewSs.PoissonCost(10, 10, 1, 4, 5, 6))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("orderUpToLevel")
            .WithMessage("orderUpToLevel must be greater than reorderPoint (10), but was 10.*");
    }

    [Fact]
    public void Power_approximation_rejects_a_zero_standard_deviation()
    {
        FluentActions.Invoking(() => PeriodicReviewSs.PowerApproximation(0.18, 0.7, 2.5, 50, 0))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("demandStandardDeviation")
            .WithMessage("demandStandardDeviation must be greater than zero, but was 0.*");
    }
}
