namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// One step between the factory gate and the storage centre in a <see cref="ReplenishmentLeadTime"/>: what it is and
/// how many <b>calendar</b> days it takes (transport runs at weekends; the factory's working days count only for
/// production).
/// </summary>
/// <remarks>
/// <para>
/// A leg that departs on day d arrives on day d + <see cref="Days"/>; the next leg departs the day the previous one
/// arrives (model a dwell as a leg of its own, such as <see cref="LeadTimeLegKind.Clearance"/>).
/// </para>
/// <para>
/// Replenishment does not depend on Shipping (see the design's dependency table): a leg holds whole days and a free
/// description, and a planned transit time enters as its mean (<see cref="Planned"/>, e.g. with
/// <c>TransitTimeDistribution.MeanDays</c> of a shipping leg).
/// </para>
/// </remarks>
public readonly record struct LeadTimeLeg
{
    /// <summary>Creates a leg.</summary>
    /// <param name="kind">What the step is.</param>
    /// <param name="days">Calendar days it takes, not negative.</param>
    /// <param name="description">What carries it, e.g. <c>sea FCL Yantian → Long Beach</c>; null or blank for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, or <paramref name="kind"/> is not a defined value.</exception>
    public LeadTimeLeg(LeadTimeLegKind kind, int days, string? description = null)
    {
        Kind = Guard.Defined(kind);
        Days = Guard.NotNegative(days);
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    /// <summary>What the step is.</summary>
    public LeadTimeLegKind Kind { get; }

    /// <summary>Calendar days it takes.</summary>
    public int Days { get; }

    /// <summary>What carries the leg, or null.</summary>
    public string? Description { get; }

    /// <summary>
    /// A leg planned from a mean transit time (e.g. a shipping leg's <c>TransitTime.MeanDays</c>): the mean rounded up
    /// to whole calendar days.
    /// </summary>
    /// <param name="kind">What the step is.</param>
    /// <param name="meanDays">The mean transit time in days; finite and not negative.</param>
    /// <param name="description">What carries it, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="meanDays"/> is negative, not finite or above <see cref="int.MaxValue"/> days, or <paramref name="kind"/> is not a defined value.</exception>
    public static LeadTimeLeg Planned(LeadTimeLegKind kind, double meanDays, string? description = null)
    {
        Guard.NotNegative(meanDays);
        var days = Math.Ceiling(meanDays);
        return days > int.MaxValue
            ? throw new ArgumentOutOfRangeException(nameof(meanDays), meanDays, Guard.Format(ErrorMessages.MustBeAtMost, nameof(meanDays), int.MaxValue, meanDays))
            : new LeadTimeLeg(kind, (int)days, description);
    }

    /// <summary>The leg, e.g. <c>MainCarriage 30 days (sea FCL)</c>.</summary>
    public override string ToString() =>
        Description is { } d ? Guard.Format("{0} {1} days ({2})", Kind, Days, d) : Guard.Format("{0} {1} days", Kind, Days);
}
