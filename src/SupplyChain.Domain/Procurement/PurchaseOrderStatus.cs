namespace SupplyChain.Domain.Procurement;

/// <summary>
/// Where a purchase order stands in the EANCOM message flow, derived from the commands it accepted (the first that
/// applies, in this order: cancelled, closed, draft, issued, rejected, received, partially received, despatched,
/// partially despatched, confirmed). <see cref="Rejected"/>, <see cref="Cancelled"/> and <see cref="Closed"/> are final.
/// </summary>
public enum PurchaseOrderStatus
{
    /// <summary>Written but not yet sent to the supplier (no ORDERS message).</summary>
    Draft,

    /// <summary>Sent to the supplier (ORDERS); no response yet.</summary>
    Issued,

    /// <summary>The supplier answered (ORDRSP) and accepted at least one line; nothing despatched yet.</summary>
    Confirmed,

    /// <summary>The supplier's response rejected every line. Final.</summary>
    Rejected,

    /// <summary>Some units despatched (DESADV), but not yet every accepted line's confirmed quantity.</summary>
    PartiallyDespatched,

    /// <summary>Every accepted line has despatched at least its confirmed quantity; nothing received yet.</summary>
    Despatched,

    /// <summary>Some units received (RECADV), but not yet every accepted line's confirmed quantity.</summary>
    PartiallyReceived,

    /// <summary>Every accepted line has received at least its confirmed quantity (damaged units count as received).</summary>
    Received,

    /// <summary>The buyer cancelled the order before anything was despatched. Final.</summary>
    Cancelled,

    /// <summary>
    /// The buyer closed the order after a receipt: complete from <see cref="Received"/>, short-closed from
    /// <see cref="PartiallyReceived"/> (what is still open or in transit will not be received on it). Final.
    /// </summary>
    Closed,
}
