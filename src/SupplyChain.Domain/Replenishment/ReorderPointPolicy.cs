using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// The reorder point policy (r, Q), continuous review: when the position is <b>at or below</b> the reorder point r,
/// order the smallest number of lots of Q that lifts it above r.
/// </summary>
/// <remarks>
/// With position p ≤ r the order is n·Q with n = ⌊(r − p) / Q⌋ + 1, so that p + n·Q &gt; r (Silver, Pyke and Thomas,
/// <i>Inventory and Production Management in Supply Chains</i>, 4th ed., the (s, Q) system, where an undershoot of
/// the reorder point is made up by ordering several lots). Reads only the position.
/// </remarks>
public sealed record ReorderPointPolicy : IReplenishmentPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="reorderPoint">r: the position at or below which the policy orders (may be negative when backorders are planned for).</param>
    /// <param name="lotSize">Q: the lot size, greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lotSize"/> is zero or negative.</exception>
    public ReorderPointPolicy(int reorderPoint, int lotSize)
    {
        ReorderPoint = reorderPoint;
        LotSize = Guard.Positive(lotSize);
    }

    /// <summary>r: the position at or below which the policy orders.</summary>
    public int ReorderPoint { get; }

    /// <summary>Q: the lot size.</summary>
    public int LotSize { get; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) => DecideWithin(position, context, default);

    /// <summary>The decision with the bounds of a chain of the library's decorators built into each branch (see <see cref="BuiltInRoot"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReplenishmentDecision DecideWithin(in InventoryPosition position, in ReplenishmentContext context, in OrderBounds bounds)
    {
        var p = position.Value;
        if (p > ReorderPoint)
        {
            return new(0, ReplenishmentReason.PositionAboveReorderPoint, p, ReorderPoint, p, bounds);
        }

        var quantity = checked((((ReorderPoint - p) / LotSize) + 1) * LotSize);
        return new(quantity, ReplenishmentReason.ReorderPointReached, p, ReorderPoint, p + quantity, bounds);
    }

    /// <summary>The policy, e.g. <c>reorder point (r = 40, Q = 120)</c>.</summary>
    public override string ToString() => Guard.Format("reorder point (r = {0}, Q = {1})", ReorderPoint, LotSize);
}
