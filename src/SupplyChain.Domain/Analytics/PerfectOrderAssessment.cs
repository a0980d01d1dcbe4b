using System.Globalization;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// The four checks of a perfect order (SCOR RL.1.1) for one order, or for a group of orders with the same result.
/// </summary>
/// <remarks>
/// An order is perfect when it was delivered in full, on time to the customer commit date, with accurate
/// documentation (packing slip, bill of lading, invoice, customs papers) and in perfect condition (no damage, right
/// item, accepted). The default value is a group of 0 orders that failed every check; it adds nothing to a rate.
/// Equality compares all five values.
/// </remarks>
public readonly record struct PerfectOrderAssessment
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="deliveredInFull">Every line delivered in the ordered quantity.</param>
    /// <param name="onTimeToCommitDate">Delivered on the date committed to the customer.</param>
    /// <param name="documentationAccurate">Every document was accurate and complete.</param>
    /// <param name="perfectCondition">Delivered undamaged, as specified, and accepted.</param>
    /// <param name="orders">How many orders had this result; not negative (default 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orders"/> is negative.</exception>
    public PerfectOrderAssessment(bool deliveredInFull, bool onTimeToCommitDate, bool documentationAccurate, bool perfectCondition, int orders = 1)
    {
        DeliveredInFull = deliveredInFull;
        OnTimeToCommitDate = onTimeToCommitDate;
        DocumentationAccurate = documentationAccurate;
        PerfectCondition = perfectCondition;
        Orders = Guard.NotNegative(orders);
    }

    /// <summary>Every line delivered in the ordered quantity.</summary>
    public bool DeliveredInFull { get; }

    /// <summary>Delivered on the date committed to the customer.</summary>
    public bool OnTimeToCommitDate { get; }

    /// <summary>Every document was accurate and complete.</summary>
    public bool DocumentationAccurate { get; }

    /// <summary>Delivered undamaged, as specified, and accepted.</summary>
    public bool PerfectCondition { get; }

    /// <summary>How many orders had this result.</summary>
    public int Orders { get; }

    /// <summary>All four checks passed.</summary>
    public bool IsPerfect => DeliveredInFull && OnTimeToCommitDate && DocumentationAccurate && PerfectCondition;

    /// <summary>The assessment in the invariant culture, e.g. "12 orders: perfect".</summary>
    public override string ToString() =>
        Orders.ToString(CultureInfo.InvariantCulture) + " orders: " + (IsPerfect ? "perfect" : "not perfect");
}
