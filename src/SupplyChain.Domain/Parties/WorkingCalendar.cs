using NodaTime;

namespace SupplyChain.Domain.Parties;

/// <summary>
/// The days a facility works: a set of weekly working days minus dated closures (a factory's Chinese New Year
/// shutdown, a public holiday). Counts and adds working days for production lead times and order-by dates.
/// </summary>
/// <remarks>
/// <para>
/// <b>Counting convention.</b> Moving from one date to another, the start day is never counted and the day you
/// arrive on is: <see cref="AddWorkingDays"/> with <c>n &gt; 0</c> returns the n-th working day <em>after</em> the
/// date (so an order placed on a Friday with one working day of lead time is ready on Monday),
/// <see cref="SubtractWorkingDays"/> returns the n-th working day <em>before</em> it, and adding 0 returns the date
/// itself, even if it is not a working day. <see cref="WorkingDaysBetween"/> counts the working days in
/// (start, end], so <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> for every <c>n ≥ 0</c>.
/// </para>
/// <para>
/// Closures are <see cref="DateInterval"/>s, which include both their start and their end. They may overlap. The
/// calendar is immutable: <see cref="WithClosure"/> returns a new one. Dates are ISO-calendar
/// <see cref="LocalDate"/>s; the calendar knows no time zone (the facility that uses it does).
/// </para>
/// <para>
/// Adding or counting walks day by day, so it costs time in proportion to the span (fine for lead times of days to
/// months); the number of working days moved is limited to ±<see cref="MaxWorkingDays"/>.
/// </para>
/// <para>Calendars compare by reference; compare their working days and closures to compare two calendars.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    /// <summary>The largest number of working days <see cref="AddWorkingDays"/> moves in one call (about 40 years).</summary>
    public const int MaxWorkingDays = 10_000;

    private readonly bool[] _workingWeekday = new bool[8];
    private readonly DateInterval[] _closures;

    // The closures merged into disjoint spans, ordered: _closedFrom[i] … _closedUntil[i], both ends closed.
    private readonly LocalDate[] _closedFrom;
    private readonly LocalDate[] _closedUntil;

    /// <summary>Creates a calendar.</summary>
    /// <param name="workingDays">The days of the week that are working days; at least one. Repeats are ignored.</param>
    /// <param name="closures">Dated closures, each including both ends; may be omitted or empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workingDays"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="workingDays"/> is empty or <paramref name="closures"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> holds a value that is not a day of the week (such as <see cref="IsoDayOfWeek.None"/>).</exception>
    public WorkingCalendar(IEnumerable<IsoDayOfWeek> workingDays, IEnumerable<DateInterval>? closures = null)
    {
        var days = Guard.CopyItems(workingDays, requireOne: false);
        foreach (var day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(nameof(workingDays), day, Guard.Format(ErrorMessages.UndefinedEnumValue, day, "day of the week"));
            }

            _workingWeekday[(int)day] = true;
        }

        if (days.Count == 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NoWorkingWeekday, nameof(workingDays)), nameof(workingDays));
        }

        _closures = Guard.CopyItems(closures ?? [], requireOne: false, nameof(closures))
            .OrderBy(c => c.Start).ThenBy(c => c.End).ToArray();
        (_closedFrom, _closedUntil) = ClosedSpans(_closures);
        WorkingDays = Enumerable.Range(1, 7).Where(d => _workingWeekday[d]).Select(d => (IsoDayOfWeek)d).ToArray();
    }

    /// <summary>Monday to Friday, no closures.</summary>
    public static WorkingCalendar MondayToFriday { get; } =
        new([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday]);

    /// <summary>Monday to Saturday, no closures (a common factory week).</summary>
    public static WorkingCalendar MondayToSaturday { get; } =
        new([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday]);

    /// <summary>The working days of the week, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> WorkingDays { get; }

    /// <summary>The dated closures, ordered by start date; each includes both ends.</summary>
    public IReadOnlyList<DateInterval> Closures => _closures;

    /// <summary>A copy of this calendar with one more closure.</summary>
    /// <param name="closure">The closed dates, both ends included.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="closure"/> is null.</exception>
    public WorkingCalendar WithClosure(DateInterval closure)
    {
        Guard.NotNull(closure);
        return new WorkingCalendar(WorkingDays, _closures.Append(closure));
    }

    /// <summary>Whether <paramref name="date"/> is a working day: a working day of the week and in no closure.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a working day.</returns>
    public bool IsWorkingDay(LocalDate date)
    {
        if (!_workingWeekday[(int)date.DayOfWeek])
        {
            return false;
        }

        // The last closed span starting on or before the date (binary search, so a calendar with many closures costs
        // log n per day, not n): the date is closed when that span reaches it.
        var low = 0;
        var high = _closedFrom.Length - 1;
        var found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (_closedFrom[middle] <= date)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 || _closedUntil[found] < date;
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="date"/> (before it when negative); the
    /// date itself when 0. The start day is never counted.
    /// </summary>
    /// <param name="date">The start date; it need not be a working day.</param>
    /// <param name="workingDays">How many working days to move, between −<see cref="MaxWorkingDays"/> and <see cref="MaxWorkingDays"/>.</param>
    /// <returns>The date reached; a working day unless <paramref name="workingDays"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is outside ±<see cref="MaxWorkingDays"/>, or the result would be outside the dates NodaTime supports.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        if (workingDays is < -MaxWorkingDays or > MaxWorkingDays)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays,
                Guard.Format(ErrorMessages.WorkingDaysOutOfRange, nameof(workingDays), MaxWorkingDays, workingDays));
        }

        var step = workingDays < 0 ? -1 : 1;
        var left = Math.Abs(workingDays);
        while (left > 0)
        {
            date = date.PlusDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day before <paramref name="date"/> (counting back, e.g. from a
    /// need-by date to an order-by date); the date itself when 0. The start day is never counted.
    /// </summary>
    /// <param name="date">The date to count back from; it need not be a working day.</param>
    /// <param name="workingDays">How many working days to move back, between −<see cref="MaxWorkingDays"/> and <see cref="MaxWorkingDays"/>.</param>
    /// <returns>The date reached: <c>AddWorkingDays(date, -workingDays)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is outside ±<see cref="MaxWorkingDays"/>, or the result would be outside the dates NodaTime supports.</exception>
    public LocalDate SubtractWorkingDays(LocalDate date, int workingDays) =>
        workingDays is < -MaxWorkingDays or > MaxWorkingDays
            ? throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays,
                Guard.Format(ErrorMessages.WorkingDaysOutOfRange, nameof(workingDays), MaxWorkingDays, workingDays))
            : AddWorkingDays(date, -workingDays);

    /// <summary>
    /// The number of working days in (<paramref name="start"/>, <paramref name="end"/>]: the start day is not
    /// counted, the end day is. Negative (minus the count in (end, start]) when <paramref name="end"/> is before
    /// <paramref name="start"/>, so swapping the dates changes only the sign.
    /// </summary>
    /// <param name="start">The first date (not counted).</param>
    /// <param name="end">The last date (counted if it is a working day).</param>
    /// <returns>The signed number of working days.</returns>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            return -WorkingDaysBetween(end, start);
        }

        var count = 0;
        for (var date = start.PlusDays(1); date <= end; date = date.PlusDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Merges closures ordered by start into disjoint spans (overlapping closures become one span).</summary>
    private static (LocalDate[] From, LocalDate[] Until) ClosedSpans(DateInterval[] closures)
    {
        var from = new List<LocalDate>();
        var until = new List<LocalDate>();
        foreach (var closure in closures)
        {
            if (until.Count > 0 && closure.Start <= until[^1])
            {
                if (closure.End > until[^1])
                {
                    until[^1] = closure.End;
                }
            }
            else
            {
                from.Add(closure.Start);
                until.Add(closure.End);
            }
        }

        return ([.. from], [.. until]);
    }
}
