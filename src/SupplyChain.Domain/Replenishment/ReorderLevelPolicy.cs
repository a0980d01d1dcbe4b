using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// The reorder level rule of ERPNext's item reorder table: when the position is <b>at or below</b> the reorder level,
/// order the larger of the reorder quantity and the shortfall to the level.
/// </summary>
/// <remarks>
/// As in <c>erpnext/stock/reorder_item.py</c>: a row whose level and quantity are both 0 is inactive and never orders;
/// otherwise, with position p ≤ level, the order is max(reorder quantity, level − p). Unlike
/// <see cref="ReorderPointPolicy"/> the result may leave the position at the level. Reads only the position.
/// </remarks>
public sealed record ReorderLevelPolicy : IReplenishmentPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="reorderLevel">The position at or below which the rule orders, not negative.</param>
    /// <param name="reorderQuantity">The usual order quantity, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is negative.</exception>
    public ReorderLevelPolicy(int reorderLevel, int reorderQuantity)
    {
        ReorderLevel = Guard.NotNegative(reorderLevel);
        ReorderQuantity = Guard.NotNegative(reorderQuantity);
    }

    /// <summary>The position at or below which the rule orders.</summary>
    public int ReorderLevel { get; }

    /// <summary>The usual order quantity.</summary>
    public int ReorderQuantity { get; }

    /// <summary>Whether the rule can order at all (level or quantity not 0).</summary>
    public bool IsActive
    {
        // One test of their bitwise or (0 only when both are 0); inlined into Decide, which decorators inline in turn.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (ReorderLevel | ReorderQuantity) != 0;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) => DecideWithin(position, context, default);

    /// <summary>The decision with the bounds of a chain of the library's decorators built into each branch (see <see cref="BuiltInRoot"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReplenishmentDecision DecideWithin(in InventoryPosition position, in ReplenishmentContext context, in OrderBounds bounds)
    {
        var p = position.Value;
        if (!IsActive)
        {
            return new(0, ReplenishmentReason.ReorderLevelInactive, p, ReorderLevel, p, bounds);
        }

        if (p > ReorderLevel)
        {
            return new(0, ReplenishmentReason.PositionAboveReorderLevel, p, ReorderLevel, p, bounds);
        }

        var quantity = Math.Max(ReorderQuantity, ReorderLevel - p);
        return new(quantity, ReplenishmentReason.ReorderLevelReached, p, ReorderLevel, p + quantity, bounds);
    }

    /// <summary>The policy, e.g. <c>reorder level 10, quantity 5</c>.</summary>
    public override string ToString() => Guard.Format("reorder level {0}, quantity {1}", ReorderLevel, ReorderQuantity);
}
