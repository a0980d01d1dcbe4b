using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// A new handling event was recorded (<see cref="Shipment.Record"/> returned true); the same fact reported again records
/// nothing.
/// </summary>
/// <remarks>
/// Equality compares every value, and of the handling event every detail: the fact (type, location, voyage, completion
/// instant) and the report (<see cref="Shipping.HandlingEvent.RegistrationTime"/>, <see cref="Shipping.HandlingEvent.Facility"/>),
/// so that a stored event reads back as the very report the shipment kept.
/// </remarks>
public sealed record ShipmentHandled : ShipmentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="shipmentId">The shipment.</param>
    /// <param name="version">The shipment's version after the event, at least 1.</param>
    /// <param name="handlingEvent">The handling event recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shipmentId"/> or <paramref name="handlingEvent"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public ShipmentHandled(ShipmentId shipmentId, int version, HandlingEvent handlingEvent)
        : base(shipmentId, version) => HandlingEvent = Guard.NotNull(handlingEvent);

    /// <summary>The handling event recorded.</summary>
    public HandlingEvent HandlingEvent { get; }

    /// <summary>Compares the kind and every value, the handling event with its registration instant, facility and failure reason.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>Whether both are the same kind of event with equal values.</returns>
    public bool Equals(ShipmentHandled? other) =>
        base.Equals(other) && HandlingEvent == other.HandlingEvent
        && HandlingEvent.RegistrationTime == other.HandlingEvent.RegistrationTime && HandlingEvent.Facility == other.HandlingEvent.Facility
        && HandlingEvent.FailureReason == other.HandlingEvent.FailureReason;

    /// <summary>A hash code consistent with <see cref="Equals(ShipmentHandled)"/>.</summary>
    /// <returns>A hash of the kind and the values.</returns>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), HandlingEvent);
}
