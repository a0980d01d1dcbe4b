using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>What is asked of the shipment changed (<see cref="Shipment.SpecifyNewRoute"/>).</summary>
/// <remarks>Equality compares every value.</remarks>
public sealed record ShipmentRouteSpecified : ShipmentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="shipmentId">The shipment.</param>
    /// <param name="version">The shipment's version after the event, at least 1.</param>
    /// <param name="routeSpecification">The new route specification.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shipmentId"/> or <paramref name="routeSpecification"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public ShipmentRouteSpecified(ShipmentId shipmentId, int version, RouteSpecification routeSpecification)
        : base(shipmentId, version) => RouteSpecification = Guard.NotNull(routeSpecification);

    /// <summary>The new route specification.</summary>
    public RouteSpecification RouteSpecification { get; }
}
