using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>One intermediate stop of a <see cref="LastMileOption"/> (e.g. a regional central warehouse or a delivery station) and the time to reach it.</summary>
public sealed record LastMileHop
{
    /// <summary>Creates a hop.</summary>
    /// <param name="stop">The name of the stop reached, e.g. "Regional central warehouse MDW2 (Joliet)"; not blank.</param>
    /// <param name="transitTime">The time from the previous node to the stop.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stop"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stop"/> is blank.</exception>
    public LastMileHop(string stop, TransitTimeDistribution transitTime)
    {
        Stop = Guard.NotBlank(stop);
        TransitTime = transitTime;
    }

    /// <summary>The name of the stop reached.</summary>
    public string Stop { get; }

    /// <summary>The time from the previous node to the stop.</summary>
    public TransitTimeDistribution TransitTime { get; }

    /// <summary>The network facility of the stop, or null (the default) when the stop is named only (issue 16: set by both <c>LastMileNetwork.ToOption</c> overloads).</summary>
    public FacilityId? Facility { get; init; }

    /// <summary>The stop and the time.</summary>
    public override string ToString() => $"{Stop} ({TransitTime})";
}
