using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Analytics;

/// <summary>A lane: goods moving from one facility to another (e.g. a factory in Shenzhen to a fulfilment centre in Leipzig).</summary>
/// <remarks>Equality compares origin and destination (ordinal); the lane A → B differs from B → A.</remarks>
public sealed record Lane
{
    /// <summary>Creates a lane.</summary>
    /// <param name="origin">Where the goods leave.</param>
    /// <param name="destination">Where the goods arrive; not the origin.</param>
    /// <exception cref="ArgumentNullException">A facility is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is <paramref name="origin"/>.</exception>
    public Lane(FacilityId origin, FacilityId destination)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(destination);
        if (origin == destination)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.LaneToItself, origin), nameof(destination));
        }

        Origin = origin;
        Destination = destination;
    }

    /// <summary>Where the goods leave.</summary>
    public FacilityId Origin { get; }

    /// <summary>Where the goods arrive.</summary>
    public FacilityId Destination { get; }

    /// <summary>The lane as "origin → destination".</summary>
    public override string ToString() => Origin + " → " + Destination;
}
