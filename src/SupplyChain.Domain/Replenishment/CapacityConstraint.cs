using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// A policy under a capacity (a storage limit such as the platform's per-SKU capacity): an order may not lift the
/// position above the capacity, so the order is at most capacity − position.
/// </summary>
/// <remarks>
/// The room left is turned into a maximum order quantity (0 when the position is at or above the capacity), which
/// combines with the other constraints in any order to the same result; see <see cref="ReplenishmentDecision"/>.
/// </remarks>
public sealed record CapacityConstraint : IReplenishmentPolicy
{
    /// <summary>Wraps <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy to constrain.</param>
    /// <param name="capacity">The largest position allowed, not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public CapacityConstraint(IReplenishmentPolicy policy, int capacity)
    {
        Policy = Guard.NotNull(policy);
        Capacity = Guard.NotNegative(capacity);
    }

    /// <summary>The constrained policy.</summary>
    public IReplenishmentPolicy Policy { get; }

    /// <summary>The largest position allowed.</summary>
    public int Capacity { get; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) =>
        Policy.Decide(position, context).WithMaximumOrderQuantity(Math.Max(0, Capacity - position.Value));

    /// <summary>The constrained policy, e.g. <c>min-max (s = 10, S = 40), capacity 300</c>.</summary>
    public override string ToString() => Guard.Format("{0}, capacity {1}", Policy, Capacity);
}
