using System.Runtime.CompilerServices;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// The fixed order constraints a chain of the library's decorators adds to every decision, collected once: the largest
/// minimum, the least common multiple of the multiples and the smallest maximum. 0 means "none" in all three, and the
/// maximum is stored plus one, as in <see cref="ReplenishmentDecision"/>.
/// </summary>
/// <param name="Minimum">The minimum order quantity, 0 for none.</param>
/// <param name="Multiple">The order multiple, 0 for none (never 1).</param>
/// <param name="MaximumPlusOne">The maximum order quantity plus one, 0 for none.</param>
internal readonly record struct OrderBounds(long Minimum, long Multiple, long MaximumPlusOne)
{
    /// <summary>A case pack and a MOQ, already checked (pack ≥ 1, MOQ ≥ 0).</summary>
    /// <remarks>A pack of 1 becomes 0 by a mask, not a branch: in a catalogue it varies from row to row.</remarks>
    public static OrderBounds Of(int casePack, int minimumOrderQuantity) =>
        new(minimumOrderQuantity, unchecked(casePack & -(int)((uint)(casePack - 1 | (1 - casePack)) >> 31)), 0);

    /// <summary>A stored multiple (0 = none, never negative) as a divisor: max(multiple, 1), by a mask rather than a branch (packs vary from row to row).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Divisor(long multiple) => unchecked(multiple + (long)((ulong)(multiple - 1) >> 63));

    /// <summary>
    /// The root policy and the bounds of <paramref name="policy"/> wrapped in <paramref name="added"/>: when the policy is
    /// itself one of the library's fixed-constraint decorators, its root and both bounds together, so that the decorator
    /// calls the root once and constrains once; otherwise the policy itself.
    /// </summary>
    /// <remarks>Bounds combine associatively and commutatively, so the fused decision equals the chain's; when the multiples' least common multiple overflows, nothing is fused and the chain throws as before.</remarks>
    public static (IReplenishmentPolicy Root, OrderBounds Bounds) Fuse(IReplenishmentPolicy policy, OrderBounds added) =>
        policy is IBoundedPolicy inner && inner.Bounds.TryAnd(added, out var both) ? (inner.Root, both) : (policy, added);

    /// <summary>Both bounds: the larger minimum, the multiples' least common multiple, the smaller maximum; false when the multiple overflows.</summary>
    public bool TryAnd(OrderBounds other, out OrderBounds both)
    {
        var ok = TryLeastCommonMultiple(Multiple, other.Multiple, out var multiple);
        both = new(Math.Max(Minimum, other.Minimum), multiple, SmallerMaximumPlusOne(MaximumPlusOne, other.MaximumPlusOne));
        return ok;
    }

    /// <summary>The smaller of two maximums stored plus one (0 = none).</summary>
    public static long SmallerMaximumPlusOne(long a, long b) => a == 0 ? b : b == 0 ? a : Math.Min(a, b);

    /// <summary>The least common multiple of two multiples (0 = none), false when it exceeds <see cref="long.MaxValue"/>.</summary>
    public static bool TryLeastCommonMultiple(long a, long b, out long multiple)
    {
        if (a == 0 || a == b || b == 0)
        {
            multiple = a == 0 ? b : a;
            return true;
        }

        var (x, y) = (a, b);
        while (y != 0)
        {
            (x, y) = (y, x % y);
        }

        var factor = a / x;
        if (factor > long.MaxValue / b)
        {
            multiple = 0;
            return false;
        }

        multiple = factor * b;
        return true;
    }
}
