using System.Globalization;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>A handling step the itinerary expects next: a type, a location and (for loads and unloads) a voyage.</summary>
/// <remarks>The voyage rules of <see cref="HandlingEvent"/> apply. Equality compares all three.</remarks>
public sealed record HandlingActivity
{
    /// <summary>Creates an activity.</summary>
    /// <param name="type">The kind of step.</param>
    /// <param name="location">Where it is expected.</param>
    /// <param name="voyage">The voyage; required for loads and unloads, forbidden for receipts, customs and claims.</param>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="voyage"/> breaks the voyage rule of <paramref name="type"/>.</exception>
    public HandlingActivity(HandlingEventType type, UnLocode location, VoyageNumber? voyage)
    {
        HandlingEvent.CheckVoyage(type, voyage);
        Type = type;
        Location = Guard.NotNull(location);
        Voyage = voyage;
    }

    /// <summary>The kind of step.</summary>
    public HandlingEventType Type { get; }

    /// <summary>Where it is expected.</summary>
    public UnLocode Location { get; }

    /// <summary>The voyage, or null.</summary>
    public VoyageNumber? Voyage { get; }

    /// <summary>The activity in one line, e.g. "Loaded at NLRTM on V200".</summary>
    public override string ToString() =>
        Voyage is null
            ? string.Format(CultureInfo.InvariantCulture, "{0} at {1}", Type, Location)
            : string.Format(CultureInfo.InvariantCulture, "{0} at {1} on {2}", Type, Location, Voyage);
}
