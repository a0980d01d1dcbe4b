using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>
/// What a decision reports besides its quantity: which constraints are set (<see cref="ReplenishmentDecision.Constraints"/>),
/// which changed the quantity (<see cref="ReplenishmentDecision.BindingConstraints"/>), how constraints of the same kind
/// combine, and the words of <see cref="ReplenishmentDecision.Explain"/>. Each quantity is worked by hand in its comment.
/// </summary>
public sealed class DecisionReportTests
{
    private static ReplenishmentDecision Asks(long quantity) => new(quantity, ReplenishmentReason.Custom, 0) { TriggerLevel = 0, Target = quantity };

    [Fact]
    public void Each_constraint_is_reported_as_set_and_only_that_one()
    {
        Asks(7).Constraints.Should().Be(OrderConstraints.None);
        Asks(7).WithMinimumOrderQuantity(10).Constraints.Should().Be(OrderConstraints.MinimumOrderQuantity);
        Asks(7).WithOrderMultiple(6).Constraints.Should().Be(OrderConstraints.OrderMultiple);
        Asks(7).WithMaximumOrderQuantity(500).Constraints.Should().Be(OrderConstraints.MaximumOrderQuantity);
        Asks(7).WithMinimumOrderQuantity(10).WithOrderMultiple(6).WithMaximumOrderQuantity(500).Constraints
            .Should().Be(OrderConstraints.MinimumOrderQuantity | OrderConstraints.OrderMultiple | OrderConstraints.MaximumOrderQuantity);
    }

    [Fact]
    public void A_maximum_of_zero_is_a_constraint_that_forbids_ordering()
    {
        // 0 forbids ordering: 7 is lowered to 0, the maximum binds; without a minimum that is no conflict.
        var decision = Asks(7).WithMaximumOrderQuantity(0);
        decision.Constraints.Should().Be(OrderConstraints.MaximumOrderQuantity);
        decision.MaximumOrderQuantity.Should().Be(0);
        decision.Quantity.Should().Be(0);
        decision.IsOrder.Should().BeFalse();
        decision.BindingConstraints.Should().Be(OrderConstraints.MaximumOrderQuantity);
    }

    [Fact]
    public void The_neutral_values_add_nothing()
    {
        // Documented: a minimum of 0, a multiple of 1 and a maximum of long.MaxValue add nothing, so the decision stays
        // equal to the unconstrained one (the same value, not merely the same quantity).
        var plain = Asks(7);
        plain.WithMinimumOrderQuantity(0).Should().Be(plain);
        plain.WithOrderMultiple(1).Should().Be(plain);
        plain.WithMaximumOrderQuantity(long.MaxValue).Should().Be(plain);
        plain.WithMaximumOrderQuantity(long.MaxValue).MaximumOrderQuantity.Should().BeNull();
        plain.WithOrderMultiple(1).OrderMultiple.Should().Be(1);
    }

    [Theory]
    // requested, MOQ, multiple, maximum: a constraint met exactly changes nothing and is not reported as binding.
    [InlineData(10, 10, 1, long.MaxValue)]
    [InlineData(12, 0, 6, long.MaxValue)]
    [InlineData(40, 0, 1, 40)]
    [InlineData(48, 48, 12, 48)]
    public void A_constraint_met_exactly_does_not_bind(long requested, long minimum, long multiple, long maximum)
    {
        var decision = Asks(requested).WithMinimumOrderQuantity(minimum).WithOrderMultiple(multiple).WithMaximumOrderQuantity(maximum);
        decision.Quantity.Should().Be(requested);
        decision.BindingConstraints.Should().Be(OrderConstraints.None);
        decision.Explain().Should().Be($"Order {requested}: reason Custom (position 0, trigger level 0, target {requested}).");
    }

    [Theory]
    // requested, MOQ, multiple, maximum -> quantity and exactly the constraints that changed it.
    [InlineData(7, 10, 1, long.MaxValue, 10, OrderConstraints.MinimumOrderQuantity)]            // raised to 10
    [InlineData(13, 0, 6, long.MaxValue, 18, OrderConstraints.OrderMultiple)]                    // 3 packs of 6
    [InlineData(700, 0, 1, 500, 500, OrderConstraints.MaximumOrderQuantity)]                     // capped
    [InlineData(7, 10, 4, long.MaxValue, 12, OrderConstraints.MinimumOrderQuantity | OrderConstraints.OrderMultiple)] // 7 -> 10 -> 12
    [InlineData(700, 0, 12, 500, 492, OrderConstraints.OrderMultiple | OrderConstraints.MaximumOrderQuantity)]        // 700 -> 708 -> 12 × 41
    // No multiple of 48 within 40 and no MOQ: nothing is ordered, the multiple and the maximum acted, no conflict.
    [InlineData(30, 0, 48, 40, 0, OrderConstraints.OrderMultiple | OrderConstraints.MaximumOrderQuantity)]
    // MOQ 50 above the maximum 40: 30 -> 50, lowered to 40, which is below the MOQ: a conflict, nothing ordered.
    [InlineData(30, 50, 1, 40, 0, OrderConstraints.MinimumOrderQuantity | OrderConstraints.MaximumOrderQuantity | OrderConstraints.Conflict)]
    // MOQ 10, multiple 4, maximum 11: 7 -> 10 -> 12 > 11 -> 8, below the MOQ: all three acted and they conflict.
    [InlineData(7, 10, 4, 11, 0, OrderConstraints.MinimumOrderQuantity | OrderConstraints.OrderMultiple | OrderConstraints.MaximumOrderQuantity | OrderConstraints.Conflict)]
    public void Exactly_the_constraints_that_changed_the_quantity_are_binding(long requested, long minimum, long multiple, long maximum, long quantity, OrderConstraints binding)
    {
        var decision = Asks(requested).WithMinimumOrderQuantity(minimum).WithOrderMultiple(multiple).WithMaximumOrderQuantity(maximum);
        decision.Quantity.Should().Be(quantity);
        decision.BindingConstraints.Should().Be(binding);
    }

