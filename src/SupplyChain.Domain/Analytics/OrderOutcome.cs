using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;
using SupplyChain.Domain.Inventory;
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
    /// <remarks>
    /// Every line gets the one date, so an order whose parcels arrive on different days is judged by the date given; use
    /// <see cref="From(BuyerOrder, IReadOnlyDictionary{int, LocalDate}, DeliveryWindow?)"/> to judge each parcel. A
    /// literal <c>null</c> date picks this overload.
    /// </remarks>
    [OverloadResolutionPriority(1)]
    public static OrderOutcome From(BuyerOrder order, LocalDate? deliveredOn, DeliveryWindow? window = null)
    {
        Guard.NotNull(order);
        var timing = deliveredOn is { } day ? (window ?? new DeliveryWindow(order.PromisedDelivery)).Classify(day) : DeliveryTiming.Late;
        return new(order.Lines.Select(l => new OrderLineOutcome { Ordered = l.Units, Shipped = order.ShippedUnits(l.Sku), Timing = timing }));
    }

    /// <summary>
    /// The outcome of a buyer order judged parcel by parcel: one line per order line, ordered = the line's units,
    /// shipped = the units of the parcels shipped (<see cref="BuyerOrder.ShippedUnits"/>), and the timing of the
    /// <em>latest-arriving</em> of its units: each parcel that carries units of the line is classified by the window on
    /// its own delivery day, and the line is <see cref="DeliveryTiming.Late"/> when any of them is late or not delivered,
    /// else <see cref="DeliveryTiming.Early"/> when any is early, else <see cref="DeliveryTiming.OnTime"/>.
    /// </summary>
    /// <param name="order">The buyer order.</param>
    /// <param name="parcelsDeliveredOn">
    /// The delivery day of each delivered parcel, by its <see cref="OrderParcel.Number"/>; a parcel absent here was not
    /// delivered. Each number is a shipped parcel of the order, delivered no earlier than the UTC date the order was
    /// placed.
    /// </param>
    /// <param name="window">The delivery window; null for <see cref="BuyerOrder.PromisedDelivery"/> with no tolerance.</param>
    /// <returns>The outcome, its lines in the order's line order.</returns>
    /// <remarks>
    /// As in the KPI conventions, an order is on time when every unit arrives on time, and in full when every line shipped
    /// its ordered units: a line with units in a parcel that is late, never delivered or never shipped (or an order not
    /// allocated, which has no parcels) is late. An early parcel makes its lines early, which counts as on time unless
    /// <see cref="EarlyDelivery.CountsAsNotOnTime"/> is asked for, and never hides a late one.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> or <paramref name="parcelsDeliveredOn"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parcelsDeliveredOn"/> names a parcel the order has not shipped (or does not have).</exception>
    /// <exception cref="ArgumentException"><paramref name="parcelsDeliveredOn"/> has a parcel delivered before the UTC date the order was placed.</exception>
    public static OrderOutcome From(BuyerOrder order, IReadOnlyDictionary<int, LocalDate> parcelsDeliveredOn, DeliveryWindow? window = null)
    {
        Guard.NotNull(order);
        Guard.NotNull(parcelsDeliveredOn);
        var shipped = order.ShippedParcels;
        var placed = order.OrderedAt.InUtc().Date;
        foreach (var (parcel, day) in parcelsDeliveredOn)
        {
            if (!shipped.Contains(parcel))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.DeliveredParcelNotShipped, parcel, order.Id, shipped.Count == 0 ? "none" : string.Join(", ", shipped)), nameof(parcelsDeliveredOn));
            }

            if (day < placed)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.ParcelDeliveredBeforeOrdered, parcel, order.Id, day, placed), nameof(parcelsDeliveredOn));
            }
        }

        var classify = window ?? new DeliveryWindow(order.PromisedDelivery);
        return new(order.Lines.Select(l => new OrderLineOutcome
        {
            Ordered = l.Units,
            Shipped = order.ShippedUnits(l.Sku),
            Timing = LineTiming(order, l, parcelsDeliveredOn, classify),
        }));
    }

    /// <summary>The order's lines, in the order given.</summary>
    public ImmutableArray<OrderLineOutcome> Lines { get; }

    /// <summary>Whether <paramref name="other"/> has the same lines, in the same order (the lines' values, not the list's identity).</summary>
    /// <param name="other">The outcome to compare with.</param>
    /// <returns>True when both have equal lines in the same order.</returns>
    public bool Equals(OrderOutcome? other) => other is not null && Lines.AsSpan().SequenceEqual(other.Lines.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var line in Lines)
        {
            hash.Add(line);
        }

        return hash.ToHashCode();
    }

    /// <summary>Every line shipped at least its ordered quantity.</summary>
    public bool IsInFull => Lines.All(l => l.IsInFull);

    /// <summary>Whether every line arrived on time under <paramref name="early"/>.</summary>
    /// <param name="early">How an early delivery counts.</param>
    /// <returns>True when no line is late (or early, when early does not count as on time).</returns>
    public bool IsOnTime(EarlyDelivery early = EarlyDelivery.CountsAsOnTime) => Lines.All(l => l.IsOnTime(early));

    /// <summary>The timing of a line's latest-arriving units: late before early before on time; late when not all its units are in parcels.</summary>
    private static DeliveryTiming LineTiming(BuyerOrder order, SkuQuantity line, IReadOnlyDictionary<int, LocalDate> deliveredOn, DeliveryWindow window)
    {
        var inParcels = 0;
        var timing = DeliveryTiming.OnTime;
        foreach (var parcel in order.Parcels)
        {
            var units = parcel.Lines.Where(p => p.Sku == line.Sku).Sum(p => p.Units);
            if (units == 0)
            {
                continue;
            }

            inParcels += units;
            var parcelTiming = deliveredOn.TryGetValue(parcel.Number, out var day) ? window.Classify(day) : DeliveryTiming.Late;
            if (parcelTiming == DeliveryTiming.Late)
            {
                return DeliveryTiming.Late;
            }

            if (parcelTiming == DeliveryTiming.Early)
            {
                timing = DeliveryTiming.Early;
            }
        }

        return inParcels < line.Units ? DeliveryTiming.Late : timing;
    }
}
