using NodaTime;
using SupplyChain.Domain.Demand;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Simulation;

public sealed class DemandModelTests
{
    private static RunningStatistics DrawDemand(DemandModel model, int days = 200_000)
    {
        // A SKU that never orders records the demand statistics of the model.
        var sku = new SimulatedSku("d", new MinMaxPolicy(-1, 0), model, LeadTimeProfile.Fixed(1), default, initialOnHand: 0);
        return Simulator.Run(sku, new SimulationSettings(days, seed: 5, new LocalDate(2000, 1, 1))).DailyDemand;
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(6)]
    [InlineData(250)]
    [InlineData(40_000)]
    public void Poisson_draws_have_the_Poisson_mean_and_variance(double mean)
    {
        // Poisson(μ): mean = variance = μ. With n = 200,000 draws the standard error of the mean is √(μ/n) and that of
        // the variance about μ√(2/n) (for large μ): 6 standard errors as tolerance.
        var stats = DrawDemand(DemandModel.Poisson(mean));
        stats.Mean.Should().BeApproximately(mean, 6 * Math.Sqrt(mean / 200_000));
        stats.Variance.Should().BeApproximately(mean, 6 * ((mean * Math.Sqrt(2.0 / 200_000)) + Math.Sqrt(mean / 200_000)));
    }

    [Fact]
    public void Truncated_normal_draws_are_rounded_and_never_negative()
    {
        // X ~ N(1, 3), demand = max(0, round(X)) (halves up): E = Σ_(k≥1) P(demand ≥ k) = Σ_(k≥1) P(X ≥ k − ½)
        // = Σ_(k≥1) (1 − Φ((k − 1.5)/3)) ≈ 2.09, computed here with MathNet's normal cdf. The standard error of the
        // mean of 50,000 draws is about 2.3/√50,000 = 0.01: 0.05 is 5 of them.
        var expected = Enumerable.Range(1, 60).Sum(k => 1 - MathNet.Numerics.Distributions.Normal.CDF(1, 3, k - 0.5));
        var stats = DrawDemand(DemandModel.Normal(1, 3), 50_000);
        stats.Mean.Should().BeApproximately(expected, 0.05);
        DrawDemand(DemandModel.Normal(7, 0), 1_000).Variance.Should().Be(0);
        DrawDemand(DemandModel.Normal(7, 0), 1_000).Mean.Should().Be(7);
    }

    [Fact]
    public void Bootstrap_draws_the_history_s_counted_days()
    {
        // History 2, 0 (stock-out: left out), 4, 6 → draws from {2, 4, 6}: mean 4, population variance 8/3.
        var history = SalesHistory.Of([
            new DailySales(new LocalDate(2025, 1, 1), 2),
            new DailySales(new LocalDate(2025, 1, 2), 0) { IsStockOut = true },
            new DailySales(new LocalDate(2025, 1, 3), 4),
            new DailySales(new LocalDate(2025, 1, 4), 6),
        ]);
        var model = DemandModel.Bootstrap(history);
        (model.Kind, model.Mean).Should().Be((DemandModelKind.Bootstrap, 4.0));
        model.StandardDeviation.Should().BeApproximately(Math.Sqrt(8.0 / 3), 1e-12);
        var stats = DrawDemand(model);
        stats.Mean.Should().BeApproximately(4, 0.02);
        stats.Variance.Should().BeApproximately(8.0 / 3, 0.05);
    }

    [Fact]
    public void Lead_time_profiles_add_their_legs()
    {
        // Direct express ~6 ± 2 days as two legs: 4 ± √2 and 2 ± √2 add to 6 ± 2.
        var profile = LeadTimeProfile.Of("direct express", new TransitTimeDistribution(4, Math.Sqrt(2)), new TransitTimeDistribution(2, Math.Sqrt(2)));
        profile.Total.MeanDays.Should().Be(6);
        profile.Total.StandardDeviationDays.Should().BeApproximately(2, 1e-12);
        // The clamp is μ ± 4σ per leg: (4 + 5.657) + (2 + 5.657) = 17.31 → 17; lower (0 when μ − 4σ < 0).
        (profile.MaximumDays, profile.MinimumDays, profile.IsFixed).Should().Be((17, 0, false));
        LeadTimeProfile.Fixed(3).IsFixed.Should().BeTrue();
        LeadTimeProfile.Of("none").MaximumDays.Should().Be(0);
    }
}