    [Fact]
    public void Explain_lists_each_binding_constraint_in_order()
    {
        Asks(7).WithMinimumOrderQuantity(10).Explain().Should().Be(
            "Order 7: reason Custom (position 0, trigger level 0, target 7). Order 10 after constraints: raised to the minimum order quantity 10.");
        Asks(7).WithOrderMultiple(4).WithMinimumOrderQuantity(10).Explain().Should().Be(
            "Order 7: reason Custom (position 0, trigger level 0, target 7). Order 12 after constraints: raised to the minimum order quantity 10; rounded up to a multiple of 4.");
        Asks(700).WithMaximumOrderQuantity(500).WithOrderMultiple(12).Explain().Should().Be(
            "Order 700: reason Custom (position 0, trigger level 0, target 700). Order 492 after constraints: rounded up to a multiple of 12; lowered to the maximum 500.");
        Asks(700).WithMaximumOrderQuantity(500).ToString().Should().Be(
            "Order 700: reason Custom (position 0, trigger level 0, target 700). Order 500 after constraints: lowered to the maximum 500.");
    }

    [Fact]
    public void Of_two_maxima_the_smaller_wins_and_of_two_minima_the_larger()
    {
        Asks(7).WithMaximumOrderQuantity(40).WithMaximumOrderQuantity(100).MaximumOrderQuantity.Should().Be(40);
        Asks(7).WithMaximumOrderQuantity(100).WithMaximumOrderQuantity(40).MaximumOrderQuantity.Should().Be(40);
        Asks(7).WithMaximumOrderQuantity(40).WithMaximumOrderQuantity(long.MaxValue).MaximumOrderQuantity.Should().Be(40, "long.MaxValue adds nothing");
        Asks(7).WithMaximumOrderQuantity(long.MaxValue).WithMaximumOrderQuantity(40).MaximumOrderQuantity.Should().Be(40);
        Asks(7).WithMaximumOrderQuantity(40).WithMaximumOrderQuantity(0).Quantity.Should().Be(0);

        Asks(7).WithMinimumOrderQuantity(10).WithMinimumOrderQuantity(5).MinimumOrderQuantity.Should().Be(10);
        Asks(7).WithMinimumOrderQuantity(5).WithMinimumOrderQuantity(10).MinimumOrderQuantity.Should().Be(10);
    }

    [Fact]
    public void Multiples_combine_by_their_least_common_multiple()
    {
        // lcm(6, 12) = 12, lcm(12, 6) = 12, lcm(6, 6) = 6, lcm(1, 9) = 9, lcm(9, 1) = 9, lcm(4, 6) = 12.
        Asks(1).WithOrderMultiple(6).WithOrderMultiple(12).OrderMultiple.Should().Be(12);
        Asks(1).WithOrderMultiple(12).WithOrderMultiple(6).OrderMultiple.Should().Be(12);
        Asks(1).WithOrderMultiple(6).WithOrderMultiple(6).OrderMultiple.Should().Be(6);
        Asks(1).WithOrderMultiple(1).WithOrderMultiple(9).OrderMultiple.Should().Be(9);
        Asks(1).WithOrderMultiple(9).WithOrderMultiple(1).OrderMultiple.Should().Be(9);
        Asks(1).WithOrderMultiple(4).WithOrderMultiple(6).OrderMultiple.Should().Be(12);

        // 4 000 000 007 and 4 000 000 009 are odd and differ by 2, so they are coprime: their lcm is their product,
        // about 1.6e19, above long.MaxValue (9.2e18). Documented: OverflowException.
        FluentActions.Invoking(() => Asks(1).WithOrderMultiple(4_000_000_007).WithOrderMultiple(4_000_000_009)).Should().Throw<OverflowException>();
    }

