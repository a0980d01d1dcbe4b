namespace SupplyChain.Domain.Analytics;

/// <summary>Which handling event ends a shipment's lead time (it always starts at the first receipt at the origin).</summary>
public enum ShipmentLeadTimeEnd
{
    /// <summary>The first <c>Claimed</c> event at the destination: door to door, as the consignee sees it.</summary>
    Claimed = 1,

    /// <summary>The last <c>Unloaded</c> event at the destination: the end of the main carriage, before clearance and the last mile.</summary>
    UnloadedAtDestination = 2,
}
