using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// The base-stock policy: at every decision, order up to the base-stock level S, that is S − p when the position p is
/// below S, and nothing otherwise.
/// </summary>
/// <remarks>
/// <para>
/// The periodic-review base-stock policy of inventory theory with a review every period (Snyder and Shen,
/// <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., §4.3–4.4; Zipkin, <i>Foundations of Inventory Management</i>,
/// ch. 6): each period the position is raised to S, so with backorders the order equals the period's demand. It is the
/// order-up-to policy (R, S) with R = 1 (<see cref="PeriodicReviewPolicy"/> with a review every day) and the min–max
/// policy with s = S − 1 in whole units (<see cref="MinMaxPolicy"/>), and gives their quantities; S itself comes from the
/// newsvendor over the protection interval (<see cref="PolicyFactory.BaseStockFromNewsvendor"/>, which returns the
/// min–max form). Unlike <see cref="JustInTimePolicy"/>, which reorders the units sold whatever the position, it reads
/// the position only, so it also corrects a position that starts away from S.
/// </para>
/// <para>
/// Decisions use the order-up-to reasons: <see cref="ReplenishmentReason.ReviewOrderUpToTarget"/> when it orders and
/// <see cref="ReplenishmentReason.ReviewPositionAtOrAboveTarget"/> when the position is already at or above S (every day
/// is a review day), with S as trigger level and target.
/// </para>
/// </remarks>
public sealed record BaseStockPolicy : IReplenishmentPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="level">S: the base-stock (order-up-to) level, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is negative.</exception>
    public BaseStockPolicy(int level) => Level = Guard.NotNegative(level);

    /// <summary>S: the position every decision restores.</summary>
    public int Level { get; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) => DecideWithin(position, context, default);

    /// <summary>The decision with the bounds of a chain of the library's decorators built into each branch (see <see cref="BuiltInRoot"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReplenishmentDecision DecideWithin(in InventoryPosition position, in ReplenishmentContext context, in OrderBounds bounds)
    {
        var p = position.Value;
        return p >= Level
            ? new(0, ReplenishmentReason.ReviewPositionAtOrAboveTarget, p, Level, Level, bounds)
            : new(Level - p, ReplenishmentReason.ReviewOrderUpToTarget, p, Level, Level, bounds);
    }

    /// <summary>The policy, e.g. <c>base stock (S = 265)</c>.</summary>
    public override string ToString() => Guard.Format("base stock (S = {0})", Level);
}
