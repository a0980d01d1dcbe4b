using System.Globalization;

namespace SupplyChain.Domain.Analytics;

/// <summary>What happened to one order line: how many units were ordered, how many were shipped, and when they arrived.</summary>
/// <remarks>
/// <para>
/// A line is <em>in full</em> when at least the ordered quantity was shipped (an over-shipment is in full, but fill
/// rates count at most the ordered quantity). The default value (0 ordered) cannot be made through the constructor
/// and is refused by the measures of <see cref="FulfilmentKpis"/> through <see cref="OrderOutcome"/>.
/// </para>
/// <para>Equality compares all three values.</para>
/// </remarks>
public readonly record struct OrderLineOutcome
{
    /// <summary>Creates the outcome of one order line.</summary>
    /// <param name="ordered">Units ordered; at least 1.</param>
    /// <param name="shipped">Units shipped against the line; not negative; may exceed <paramref name="ordered"/>.</param>
    /// <param name="timing">When the shipment arrived relative to the committed date (<see cref="DeliveryWindow.Classify"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordered"/> is less than 1 or <paramref name="shipped"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="timing"/> is not a defined value.</exception>
    public OrderLineOutcome(int ordered, int shipped, DeliveryTiming timing)
    {
        Ordered = Guard.Positive(ordered);
        Shipped = Guard.NotNegative(shipped);
        Timing = Enum.IsDefined(timing)
            ? timing
            : throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(timing), nameof(DeliveryTiming)), nameof(timing));
    }

    /// <summary>Units ordered.</summary>
    public int Ordered { get; }

    /// <summary>Units shipped.</summary>
    public int Shipped { get; }

    /// <summary>When the shipment arrived.</summary>
    public DeliveryTiming Timing { get; }

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
