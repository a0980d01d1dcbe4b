using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// How the fixed-bounds decorators (case pack, MOQ, maximum) call the policy at the root of their chain: when it is one
/// of the library's sealed policies, through its own type, so that its rule and the decision are inlined into the caller
/// and the JIT keeps the decision in registers; any other policy through the interface, in a method of its own.
/// </summary>
/// <remarks>
/// <para>
/// A call through the interface returns the decision in memory, and when that call shares a method with an inlined
/// path (the JIT's own guarded devirtualisation does exactly that) the decision stays in memory on both paths: the
/// stores and the loads back per decision, about twice a bare policy's time. Keeping the interface call out of line
/// leaves the built-in path free of it.
/// </para>
/// <para>
/// A library policy builds its decision with the bounds in each of its branches (its internal <c>DecideWithin</c>; its
/// public <c>Decide</c> is the same with no bounds), so that the branch that does not order has the quantity 0 at
/// compile time and reads no bound. The periodic review is the exception: its calendar test calls NodaTime, and a call
/// inlined here would make the JIT keep every other root's values on the stack across it, so it is called out of line
/// too (its decision goes through memory). Same decisions either way: the root's rule, then the bounds.
/// </para>
/// </remarks>
internal static class BuiltInRoot
{
    /// <summary>Which of the library's policies a root is, fixed when the decorator is built.</summary>
    internal enum Kind : byte
    {
        /// <summary>Any other policy: called through the interface.</summary>
        Other,
        MinMax,
        BaseStock,
        ReorderPoint,
        ReorderLevel,
        PeriodicReview,
        DaysOfCover,
        JustInTime,
    }

    /// <summary>The kind of <paramref name="root"/> (its exact type: the library's policies are sealed).</summary>
    internal static Kind Of(IReplenishmentPolicy root) => root switch
    {
        MinMaxPolicy => Kind.MinMax,
        BaseStockPolicy => Kind.BaseStock,
        ReorderPointPolicy => Kind.ReorderPoint,
        ReorderLevelPolicy => Kind.ReorderLevel,
        PeriodicReviewPolicy => Kind.PeriodicReview,
        DaysOfCoverPolicy => Kind.DaysOfCover,
        JustInTimePolicy => Kind.JustInTime,
        _ => Kind.Other,
    };

    /// <summary>The root's decision within <paramref name="bounds"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReplenishmentDecision Decide(IReplenishmentPolicy root, Kind kind, in InventoryPosition position, in ReplenishmentContext context, in OrderBounds bounds) =>
        kind switch
        {
            Kind.MinMax => Unsafe.As<MinMaxPolicy>(root).DecideWithin(position, context, bounds),
            Kind.BaseStock => Unsafe.As<BaseStockPolicy>(root).DecideWithin(position, context, bounds),
            Kind.ReorderPoint => Unsafe.As<ReorderPointPolicy>(root).DecideWithin(position, context, bounds),
            Kind.ReorderLevel => Unsafe.As<ReorderLevelPolicy>(root).DecideWithin(position, context, bounds),
            Kind.PeriodicReview => PeriodicReview(Unsafe.As<PeriodicReviewPolicy>(root), position, context, bounds),
            Kind.DaysOfCover => Unsafe.As<DaysOfCoverPolicy>(root).DecideWithin(position, context, bounds),
            Kind.JustInTime => JustInTimePolicy.DecideWithin(position, context, bounds),
            _ => ThroughTheInterface(root, position, context, bounds),
        };

    /// <summary>The periodic review's decision within the bounds, out of line (see the remarks on the type).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ReplenishmentDecision PeriodicReview(PeriodicReviewPolicy root, in InventoryPosition position, in ReplenishmentContext context, in OrderBounds bounds) =>
        root.DecideWithin(position, context, bounds);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ReplenishmentDecision ThroughTheInterface(IReplenishmentPolicy root, in InventoryPosition position, in ReplenishmentContext context, in OrderBounds bounds) =>
        root.Decide(position, context).Within(bounds);
}
