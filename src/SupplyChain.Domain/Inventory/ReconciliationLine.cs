using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Inventory;

/// <summary>Shipped against received units of one SKU of an inbound shipment.</summary>
public sealed record ReconciliationLine
{
    internal ReconciliationLine(Sku sku, long shipped, long received)
    {
        Sku = sku;
        Shipped = shipped;
        Received = received;
    }

    /// <summary>The SKU.</summary>
    public Sku Sku { get; }

    /// <summary>Units the sender shipped.</summary>
    public long Shipped { get; }

    /// <summary>Units the facility received.</summary>
    public long Received { get; }

    /// <summary>Received − shipped: negative for a shortage, positive for an overage.</summary>
    public long Difference => Received - Shipped;

    /// <summary>Shortage, overage or none.</summary>
    public DiscrepancyKind Kind => Difference switch
    {
        < 0 => DiscrepancyKind.Shortage,
        > 0 => DiscrepancyKind.Overage,
        _ => DiscrepancyKind.None,
    };

    /// <summary>Units to claim: the shortage, or 0.</summary>
    public long ClaimableUnits => Math.Max(0, -Difference);

    /// <summary>The line, e.g. <c>MUG-350-BLK: shipped 24, received 20 (Shortage -4)</c>.</summary>
    public override string ToString() => Guard.Format("{0}: shipped {1}, received {2} ({3} {4})", Sku, Shipped, Received, Kind, Difference);
}
