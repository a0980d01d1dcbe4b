using FsCheck;
using FsCheck.Fluent;
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
        var decision = new DaysOfCoverPolicy(leadTimeDays: 25, safetyDays: 0).Decide(new(0), Contexts.Monday.WithDemand(0.28));
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

    private const int Runs = 3000;

    /// <summary>Rates of 0 to 9,999.9999 units a day (a third below 1), 0 to 730 days of cover, net positions of ±999,999.</summary>
    private static readonly Gen<(decimal Rate, int Cover, int Net)> FourDecimalCases =
        from tenThousandths in Gen.Frequency((1, Gen.Choose(0, 9_999)), (2, Gen.Choose(0, 99_999_999)))
        from cover in Gen.Choose(0, 730)
        from net in Gen.Frequency((1, Gen.Choose(-999_999, 999_999)), (2, Gen.Choose(-1_000, 1_000)))
        select (tenThousandths / 10_000m, cover, net);

    /// <summary>Rates of 0 to 999.99 units a day in cents and 0 to 399 days of cover.</summary>
    private static readonly Gen<(decimal Rate, int Cover)> CentCases =
        from cents in Gen.Choose(0, 99_999)
        from cover in Gen.Choose(0, 399)
        select (cents / 100m, cover);

    [Property(MaxTest = Runs)]
    public Property The_double_path_equals_exact_decimal_for_rates_with_four_decimals() => Prop.ForAll(FourDecimalCases.ToArbitrary(), given =>
    {
        var (rate, cover, net) = given;
        var policy = new DaysOfCoverPolicy(cover, 0);
        policy.Decide(InventoryPosition.FromNet(net), Contexts.Monday.WithDemand((double)rate)).Quantity.Should().Be(Exact(cover, rate, net));
    });

    [Property(MaxTest = Runs)]
    public Property The_double_path_equals_exact_decimal_for_cent_rates_near_whole_products() => Prop.ForAll(CentCases.ToArbitrary(), given =>
    {
        // Rates in cents with the position set to the exact target or one unit off: the cases that sit on a step.
        var (rate, cover) = given;
        var target = (int)decimal.Ceiling(cover * rate);
        foreach (var net in new[] { target - 1, target, target + 1 })
        {
            new DaysOfCoverPolicy(cover, 0).Decide(InventoryPosition.FromNet(net), Contexts.Monday.WithDemand((double)rate)).Quantity
                .Should().Be(Exact(cover, rate, net));
        }
    });

    [Fact]
    public void The_cases_reach_whole_and_fractional_products_positions_above_the_target_and_large_rates()
    {
        static string Product(decimal product) => product == decimal.Floor(product) ? "whole product" : "fractional product";

        Reach.Covers(FourDecimalCases, Runs,
            given => [Product(given.Cover * given.Rate), given.Net >= given.Cover * given.Rate ? "no order" : "an order",
                given.Rate >= 1_000m ? "1,000 or more a day" : given.Rate < 1m ? "under 1 a day" : "1 to 1,000 a day", given.Net < 0 ? "backordered" : "not backordered"],
            ["whole product", "fractional product", "no order", "an order", "1,000 or more a day", "under 1 a day", "1 to 1,000 a day", "backordered", "not backordered"]);
        Reach.Covers(CentCases, Runs, given => [Product(given.Cover * given.Rate), given.Rate >= 100m ? "100 or more a day" : "under 100 a day"],
            ["whole product", "fractional product", "100 or more a day", "under 100 a day"]);
    }

    /// <summary>
    /// Cover 1 to 60 days; demand in cents up to 50 a day (one in four up to 40,000,000 a day, so that the shortfall
    /// reaches past 2³¹ units); position −500 to 3,000; MOQ 0 to 400; case pack 1 to 48 (one in ten up to 2³¹ − 1).
    /// </summary>
    private static readonly Gen<(int Cover, double Demand, int Net, int Moq, int Pack)> ConstrainedCases =
        from cover in Gen.Choose(1, 60)
        from demand in Gen.Frequency((3, Gen.Choose(0, 5_000).Select(c => c / 100.0)), (1, Gen.Choose(0, 40_000_000).Select(d => (double)d)))
        from net in Gen.Choose(-500, 3_000)
        from moq in Gen.Choose(0, 400)
        from pack in Gen.Frequency((9, Gen.Choose(1, 48)), (1, Gen.Choose(49, int.MaxValue)))
        select (cover, demand, net, moq, pack);

    [Fact]
    public void The_constrained_cases_reach_no_order_each_constraint_and_shortfalls_past_2_to_the_31()
    {
        Reach.Covers(ConstrainedCases, Runs,
            given =>
            {
                var unconstrained = new DaysOfCoverPolicy(given.Cover, 0).Decide(InventoryPosition.FromNet(given.Net), Contexts.Monday.WithDemand(given.Demand)).UnconstrainedQuantity;
                return
                [
                    unconstrained == 0 ? "no order" : unconstrained < given.Moq ? "raised to the MOQ" : "at or above the MOQ",
                    unconstrained > 0 && Math.Max(unconstrained, given.Moq) % given.Pack != 0 ? "rounded up to the pack" : "not rounded",
                    unconstrained >= 1L << 31 ? "2^31 units or more" : "under 2^31 units",
                ];
            },
            ["no order", "raised to the MOQ", "at or above the MOQ", "rounded up to the pack", "not rounded", "2^31 units or more", "under 2^31 units"]);
    }

    [Property(MaxTest = Runs)]
    public Property With_a_MOQ_and_a_pack_the_quantity_is_the_general_rule_s() => Prop.ForAll(ConstrainedCases.ToArbitrary(), given =>
    {
        // The days-of-cover decision computes its constrained quantity itself (in doubles, below 2³¹); it must equal the
        // general rule applied step by step to its unconstrained quantity (that rule is checked against decimal
        // arithmetic in OrderConstraintTests), through the column method and through the decorators.
        var (cover, demand, net, moq, pack) = given;
        var policy = new DaysOfCoverPolicy(cover, 0);
        var context = Contexts.Monday.WithDemand(demand);
        var bare = policy.Decide(InventoryPosition.FromNet(net), context);
        var expected = new ReplenishmentDecision(bare.UnconstrainedQuantity, ReplenishmentReason.Custom, 0).WithMinimumOrderQuantity(moq).WithOrderMultiple(pack).Quantity;

        BatchReplenishment.DaysOfCoverDecision(net, cover, demand, pack, moq).Quantity.Should().Be(expected);
        IReplenishmentPolicy decorated = policy.RoundedUpToMultipleOf(pack);
        decorated = moq > 0 ? decorated.WithMinimumOrderQuantity(moq) : decorated;
        decorated.Decide(InventoryPosition.FromNet(net), context).Quantity.Should().Be(expected);
    });

    [Fact]
    public void Orders_at_the_top_of_the_long_range_are_exact_and_beyond_it_throw()
    {
        // 2⁶² a day for one day from an empty position: the shortfall 2⁶² less the tolerance 2⁶² × 2⁻⁴⁴ = 2¹⁸ (the rule on
        // the type) is 2⁶² − 2¹⁸, a whole number that a double holds exactly.
        var oneDay = new DaysOfCoverPolicy(leadTimeDays: 1, safetyDays: 0);
        oneDay.Decide(new(0), Contexts.Monday.WithDemand(Math.Pow(2, 62))).Quantity.Should().Be((1L << 62) - (1L << 18));

        // 10 days × 10¹⁸ a day = 10¹⁹ units, above long.MaxValue (about 9.22 × 10¹⁸): the decision cannot be stated.
        var tenDays = new DaysOfCoverPolicy(leadTimeDays: 10, safetyDays: 0);
        FluentActions.Invoking(() => tenDays.Decide(new(0), Contexts.Monday.WithDemand(1e18))).Should().Throw<OverflowException>();
    }

    [Fact]
    public void A_target_beyond_the_range_of_double_is_refused_by_name()
    {
        // 34 days × (double.MaxValue / 2) is infinite: the decision's levels must be finite, so it names the level.
        var policy = new DaysOfCoverPolicy(leadTimeDays: 27, safetyDays: 7);
        FluentActions.Invoking(() => policy.Decide(new(0), Contexts.Monday.WithDemand(double.MaxValue / 2)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ReplenishmentDecision.TriggerLevel));
    }

    /// <summary>The restock quantity in exact decimal arithmetic: ⌈days × rate − position⌉, at least 0.</summary>
    private static long Exact(int days, decimal rate, int position) => (long)Math.Max(0m, decimal.Ceiling((days * rate) - position));
}
