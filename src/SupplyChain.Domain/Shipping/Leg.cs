using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// One planned movement of an <see cref="Itinerary"/>: a carrier takes the goods on a voyage, flight or trip from a
/// load location to an unload location.
/// </summary>
/// <remarks>
/// <para>
/// Locations are UN/LOCODEs (city or port level); a facility id can say which warehouse, terminal or hub within it.
/// Load and unload location may be the same code (a last-mile van within one city).
/// </para>
/// <para>
/// The planned interval runs from <see cref="LoadTime"/> to <see cref="UnloadTime"/>; the unload time is strictly
/// after the load time. <see cref="TransitTime"/> is the distribution of the leg's transit time used for lead-time
/// planning; by default it is the planned interval, known exactly.
/// </para>
/// <para>Equality compares every property.</para>
/// </remarks>
public sealed record Leg
{
    /// <summary>
    /// Creates a leg; the facilities within the two locations and a transit-time distribution other than the planned
    /// interval are set by name (<see cref="LoadFacility"/>, <see cref="UnloadFacility"/>, <see cref="TransitTime"/>).
    /// </summary>
    /// <param name="mode">How the goods travel.</param>
    /// <param name="carrier">The party that carries the goods on this leg.</param>
    /// <param name="voyage">The voyage, flight or trip.</param>
    /// <param name="loadLocation">Where the goods are loaded.</param>
    /// <param name="unloadLocation">Where the goods are unloaded.</param>
    /// <param name="loadTime">The planned load instant.</param>
    /// <param name="unloadTime">The planned unload instant; strictly after <paramref name="loadTime"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="carrier"/>, <paramref name="voyage"/>, <paramref name="loadLocation"/> or <paramref name="unloadLocation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="unloadTime"/> is not after <paramref name="loadTime"/>.</exception>
    public Leg(
        TransportMode mode,
        PartyId carrier,
        VoyageNumber voyage,
        UnLocode loadLocation,
        UnLocode unloadLocation,
        Instant loadTime,
        Instant unloadTime)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(mode), nameof(TransportMode)));
        }

        Carrier = Guard.NotNull(carrier);
        Voyage = Guard.NotNull(voyage);
        LoadLocation = Guard.NotNull(loadLocation);
        UnloadLocation = Guard.NotNull(unloadLocation);
        if (unloadTime <= loadTime)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.LegEndsBeforeItStarts, unloadTime, loadTime), nameof(unloadTime));
        }

        Mode = mode;
        LoadTime = loadTime;
        UnloadTime = unloadTime;
        TransitTime = TransitTimeDistribution.Fixed(unloadTime - loadTime);
    }

    /// <summary>How the goods travel.</summary>
    public TransportMode Mode { get; }

    /// <summary>The party that carries the goods on this leg.</summary>
    public PartyId Carrier { get; }

    /// <summary>The voyage, flight or trip.</summary>
    public VoyageNumber Voyage { get; }

    /// <summary>Where the goods are loaded.</summary>
    public UnLocode LoadLocation { get; }

    /// <summary>Where the goods are unloaded.</summary>
    public UnLocode UnloadLocation { get; }

    /// <summary>The planned load instant.</summary>
    public Instant LoadTime { get; }

    /// <summary>The planned unload instant, strictly after <see cref="LoadTime"/>.</summary>
    public Instant UnloadTime { get; }

    /// <summary>The facility within <see cref="LoadLocation"/>, or null (the default) when not known.</summary>
    public FacilityId? LoadFacility { get; init; }

    /// <summary>The facility within <see cref="UnloadLocation"/>, or null (the default) when not known.</summary>
    public FacilityId? UnloadFacility { get; init; }

    /// <summary>
    /// The distribution of the leg's transit time, in days; by default the planned interval from
    /// <see cref="LoadTime"/> to <see cref="UnloadTime"/>, known exactly.
    /// </summary>
    public TransitTimeDistribution TransitTime { get; init; }

    /// <summary>The leg in one line, e.g. "V100 CNSHA→NLRTM 2026-03-01T00:00:00Z/2026-03-28T00:00:00Z (SeaFcl)".</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}→{2} {3}/{4} ({5})", Voyage, LoadLocation, UnloadLocation, LoadTime, UnloadTime, Mode);
}
