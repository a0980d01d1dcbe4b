using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>
/// A daily line-haul departure of the last-mile network from one facility to another: it leaves at the origin's
/// cut-off and arrives <see cref="TransitTime"/> later.
/// </summary>
/// <remarks>A record: equal when both facilities and the transit time are equal.</remarks>
public sealed record LineHaul
{
    /// <summary>Creates a line haul.</summary>
    /// <param name="from">The facility it leaves (at that facility's cut-off).</param>
    /// <param name="to">The facility it reaches; not <paramref name="from"/>.</param>
    /// <param name="transitTime">The time from departure to arrival; positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="transitTime"/> is zero or negative.</exception>
    public LineHaul(FacilityId from, FacilityId to, Duration transitTime)
    {
        From = Guard.NotNull(from);
        To = Guard.NotNull(to);
        if (from == to)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.LineHaulToItself, from), nameof(to));
        }

        if (transitTime <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(transitTime), transitTime, Guard.Format(ErrorMessages.MustBePositive, nameof(transitTime), transitTime));
        }

        TransitTime = transitTime;
    }

    /// <summary>The facility the line haul leaves.</summary>
    public FacilityId From { get; }

    /// <summary>The facility it reaches.</summary>
    public FacilityId To { get; }

    /// <summary>The time from departure to arrival.</summary>
    public Duration TransitTime { get; }

    /// <summary>"from → to (transit)".</summary>
    public override string ToString() => $"{From} → {To} ({TransitTime})";
}
