using System.Collections.Immutable;
using NodaTime;
using SupplyChain.Domain.Orders;

namespace SupplyChain.Domain.Analytics;

/// <summary>What happened to one customer or purchase order: the outcomes of its lines.</summary>
/// <remarks>
/// The order is <em>in full</em> when every line is in full, and <em>on time</em> when every line is on time. The
/// order keeps its own copy of the lines.
/// </remarks>
public sealed record OrderOutcome
{
    /// <summary>Creates the outcome of an order.</summary>
    /// <param name="lines">The order's lines; at least one, each made by the <see cref="OrderLineOutcome"/> constructor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty or holds a default (never constructed) line.</exception>
    public OrderOutcome(IEnumerable<OrderLineOutcome> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var copy = lines.ToImmutableArray();
        if (copy.IsEmpty)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.MustContainAtLeastOne, nameof(lines), "order line"), nameof(lines));
        }

        var unset = copy.IndexOf(default);
        if (unset >= 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.DefaultElement, nameof(lines), unset, nameof(OrderLineOutcome)), nameof(lines));
        }

        Lines = copy;
    }

    /// <summary>
    /// The outcome of a buyer order: one line per order line, ordered = the line's units, shipped = the units of the
    /// parcels shipped (<see cref="BuyerOrder.ShippedUnits"/>), timing = the delivery date classified by the window
    /// (by default the promised date, no tolerance); an order not delivered is <see cref="DeliveryTiming.Late"/>.
    /// </summary>
    /// <param name="order">The buyer order.</param>
    /// <param name="deliveredOn">The day its last parcel was delivered, or null when it was not delivered.</param>
    /// <param name="window">The delivery window; null for <see cref="BuyerOrder.PromisedDelivery"/> with no tolerance.</param>
    /// <returns>The outcome, its lines in the order's line order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    public static OrderOutcome From(BuyerOrder order, LocalDate? deliveredOn, DeliveryWindow? window = null)
    {
        Guard.NotNull(order);
        var timing = deliveredOn is { } day ? (window ?? new DeliveryWindow(order.PromisedDelivery)).Classify(day) : DeliveryTiming.Late;
        return new(order.Lines.Select(l => new OrderLineOutcome { Ordered = l.Units, Shipped = order.ShippedUnits(l.Sku), Timing = timing }));
    }

    /// <summary>The order's lines, in the order given.</summary>
    public ImmutableArray<OrderLineOutcome> Lines { get; }

    /// <summary>Every line shipped at least its ordered quantity.</summary>
    public bool IsInFull => Lines.All(l => l.IsInFull);

    /// <summary>Whether every line arrived on time under <paramref name="early"/>.</summary>
    /// <param name="early">How an early delivery counts.</param>
    /// <returns>True when no line is late (or early, when early does not count as on time).</returns>
    public bool IsOnTime(EarlyDelivery early = EarlyDelivery.CountsAsOnTime) => Lines.All(l => l.IsOnTime(early));
}
