using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

public sealed class OrderConstraintTests
{
    private static readonly InventoryPosition Empty = new(0);

    [Theory]
    // requested, MOQ, pack, max → quantity; each worked by hand.
    [InlineData(7, 10, 1, null, 10)]        // raised to the MOQ
    [InlineData(13, 1, 6, null, 18)]        // rounded up to 3 packs of 6
    [InlineData(1, 10, 6, null, 12)]        // MOQ 10 is not a multiple of 6: the smallest multiple ≥ 10 is 12
    [InlineData(700, 1, 1, 500, 500)]       // capped
    [InlineData(700, 1, 12, 500, 492)]      // capped to the largest multiple of 12 within 500: 12 × 41 = 492
    [InlineData(0, 50, 6, 500, 0)]          // no order stays no order
    [InlineData(30, 50, 1, 40, 0)]          // MOQ 50 above the maximum 40: conflict, nothing ordered
    [InlineData(30, 1, 48, 40, 0)]          // no multiple of 48 within 40: conflict-free zero (no MOQ), the maximum binds
    public void Constraints_give_the_smallest_order_that_meets_them_all(long requested, int moq, int pack, int? max, long expected)
    {
        IReplenishmentPolicy policy = new Fixed(requested).WithMinimumOrderQuantity(moq).RoundedUpToMultipleOf(pack);
        if (max is { } m)
        {
            policy = policy.WithMaximumOrderQuantity(m);
        }

        var decision = policy.Decide(Empty, Contexts.Monday);
        decision.Quantity.Should().Be(expected);
        decision.UnconstrainedQuantity.Should().Be(requested);
    }

    [Fact]
    public void A_minimum_above_the_maximum_is_a_reported_conflict()
    {
        var decision = new Fixed(30).WithMinimumOrderQuantity(50).WithMaximumOrderQuantity(40).Decide(Empty, Contexts.Monday);
        decision.Quantity.Should().Be(0);
        decision.BindingConstraints.Should().HaveFlag(OrderConstraints.Conflict);
        decision.Explain().Should().EndWith(" No order after constraints: no multiple of 1 lies between the minimum order quantity 50 and the maximum 40.");
    }

    [Fact]
    public void Explains_which_constraints_changed_the_quantity()
    {
        // Odoo min-max with multiple 24 (MM-09): need 401, ordered 408.
        var decision = new MinMaxPolicy(100, 500).RoundedUpToMultipleOf(24).Decide(InventoryPosition.FromNet(99), Contexts.Monday);
        decision.Quantity.Should().Be(408);
        decision.Constraints.Should().Be(OrderConstraints.OrderMultiple);
        decision.BindingConstraints.Should().Be(OrderConstraints.OrderMultiple);
        decision.Explain().Should().Be(
            "Order 401: position 99 is at or below the minimum 100; ordering up to the maximum 500. Order 408 after constraints: rounded up to a multiple of 24.");
    }

    [Fact]
    public void Capacity_limits_the_position_after_the_order()
    {
        // Capacity 300 with position 120 leaves room for 180; min-max wants 400 − 120 = 280; packs of 25 → 175.
        var decision = new MinMaxPolicy(150, 400).RoundedUpToMultipleOf(25).WithCapacity(300).Decide(new(100) { OnOrder = 20 }, Contexts.Monday);
        decision.MaximumOrderQuantity.Should().Be(180);
        decision.Quantity.Should().Be(175);
        // 280 is first rounded up to 300 (a multiple of 25), which is above the room of 180: both constraints acted.
        decision.BindingConstraints.Should().Be(OrderConstraints.OrderMultiple | OrderConstraints.MaximumOrderQuantity);
        new MinMaxPolicy(150, 400).WithCapacity(100).Decide(new(100) { OnOrder = 20 }, Contexts.Monday).Quantity.Should().Be(0, "the position is already above the capacity");
    }

    [Fact]
    public void Two_case_packs_give_multiples_of_both()
    {
        // Inner pack 4 and carton of 6: orders must be multiples of lcm(4, 6) = 12; 13 → 24.
        new Fixed(13).RoundedUpToMultipleOf(4).RoundedUpToMultipleOf(6).Decide(Empty, Contexts.Monday).Quantity.Should().Be(24);
    }

    private const int Runs = 500;

