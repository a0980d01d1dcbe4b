using FsCheck;
using FsCheck.Xunit;
using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Tests.InventoryTheory;

public sealed class NewsvendorTests
{
    [Property]
    public bool Normal_optimum_beats_its_neighbours(PositiveInt h, PositiveInt p, PositiveInt mean, PositiveInt sd, NonNegativeInt lead)
    {
        var l = lead.Get % 6;
        var best = Newsvendor.OptimizeNormal(h.Get, p.Get, mean.Get, sd.Get, l);
        var step = sd.Get * 0.05;
        var atOptimum = Newsvendor.NormalCost(best.BaseStockLevel, h.Get, p.Get, mean.Get, sd.Get, l);
        return Math.Abs(atOptimum - best.Cost) <= 1e-9 * Math.Max(1, best.Cost)
               && Newsvendor.NormalCost(best.BaseStockLevel + step, h.Get, p.Get, mean.Get, sd.Get, l) >= best.Cost - 1e-9
               && Newsvendor.NormalCost(best.BaseStockLevel - step, h.Get, p.Get, mean.Get, sd.Get, l) >= best.Cost - 1e-9;
    }

    [Property]
    public bool Poisson_optimum_is_the_best_integer(PositiveInt h, PositiveInt p, PositiveInt meanTenths)
    {
        var mean = Math.Min(meanTenths.Get, 1000) / 10.0;
        var best = Newsvendor.OptimizePoisson(h.Get, p.Get, mean);
        return Newsvendor.PoissonCost(best.BaseStockLevel + 1, h.Get, p.Get, mean) >= best.Cost - 1e-9
               && (best.BaseStockLevel == 0 || Newsvendor.PoissonCost(best.BaseStockLevel - 1, h.Get, p.Get, mean) >= best.Cost - 1e-9);
    }

    [Fact]
    public void Explicit_newsvendor_is_the_cost_newsvendor_in_disguise()
    {
        // Example 4.2 ↔ 4.1: h = c − v = 0.18, p = r − c = 0.7, and profit = (r − c)μ − cost.
        var profit = Newsvendor.OptimizeProfitNormal(1, 0.3, 0.12, 50, 8);
        var cost = Newsvendor.OptimizeNormal(0.18, 0.7, 50, 8);

        profit.BaseStockLevel.Should().BeApproximately(cost.BaseStockLevel, 1e-9);
        profit.Profit.Should().BeApproximately((0.7 * 50) - cost.Cost, 1e-9);
    }

    [Fact]
    public void Explicit_newsvendor_needs_revenue_above_cost_above_salvage()
    {
        FluentActions.Invoking(() => Newsvendor.OptimizeProfitNormal(1, 0.3, 0.5, 50, 8))
            .Should().Throw<ArgumentException>()
            .WithParameterName("revenue")
            .WithMessage("The profit newsvendor needs revenue > purchaseCost > salvageValue, but they were 1, 0.3 and 0.5.*");
    }

    [Fact]
    public void Myopic_needs_c_plus_within_minus_h_and_p()
    {
        // c⁺ = 2 − 1·0.5 = 1.5 > p = 0.7.
        FluentActions.Invoking(() => Newsvendor.OptimizeMyopic(0.18, 0.7, 2, 0.5, 50, 8, 1))
            .Should().Throw<ArgumentException>()
            .WithParameterName("purchaseCost")
            .WithMessage("The myopic policy needs -holdingCost <= purchaseCost - discountFactor * purchaseCostNextPeriod <= stockoutCost, but that difference was 1.5 (holdingCost 0.18, stockoutCost 0.7).*");
    }

    [Fact]
    public void Negative_lead_time_is_rejected()
    {
        FluentActions.Invoking(() => Newsvendor.OptimizeNormal(0.18, 0.7, 50, 8, -1))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("leadTime")
            .WithMessage("leadTime must not be negative, but was -1.*");
    }
}
