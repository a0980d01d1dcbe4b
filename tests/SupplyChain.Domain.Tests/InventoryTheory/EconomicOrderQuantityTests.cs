using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Tests.InventoryTheory;

public sealed class EconomicOrderQuantityTests
{
    [Fact]
    public void Example_3_1_by_hand()
    {
        // Snyder & Shen Example 3.1: K = 8, h = 0.75 × 0.30 = 0.225, λ = 1300. Q* = √(2·8·1300/0.225) = √92444.4 = 304.05
        // and g* = √(2·8·1300·0.225) = √4680 = 68.41.
        var result = EconomicOrderQuantity.Optimize(8, 0.225, 1300);

        result.OrderQuantity.Should().BeApproximately(Math.Sqrt(92_444.444444444444), 1e-9);
        result.Cost.Should().BeApproximately(Math.Sqrt(4680), 1e-9);
    }

    private const int Runs = 100;

    /// <summary>K of 1 to 10,000, h of 0.1 to 1,000, p of 1 to 10,000 and λ of 1 to 1,000,000 a year; a factor of 0.1 to 5.09.</summary>
    private static readonly Gen<(int K, double H, int P, int Lambda, double Factor)> Cases =
        from k in Gen.Choose(1, 10_000)
        from h in Gen.Choose(1, 10_000).Select(t => t / 10.0)
        from p in Gen.Choose(1, 10_000)
        from lambda in Gen.Choose(1, 1_000_000)
        from percent in Gen.Choose(0, 499)
        select (k, h, p, lambda, 1 + (percent / 100.0) - 0.9);

    [Property(MaxTest = Runs)]
    public Property Eoq_cost_is_minimised_at_Q_star() => Prop.ForAll(Cases.ToArbitrary(), given =>
    {
        var (fixedCost, holding, _, rate, factor) = given;
        var best = EconomicOrderQuantity.Optimize(fixedCost, holding, rate);
        var other = best.OrderQuantity * factor;
        return EconomicOrderQuantity.Cost(other, fixedCost, holding, rate) >= best.Cost * (1 - 1e-12)
               && Math.Abs(EconomicOrderQuantity.Cost(best.OrderQuantity, fixedCost, holding, rate) - best.Cost) <= 1e-9 * best.Cost;
    });

    [Property(MaxTest = Runs)]
    public Property Backorders_never_cost_more_than_the_plain_EOQ() => Prop.ForAll(Cases.ToArbitrary(), given =>
    {
        // Allowing planned backorders adds a decision; at x = 0 it is the EOQ, so the optimum can only be cheaper.
        var (k, h, p, lambda, _) = given;
        var withBackorders = EconomicOrderQuantity.OptimizeWithBackorders(k, h, p, lambda);
        var plain = EconomicOrderQuantity.Optimize(k, h, lambda);
        return withBackorders.Cost <= plain.Cost * (1 + 1e-12)
               && Math.Abs(EconomicOrderQuantity.CostWithBackorders(withBackorders.OrderQuantity, withBackorders.StockoutFraction, k, h, p, lambda) - withBackorders.Cost) <= 1e-9 * withBackorders.Cost;
    });

    [Fact]
    public void The_cases_compare_Q_star_with_smaller_and_larger_orders_and_cheap_and_dear_backorders()
    {
        Reach.Covers(Cases, Runs, given => [given.Factor < 1 ? "a smaller order" : "a larger order", given.Factor > 2 ? "more than twice Q*" : "up to twice Q*",
                given.P < given.H ? "backorders cheaper than holding" : "backorders dearer than holding"],
            ["a smaller order", "a larger order", "more than twice Q*", "up to twice Q*", "backorders cheaper than holding", "backorders dearer than holding"]);
    }

    [Fact]
    public void Epq_needs_production_faster_than_demand()
    {
        // stockpyl's own check (test uses production rate 1000 < demand 1300).
        FluentActions.Invoking(() => EconomicOrderQuantity.OptimizeProductionQuantity(8, 0.225, 1300, 1000))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("productionRate")
            .WithMessage("productionRate must be greater than demandRate (1300), but was 1000.*");
    }

    [Fact]
    public void Eoq_rejects_a_non_positive_holding_cost()
    {
        FluentActions.Invoking(() => EconomicOrderQuantity.Optimize(8, 0, 1300))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("holdingCost")
            .WithMessage("holdingCost must be greater than zero, but was 0.*");
    }

    [Fact]
    public void Discount_breakpoints_must_start_at_zero_and_increase()
    {
        FluentActions.Invoking(() => EconomicOrderQuantity.OptimizeAllUnitsDiscount(8, 0.3, 1300, [0, 800, 400], [0.75, 0.72, 0.68]))
            .Should().Throw<ArgumentException>()
            .WithParameterName("breakpoints")
            .WithMessage("breakpoints must start at 0 and increase strictly, but entry 2 was 400.*");
    }

    [Fact]
    public void Discount_lists_must_match()
    {
        FluentActions.Invoking(() => EconomicOrderQuantity.OptimizeIncrementalDiscount(8, 0.3, 1300, [0, 400], [0.75, 0.72, 0.68]))
            .Should().Throw<ArgumentException>()
            .WithParameterName("unitCosts")
            .WithMessage("unitCosts must have 2 entries (one per breakpoint), but had 3.*");
    }

    [Fact]
    public void All_units_discount_never_costs_more_than_paying_the_base_price()
    {
        // Example 3.5 data: with no discount (one region at 0.75) the cost is c·λ + √(2Kλ·i·c) = 975 + 68.41.
        var discounted = EconomicOrderQuantity.OptimizeAllUnitsDiscount(8, 0.3, 1300, [0, 400, 800], [0.75, 0.72, 0.68]);
        var flat = EconomicOrderQuantity.OptimizeAllUnitsDiscount(8, 0.3, 1300, [0], [0.75]);

        flat.Cost.Should().BeApproximately(975 + Math.Sqrt(2 * 8 * 1300 * 0.3 * 0.75), 1e-9);
        discounted.Cost.Should().BeLessThanOrEqualTo(flat.Cost);
    }

    [Fact]
    public void Joint_replenishment_needs_one_holding_cost_per_product()
    {
        FluentActions.Invoking(() => EconomicOrderQuantity.JointReplenishment(600, [120, 840], [160], [1, 1]))
            .Should().Throw<ArgumentException>()
            .WithParameterName("holdingCosts")
            .WithMessage("holdingCosts must have 2 entries (one per product), but had 1.*");
    }
}
