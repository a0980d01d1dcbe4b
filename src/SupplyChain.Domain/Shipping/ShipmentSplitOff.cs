using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// Cartons left the shipment for a partial shipment (<see cref="Shipment.SplitOff"/>); the partial shipment's own
/// history starts with <see cref="PartialShipmentBooked"/>.
/// </summary>
/// <remarks>Equality compares every value, the cartons item by item.</remarks>
public sealed record ShipmentSplitOff : ShipmentEvent
{
    /// <summary>Creates the event. It does not check the cartons against a shipment: <see cref="Shipment.Rebuild"/> does.</summary>
    /// <param name="shipmentId">The shipment the cartons left.</param>
    /// <param name="version">The shipment's version after the event, at least 1.</param>
    /// <param name="partialId">The partial shipment.</param>
    /// <param name="cartons">The cartons that left, in the order given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cartons"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public ShipmentSplitOff(ShipmentId shipmentId, int version, ShipmentId partialId, IEnumerable<PackedCarton> cartons)
        : base(shipmentId, version)
    {
        PartialId = Guard.NotNull(partialId);
        Cartons = Guard.CopyItems(cartons, requireOne: false).AsReadOnly();
    }

    /// <summary>The partial shipment.</summary>
    public ShipmentId PartialId { get; }

    /// <summary>The cartons that left, in the order given.</summary>
    public IReadOnlyList<PackedCarton> Cartons { get; }

    /// <summary>Compares the kind and every value, the cartons item by item.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>Whether both are the same kind of event with equal values and equal cartons in the same order.</returns>
    public bool Equals(ShipmentSplitOff? other) => base.Equals(other) && PartialId == other.PartialId && Cartons.SequenceEqual(other.Cartons);

    /// <summary>A hash code consistent with <see cref="Equals(ShipmentSplitOff)"/>.</summary>
    /// <returns>A hash of the kind, the values and the number of cartons.</returns>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), PartialId, Cartons.Count);
}
