using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>The shipment was assigned an itinerary (<see cref="Shipment.AssignToRoute"/>).</summary>
/// <remarks>Equality compares every value, the itinerary leg by leg.</remarks>
public sealed record ShipmentRouted : ShipmentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="shipmentId">The shipment.</param>
    /// <param name="version">The shipment's version after the event, at least 1.</param>
    /// <param name="itinerary">The itinerary assigned.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shipmentId"/> or <paramref name="itinerary"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public ShipmentRouted(ShipmentId shipmentId, int version, Itinerary itinerary)
        : base(shipmentId, version) => Itinerary = Guard.NotNull(itinerary);

    /// <summary>The itinerary assigned.</summary>
    public Itinerary Itinerary { get; }
}
