using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Analytics;

/// <summary>One lead-time observation from a shipment's handling events: who shipped, on which lane, from when to when.</summary>
/// <remarks>Equality compares every value.</remarks>
public sealed record ShipmentLeadTime
{
    internal ShipmentLeadTime(ShipmentId shipment, PartyId supplier, Lane lane, Instant start, Instant end)
    {
        Shipment = shipment;
        Supplier = supplier;
        Lane = lane;
        Start = start;
        End = end;
    }

    /// <summary>The shipment.</summary>
    public ShipmentId Shipment { get; }

    /// <summary>The supplier: the shipment's shipper.</summary>
    public PartyId Supplier { get; }

    /// <summary>The lane: the facility of the receipt to the facility of the ending event.</summary>
    public Lane Lane { get; }

    /// <summary>The completion instant of the first receipt at the origin.</summary>
    public Instant Start { get; }

    /// <summary>The completion instant of the ending event.</summary>
    public Instant End { get; }

    /// <summary>The lead time in days, fractional: (End − Start) / 24 h.</summary>
    public double Days => (End - Start).TotalDays;
}
