using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>What the shipper asked for: from where, to where, and by when.</summary>
/// <remarks>
/// <para>
/// An itinerary satisfies the specification when it starts at <see cref="Origin"/>, ends at
/// <see cref="Destination"/> and its final arrival is <b>strictly before</b> <see cref="ArrivalDeadline"/>: arriving
/// exactly at the deadline does not count (the rule of dddsample's <c>RouteSpecification.isSatisfiedBy</c>).
/// </para>
/// <para>Origin and destination may be the same code (a delivery within one city). Equality compares all three.</para>
/// </remarks>
public sealed record RouteSpecification
{
    /// <summary>Creates a route specification.</summary>
    /// <param name="origin">Where the journey starts.</param>
    /// <param name="destination">Where it ends.</param>
    /// <param name="arrivalDeadline">The goods must arrive strictly before this instant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="origin"/> or <paramref name="destination"/> is null.</exception>
    public RouteSpecification(UnLocode origin, UnLocode destination, Instant arrivalDeadline)
    {
        Origin = Guard.NotNull(origin);
        Destination = Guard.NotNull(destination);
        ArrivalDeadline = arrivalDeadline;
    }

    /// <summary>Where the journey starts.</summary>
    public UnLocode Origin { get; }

    /// <summary>Where the journey ends.</summary>
    public UnLocode Destination { get; }

    /// <summary>The goods must arrive strictly before this instant.</summary>
    public Instant ArrivalDeadline { get; }

    /// <summary>
    /// Whether <paramref name="itinerary"/> starts at the origin, ends at the destination and arrives strictly before
    /// the deadline.
    /// </summary>
    /// <param name="itinerary">The itinerary.</param>
    /// <returns>Whether the itinerary satisfies this specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="itinerary"/> is null.</exception>
    public bool IsSatisfiedBy(Itinerary itinerary)
    {
        Guard.NotNull(itinerary);
        return itinerary.InitialDepartureLocation == Origin
            && itinerary.FinalArrivalLocation == Destination
            && itinerary.FinalArrivalTime < ArrivalDeadline;
    }

    /// <summary>The specification in one line, e.g. "CNSHA→SEGOT before 2026-04-10T00:00:00Z".</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}→{1} before {2}", Origin, Destination, ArrivalDeadline);
}
