using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// A fact about a buyer order: a command it accepted, with the instant the command gives and the order's version after
/// it. An order's <see cref="BuyerOrder.History"/> is the list of its events, and <see cref="BuyerOrder.Rebuild"/>
/// turns that list back into an equal order.
/// </summary>
/// <remarks>
/// <para>
/// Versions count the events of one order from 1 (<see cref="BuyerOrderPlaced"/>) without gaps, as a purchase order's
/// do, so a store can refuse a writer whose version is not the next one (optimistic concurrency).
/// </para>
/// <para>
/// The kinds are closed (only this library derives from this record): <see cref="BuyerOrderPlaced"/>,
/// <see cref="BuyerOrderAllocated"/>, <see cref="BuyerOrderParcelShipped"/>, <see cref="BuyerOrderCancelled"/>,
/// <see cref="BuyerOrderReturnReceived"/>.
/// Equality compares the kind and every value, lists item by item.
/// </para>
/// </remarks>
public abstract record BuyerOrderEvent
{
    private protected BuyerOrderEvent(OrderId orderId, int version, Instant at)
    {
        OrderId = Guard.NotNull(orderId);
        Version = Guard.Positive(version);
        At = at;
    }

    /// <summary>The order the event belongs to.</summary>
    public OrderId OrderId { get; }

    /// <summary>The order's version after the event: 1 when placed, then one more per accepted command.</summary>
    public int Version { get; }

    /// <summary>When the command took effect, as the caller gave it.</summary>
    public Instant At { get; }

    /// <summary>The event as text, e.g. <c>SO-1 v2 at 2026-03-02T09:00:00Z: BuyerOrderAllocated</c>.</summary>
    /// <returns>The order id, version, instant and kind of event.</returns>
    public override string ToString() => $"{OrderId} v{Version} at {InstantPattern.General.Format(At)}: {GetType().Name}";
}
