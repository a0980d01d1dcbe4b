using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Orders;

/// <summary>The order was cancelled; the reservations of the parcels not yet shipped were released. Equality compares every value.</summary>
public sealed record BuyerOrderCancelled : BuyerOrderEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="version">The order's version after the event, at least 1.</param>
    /// <param name="at">When the command took effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public BuyerOrderCancelled(OrderId orderId, int version, Instant at)
        : base(orderId, version, at)
    {
    }
}
