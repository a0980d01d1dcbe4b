using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// One-for-one replenishment (the base-stock policy, just in time): every unit sold is ordered again, so the position
/// stays at the base-stock level it started from. In the just-in-time chain retail sales issue these orders to the
/// manufacturer directly.
/// </summary>
/// <remarks>
/// The order is <see cref="ReplenishmentContext.UnitsSold"/>, whatever the position (the base-stock level is wherever
/// the position was set before sales began). The decision says how much; which supplier receives the order is decided
/// outside the policy. Reads only <see cref="ReplenishmentContext.UnitsSold"/>; the position is reported in the
/// decision.
/// </remarks>
public sealed record JustInTimePolicy : IReplenishmentPolicy
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) => DecideWithin(position, context, default);

    /// <summary>The decision with the bounds of a chain of the library's decorators built into each branch (see <see cref="BuiltInRoot"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReplenishmentDecision DecideWithin(in InventoryPosition position, in ReplenishmentContext context, in OrderBounds bounds)
    {
        var p = position.Value;
        var sold = context.UnitsSold;
        return sold == 0
            ? new(0, ReplenishmentReason.NoUnitsSold, p, 0, p, bounds)
            : new(sold, ReplenishmentReason.ReplaceUnitsSold, p, 0, p + sold, bounds);
    }

    /// <summary>The policy's name.</summary>
    /// <returns><c>one-for-one (just in time)</c>.</returns>
    public override string ToString() => "one-for-one (just in time)";
}
