using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Analytics;

/// <summary>A shipment that gave no lead-time observation, and why.</summary>
/// <remarks>Equality compares both values.</remarks>
public sealed record SkippedShipment
{
    internal SkippedShipment(ShipmentId shipment, ShipmentSkipReason reason)
    {
        Shipment = shipment;
        Reason = reason;
    }

    /// <summary>The shipment.</summary>
    public ShipmentId Shipment { get; }

    /// <summary>Why it was skipped.</summary>
    public ShipmentSkipReason Reason { get; }

    /// <summary>"shipment: reason".</summary>
    public override string ToString() => Shipment + ": " + Reason;
}
