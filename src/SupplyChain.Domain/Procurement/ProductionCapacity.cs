using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// What a factory can make and how long it takes to release it: units per working day on its
/// <see cref="WorkingCalendar"/> (closures such as a Chinese New Year shutdown make nothing), then
/// <see cref="FinishingWorkingDays"/> working days of quality control and packing after an order's last unit.
/// </summary>
/// <remarks>
/// <para>
/// Finishing uses no production capacity: an order completed on a working day is ready
/// <see cref="FinishingWorkingDays"/> working days later, counted as <see cref="WorkingCalendar.AddWorkingDays"/>
/// counts them (the completion day is not counted; 0 means ready on the completion day).
/// </para>
/// <para>
/// Equality compares the three members; the calendar compares by reference (as <see cref="WorkingCalendar"/> does),
/// so two capacities are equal when they share one calendar object.
/// </para>
/// </remarks>
public sealed record ProductionCapacity
{
    /// <summary>Creates a factory's production capacity.</summary>
    /// <param name="unitsPerWorkingDay">Units the factory makes on each working day; at least 1.</param>
    /// <param name="calendar">The factory's working calendar (on which those days are counted).</param>
    /// <param name="finishingWorkingDays">Working days of quality control and packing after the last unit; 0 to <see cref="WorkingCalendar.MaxWorkingDays"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsPerWorkingDay"/> is less than 1 (checked first).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="finishingWorkingDays"/> is negative or more than <see cref="WorkingCalendar.MaxWorkingDays"/> (checked second).</exception>
    public ProductionCapacity(int unitsPerWorkingDay, WorkingCalendar calendar, int finishingWorkingDays)
    {
        UnitsPerWorkingDay = Guard.Positive(unitsPerWorkingDay);
        Calendar = Guard.NotNull(calendar);
        FinishingWorkingDays = Guard.AtMost(Guard.NotNegative(finishingWorkingDays), WorkingCalendar.MaxWorkingDays, "WorkingCalendar.MaxWorkingDays", nameof(finishingWorkingDays));
    }

    /// <summary>The factory's working calendar: production happens on its working days only.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Units the factory makes on each working day; what a day does not use is lost.</summary>
    public int UnitsPerWorkingDay { get; }

    /// <summary>Working days of quality control and packing between an order's completion and its ready date.</summary>
    public int FinishingWorkingDays { get; }

    /// <summary>"1000 units per working day, 2 finishing working days".</summary>
    public override string ToString() => Guard.Format("{0} units per working day, {1} finishing working days", UnitsPerWorkingDay, FinishingWorkingDays);
}
