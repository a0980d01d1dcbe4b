using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// Days-of-cover restock, the seller's rule of thumb and the shape of the platform's restock recommendation: keep
/// enough stock to sell through the lead time plus some safety days. Order (lead-time days + safety days) × daily
/// sales − position, rounded up to whole units, never below 0.
/// </summary>
/// <remarks>
/// <para>
/// The seller's version counts production + transit days as the lead time
/// (<see cref="FromProductionAndTransit"/>); the platform's restock tool counts the lead times its
/// <see cref="SupplyChainSetting"/> selects (<see cref="ForRestockSetting"/>). The position is
/// <see cref="InventoryPosition.Value"/> (on hand + on order, which includes units in transit, − backorders); the daily
/// sales are <see cref="ReplenishmentContext.DailyDemand"/>. A position that exactly covers the target orders 0.
/// </para>
/// <para>
/// The arithmetic runs in <see cref="double"/> (it is the hot path of catalogue-wide restock runs), and the round-up
/// subtracts a tolerance of 2⁻⁴⁴ times the size of the numbers first, so that a product which is whole in decimal but
/// lands a rounding error above in binary (25 × 0.28 = 7.000000000000001) is not rounded up a whole unit. The result
/// equals the exact decimal computation whenever the daily sales have at most 4 decimals and the target and position
/// stay within ±10⁹ units (at most 7 decimals within ±10⁶).
/// </para>
/// </remarks>
public sealed record DaysOfCoverPolicy : IReplenishmentPolicy
{
    private const double RelativeTolerance = 1.0 / (1L << 44);

    /// <summary>Creates the policy.</summary>
    /// <param name="leadTimeDays">Days from ordering until the units can be sold, not negative.</param>
    /// <param name="safetyDays">Extra days of sales held as a buffer, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number of days is negative.</exception>
    /// <exception cref="OverflowException">The sum exceeds <see cref="int.MaxValue"/>.</exception>
    public DaysOfCoverPolicy(int leadTimeDays, int safetyDays)
    {
        LeadTimeDays = Guard.NotNegative(leadTimeDays);
        SafetyDays = Guard.NotNegative(safetyDays);
        CoverDays = checked(leadTimeDays + safetyDays);
    }

    /// <summary>Days from ordering until the units can be sold.</summary>
    public int LeadTimeDays { get; }

    /// <summary>Extra days of sales held as a buffer.</summary>
    public int SafetyDays { get; }

    /// <summary>The days of sales the position must cover: lead time + safety days.</summary>
    public int CoverDays { get; }

    /// <summary>The seller's rule of thumb: production + transit + safety days.</summary>
    /// <param name="productionDays">Days the factory needs, not negative.</param>
    /// <param name="transitDays">Days on the way to the platform, including clearance and check-in, not negative.</param>
    /// <param name="safetyDays">Extra days of sales as a buffer, not negative.</param>
    /// <returns>The policy, with production + transit as the lead time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number of days is negative.</exception>
    /// <exception cref="OverflowException">The sum exceeds <see cref="int.MaxValue"/>.</exception>
    public static DaysOfCoverPolicy FromProductionAndTransit(int productionDays, int transitDays, int safetyDays) =>
        new(checked(Guard.NotNegative(productionDays) + Guard.NotNegative(transitDays)), safetyDays);

    /// <summary>The platform restock tool's version: the lead time is chosen by the supply-chain setting.</summary>
    /// <param name="leadTime">The setting and the supplier's and seller's lead times.</param>
    /// <param name="safetyDays">Extra days of sales as a buffer, not negative.</param>
    /// <returns>The policy, with <see cref="RestockLeadTime.Days"/> as the lead time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leadTime"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="safetyDays"/> is negative.</exception>
    /// <exception cref="OverflowException">The lead time or the cover exceeds <see cref="int.MaxValue"/> days.</exception>
    public static DaysOfCoverPolicy ForRestockSetting(RestockLeadTime leadTime, int safetyDays) =>
        new(Guard.NotNull(leadTime).Days, safetyDays);

    /// <inheritdoc />
    /// <exception cref="OverflowException">The order exceeds <see cref="long.MaxValue"/> units.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) => DecideWithin(position, context, default);

