using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// One step between the factory gate and the storage centre in a <see cref="ReplenishmentLeadTime"/>: what it is and
/// how many <b>calendar</b> days it takes (transport runs at weekends; the factory's working days count only for
/// production).
/// </summary>
/// <remarks>
/// A leg that departs on day d arrives on day d + <see cref="Days"/>; the next leg departs the day the previous one
/// arrives (model a dwell as a leg of its own, such as <see cref="LeadTimeLegKind.Clearance"/>).
/// </remarks>
public readonly record struct LeadTimeLeg
{
    /// <summary>Creates a leg.</summary>
    /// <param name="kind">What the step is.</param>
    /// <param name="days">Calendar days it takes, not negative.</param>
    /// <param name="mode">The transport mode, or null when none applies (clearance).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, or <paramref name="kind"/> or <paramref name="mode"/> is not a defined value.</exception>
    public LeadTimeLeg(LeadTimeLegKind kind, int days, TransportMode? mode = null)
    {
        Kind = Guard.Defined(kind);
        Days = Guard.NotNegative(days);
        Mode = mode is { } m ? Guard.Defined(m, nameof(mode)) : null;
    }

    /// <summary>What the step is.</summary>
    public LeadTimeLegKind Kind { get; }

    /// <summary>Calendar days it takes.</summary>
    public int Days { get; }

    /// <summary>The transport mode, or null.</summary>
    public TransportMode? Mode { get; }

    /// <summary>
    /// A leg planned from a transit-time distribution (a <see cref="Leg.TransitTime"/>): its mean rounded up to whole
    /// calendar days.
    /// </summary>
    /// <param name="kind">What the step is.</param>
    /// <param name="transitTime">The transit time; its mean is used.</param>
    /// <param name="mode">The transport mode, or null.</param>
    /// <returns>The leg.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The mean exceeds <see cref="int.MaxValue"/> days, or <paramref name="kind"/> or <paramref name="mode"/> is not a defined value.</exception>
    public static LeadTimeLeg Planned(LeadTimeLegKind kind, TransitTimeDistribution transitTime, TransportMode? mode = null)
    {
        var days = Math.Ceiling(transitTime.MeanDays);
        return days > int.MaxValue
            ? throw new ArgumentOutOfRangeException(nameof(transitTime), transitTime, Guard.Format(ErrorMessages.MustBeAtMost, nameof(transitTime), int.MaxValue, transitTime.MeanDays))
            : new LeadTimeLeg(kind, (int)days, mode);
    }

    /// <summary>The leg, e.g. <c>MainCarriage 30 days (SeaFcl)</c>.</summary>
    /// <returns>Invariant-culture text.</returns>
    public override string ToString() =>
        Mode is { } m ? Guard.Format("{0} {1} days ({2})", Kind, Days, m) : Guard.Format("{0} {1} days", Kind, Days);
}
