using System.Globalization;

namespace SupplyChain.Domain.Demand;

/// <summary>A rate of sale over a window of days: units per counted day, and how many days were counted.</summary>
/// <remarks>
/// Made by <see cref="SalesHistory.Velocity"/> and <see cref="SalesHistory.WeightedVelocity"/>. When no day of the
/// window could be counted (all were stock-out or excluded promotion days, or outside the history),
/// <see cref="DaysCounted"/> is 0 and <see cref="UnitsPerDay"/> is 0: there is no evidence, which is not the same as
/// no demand. The default value is that "no evidence" result. Equality compares all three values. A result the
/// library builds, so its constructor is internal: the two day counts are never handed over in an order the caller
/// could swap.
/// </remarks>
public readonly record struct SalesVelocity
{
    /// <summary>Creates a velocity.</summary>
    /// <param name="unitsPerDay">Units per counted day; finite, not negative.</param>
    /// <param name="daysCounted">Days that entered the average; not negative.</param>
    /// <param name="daysExcluded">Days of the window left out (stock-out days, and promotion days on request); not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    internal SalesVelocity(double unitsPerDay, int daysCounted, int daysExcluded)
    {
        UnitsPerDay = Guard.NotNegative(unitsPerDay);
        DaysCounted = Guard.NotNegative(daysCounted);
        DaysExcluded = Guard.NotNegative(daysExcluded);
    }

    /// <summary>Units sold per counted day.</summary>
    public double UnitsPerDay { get; }

    /// <summary>Days that entered the average.</summary>
    public int DaysCounted { get; }

    /// <summary>Days of the window (within the history) that were left out.</summary>
    public int DaysExcluded { get; }

    /// <summary>The velocity in the invariant culture, e.g. "3.5 units/day over 6 days (1 excluded)".</summary>
    public override string ToString() =>
        UnitsPerDay.ToString("0.###", CultureInfo.InvariantCulture) + " units/day over "
        + DaysCounted.ToString(CultureInfo.InvariantCulture) + " days ("
        + DaysExcluded.ToString(CultureInfo.InvariantCulture) + " excluded)";
}