    /// <summary>The decision with the bounds of a chain of the library's decorators built into each branch (see <see cref="BuiltInRoot"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReplenishmentDecision DecideWithin(in InventoryPosition position, in ReplenishmentContext context, in OrderBounds bounds)
    {
        var p = position.Value;
        return Decision(CoverDays * context.DailyDemand, p, bounds);
    }

    /// <summary>
    /// The decision for <paramref name="target"/> units at position <paramref name="position"/> within
    /// <paramref name="bounds"/> (also the column path's single-SKU decision).
    /// </summary>
    /// <remarks>
    /// With a MOQ or a case pack below 2³¹ and no maximum, the constrained quantity is computed in <see cref="double"/>
    /// without a branch on whether the SKU is short: ⌈max(units, MOQ) / pack⌉ × pack, times min(units, 1) (0 when
    /// nothing is short, 1 otherwise). Every step is exact: integers below 2³¹, and a quotient that is not whole lies at
    /// least 1 / pack from the next integer while its rounding error is below 2⁻²² / pack. Other bounds take the general
    /// rule of <see cref="ReplenishmentDecision"/>; the result is the same.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReplenishmentDecision Decision(double target, long position, in OrderBounds bounds)
    {
        var units = ShortfallUnits(target, position);
        var quantity = WholeUnits(units);
        var reason = quantity == 0 ? ReplenishmentReason.CoverSufficient : ReplenishmentReason.CoverShortfall;
        long minimum = bounds.Minimum, multiple = bounds.Multiple;
        if ((minimum | multiple) == 0 || bounds.MaximumPlusOne != 0 || (minimum | multiple) > int.MaxValue || !(units < 2147483648.0))
        {
            return new(quantity, reason, position, target, target, bounds);
        }

        var pack = (double)OrderBounds.Divisor(multiple);
        var constrained = Math.Ceiling(Math.Max(units, minimum) / pack) * pack * Math.Min(units, 1.0);
        return new(quantity, double.ConvertToIntegerNative<long>(constrained), reason, position, target, target, bounds);
    }

    /// <summary>The policy, e.g. <c>days of cover (34 days = lead time 27 + safety 7)</c>.</summary>
    public override string ToString() => Guard.Format("days of cover ({0} days = lead time {1} + safety {2})", CoverDays, LeadTimeDays, SafetyDays);

    /// <summary>⌈target − position⌉, at least 0, with the tolerance described on the type.</summary>
    /// <remarks>
    /// No branch on whether the SKU is short (it varies from row to row): the excess over the tolerance is clamped at 0
    /// and rounded up, which gives 0 exactly when the shortfall is within the tolerance. A target that is not finite
    /// (cover days × demand beyond <see cref="double.MaxValue"/>) gives 0 here; the decision refuses it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long WholeUnitsShort(double target, long position) => WholeUnits(ShortfallUnits(target, position));

    /// <summary><see cref="WholeUnitsShort"/> before its conversion: a whole number of units, at least 0, or NaN for an infinite target.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ShortfallUnits(double target, long position)
    {
        var shortfall = target - position;
        var tolerance = (Math.Abs(target) + Math.Abs((double)position)) * RelativeTolerance;
        return Math.Ceiling(Math.Max(shortfall - tolerance, 0.0));
    }

    /// <summary>Whole units as a <see cref="long"/>: NaN gives 0, 2⁶³ and above throw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long WholeUnits(double units)
    {
        // As checked((long)Math.Ceiling(…)), without the runtime's checked-conversion helper call (about 80 ns in the
        // simulator's day step on this machine): below 2⁶³ the platform's own conversion (one instruction) gives the
        // value, without the saturation steps of `(long)` for NaN and out-of-range values; 2⁶³ and above throws the
        // same OverflowException, and NaN (an infinite target) gives 0 as before.
        return units < 9223372036854775808.0 ? double.ConvertToIntegerNative<long>(units)
            : double.IsNaN(units) ? 0 : ThrowBeyondLong();
    }

    // Never returns, so that the JIT keeps the caller's values in registers on the paths that do.
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long ThrowBeyondLong() => throw new OverflowException();
}
