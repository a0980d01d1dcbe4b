using NodaTime;
using SupplyChain.Domain.InventoryTheory;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Simulation;

/// <summary>
/// The long-run average cost of simulated policies against inventory theory's exact values (the statistical check of
/// the inventory-theory reference, README §9). Each runs one SKU for 10⁶ days with a fixed seed, in well under a second.
/// </summary>
public sealed class SimulatorCorrectnessTests
{
    private const int Days = 1_000_000;
    private static readonly LocalDate Start = new(2025, 1, 1);

    [Fact]
    public void Base_stock_at_the_newsvendor_level_costs_the_newsvendor_cost()
    {
        // Normal demand N(100, 20) per day, h = 1, p = 10, a fixed lead time of 1 day. An order placed after day t's
        // demand arrives on day t + 1 before its demand, so the stock after demand is S − D: the classic newsvendor
        // (the reference's lead time L − 1 = 0). Textbook numbers (Snyder & Shen, Section 4.3, and the reference
        // README §9, "analytic 35.99"): α = 10/11, z = Φ⁻¹(α) = 1.3352, S* = 100 + 20z = 126.70,
        // g* = (h + p)σφ(z) = 11 × 20 × 0.16360 = 35.99.
        var optimum = Newsvendor.OptimizeNormal(holdingCost: 1, stockoutCost: 10, demandMean: 100, demandStandardDeviation: 20, leadTime: 0);
        optimum.Cost.Should().BeApproximately(35.99, 0.005);
        optimum.BaseStockLevel.Should().BeApproximately(126.70, 0.005);

        // Stock is in whole units, so the level is S = 127 and its analytic cost g(127) (0.02 % above g*, the cost
        // curve being flat at the optimum). Demand is rounded to whole units: the rounding adds a variance of 1/12 to
        // σ² = 400 (0.01 % on σ), and truncation at 0 is 5σ away: both far inside the tolerance.
        const int s = 127;
        var analytic = Newsvendor.NormalCost(s, holdingCost: 1, stockoutCost: 10, demandMean: 100, demandStandardDeviation: 20, leadTime: 0);
        var sku = new SimulatedSku("N(100,20)", BaseStock(s), DemandModel.Normal(100, 20), LeadTimeProfile.Fixed(1), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10 });

        var result = Simulator.Run(sku, new SimulationSettings(Days, seed: 20251127, Start));

        // Each day's cost depends only on that day's demand here, so days are independent: the standard error of the
        // mean is sd/√n, about 0.05 (0.14 % of 36), and 1 % is about 7 standard errors.
        var standardError = result.DailyCost.StandardDeviation / Math.Sqrt(Days);
        standardError.Should().BeLessThan(analytic * 0.01 / 5);
        result.AverageCostPerPeriod.Should().BeApproximately(analytic, analytic * 0.01);
        result.DailyDemand.Mean.Should().BeApproximately(100, 0.1);
        result.DailyDemand.StandardDeviation.Should().BeApproximately(20, 0.1);
    }

    [Fact]
    public void Poisson_s_S_at_the_Zheng_Federgruen_optimum_costs_its_exact_cost()
    {
        // Snyder & Shen, Example 4.7: Poisson(6) demand per period, h = 1, p = 4, K = 5, zero lead time: the
        // Zheng–Federgruen optimum is (s, S) = (4, 10) with exact cost 8.034 per period. The simulator's lead time 1
        // is the textbook's zero lead time (see the base-stock test).
        var optimum = PeriodicReviewSs.OptimizePoisson(holdingCost: 1, stockoutCost: 4, fixedCost: 5, demandMean: 6);
        optimum.ReorderPoint.Should().Be(4);
        optimum.OrderUpToLevel.Should().Be(10);
        optimum.Cost.Should().BeApproximately(8.034, 0.0005);

        var sku = new SimulatedSku("Poisson(6)", new MinMaxPolicy(optimum.ReorderPoint, optimum.OrderUpToLevel), DemandModel.Poisson(6),
            LeadTimeProfile.Fixed(1), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 4, PerOrder = 5 });

        var result = Simulator.Run(sku, new SimulationSettings(Days, seed: 47, Start));

        // Days are correlated through the order cycle (about two days long: S − s = 6 against a mean demand of 6), so
        // sd/√n (about 0.004) understates the error. The variance inflation 1 + 2Σρₖ of a correlation that dies out
        // within a few days is a small multiple of the cycle length; even allowing 16 (4 times the standard error),
        // the 1 % tolerance is 5 such errors.
        var naiveStandardError = result.DailyCost.StandardDeviation / Math.Sqrt(Days);
        (4 * naiveStandardError).Should().BeLessThan(optimum.Cost * 0.01 / 5);
        result.AverageCostPerPeriod.Should().BeApproximately(optimum.Cost, optimum.Cost * 0.01);
        result.DailyDemand.Mean.Should().BeApproximately(6, 0.01);
        result.DailyDemand.Variance.Should().BeApproximately(6, 0.05);
    }

    /// <summary>Base stock S: order S − p whenever the position p is below S; min–max with s = S − 1 for whole units.</summary>
    internal static MinMaxPolicy BaseStock(int level) => new(level - 1, level);
}
