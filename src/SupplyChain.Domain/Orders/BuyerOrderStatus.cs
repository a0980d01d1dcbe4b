namespace SupplyChain.Domain.Orders;

/// <summary>
/// Where a buyer order stands, derived from the commands it accepted (the first that applies, in this order: cancelled,
/// placed, shipped, partially shipped, allocated). <see cref="Shipped"/> and <see cref="Cancelled"/> are final.
/// </summary>
public enum BuyerOrderStatus
{
    /// <summary>Placed by the buyer; no stock allocated yet.</summary>
    Placed,

    /// <summary>Allocated to stock locations (the stock is reserved) and split into parcels; no parcel shipped yet.</summary>
    Allocated,

    /// <summary>Some parcels shipped, others still reserved at their locations.</summary>
    PartiallyShipped,

    /// <summary>Every parcel shipped. Final.</summary>
    Shipped,

    /// <summary>Cancelled; every reservation still held was released. Final.</summary>
    Cancelled,
}
