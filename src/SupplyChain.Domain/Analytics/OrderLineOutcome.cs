using System.Globalization;

namespace SupplyChain.Domain.Analytics;

/// <summary>What happened to one order line: how many units were ordered, how many were shipped, and when they arrived.</summary>
/// <remarks>
/// <para>
/// A line is <em>in full</em> when at least the ordered quantity was shipped (an over-shipment is in full, but fill
/// rates count at most the ordered quantity). The three values are required by name,
/// <c>new OrderLineOutcome { Ordered = 5, Shipped = 4, Timing = DeliveryTiming.Late }</c>, so that the two quantities
/// cannot be swapped. The default value (0 ordered) cannot be made that way and is refused by the measures of
/// <see cref="FulfilmentKpis"/> through <see cref="OrderOutcome"/>.
/// </para>
/// <para>Equality compares all three values.</para>
/// </remarks>
public readonly record struct OrderLineOutcome
{
    /// <summary>Units ordered; at least 1; required.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The quantity is less than 1.</exception>
    public required int Ordered { get; init => field = Guard.Positive(value, nameof(Ordered)); }

    /// <summary>Units shipped against the line; not negative; may exceed <see cref="Ordered"/>; required.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The quantity is negative.</exception>
    public required int Shipped { get; init => field = Guard.NotNegative(value, nameof(Shipped)); }

    /// <summary>When the shipment arrived relative to the committed date (<see cref="DeliveryWindow.Classify"/>); required.</summary>
    /// <exception cref="ArgumentException">The timing is not a defined value.</exception>
    public required DeliveryTiming Timing
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw Guard.Refused(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(Timing), nameof(DeliveryTiming)), nameof(Timing));
    }

    /// <summary>At least the ordered quantity was shipped.</summary>
    public bool IsInFull => Shipped >= Ordered;

    /// <summary>Units that count towards the unit fill rate: the shipped quantity, capped at the ordered quantity.</summary>
    public int FilledUnits => Math.Min(Shipped, Ordered);

    /// <summary>Whether the line arrived on time under <paramref name="early"/>.</summary>
    /// <param name="early">How an early delivery counts.</param>
    /// <returns>True for <see cref="DeliveryTiming.OnTime"/>, and for <see cref="DeliveryTiming.Early"/> when early counts as on time.</returns>
    public bool IsOnTime(EarlyDelivery early = EarlyDelivery.CountsAsOnTime) =>
        Timing == DeliveryTiming.OnTime || (Timing == DeliveryTiming.Early && early == EarlyDelivery.CountsAsOnTime);

    /// <summary>The outcome in the invariant culture, e.g. "4 of 5 units, Late".</summary>
    public override string ToString() =>
        Shipped.ToString(CultureInfo.InvariantCulture) + " of " + Ordered.ToString(CultureInfo.InvariantCulture) + " units, " + Timing.ToString();
}
