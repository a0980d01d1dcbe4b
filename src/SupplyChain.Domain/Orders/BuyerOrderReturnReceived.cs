using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Orders;

/// <summary>Units a buyer returned from a shipped parcel were received at a storage centre, into the bucket their condition says. Equality compares every value.</summary>
public sealed record BuyerOrderReturnReceived : BuyerOrderEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="version">The order's version after the event, at least 1.</param>
    /// <param name="at">When the command took effect.</param>
    /// <param name="buyerReturn">What was returned, from which parcel, why, and in what condition.</param>
    /// <param name="centre">The storage centre that received the units.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/>, <paramref name="buyerReturn"/> or <paramref name="centre"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public BuyerOrderReturnReceived(OrderId orderId, int version, Instant at, BuyerReturn buyerReturn, FacilityId centre)
        : base(orderId, version, at)
    {
        Return = Guard.NotNull(buyerReturn);
        Centre = Guard.NotNull(centre);
    }

    /// <summary>What was returned, from which parcel, why, and in what condition.</summary>
    public BuyerReturn Return { get; }

    /// <summary>The storage centre that received the units.</summary>
    public FacilityId Centre { get; }
}
