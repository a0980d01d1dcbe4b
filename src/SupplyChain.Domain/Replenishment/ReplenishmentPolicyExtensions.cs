namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// Order constraints as decorators on any <see cref="IReplenishmentPolicy"/>, the library's or your own:
/// <c>policy.WithMinimumOrderQuantity(50).RoundedUpToMultipleOf(12).WithCapacity(600)</c>.
/// </summary>
/// <remarks>
/// The constraints are collected in the decision and applied together, so any order of composition gives the same
/// quantity: raised to the minimum, rounded up to the multiple, and lowered within the maximum to the largest
/// multiple. The one case no order can satisfy (no multiple between the minimum and the maximum) orders nothing and
/// reports <see cref="OrderConstraints.Conflict"/>; see <see cref="ReplenishmentDecision"/>.
/// </remarks>
public static class ReplenishmentPolicyExtensions
{
    /// <summary>Adds a minimum order quantity.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="minimumOrderQuantity">The MOQ, greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumOrderQuantity"/> is zero or negative.</exception>
    public static MinimumOrderQuantityConstraint WithMinimumOrderQuantity(this IReplenishmentPolicy policy, int minimumOrderQuantity) =>
        new(policy, minimumOrderQuantity);

    /// <summary>Rounds orders up to whole case packs.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="unitsPerPack">Units per case pack, greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsPerPack"/> is zero or negative.</exception>
    public static CasePackConstraint RoundedUpToMultipleOf(this IReplenishmentPolicy policy, int unitsPerPack) =>
        new(policy, unitsPerPack);

    /// <summary>Caps the order quantity.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="maximumOrderQuantity">The largest order, not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumOrderQuantity"/> is negative.</exception>
    public static MaximumOrderQuantityConstraint WithMaximumOrderQuantity(this IReplenishmentPolicy policy, int maximumOrderQuantity) =>
        new(policy, maximumOrderQuantity);

    /// <summary>Keeps the position after the order within a capacity.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="capacity">The largest position allowed, not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public static CapacityConstraint WithCapacity(this IReplenishmentPolicy policy, int capacity) =>
        new(policy, capacity);
}
