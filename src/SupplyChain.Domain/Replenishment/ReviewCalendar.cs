using NodaTime;

namespace SupplyChain.Domain.Replenishment;

/// <summary>The days on which a periodic review (R, S) looks at the stock: every R days from a first review, or on fixed days of the week.</summary>
public sealed record ReviewCalendar
{
    private readonly int _everyDays;
    private readonly int _firstDayNumber;
    private readonly int _weekdayMask;
    private readonly string _text;

    private ReviewCalendar(int everyDays, int firstDayNumber, int weekdayMask, string text)
    {
        _everyDays = everyDays;
        _firstDayNumber = firstDayNumber;
        _weekdayMask = weekdayMask;
        _text = text;
    }

    /// <summary>A review every <paramref name="days"/> days, counted from <paramref name="firstReview"/> (forwards and backwards).</summary>
    /// <param name="days">R, the review period in days, greater than zero.</param>
    /// <param name="firstReview">A review day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is zero or negative.</exception>
    public static ReviewCalendar Every(int days, LocalDate firstReview) =>
        new(Guard.Positive(days), firstReview.ToDateOnly().DayNumber, 0, Guard.Format("every {0} days from {1:uuuu-MM-dd}", days, firstReview));

    /// <summary>A review on each of the given days of the week.</summary>
    /// <param name="days">One or more days, Monday to Sunday.</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="days"/> is empty or holds a value that is not a day of the week.</exception>
    public static ReviewCalendar Weekly(params IsoDayOfWeek[] days)
    {
        Guard.NotNull(days);
        if (days.Length == 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.WeekdaysInvalid, "none was given"), nameof(days));
        }

        var mask = 0;
        foreach (var day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.WeekdaysInvalid, Guard.Format("{0} is not one", (int)day)), nameof(days));
            }

            mask |= 1 << (int)day;
        }

        var names = Enumerable.Range(1, 7).Where(d => (mask & (1 << d)) != 0).Select(d => ((IsoDayOfWeek)d).ToString());
        return new(0, 0, mask, "weekly on " + string.Join(", ", names));
    }

    /// <summary>
    /// The calendar's rule for a fast caller (the simulator counts days instead of computing dates): every
    /// <c>EveryDays</c> days from the day number <c>FirstDayNumber</c> (<see cref="DateOnly.DayNumber"/>), or, when
    /// <c>EveryDays</c> is 0, on the ISO weekdays whose bits are set in <c>WeekdayMask</c> (bit 1 Monday … bit 7 Sunday).
    /// </summary>
    internal (int EveryDays, int FirstDayNumber, int WeekdayMask) Rule => (_everyDays, _firstDayNumber, _weekdayMask);

    /// <summary>Whether <paramref name="date"/> is a review day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True on a review day.</returns>
    public bool IsReviewDay(LocalDate date)
    {
        if (_everyDays == 0)
        {
            return (_weekdayMask & (1 << (int)date.DayOfWeek)) != 0;
        }

        var offset = (date.ToDateOnly().DayNumber - _firstDayNumber) % _everyDays;
        return offset == 0;
    }

    /// <summary>The calendar, e.g. <c>every 7 days from 2025-03-03</c> or <c>weekly on Monday, Thursday</c>.</summary>
    public override string ToString() => _text;
}
