using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// The shipment came into being by <see cref="Shipment.SplitOff"/> from another (version 1 of the partial shipment): the
/// parties, route specification and itinerary it took over, and its cartons. The other shipment records
/// <see cref="ShipmentSplitOff"/>.
/// </summary>
/// <remarks>Equality compares every value, the cartons item by item.</remarks>
public sealed record PartialShipmentBooked : ShipmentEvent
{
    /// <summary>Creates the event. It does not check the cartons or the itinerary: <see cref="Shipment.Rebuild"/> does.</summary>
    /// <param name="shipmentId">The partial shipment.</param>
    /// <param name="splitFrom">The shipment it was split off from.</param>
    /// <param name="shipper">The party that sends the goods.</param>
    /// <param name="consignee">The party that receives them.</param>
    /// <param name="routeSpecification">From where, to where, by when.</param>
    /// <param name="itinerary">The plan taken over, or null when the shipment was not routed.</param>
    /// <param name="cartons">The cartons split off.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="itinerary"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cartons"/> holds null.</exception>
    public PartialShipmentBooked(ShipmentId shipmentId, ShipmentId splitFrom, PartyId shipper, PartyId consignee, RouteSpecification routeSpecification, Itinerary? itinerary, IEnumerable<PackedCarton> cartons)
        : base(shipmentId, 1)
    {
        SplitFrom = Guard.NotNull(splitFrom);
        Shipper = Guard.NotNull(shipper);
        Consignee = Guard.NotNull(consignee);
        RouteSpecification = Guard.NotNull(routeSpecification);
        Itinerary = itinerary;
        Cartons = Guard.CopyItems(cartons, requireOne: false).AsReadOnly();
    }

    /// <summary>The shipment this one was split off from.</summary>
    public ShipmentId SplitFrom { get; }

    /// <summary>The party that sends the goods.</summary>
    public PartyId Shipper { get; }

    /// <summary>The party that receives the goods.</summary>
    public PartyId Consignee { get; }

    /// <summary>From where, to where, by when.</summary>
    public RouteSpecification RouteSpecification { get; }

    /// <summary>The plan taken over, or null.</summary>
    public Itinerary? Itinerary { get; }

    /// <summary>The cartons, in the order given.</summary>
    public IReadOnlyList<PackedCarton> Cartons { get; }

    /// <summary>Compares the kind and every value, the cartons item by item.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>Whether both are the same kind of event with equal values and equal cartons in the same order.</returns>
    public bool Equals(PartialShipmentBooked? other) =>
        base.Equals(other) && SplitFrom == other.SplitFrom && Shipper == other.Shipper && Consignee == other.Consignee
        && RouteSpecification == other.RouteSpecification && Itinerary == other.Itinerary && Cartons.SequenceEqual(other.Cartons);

    /// <summary>A hash code consistent with <see cref="Equals(PartialShipmentBooked)"/>.</summary>
    /// <returns>A hash of the kind, the values and the number of cartons.</returns>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), SplitFrom, Shipper, Consignee, RouteSpecification, Itinerary, Cartons.Count);
}
