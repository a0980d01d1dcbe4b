using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// The periodic order-up-to policy (R, S): on each review day of the calendar, order enough to lift the position up
/// to S; between reviews, never order.
/// </summary>
/// <remarks>With position p on a review day the order is S − p when p &lt; S, else 0. Reads the position and <see cref="ReplenishmentContext.Date"/>.</remarks>
public sealed record PeriodicReviewPolicy : IReplenishmentPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="calendar">The review days (R).</param>
    /// <param name="orderUpTo">S: the order-up-to level, not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderUpTo"/> is negative.</exception>
    public PeriodicReviewPolicy(ReviewCalendar calendar, int orderUpTo)
    {
        Calendar = Guard.NotNull(calendar);
        OrderUpTo = Guard.NotNegative(orderUpTo);
    }

    /// <summary>The review days.</summary>
    public ReviewCalendar Calendar { get; }

    /// <summary>S: the order-up-to level.</summary>
    public int OrderUpTo { get; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) => DecideWithin(position, context, default);

    /// <summary>The decision with the bounds of a chain of the library's decorators built into each branch (see <see cref="BuiltInRoot"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReplenishmentDecision DecideWithin(in InventoryPosition position, in ReplenishmentContext context, in OrderBounds bounds)
    {
        var p = position.Value;
        if (!Calendar.IsReviewDay(context.Date))
        {
            return new(0, ReplenishmentReason.NotAReviewDay, p, OrderUpTo, OrderUpTo, bounds);
        }

        return p >= OrderUpTo
            ? new(0, ReplenishmentReason.ReviewPositionAtOrAboveTarget, p, OrderUpTo, OrderUpTo, bounds)
            : new(OrderUpTo - p, ReplenishmentReason.ReviewOrderUpToTarget, p, OrderUpTo, OrderUpTo, bounds);
    }

    /// <summary>The policy, e.g. <c>periodic review (every 7 days from 2025-03-03, S = 200)</c>.</summary>
    public override string ToString() => Guard.Format("periodic review ({0}, S = {1})", Calendar, OrderUpTo);
}