    [Fact]
    public void Quantities_beyond_32_bits_are_rounded_exactly()
    {
        // 3 000 000 001 = 7 × 428 571 428 + 5, so the next multiple of 7 is 3 000 000 003.
        Asks(3_000_000_001).WithOrderMultiple(7).Quantity.Should().Be(3_000_000_003);
        // A pack larger than int.MaxValue: 5 units become one pack of 3 000 000 000.
        Asks(5).WithOrderMultiple(3_000_000_000).Quantity.Should().Be(3_000_000_000);
        // At the top of the 32-bit path (every number below 2³¹, q + k − 1 up to 2³² − 3): 2³¹ − 1 units in packs of
        // 2³¹ − 2 need two packs, 2³² − 4 units, a result above 2³¹; 2³¹ − 2 units in packs of 2³¹ − 1 need one pack.
        Asks(int.MaxValue).WithOrderMultiple(int.MaxValue - 1).Quantity.Should().Be(4_294_967_292);
        Asks(int.MaxValue - 1).WithOrderMultiple(int.MaxValue).Quantity.Should().Be(int.MaxValue);
        // Just past it (2³¹ units, pack 3): 2 147 483 648 = 3 × 715 827 882 + 2, so the next multiple is 2 147 483 649.
        Asks(1L << 31).WithOrderMultiple(3).Quantity.Should().Be(2_147_483_649);
        // long.MaxValue − 1 = ...806 is 2 more than a multiple of 4 (807 − 1 ≡ 3 − 1); the next multiple is above
        // long.MaxValue: inventory arithmetic throws instead of wrapping to a negative order.
        // The quantity is computed when the decision is built, so the step that makes it too large throws, and no
        // decision with an unstated quantity exists.
        FluentActions.Invoking(() => Asks(long.MaxValue - 1).WithOrderMultiple(4)).Should().Throw<OverflowException>();
        FluentActions.Invoking(() => Asks(long.MaxValue - 1).WithMinimumOrderQuantity(long.MaxValue - 1).WithOrderMultiple(4)).Should().Throw<OverflowException>();
        // The same MOQ and multiple on a request of 0 order nothing, so nothing overflows.
        Asks(0).WithMinimumOrderQuantity(long.MaxValue - 1).WithOrderMultiple(4).Quantity.Should().Be(0);
    }

    [Fact]
    public void Every_library_reason_not_covered_by_the_policy_contract_explains_itself()
    {
        var monday = Contexts.Monday;
        new ReorderLevelPolicy(0, 0).Decide(InventoryPosition.FromNet(5), monday).Explain()
            .Should().Be("No order: the reorder level and the reorder quantity are both 0, so the rule is inactive.");

        // Reviews every 7 days from Monday 2026-03-02, up to 200.
        var review = new PeriodicReviewPolicy(ReviewCalendar.Every(7, monday.Date), 200);
        review.Decide(InventoryPosition.FromNet(50), monday.Plus(1)).Explain()
            .Should().Be("No order: not a review day (position 50, order-up-to level 200).");
        review.Decide(InventoryPosition.FromNet(250), monday).Explain()
            .Should().Be("No order: review day, and position 250 is already at or above the order-up-to level 200.");

        // 30 cover days at 2 units a day: target 60, and position 75 covers it.
        new DaysOfCoverPolicy(20, 10).Decide(InventoryPosition.FromNet(75), monday.WithDemand(2)).Explain()
            .Should().Be("No order: position 75 covers the target 60 (cover days x daily sales).");

        // A custom reason asking for nothing.
        new ReplenishmentDecision(0, (ReplenishmentReason)1001, 30) { TriggerLevel = 40, Target = 30 }.Explain()
            .Should().Be("No order 0: reason 1001 (position 30, trigger level 40, target 30).");
    }

    [Fact]
    public void A_reorder_level_of_zero_with_a_quantity_is_active()
    {
        // ERPNext's rule is inactive only when both numbers are 0. Level 0, quantity 5: at position 0 it orders
        // max(5, 0 − 0) = 5, lifting the position to 5.
        var policy = new ReorderLevelPolicy(0, 5);
        policy.IsActive.Should().BeTrue();
        var decision = policy.Decide(InventoryPosition.FromNet(0), Contexts.Monday);
        (decision.Quantity, decision.Reason, decision.Target).Should().Be((5L, ReplenishmentReason.ReorderLevelReached, 5.0));
        new ReorderLevelPolicy(7, 0).IsActive.Should().BeTrue();
    }

    [Theory]
    // level 10, quantity 20: at position 3 the shortfall is 7, so max(20, 7) = 20 lifts it to 23; at −15 (backorders)
    // the shortfall 25 beats 20 and lifts it to the level 10.
    [InlineData(3, 20, 23.0)]
    [InlineData(-15, 25, 10.0)]
    public void A_reorder_level_decision_reports_the_position_it_aims_for(int position, long quantity, double target)
    {
        var decision = new ReorderLevelPolicy(10, 20).Decide(InventoryPosition.FromNet(position), Contexts.Monday);
        (decision.Quantity, decision.Position, decision.TriggerLevel, decision.Target).Should().Be((quantity, (long)position, 10.0, target));
    }
}
