using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Orders;

/// <summary>The order was allocated to stock locations (its units reserved there) and split into parcels. Equality compares every value.</summary>
public sealed record BuyerOrderAllocated : BuyerOrderEvent
{
    /// <summary>Creates the event. It does not check the allocation against an order: <see cref="BuyerOrder.Rebuild"/> does.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="version">The order's version after the event, at least 1.</param>
    /// <param name="at">When the command took effect.</param>
    /// <param name="allocation">The allocation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> or <paramref name="allocation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public BuyerOrderAllocated(OrderId orderId, int version, Instant at, OrderAllocation allocation)
        : base(orderId, version, at) => Allocation = Guard.NotNull(allocation);

    /// <summary>The allocation: lines per location, parcels, reason and split cost.</summary>
    public OrderAllocation Allocation { get; }
}
