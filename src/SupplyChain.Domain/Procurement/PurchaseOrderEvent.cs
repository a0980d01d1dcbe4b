using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// A fact about a purchase order: a command it accepted, with the instant the command gives and the order's version
/// after it. An order's <see cref="PurchaseOrder.History"/> is the list of its events, and
/// <see cref="PurchaseOrder.Rebuild"/> turns that list back into an equal order.
/// </summary>
/// <remarks>
/// <para>
/// Versions count the events of one order from 1 (<see cref="PurchaseOrderDrafted"/>) without gaps: an application that
/// stores the events can refuse a writer whose version is not the next one (optimistic concurrency).
/// </para>
/// <para>
/// The kinds are closed (only this library derives from this record): <see cref="PurchaseOrderDrafted"/>,
/// <see cref="PurchaseOrderIssued"/>, <see cref="PurchaseOrderResponded"/>, <see cref="PurchaseOrderDespatched"/>,
/// <see cref="PurchaseOrderReceived"/>, <see cref="PurchaseOrderCancelled"/>, <see cref="PurchaseOrderClosed"/>.
/// Equality compares the kind and every value, lists item by item.
/// </para>
/// </remarks>
public abstract record PurchaseOrderEvent
{
    private protected PurchaseOrderEvent(OrderId orderId, int version, Instant at)
    {
        OrderId = Guard.NotNull(orderId);
        Version = Guard.Positive(version);
        At = at;
    }

    /// <summary>The order the event belongs to.</summary>
    public OrderId OrderId { get; }

    /// <summary>The order's version after the event: 1 for the draft, then one more per accepted command.</summary>
    public int Version { get; }

    /// <summary>When the command took effect (the message's date and time), as the caller gave it.</summary>
    public Instant At { get; }

    /// <summary>The event as text, e.g. <c>PO-1 v3 at 2026-03-01T08:00:00Z: PurchaseOrderResponded</c>.</summary>
    /// <returns>The order id, version, instant and kind of event.</returns>
    public override string ToString() => $"{OrderId} v{Version} at {InstantPattern.General.Format(At)}: {GetType().Name}";
}
