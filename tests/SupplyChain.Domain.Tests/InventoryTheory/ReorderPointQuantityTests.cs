using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Tests.InventoryTheory;

public sealed class ReorderPointQuantityTests
{
    [Fact]
    public void Closed_form_cost_agrees_with_numeric_integration()
    {
        // Independent check of g(r,Q) = [Kλ + ∫ g(y)dy]/Q by Simpson's rule on the newsvendor cost (Example 5.1 data).
        double h = 0.225, p = 7.5, k = 8, lambda = 1300, sd = 150, l = 1.0 / 12, r = 126.8, q = 328.5;
        double mean = lambda * l, sigma = sd * Math.Sqrt(l);
        const int N = 2000;
        var sum = 0.0;
        for (var i = 0; i <= N; i++)
        {
            var weight = i == 0 || i == N ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += weight * Newsvendor.NormalCost(r + (q * i / N), h, p, mean, sigma);
        }

        var integral = sum * q / N / 3;
        ReorderPointQuantity.Cost(r, q, h, p, k, lambda, sd, l).Should().BeApproximately(((k * lambda) + integral) / q, 1e-8);
    }

    [Fact]
    public void Optimal_r_balances_the_newsvendor_cost_at_both_ends()
    {
        double h = 0.225, p = 7.5, lambda = 1300, sd = 150, l = 1.0 / 12;
        var r = ReorderPointQuantity.OptimalReorderPoint(318, h, p, lambda, sd, l);
        var sigma = sd * Math.Sqrt(l);
        Math.Abs(Newsvendor.NormalCost(r, h, p, lambda * l, sigma) - Newsvendor.NormalCost(r + 318, h, p, lambda * l, sigma)).Should().BeLessThanOrEqualTo(1e-6);
    }

    [Fact]
    public void Poisson_optimum_is_no_worse_than_its_neighbours()
    {
        // Example 5.8 data (h = 20, p = 150, K = 100, λ = 1.5, L = 2).
        var best = ReorderPointQuantity.OptimizePoisson(20, 150, 100, 1.5, 2);
        for (var r = best.ReorderPoint - 2; r <= best.ReorderPoint + 2; r++)
        {
            for (var q = Math.Max(1, best.OrderQuantity - 2); q <= best.OrderQuantity + 2; q++)
            {
                ReorderPointQuantity.PoissonCost(r, q, 20, 150, 100, 1.5, 2).Should().BeGreaterThanOrEqualTo(best.Cost - 1e-12);
            }
        }
    }

    [Fact]
    public void Lead_time_must_be_positive_for_normal_demand()
    {
        FluentActions.Invoking(() => ReorderPointQuantity.Cost(100, 250, 0.225, 7.5, 8, 1300, 150, 0))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("leadTime")
            .WithMessage("leadTime must be greater than zero, but was 0.*");
    }

    [Fact]
    public void Eil_reports_an_impossible_fractile()
    {
        // Qh/(pλ) = 304·0.225/(0.01·1300) > 1: no reorder point satisfies the EIL condition.
        FluentActions.Invoking(() => ReorderPointQuantity.EilApproximation(0.225, 0.01, 8, 1300, 150, 1.0 / 12))
            .Should().Throw<ArgumentException>()
            .WithParameterName("stockoutCost")
            .WithMessage("The EIL approximation needs 1 - Q*holdingCost/(stockoutCost*demandRate) in (0, 1)*");
    }
}
