using CustomPolicy;
using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>
/// The CustomPolicy sample's numbers, worked by hand (they used to be checks printed by the sample itself): a
/// downstream policy through the public interface, composed with the built-in constraints.
/// </summary>
public sealed class CustomPolicySampleTests
{
    private static readonly DateInterval Promotion = new(new LocalDate(2026, 10, 15), new LocalDate(2026, 10, 24));
    private static readonly SeasonalDaysOfCoverPolicy Seasonal = new(coverDays: 30, Promotion, uplift: 2.5);
    private static readonly ReplenishmentContext October = new(new LocalDate(2026, 10, 1), 10);

    private static IReplenishmentPolicy Policy() => Seasonal.RoundedUpToMultipleOf(12).WithMinimumOrderQuantity(48);

    [Fact]
    public void The_promotion_horizon_orders_27_cartons()
    {
        // Target = 10/day × (20 + 10 × 2.5) = 450; position 100 + 30 = 130; shortfall 320 → ⌈320/12⌉ = 27 cartons = 324.
        var decision = Policy().Decide(new InventoryPosition(onHand: 100) { OnOrder = 30 }, October);

        (decision.Target, decision.UnconstrainedQuantity, decision.Quantity).Should().Be((450d, 320L, 324L));
        decision.Reason.Should().Be(SeasonalDaysOfCoverPolicy.PromotionCover, "the reason is the team's own code, carried as data");
        decision.BindingConstraints.Should().Be(OrderConstraints.OrderMultiple, "the case pack changed the quantity, the MOQ did not");
    }

    [Fact]
    public void A_small_need_is_raised_to_the_MOQ_and_constraints_compose_in_any_order()
    {
        // September has no promotion day: target 300, position 290, 10 short → MOQ 48 (already a multiple of 12).
        var small = Policy().Decide(new InventoryPosition(onHand: 290), new ReplenishmentContext(new LocalDate(2026, 9, 1), 10));
        (small.Reason, small.Quantity).Should().Be((SeasonalDaysOfCoverPolicy.PlainCover, 48L));

        var position = new InventoryPosition(100) { OnOrder = 30 };
        Seasonal.WithMinimumOrderQuantity(48).RoundedUpToMultipleOf(12).Decide(position, October).Should().Be(Policy().Decide(position, October));
        Policy().Decide(new InventoryPosition(onHand: 500), October).IsOrder.Should().BeFalse("500 covers the target 450");
    }

    [Fact]
    public void The_built_in_days_of_cover_ignores_the_promotion()
    {
        // 30 days × 10 − 130 = 170 → 15 cartons of 12 = 180.
        new DaysOfCoverPolicy(leadTimeDays: 20, safetyDays: 10).RoundedUpToMultipleOf(12).WithMinimumOrderQuantity(48)
            .Decide(new InventoryPosition(100) { OnOrder = 30 }, October).Quantity.Should().Be(180);
    }
}
