using FsCheck.Xunit;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>The double hot path against exact decimal arithmetic (shared/TOOLING.md, "Hot-path arithmetic").</summary>
public sealed class DaysOfCoverArithmeticTests
{
    [Fact]
    public void The_binary_trap_is_real_and_the_policy_avoids_it()
    {
        // 25 × 0.28 = 7 exactly in decimal, but 7.000000000000001 in double, which a naive ceiling takes to 8.
        Math.Ceiling(25 * 0.28).Should().Be(8);
        var decision = new DaysOfCoverPolicy(leadTimeDays: 25, safetyDays: 0).Decide(new(0, 0, 0), Contexts.Monday.WithDemand(0.28));
        decision.Quantity.Should().Be(7);
    }

    [Theory]
    // Products that are whole in decimal; exact answers by decimal arithmetic.
    [InlineData(25, "0.28", 0, 7)]
    [InlineData(100, "1.1", 0, 110)]
    [InlineData(3, "0.1", 0, 1)]      // 0.3 → 1 unit
    [InlineData(30, "0.7", 20, 1)]    // 21 − 20 = 1
    [InlineData(57, "0.35", 0, 20)]   // 19.95 → 20
    public void Rounds_like_exact_decimal_arithmetic(int days, string perDay, int position, long expected)
    {
        var rate = decimal.Parse(perDay, System.Globalization.CultureInfo.InvariantCulture);
        Exact(days, rate, position).Should().Be(expected);
        new DaysOfCoverPolicy(days, 0).Decide(InventoryPosition.FromNet(position), Contexts.Monday.WithDemand((double)rate)).Quantity.Should().Be(expected);
    }

    [Property(MaxTest = 3000)]
    public void The_double_path_equals_exact_decimal_for_rates_with_four_decimals(int rateTenThousandths, int days, int position)
    {
        var rate = Math.Abs(rateTenThousandths % 100_000_000) / 10_000m;   // 0 to 9,999.9999 units per day
        var cover = Math.Abs(days % 731);
        var net = position % 1_000_000;
        var policy = new DaysOfCoverPolicy(cover, 0);
        policy.Decide(InventoryPosition.FromNet(net), Contexts.Monday.WithDemand((double)rate)).Quantity.Should().Be(Exact(cover, rate, net));
    }

    [Property(MaxTest = 3000)]
    public void The_double_path_equals_exact_decimal_for_cent_rates_near_whole_products(int cents, int days)
    {
        // Rates in cents with the position set to the exact target or one unit off: the cases that sit on a step.
        var rate = Math.Abs(cents % 100_000) / 100m;
        var cover = Math.Abs(days % 400);
        var target = (int)decimal.Ceiling(cover * rate);
        foreach (var net in new[] { target - 1, target, target + 1 })
        {
            new DaysOfCoverPolicy(cover, 0).Decide(InventoryPosition.FromNet(net), Contexts.Monday.WithDemand((double)rate)).Quantity
                .Should().Be(Exact(cover, rate, net));
        }
    }

    /// <summary>The restock quantity in exact decimal arithmetic: ⌈days × rate − position⌉, at least 0.</summary>
    private static long Exact(int days, decimal rate, int position) => (long)Math.Max(0m, decimal.Ceiling((days * rate) - position));
}
