namespace SupplyChain.Domain.Inventory;

/// <summary>
/// Where units of one product at one facility are, as a seller's inventory report shows them (the buckets of the
/// platform's inventory report: fulfillable, reserved, inbound working / shipped / receiving, unfulfillable by reason,
/// plus the units owed to buyers).
/// </summary>
/// <remarks>
/// <see cref="Backordered"/> is not stock: it counts units that buyers ordered and that could not be served yet, so
/// it is subtracted in the <see cref="InventoryPosition"/>. The numeric values are stable.
/// </remarks>
public enum StockBucket
{
    /// <summary>On hand and free to be picked for a new order.</summary>
    Fulfillable = 1,

    /// <summary>On hand but held for an order (or a transfer or processing) and not free for a new one.</summary>
    Reserved = 2,

    /// <summary>An inbound shipment is planned (created but not yet sent); the units are still with the sender.</summary>
    InboundWorking = 3,

    /// <summary>An inbound shipment is on its way to the facility.</summary>
    InboundShipped = 4,

    /// <summary>An inbound shipment has arrived and is being checked in.</summary>
    InboundReceiving = 5,

    /// <summary>On hand, unsellable: damaged by the customer (a return).</summary>
    UnfulfillableCustomerDamaged = 6,

    /// <summary>On hand, unsellable: damaged in the warehouse.</summary>
    UnfulfillableWarehouseDamaged = 7,

    /// <summary>On hand, unsellable: damaged by the carrier.</summary>
    UnfulfillableCarrierDamaged = 8,

    /// <summary>On hand, unsellable: defective.</summary>
    UnfulfillableDefective = 9,

    /// <summary>On hand, unsellable: past its expiry date.</summary>
    UnfulfillableExpired = 10,

    /// <summary>Units ordered by buyers and not yet served (a liability, not stock).</summary>
    Backordered = 11,
}
