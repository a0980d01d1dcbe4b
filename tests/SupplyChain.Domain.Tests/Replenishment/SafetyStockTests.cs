using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

public sealed class SafetyStockTests
{
    [Fact]
    public void Demand_variability_only()
    {
        // z σ √L: 1.65 × 20 × √25 = 165 (reference case SS-02, by hand).
        SafetyStock.ForDemandVariability(1.65, 20, 25).Should().BeApproximately(165, 1e-9);
        SafetyStock.WithLeadTimeVariability(1.65, 100, 20, 25, 0).Should().BeApproximately(165, 1e-9);
    }

    [Fact]
    public void Lead_time_variability_only()
    {
        // Constant demand 50/day, σL = 4 days: 2.05 × 50 × 4 = 410 (reference case SS-05, by hand).
        SafetyStock.WithLeadTimeVariability(2.05, 50, 0, 20, 4).Should().BeApproximately(410, 1e-9);
    }

    [Theory]
    // Standard normal quantiles as printed in normal tables: z(0.95) = 1.6449, z(0.975) = 1.9600, z(0.99) = 2.3263.
    [InlineData(0.5, 0.0)]
    [InlineData(0.95, 1.644854)]
    [InlineData(0.975, 1.959964)]
    [InlineData(0.99, 2.326348)]
    [InlineData(0.05, -1.644854)]
    public void Z_from_a_cycle_service_level(double level, double z) =>
        SafetyStock.ZForCycleServiceLevel(level).Should().BeApproximately(z, 1e-6);

    [Fact]
    public void Fill_rate_through_the_loss_function()
    {
        // Standard normal loss G(k) = φ(k) − k(1 − Φ(k)). From normal tables φ(0) = 0.3989423, so G(0) = 0.3989423;
        // φ(1) = 0.2419707 and 1 − Φ(1) = 0.1586553, so G(1) = 0.0833155.
        // With σL = 100 and Q = 1000, (1 − β)Q/σL = G(k) gives β = 1 − G(k)·σL/Q.
        SafetyStock.ZForFillRate(1 - (0.3989423 * 100 / 1000), 1000, 100).Should().BeApproximately(0, 1e-5);
        SafetyStock.ZForFillRate(1 - (0.0833155 * 100 / 1000), 1000, 100).Should().BeApproximately(1, 1e-5);
        SafetyStock.ForFillRate(1 - (0.0833155 * 100 / 1000), 1000, 100).Should().BeApproximately(100, 1e-3);
        SafetyStock.ForFillRate(0.99, 1000, 0).Should().Be(0, "without variability no buffer is needed");
    }

    [Fact]
    public void A_higher_fill_rate_needs_more_safety_stock()
    {
        var levels = new[] { 0.9, 0.95, 0.98, 0.99, 0.999 }.Select(b => SafetyStock.ForFillRate(b, 200, 50)).ToList();
        levels.Should().BeInAscendingOrder();
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        FluentActions.Invoking(() => SafetyStock.ZForCycleServiceLevel(1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("cycleServiceLevel")
            .WithMessage("cycleServiceLevel must be strictly between 0 and 1, but was 1.*");
        FluentActions.Invoking(() => SafetyStock.ForDemandVariability(1.65, -1, 25)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("demandSd")
            .WithMessage("demandSd must not be negative, but was -1.*");
        FluentActions.Invoking(() => SafetyStock.ForFillRate(0.9, 0, 10)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("orderQuantity");
        FluentActions.Invoking(() => SafetyStock.WithLeadTimeVariability(double.NaN, 1, 1, 1, 1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("z")
            .WithMessage("z must be a finite number, but was NaN.*");
    }
}
