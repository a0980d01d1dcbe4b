using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Orders;

/// <summary>One planned parcel of the order left its stock location (its reserved units were shipped). Equality compares every value.</summary>
public sealed record BuyerOrderParcelShipped : BuyerOrderEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="version">The order's version after the event, at least 1.</param>
    /// <param name="at">When the command took effect.</param>
    /// <param name="parcel">The parcel's number (<see cref="OrderParcel.Number"/>), at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> or <paramref name="parcel"/> is below 1.</exception>
    public BuyerOrderParcelShipped(OrderId orderId, int version, Instant at, int parcel)
        : base(orderId, version, at) => Parcel = Guard.Positive(parcel);

    /// <summary>The parcel's number.</summary>
    public int Parcel { get; }
}
