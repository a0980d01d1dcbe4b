using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// The buyer closed the order after a receipt: complete, or short-closed when some confirmed units were not yet received
/// (they will not be received on this order). Equality compares every value.
/// </summary>
public sealed record PurchaseOrderClosed : PurchaseOrderEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="version">The order's version after the event, at least 1.</param>
    /// <param name="at">When the command took effect.</param>
    /// <param name="shortClosed">Whether the order was closed from partially received (a short close).</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public PurchaseOrderClosed(OrderId orderId, int version, Instant at, bool shortClosed)
        : base(orderId, version, at) => ShortClosed = shortClosed;

    /// <summary>Whether the order was closed while partially received: what was still open or in transit will not be received on it.</summary>
    public bool ShortClosed { get; }
}
