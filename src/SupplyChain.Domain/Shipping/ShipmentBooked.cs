using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>The shipment was booked (version 1): its parties, its route specification and its cartons.</summary>
/// <remarks>Equality compares every value, the cartons item by item.</remarks>
public sealed record ShipmentBooked : ShipmentEvent
{
    /// <summary>Creates the event. It does not check the cartons: <see cref="Shipment.Rebuild"/> does, as a new shipment would.</summary>
    /// <param name="shipmentId">The shipment.</param>
    /// <param name="shipper">The party that sends the goods.</param>
    /// <param name="consignee">The party that receives them.</param>
    /// <param name="routeSpecification">From where, to where, by when.</param>
    /// <param name="cartons">The contents.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cartons"/> holds null.</exception>
    public ShipmentBooked(ShipmentId shipmentId, PartyId shipper, PartyId consignee, RouteSpecification routeSpecification, IEnumerable<PackedCarton> cartons)
        : base(shipmentId, 1)
    {
        Shipper = Guard.NotNull(shipper);
        Consignee = Guard.NotNull(consignee);
        RouteSpecification = Guard.NotNull(routeSpecification);
        Cartons = Guard.CopyItems(cartons, requireOne: false).AsReadOnly();
    }

    /// <summary>The party that sends the goods.</summary>
    public PartyId Shipper { get; }

    /// <summary>The party that receives the goods.</summary>
    public PartyId Consignee { get; }

    /// <summary>From where, to where, by when.</summary>
    public RouteSpecification RouteSpecification { get; }

    /// <summary>The cartons, in the order given.</summary>
    public IReadOnlyList<PackedCarton> Cartons { get; }

    /// <summary>Compares the kind and every value, the cartons item by item.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>Whether both are the same kind of event with equal values and equal cartons in the same order.</returns>
    public bool Equals(ShipmentBooked? other) =>
        base.Equals(other) && Shipper == other.Shipper && Consignee == other.Consignee && RouteSpecification == other.RouteSpecification
        && Cartons.SequenceEqual(other.Cartons);

    /// <summary>A hash code consistent with <see cref="Equals(ShipmentBooked)"/>.</summary>
    /// <returns>A hash of the kind, the values and the number of cartons.</returns>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Shipper, Consignee, RouteSpecification, Cartons.Count);
}
