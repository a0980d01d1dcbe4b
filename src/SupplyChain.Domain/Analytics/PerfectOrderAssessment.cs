using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using SupplyChain.Domain.Orders;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// The four checks of a perfect order (SCOR RL.1.1) for one order, or for a group of orders with the same result.
/// </summary>
/// <remarks>
/// <para>
/// An order is perfect when it was delivered in full, on time to the customer commit date, with accurate
/// documentation (packing slip, bill of lading, invoice, customs papers) and in perfect condition (no damage, right
/// item, accepted). The four checks are required by name, <c>new PerfectOrderAssessment { DeliveredInFull = true,
/// OnTimeToCommitDate = false, DocumentationAccurate = true, PerfectCondition = true, Orders = 10 }</c>, so that no
/// two can be swapped and none is left out by mistake.
/// </para>
/// <para>
/// The default value is a group of 0 orders that failed every check; it adds nothing to a rate. Equality compares
/// all five values.
/// </para>
/// </remarks>
public readonly record struct PerfectOrderAssessment
{
    /// <summary>Creates an assessment of one order; the four checks are set by name, and so is <see cref="Orders"/> for a group.</summary>
    public PerfectOrderAssessment()
    {
    }

    /// <summary>
    /// The assessment of one buyer order: delivered in full (every line shipped in full and the order delivered), on time
    /// to the promised date (<see cref="OrderOutcome.From(BuyerOrder, LocalDate?, DeliveryWindow?)"/>), documentation as given, and in perfect condition when no
    /// units came back for a reason other than <see cref="ReturnReason.ChangedMind"/> (damaged in transit, defective,
    /// wrong item or not as described all mean the buyer did not accept the order as perfect).
    /// </summary>
    /// <param name="order">The buyer order.</param>
    /// <param name="deliveredOn">The day its last parcel was delivered, or null when it was not delivered.</param>
    /// <param name="documentationAccurate">Whether its documents were accurate (the order does not record it).</param>
    /// <param name="window">The delivery window; null for <see cref="BuyerOrder.PromisedDelivery"/> with no tolerance.</param>
    /// <returns>The assessment of one order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    /// <remarks>A literal <c>null</c> date picks this overload; to judge each parcel on its own delivery day use
    /// <see cref="From(BuyerOrder, IReadOnlyDictionary{int, LocalDate}, bool, DeliveryWindow?)"/>.</remarks>
    [OverloadResolutionPriority(1)]
    public static PerfectOrderAssessment From(BuyerOrder order, LocalDate? deliveredOn, bool documentationAccurate, DeliveryWindow? window = null)
    {
        var outcome = OrderOutcome.From(order, deliveredOn, window);
        return Of(order, outcome, delivered: deliveredOn is not null, documentationAccurate);
    }

    /// <summary>
    /// The assessment of one buyer order judged parcel by parcel: delivered in full when every line shipped in full and
    /// every parcel of the order was delivered; on time when every parcel carrying a line arrived by the promised date
    /// (<see cref="OrderOutcome.From(BuyerOrder, IReadOnlyDictionary{int, LocalDate}, DeliveryWindow?)"/>); documentation
    /// as given; in perfect condition as in <see cref="From(BuyerOrder, LocalDate?, bool, DeliveryWindow?)"/>.
    /// </summary>
    /// <param name="order">The buyer order.</param>
    /// <param name="parcelsDeliveredOn">The delivery day of each delivered parcel, by its <see cref="OrderParcel.Number"/>; a parcel absent here was not delivered.</param>
    /// <param name="documentationAccurate">Whether its documents were accurate (the order does not record it).</param>
    /// <param name="window">The delivery window; null for <see cref="BuyerOrder.PromisedDelivery"/> with no tolerance.</param>
    /// <returns>The assessment of one order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> or <paramref name="parcelsDeliveredOn"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parcelsDeliveredOn"/> names a parcel the order has not shipped (or does not have).</exception>
    /// <exception cref="ArgumentException"><paramref name="parcelsDeliveredOn"/> has a parcel delivered before the UTC date the order was placed.</exception>
    public static PerfectOrderAssessment From(BuyerOrder order, IReadOnlyDictionary<int, LocalDate> parcelsDeliveredOn, bool documentationAccurate, DeliveryWindow? window = null)
    {
        var outcome = OrderOutcome.From(order, parcelsDeliveredOn, window);
        var delivered = order.Parcels.Count > 0 && order.Parcels.All(p => parcelsDeliveredOn.ContainsKey(p.Number));
        return Of(order, outcome, delivered, documentationAccurate);
    }

    /// <summary>The four checks of one buyer order from its outcome and whether it was delivered (in full needs both).</summary>
    private static PerfectOrderAssessment Of(BuyerOrder order, OrderOutcome outcome, bool delivered, bool documentationAccurate) => new()
    {
        DeliveredInFull = outcome.IsInFull && delivered,
        OnTimeToCommitDate = outcome.IsOnTime(),
        DocumentationAccurate = documentationAccurate,
        PerfectCondition = order.Returns.All(r => r.Return.Reason == ReturnReason.ChangedMind),
    };

    /// <summary>Every line delivered in the ordered quantity; required.</summary>
    public required bool DeliveredInFull { get; init; }

    /// <summary>Delivered on the date committed to the customer; required.</summary>
    public required bool OnTimeToCommitDate { get; init; }

    /// <summary>Every document was accurate and complete; required.</summary>
    public required bool DocumentationAccurate { get; init; }

    /// <summary>Delivered undamaged, as specified, and accepted; required.</summary>
    public required bool PerfectCondition { get; init; }

    /// <summary>How many orders had this result; not negative; 1 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative.</exception>
    public int Orders { get; init => field = Guard.NotNegative(value, nameof(Orders)); } = 1;

    /// <summary>All four checks passed.</summary>
    public bool IsPerfect => DeliveredInFull && OnTimeToCommitDate && DocumentationAccurate && PerfectCondition;

    /// <summary>The assessment in the invariant culture, e.g. "12 orders: perfect".</summary>
    public override string ToString() =>
        Orders.ToString(CultureInfo.InvariantCulture) + " orders: " + (IsPerfect ? "perfect" : "not perfect");
}
