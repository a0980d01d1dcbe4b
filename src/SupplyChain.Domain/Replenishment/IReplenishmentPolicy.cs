using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// A replenishment policy: looks at an inventory position and its context and decides whether and how much to order,
/// and why. The library's policies are sealed; write your own by implementing this interface, and wrap any policy in
/// the order constraints of <see cref="ReplenishmentPolicyExtensions"/>.
/// </summary>
/// <remarks>
/// Implementations should be pure (same inputs, same decision) and should not allocate: a restock run calls
/// <see cref="Decide"/> once per SKU over catalogues of millions.
/// </remarks>
public interface IReplenishmentPolicy
{
    /// <summary>Decides for one SKU.</summary>
    /// <param name="position">The inventory position of the SKU.</param>
    /// <param name="context">The date, demand, lead time and recent sales.</param>
    /// <returns>The quantity to order (0 for none), with the rule that fired and its numbers.</returns>
    ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context);
}
