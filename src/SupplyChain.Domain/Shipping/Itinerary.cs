using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>The planned route of a shipment: one or more connected <see cref="Leg"/>s, in order.</summary>
/// <remarks>
/// <para>
/// Construction makes bad sequences impossible: there is at least one leg, each leg loads where the previous one
/// unloads, and no leg loads before the previous one unloads. The itinerary keeps its own copy of the legs.
/// </para>
/// <para>Equality compares the legs in order.</para>
/// </remarks>
public sealed class Itinerary : IEquatable<Itinerary>
{
    private readonly Leg[] _legs;

    /// <summary>Creates an itinerary.</summary>
    /// <param name="legs">The legs, in order; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="legs"/> is or contains null.</exception>
    /// <exception cref="ArgumentException">There is no leg, two consecutive legs are not connected, or a leg loads before the previous one unloads.</exception>
    public Itinerary(IEnumerable<Leg> legs)
    {
        Guard.NotNull(legs);
        var copy = legs.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException(ErrorMessages.ItineraryNeedsALeg, nameof(legs));
        }

        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentNullException(nameof(legs), Guard.Format(ErrorMessages.MustNotBeNull, $"legs[{i}]"));
            }

            if (i == 0)
            {
                continue;
            }

            var (previous, next) = (copy[i - 1], copy[i]);
            if (next.LoadLocation != previous.UnloadLocation)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.LegsNotConnected, i, next.LoadLocation, previous.UnloadLocation), nameof(legs));
            }

            if (next.LoadTime < previous.UnloadTime)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.LegsOverlapInTime, i, next.LoadTime, previous.UnloadTime), nameof(legs));
            }
        }

        _legs = copy;
    }

    /// <summary>The legs, in order; never empty.</summary>
    public IReadOnlyList<Leg> Legs => _legs;

    /// <summary>The first leg.</summary>
    public Leg FirstLeg => _legs[0];

    /// <summary>The last leg.</summary>
    public Leg LastLeg => _legs[^1];

    /// <summary>Where the first leg loads.</summary>
    public UnLocode InitialDepartureLocation => FirstLeg.LoadLocation;

    /// <summary>When the first leg loads.</summary>
    public Instant InitialDepartureTime => FirstLeg.LoadTime;

    /// <summary>Where the last leg unloads.</summary>
    public UnLocode FinalArrivalLocation => LastLeg.UnloadLocation;

    /// <summary>When the last leg unloads: the estimated time of arrival while the shipment follows this plan.</summary>
    public Instant FinalArrivalTime => LastLeg.UnloadTime;

    /// <summary>
    /// The lead time of the route: the legs' transit-time distributions added (means and variances). Waiting between
    /// legs counts only as far as the legs' distributions include it.
    /// </summary>
    public TransitTimeDistribution LeadTime => TransitTimeDistribution.Sum(_legs.Select(l => l.TransitTime));

    /// <summary>
    /// Whether the plan expects <paramref name="handlingEvent"/> (the semantics of dddsample's
    /// <c>Itinerary.isExpected</c>).
    /// </summary>
    /// <param name="handlingEvent">The event.</param>
    /// <returns>
    /// <see cref="HandlingEventType.Received"/>: at the first leg's load location. <see cref="HandlingEventType.Loaded"/>:
    /// where a leg has that load location and voyage. <see cref="HandlingEventType.Unloaded"/>: where a leg has that
    /// unload location and voyage. <see cref="HandlingEventType.Claimed"/> and
    /// <see cref="HandlingEventType.OutForDelivery"/>, <see cref="HandlingEventType.DeliveryAttemptFailed"/> and
    /// <see cref="HandlingEventType.ReturnedToStation"/>: at the last leg's unload location.
    /// <see cref="HandlingEventType.ReturnedToSender"/>: at the first leg's load location.
    /// <see cref="HandlingEventType.CustomsCleared"/> and <see cref="HandlingEventType.DeliveryException"/>: always.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="handlingEvent"/> is null.</exception>
    public bool IsExpected(HandlingEvent handlingEvent)
    {
        Guard.NotNull(handlingEvent);
        var at = handlingEvent.Location;
        return handlingEvent.Type switch
        {
            HandlingEventType.Received => FirstLeg.LoadLocation == at,
            HandlingEventType.Loaded => _legs.Any(l => l.LoadLocation == at && l.Voyage == handlingEvent.Voyage),
            HandlingEventType.Unloaded => _legs.Any(l => l.UnloadLocation == at && l.Voyage == handlingEvent.Voyage),
            HandlingEventType.Claimed or HandlingEventType.OutForDelivery
                or HandlingEventType.DeliveryAttemptFailed or HandlingEventType.ReturnedToStation => LastLeg.UnloadLocation == at,
            HandlingEventType.ReturnedToSender => FirstLeg.LoadLocation == at,
            _ => true,
        };
    }

    /// <summary>
    /// What the plan expects after <paramref name="handlingEvent"/>, assuming the event was expected (dddsample's
    /// <c>Delivery.calculateNextExpectedActivity</c>).
    /// </summary>
    /// <param name="handlingEvent">The latest event.</param>
    /// <returns>
    /// After a receipt: load onto the first leg. After a load: unload from the leg loading at that location on that
    /// voyage. After an unload: load onto the leg after the leg unloading at that location from that voyage, or claim
    /// there after the last leg. After out-for-delivery: claim at the last leg's unload location. After a failed delivery
    /// attempt: out for delivery again there (the re-attempt). After a return to the station: the return to the sender
    /// at the first leg's load location. Otherwise null.
    /// </returns>
    /// <remarks>
    /// dddsample matches the leg by location only (the first leg loading or unloading there); matching the voyage as
    /// well gives the same answer unless the itinerary visits a location twice, where it picks the right visit. An
    /// event whose voyage no leg has falls back to the location-only match.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="handlingEvent"/> is null.</exception>
    public HandlingActivity? NextActivityAfter(HandlingEvent handlingEvent)
    {
        Guard.NotNull(handlingEvent);
        var at = handlingEvent.Location;
        switch (handlingEvent.Type)
        {
            case HandlingEventType.Received:
                return new HandlingActivity(HandlingEventType.Loaded, FirstLeg.LoadLocation, FirstLeg.Voyage);
            case HandlingEventType.Loaded:
                var loading = Array.Find(_legs, l => l.LoadLocation == at && l.Voyage == handlingEvent.Voyage)
                    ?? Array.Find(_legs, l => l.LoadLocation == at);
                return loading is null ? null : new HandlingActivity(HandlingEventType.Unloaded, loading.UnloadLocation, loading.Voyage);
            case HandlingEventType.Unloaded:
                var index = Array.FindIndex(_legs, l => l.UnloadLocation == at && l.Voyage == handlingEvent.Voyage);
                index = index >= 0 ? index : Array.FindIndex(_legs, l => l.UnloadLocation == at);
                if (index < 0)
                {
                    return null;
                }

                return index + 1 < _legs.Length
                    ? new HandlingActivity(HandlingEventType.Loaded, _legs[index + 1].LoadLocation, _legs[index + 1].Voyage)
                    : new HandlingActivity(HandlingEventType.Claimed, _legs[index].UnloadLocation, null);
            case HandlingEventType.OutForDelivery:
                return new HandlingActivity(HandlingEventType.Claimed, LastLeg.UnloadLocation, null);
            case HandlingEventType.DeliveryAttemptFailed:
                return new HandlingActivity(HandlingEventType.OutForDelivery, LastLeg.UnloadLocation, null);
            case HandlingEventType.ReturnedToStation:
                return new HandlingActivity(HandlingEventType.ReturnedToSender, FirstLeg.LoadLocation, null);
            default:
                return null;
        }
    }

    /// <inheritdoc/>
    public bool Equals(Itinerary? other) => other is not null && _legs.SequenceEqual(other._legs);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Itinerary);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var leg in _legs)
        {
            hash.Add(leg);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two itineraries have the same legs in the same order.</summary>
    /// <param name="left">One itinerary, or null.</param>
    /// <param name="right">The other, or null.</param>
    /// <returns>Whether they are equal (two nulls are equal).</returns>
    public static bool operator ==(Itinerary? left, Itinerary? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two itineraries differ.</summary>
    /// <param name="left">One itinerary, or null.</param>
    /// <param name="right">The other, or null.</param>
    /// <returns>Whether they are not equal.</returns>
    public static bool operator !=(Itinerary? left, Itinerary? right) => !(left == right);

    /// <summary>The legs, one per line.</summary>
    public override string ToString() => string.Join(Environment.NewLine, _legs.Select(l => l.ToString()));
}
