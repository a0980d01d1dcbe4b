using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Tests.InventoryTheory;

public sealed class NewsvendorTests
{
    private const int Runs = 100;

    /// <summary>h and p of 1 to 1,000, a mean of 1 to 10,000 a period, σ of 1 to 2,000 and a lead time of 0 to 5 periods.</summary>
    private static readonly Gen<(int H, int P, int Mean, int Sd, int Lead)> NormalCases =
        from h in Gen.Choose(1, 1_000)
        from p in Gen.Choose(1, 1_000)
        from mean in Gen.Choose(1, 10_000)
        from sd in Gen.Choose(1, 2_000)
        from lead in Gen.Choose(0, 5)
        select (h, p, mean, sd, lead);

    /// <summary>h and p of 1 to 1,000 and a Poisson mean of 0.1 to 100 (one in four at most 1, where the optimum may be 0).</summary>
    private static readonly Gen<(int H, int P, double Mean)> PoissonCases =
        from h in Gen.Choose(1, 1_000)
        from p in Gen.Choose(1, 1_000)
        from tenths in Gen.Frequency((1, Gen.Choose(1, 10)), (3, Gen.Choose(1, 1_000)))
        select (h, p, tenths / 10.0);

    [Property(MaxTest = Runs)]
    public Property Normal_optimum_beats_its_neighbours() => Prop.ForAll(NormalCases.ToArbitrary(), given =>
    {
        var (h, p, mean, sd, l) = given;
        var best = Newsvendor.OptimizeNormal(h, p, mean, sd, l);
        var step = sd * 0.05;
        var atOptimum = Newsvendor.NormalCost(best.BaseStockLevel, h, p, mean, sd, l);
        return Math.Abs(atOptimum - best.Cost) <= 1e-9 * Math.Max(1, best.Cost)
               && Newsvendor.NormalCost(best.BaseStockLevel + step, h, p, mean, sd, l) >= best.Cost - 1e-9
               && Newsvendor.NormalCost(best.BaseStockLevel - step, h, p, mean, sd, l) >= best.Cost - 1e-9;
    });

    [Property(MaxTest = Runs)]
    public Property Poisson_optimum_is_the_best_integer() => Prop.ForAll(PoissonCases.ToArbitrary(), given =>
    {
        var (h, p, mean) = given;
        var best = Newsvendor.OptimizePoisson(h, p, mean);
        return Newsvendor.PoissonCost(best.BaseStockLevel + 1, h, p, mean) >= best.Cost - 1e-9
               && (best.BaseStockLevel == 0 || Newsvendor.PoissonCost(best.BaseStockLevel - 1, h, p, mean) >= best.Cost - 1e-9);
    });

    [Fact]
    public void The_cases_reach_every_lead_time_both_sides_of_the_median_and_a_zero_Poisson_optimum()
    {
        Reach.Covers(NormalCases, Runs, given => ["lead " + given.Lead, given.P > given.H ? "critical ratio above one half" : "critical ratio at most one half"],
            [.. Enumerable.Range(0, 6).Select(l => "lead " + l), "critical ratio above one half", "critical ratio at most one half"]);
        Reach.Covers(PoissonCases, Runs, given => [Newsvendor.OptimizePoisson(given.H, given.P, given.Mean).BaseStockLevel == 0 ? "optimum 0" : "optimum above 0"],
            ["optimum 0", "optimum above 0"]);
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
