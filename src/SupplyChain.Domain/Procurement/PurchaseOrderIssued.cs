using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Procurement;

/// <summary>The order was sent to the supplier (EANCOM ORDERS). Equality compares every value.</summary>
public sealed record PurchaseOrderIssued : PurchaseOrderEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="version">The order's version after the event, at least 1.</param>
    /// <param name="at">When the command took effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public PurchaseOrderIssued(OrderId orderId, int version, Instant at)
        : base(orderId, version, at)
    {
    }
}
