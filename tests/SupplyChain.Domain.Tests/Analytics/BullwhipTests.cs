using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Analytics;

namespace SupplyChain.Domain.Tests.Analytics;

public sealed class BullwhipTests
{
    [Fact]
    public void Ratio_of_sample_variances()
    {
        // Demand 8, 12, 10: mean 10, squared deviations 4 + 4 + 0 = 8, variance 8/2 = 4.
        // Orders 4, 16, 10: mean 10, squared deviations 36 + 36 + 0 = 72, variance 36. Ratio 36/4 = 9.
        Bullwhip.Ratio([8, 12, 10], [4, 16, 10]).Should().BeApproximately(9, 1e-12);
    }

    [Theory]
    // 1 + 2L/p + 2L²/p²: L = 1, p = 1 -> 5; L = 2, p = 4 -> 1 + 1 + 0.5 = 2.5; L = 0 -> 1.
    [InlineData(1, 1, 5)]
    [InlineData(2, 4, 2.5)]
    [InlineData(0, 7, 1)]
    public void Chen_lower_bound(double lead, int p, double expected) =>
        Bullwhip.ChenLowerBound(lead, p).Should().BeApproximately(expected, 1e-12);

    [Fact]
    public void Bad_series_are_refused()
    {
        FluentActions.Invoking(() => Bullwhip.Ratio([1, 2, 3], [1, 2])).Should().Throw<ArgumentException>()
            .WithParameterName("ordersPerPeriod")
            .WithMessage("ordersPerPeriod has 2 periods but demandPerPeriod has 3: both series must cover the same periods.*");
        FluentActions.Invoking(() => Bullwhip.Ratio([5, 5], [1, 2])).Should().Throw<ArgumentException>()
            .WithParameterName("demandPerPeriod").WithMessage("demandPerPeriod does not vary (its variance is 0), so the ratio is undefined.*");
        FluentActions.Invoking(() => Bullwhip.Ratio([5], [1])).Should().Throw<ArgumentException>()
            .WithMessage("demandPerPeriod must have at least 2 periods, but has 1.*");
        FluentActions.Invoking(() => Bullwhip.Ratio([1, double.NaN], [1, 2])).Should().Throw<ArgumentException>()
            .WithMessage("demandPerPeriod must contain only finite numbers, but element 1 is NaN.*");
        FluentActions.Invoking(() => Bullwhip.ChenLowerBound(1, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("movingAveragePeriods");
    }

    /// <summary>2 to 60 periods of 0 to 100 units (not all equal, so the variance is positive) and a factor k of 1 to 5.</summary>
    private static readonly Gen<(double[] Demand, int K)> Scaled =
        from periods in Gen.Choose(2, 60)
        from demand in Gen.Choose(0, 100).Select(i => (double)i).ArrayOf(periods).Where(a => a.Distinct().Count() > 1)
        from k in Gen.Choose(1, 5)
        select (demand, k);

    [Property]
    public Property Orders_that_copy_demand_scaled_by_k_give_k_squared() =>
        Prop.ForAll(Scaled.ToArbitrary(), given => Math.Abs(Bullwhip.Ratio(given.Demand, given.Demand.Select(d => given.K * d).ToArray()) - (given.K * given.K)) < 1e-9);

    [Fact]
    public void The_scaled_demands_reach_every_k_and_short_and_long_histories()
    {
        Reach.Covers(Scaled, 100, given => ["k " + given.K, given.Demand.Length <= 5 ? "2 to 5 periods" : "more than 5 periods"],
            [.. Enumerable.Range(1, 5).Select(k => "k " + k), "2 to 5 periods", "more than 5 periods"]);
    }
}
