using System.Runtime.CompilerServices;
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
    /// <summary>
    /// Creates a context with no lead time and no units sold; those are set by name (<see cref="LeadTimeDays"/>,
    /// <see cref="UnitsSold"/>), so that a demand and a lead time (two numbers) cannot be swapped.
    /// </summary>
    /// <param name="date">The date of the decision (a periodic review checks it against its calendar).</param>
    /// <param name="dailyDemand">Expected sales in units per day (a sales velocity or a forecast), finite and not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dailyDemand"/> is negative, infinite or NaN.</exception>
    public ReplenishmentContext(LocalDate date, double dailyDemand)
    {
        // One branch on the hot path; the guard (with its message) only runs when something is wrong.
        if (!(dailyDemand >= 0 && dailyDemand <= double.MaxValue))
        {
            Guard.ThrowNegativeOrNotFinite(dailyDemand, nameof(dailyDemand));
        }

        Date = date;
        DailyDemand = dailyDemand;
    }

    /// <summary>A context from figures the caller has already checked (none negative, demand finite): no guard, no copy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReplenishmentContext(LocalDate date, double dailyDemand, double leadTimeDays, int unitsSold)
    {
        Date = date;
        DailyDemand = dailyDemand;
        _leadTimeDays = leadTimeDays;
        _unitsSold = unitsSold;
    }

    // Explicit fields so that the trusted constructor writes them in place (see InventoryPosition).
    private readonly double _leadTimeDays;
    private readonly int _unitsSold;

    /// <summary>The date of the decision.</summary>
    public LocalDate Date { get; }

    /// <summary>Expected sales, units per day.</summary>
    public double DailyDemand { get; }

    /// <summary>Days from ordering to having the units available; finite, not negative; 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, infinite or NaN.</exception>
    public double LeadTimeDays
    {
        get => _leadTimeDays;
        init => _leadTimeDays = Guard.NotNegative(value, nameof(LeadTimeDays));
    }

    /// <summary>Units sold since the previous decision (read by one-for-one replenishment); not negative; 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int UnitsSold { get => _unitsSold; init => _unitsSold = Guard.NotNegative(value, nameof(UnitsSold)); }

    /// <summary>The context, e.g. <c>2025-03-03: demand 12.5/day, lead time 27 days, sold 3</c>.</summary>
    public override string ToString() =>
        Guard.Format("{0:uuuu-MM-dd}: demand {1}/day, lead time {2} days, sold {3}", Date, DailyDemand, LeadTimeDays, UnitsSold);
}
