using NodaTime;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// The working days of one plan's horizon, numbered once: ordinal → date, and calendar day → the first working day on
/// or after it. A plan walks ordinals instead of testing every calendar date, and a ready date (the completion day
/// plus the finishing working days) is an array look-up instead of a walk of the calendar.
/// </summary>
/// <remarks>
/// Immutable once built: an index is shared by every plan derived from the same book (same calendar, same origin).
/// Building it tests each of the at most <see cref="CapacityBook.MaxPlanningDays"/> + 1 calendar days once.
/// </remarks>
internal sealed class WorkingDayIndex
{
    private readonly int _originDay;
    private readonly int[] _firstOnOrAfter;

    internal WorkingDayIndex(WorkingCalendar calendar, LocalDate origin)
    {
        Calendar = calendar;
        Origin = origin;
        Limit = origin <= LocalDate.MaxIsoValue.PlusDays(-CapacityBook.MaxPlanningDays)
            ? origin.PlusDays(CapacityBook.MaxPlanningDays)
            : LocalDate.MaxIsoValue;
        _originDay = DayNumber(origin);
        var span = DayNumber(Limit) - _originDay;
        _firstOnOrAfter = new int[span + 2];
        var dates = new List<LocalDate>(span + 1);
        var date = origin;
        for (var offset = 0; offset <= span; offset++)
        {
            _firstOnOrAfter[offset] = dates.Count;
            if (calendar.IsWorkingDay(date))
            {
                dates.Add(date);
            }

            if (offset < span)
            {
                date = date.PlusDays(1);
            }
        }

        _firstOnOrAfter[span + 1] = dates.Count;
        Dates = [.. dates];
    }

    /// <summary>The calendar the index numbers.</summary>
    internal WorkingCalendar Calendar { get; }

    /// <summary>The first day of the horizon: the earliest start of the plan's bookings.</summary>
    internal LocalDate Origin { get; }

    /// <summary>The last day of the horizon: <see cref="Origin"/> + <see cref="CapacityBook.MaxPlanningDays"/> (or the last ISO date).</summary>
    internal LocalDate Limit { get; }

    /// <summary>The working days of the horizon in date order; the ordinal of a working day is its place here.</summary>
    internal LocalDate[] Dates { get; }

    /// <summary>The number of working days in the horizon.</summary>
    internal int Count => Dates.Length;

    /// <summary>
    /// The ordinal of the first working day on or after <paramref name="date"/>, which must not be before
    /// <see cref="Origin"/>; <see cref="Count"/> when there is none within the horizon.
    /// </summary>
    internal int FirstOnOrAfter(LocalDate date)
    {
        var offset = (long)DayNumber(date) - _originDay;
        return offset < _firstOnOrAfter.Length ? _firstOnOrAfter[offset] : Count;
    }

    /// <summary>
    /// The ready date of a booking completed on working day <paramref name="ordinal"/>: the <paramref name="finishing"/>-th
    /// working day after it (<see cref="WorkingCalendar.AddWorkingDays"/>); looked up when it lies within the horizon,
    /// else walked on the calendar (which throws as it does for dates beyond those NodaTime supports).
    /// </summary>
    internal LocalDate ReadyDate(int ordinal, int finishing) =>
        (long)ordinal + finishing < Count ? Dates[ordinal + finishing] : Calendar.AddWorkingDays(Dates[ordinal], finishing);

    /// <summary>Whether the ready date of working day <paramref name="ordinal"/> lies within the horizon (a look-up that cannot throw).</summary>
    internal bool ReadyWithin(int ordinal, int finishing) => (long)ordinal + finishing < Count;

    private static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;
}
