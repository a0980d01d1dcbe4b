using NodaTime;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// What a policy knows besides the inventory position: the date of the decision, the demand rate (or forecast), the
/// lead time and the units sold since the previous decision.
/// </summary>
/// <remarks>
/// A small value made per decision; it allocates nothing. Each built-in policy documents which parts it reads.
/// <c>default</c> is the context of 0001-01-01 with no demand, no lead time and no sales.
/// </remarks>
public readonly record struct ReplenishmentContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="date">The date of the decision (a periodic review checks it against its calendar).</param>
    /// <param name="dailyDemand">Expected sales in units per day (a sales velocity or a forecast), finite and not negative.</param>
    /// <param name="leadTimeDays">Days from ordering to having the units available, finite and not negative.</param>
    /// <param name="unitsSold">Units sold since the previous decision, not negative (read by one-for-one replenishment).</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, infinite or NaN.</exception>
    public ReplenishmentContext(LocalDate date, double dailyDemand, double leadTimeDays = 0, int unitsSold = 0)
    {
        // One branch on the hot path; the guards (with their messages) only run when something is wrong.
        if (!(dailyDemand >= 0 && dailyDemand <= double.MaxValue && leadTimeDays >= 0 && leadTimeDays <= double.MaxValue && unitsSold >= 0))
        {
            Guard.NotNegative(dailyDemand);
            Guard.NotNegative(leadTimeDays);
            Guard.NotNegative(unitsSold);
        }

        Date = date;
        DailyDemand = dailyDemand;
        LeadTimeDays = leadTimeDays;
        UnitsSold = unitsSold;
    }

    /// <summary>The date of the decision.</summary>
    public LocalDate Date { get; }

    /// <summary>Expected sales, units per day.</summary>
    public double DailyDemand { get; }

    /// <summary>Lead time in days.</summary>
    public double LeadTimeDays { get; }

    /// <summary>Units sold since the previous decision.</summary>
    public int UnitsSold { get; }

    /// <summary>The context, e.g. <c>2025-03-03: demand 12.5/day, lead time 27 days, sold 3</c>.</summary>
    public override string ToString() =>
        Guard.Format("{0:uuuu-MM-dd}: demand {1}/day, lead time {2} days, sold {3}", Date, DailyDemand, LeadTimeDays, UnitsSold);
}