    /// <summary>Requested 0 to 1,999 units (one in ten none), MOQ 1 to 300, order multiple 1 to 40, maximum 0 to 2,999.</summary>
    private static readonly Gen<(int Requested, int Moq, int Multiple, int Max)> Constraints =
        from requested in Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(0, 1_999)))
        from moq in Gen.Choose(1, 300)
        from multiple in Gen.Choose(1, 40)
        from max in Gen.Choose(0, 2_999)
        select (requested, moq, multiple, max);

    /// <summary>Which way the independent computation below decides: the branches the property claims to check.</summary>
    private static string Branch((int Requested, int Moq, int Multiple, int Max) given)
    {
        var (u, m, c, x) = given;
        if (u == 0)
        {
            return "nothing requested";
        }

        var smallest = ((Math.Max(u, m) + c - 1) / c) * c;
        return smallest <= x ? (u >= m ? "rounded up to the multiple" : "raised to the MOQ")
            : x / c * c >= m && x / c * c > 0 ? "cut to the largest multiple within the maximum" : "no multiple within the maximum meets the MOQ";
    }

    [Fact]
    public void The_constraints_reach_every_branch_of_the_decision()
    {
        Reach.Covers(Constraints, Runs, given => [Branch(given)],
            ["nothing requested", "rounded up to the multiple", "raised to the MOQ", "cut to the largest multiple within the maximum",
                "no multiple within the maximum meets the MOQ"]);
    }

    [Property(MaxTest = Runs)]
    public Property Composition_order_never_changes_the_decision() => Prop.ForAll(Constraints.ToArbitrary(), given =>
    {
        var (u, m, c, x) = given;
        Func<IReplenishmentPolicy, IReplenishmentPolicy>[] constraints =
        [
            p => p.WithMinimumOrderQuantity(m),
            p => p.RoundedUpToMultipleOf(c),
            p => p.WithMaximumOrderQuantity(x),
        ];
        int[][] orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        var decisions = orders.Select(order => order.Aggregate((IReplenishmentPolicy)new Fixed(u), (p, i) => constraints[i](p)).Decide(Empty, Contexts.Monday)).ToList();
        decisions.Should().AllBeEquivalentTo(decisions[0]);

        // The result, computed independently: the smallest multiple of c that is ≥ max(u, m), or, when that is above
        // the maximum, the largest multiple of c within it, provided it still meets the MOQ; else no order.
        long expected = 0;
        if (u > 0)
        {
            var smallest = ((Math.Max(u, m) + c - 1) / c) * c;
            var largestWithin = x / c * c;
            expected = smallest <= x ? smallest : largestWithin >= m && largestWithin > 0 ? largestWithin : 0;
        }

        decisions[0].Quantity.Should().Be(expected);
    });

    [Property(MaxTest = Runs)]
    public Property Decorators_decide_as_the_root_decision_constrained_step_by_step() => Prop.ForAll(Constraints.ToArbitrary(), given =>
    {
        // The library's fixed-bound decorators collect their bounds and call the root once; the reference is the root's
        // own decision constrained one step at a time. The root already carries a multiple of 3 (a custom policy, so not
        // collected), and a capacity in the middle of the chain (position-dependent, so not collected either).
        var (u, m, c, x) = given;
        var root = new Carrying(u, 3);
        var stepwise = root.Decide(Empty, Contexts.Monday).WithOrderMultiple(c).WithMinimumOrderQuantity(m).WithMaximumOrderQuantity(x);
        root.RoundedUpToMultipleOf(c).WithMinimumOrderQuantity(m).WithMaximumOrderQuantity(x).Decide(Empty, Contexts.Monday).Should().Be(stepwise);
        root.RoundedUpToMultipleOf(c).WithCapacity(int.MaxValue).WithMinimumOrderQuantity(m).WithMaximumOrderQuantity(x)
            .Decide(Empty, Contexts.Monday).Quantity.Should().Be(stepwise.Quantity);
    });

    /// <summary>
    /// Without a maximum: requested 0 (one in ten), 1 to 1,999 or within 100 of 2³¹; MOQ 0 to 300 or within 100 of 2³¹ (one
    /// in ten); multiple 1 to 40 or within 100 of 2³¹ (one in twenty). 2³¹ is where the quantity leaves its 32-bit path.
    /// </summary>
    private static readonly Gen<(long Requested, long Moq, long Multiple)> Unbounded =
        from requested in Gen.Frequency((1, Gen.Constant(0L)), (6, Gen.Choose(1, 1_999).Select(v => (long)v)), (3, Gen.Choose(-100, 100).Select(d => (1L << 31) + d)))
        from moq in Gen.Frequency((9, Gen.Choose(0, 300).Select(v => (long)v)), (1, Gen.Choose(-100, 100).Select(d => (1L << 31) + d)))
        from multiple in Gen.Frequency((19, Gen.Choose(1, 40).Select(v => (long)v)), (1, Gen.Choose(-100, 100).Select(d => (1L << 31) + d)))
        select (requested, moq, multiple);

    /// <summary>The smallest multiple of <c>c</c> at or above max(u, m) for a positive request, else 0, in decimal arithmetic.</summary>
    private static long SmallestMultiple(long u, long m, long c) =>
        u == 0 ? 0 : (long)(decimal.Ceiling((decimal)Math.Max(u, m) / c) * c);

    [Fact]
    public void The_unbounded_cases_reach_both_sides_of_2_to_the_31_and_every_branch()
    {
        Reach.Covers(Unbounded, Runs,
            given =>
            [
                (given.Requested | given.Moq | given.Multiple) < (1L << 31) ? "all below 2^31" : "some at or above 2^31",
                given.Requested == 0 ? "nothing requested" : given.Requested < given.Moq ? "raised to the MOQ" : "at or above the MOQ",
                given.Requested > 0 && SmallestMultiple(given.Requested, given.Moq, given.Multiple) != Math.Max(given.Requested, given.Moq) ? "rounded up" : "not rounded",
            ],
            ["all below 2^31", "some at or above 2^31", "nothing requested", "raised to the MOQ", "at or above the MOQ", "rounded up", "not rounded"]);
    }

    [Property(MaxTest = Runs)]
    public Property Without_a_maximum_the_quantity_is_the_smallest_multiple_at_or_above_the_request_and_the_MOQ() =>
        Prop.ForAll(Unbounded.ToArbitrary(), given =>
        {
            // The fixed-bound decorators over a library policy (min-max from an empty position asks for its maximum) and
            // the public With… steps on a custom decision must both give the decimal answer; the binding constraints
            // (computed by the general rule) must agree with it.
            var (u, m, c) = given;
            var expected = SmallestMultiple(u, m, c);
            var stepwise = new ReplenishmentDecision(u, ReplenishmentReason.Custom, 0).WithMinimumOrderQuantity(m).WithOrderMultiple(c);
            stepwise.Quantity.Should().Be(expected);
            stepwise.BindingConstraints.HasFlag(OrderConstraints.OrderMultiple).Should().Be(u > 0 && expected != Math.Max(u, m));
            if (u <= int.MaxValue && m <= int.MaxValue && c <= int.MaxValue)
            {
                // The MOQ decorator refuses 0 (no MOQ is no decorator).
                var packed = new MinMaxPolicy(0, (int)u).RoundedUpToMultipleOf((int)c);
                IReplenishmentPolicy decorated = m > 0 ? packed.WithMinimumOrderQuantity((int)m) : packed;
                decorated.Decide(Empty, Contexts.Monday).Quantity.Should().Be(expected);
            }
        });

    [Fact]
    public void Packs_whose_common_multiple_overflows_are_refused_when_deciding_not_when_composing()
    {
        // lcm(2³¹ − 1, 2³¹ − 2, 2³¹ − 3) ≈ 2⁹² exceeds long.MaxValue: composing works, every decision throws, as before the
        // decorators collected their bounds.
        var policy = new Fixed(1).RoundedUpToMultipleOf(int.MaxValue).RoundedUpToMultipleOf(int.MaxValue - 1).RoundedUpToMultipleOf(int.MaxValue - 2);
        policy.Invoking(p => p.Decide(Empty, Contexts.Monday)).Should().Throw<OverflowException>();
    }

    /// <summary>A custom policy whose decision already carries an order multiple.</summary>
    private sealed class Carrying(long quantity, long multiple) : IReplenishmentPolicy
    {
        public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) =>
            new ReplenishmentDecision(quantity, ReplenishmentReason.Custom, position.Value).WithOrderMultiple(multiple);
    }

    /// <summary>A policy that always asks for the same quantity, to test constraints in isolation.</summary>
    private sealed class Fixed(long quantity) : IReplenishmentPolicy
    {
        public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) =>
            new(quantity, ReplenishmentReason.Custom, position.Value) { TriggerLevel = 0, Target = position.Value + quantity };
    }
}
