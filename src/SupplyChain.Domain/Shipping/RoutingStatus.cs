namespace SupplyChain.Domain.Shipping;

/// <summary>Whether a shipment's itinerary satisfies its route specification.</summary>
public enum RoutingStatus
{
    /// <summary>No itinerary has been assigned (even when events exist; dddsample reports MISROUTED there).</summary>
    NotRouted = 0,

    /// <summary>The itinerary satisfies the route specification (<see cref="RouteSpecification.IsSatisfiedBy"/>).</summary>
    Routed = 1,

    /// <summary>The itinerary does not satisfy the route specification: wrong origin, wrong destination, or too late.</summary>
    Misrouted = 2,
}
