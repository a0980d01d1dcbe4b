namespace SupplyChain.Domain.Inventory;

/// <summary>What a <see cref="StockMovement"/> records; each kind moves units between fixed buckets (see the factory methods of <see cref="StockMovement"/>).</summary>
/// <remarks>The numeric values are stable.</remarks>
public enum StockMovementKind
{
    /// <summary>An inbound shipment is created: outside → <see cref="StockBucket.InboundWorking"/>.</summary>
    InboundPlanned = 1,

    /// <summary>The sender hands the inbound shipment to the carrier: <see cref="StockBucket.InboundWorking"/> → <see cref="StockBucket.InboundShipped"/>.</summary>
    InboundShipped = 2,

    /// <summary>The inbound shipment arrives: <see cref="StockBucket.InboundShipped"/> → <see cref="StockBucket.InboundReceiving"/>.</summary>
    InboundArrived = 3,

    /// <summary>Units are checked in: <see cref="StockBucket.InboundReceiving"/> → fulfillable or an unfulfillable bucket.</summary>
    Receipt = 4,

    /// <summary>Units leave for a buyer: reserved or fulfillable → outside.</summary>
    Shipment = 5,

    /// <summary>Units leave for another facility: fulfillable → outside.</summary>
    TransferOut = 6,

    /// <summary>Units come from another facility: outside → fulfillable.</summary>
    TransferIn = 7,

    /// <summary>Units are held for an order: fulfillable → reserved.</summary>
    Reservation = 8,

    /// <summary>A hold is lifted: reserved → fulfillable.</summary>
    Release = 9,

    /// <summary>A correction with an <see cref="AdjustmentReason"/>: into, out of or between buckets.</summary>
    Adjustment = 10,

    /// <summary>A buyer's order cannot be served now: outside → <see cref="StockBucket.Backordered"/>.</summary>
    BackorderOpened = 11,

    /// <summary>A backorder is served or cancelled: <see cref="StockBucket.Backordered"/> → outside.</summary>
    BackorderClosed = 12,

    /// <summary>A buyer's return is received at a storage centre: outside → fulfillable, <see cref="StockBucket.UnfulfillableCustomerDamaged"/> or <see cref="StockBucket.UnfulfillableDefective"/>.</summary>
    CustomerReturn = 13,
}
