using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Tests.Parties;

public sealed class WorkingCalendarTests
{
    // 2025-01-01 is a Wednesday (ISO calendar), so 2025-01-10 and 2025-01-24 are Fridays.
    private static readonly WorkingCalendar Weekdays = WorkingCalendar.MondayToFriday;

    // A factory working Monday to Saturday that shuts for Chinese New Year 2025 (the festival fell on Wednesday
    // 29 January 2025): closed from Monday 20 January to Sunday 9 February, both included.
    private static readonly WorkingCalendar ShenzhenFactory =
        WorkingCalendar.MondayToSaturday.WithClosure(new DateInterval(20.January(2025), 9.February(2025)));

    [Fact]
    public void Adding_working_days_skips_the_weekend()
    {
        // Fri 10 Jan + 1 → Mon 13; + 3 → Mon 13, Tue 14, Wed 15; + 5 → Fri 17.
        Weekdays.AddWorkingDays(10.January(2025), 1).Should().Be(13.January(2025));
        Weekdays.AddWorkingDays(10.January(2025), 3).Should().Be(15.January(2025));
        Weekdays.AddWorkingDays(10.January(2025), 5).Should().Be(17.January(2025));
        // Starting on a Saturday: the first working day after it is Monday.
        Weekdays.AddWorkingDays(11.January(2025), 1).Should().Be(13.January(2025));
    }

    [Fact]
    public void Adding_zero_returns_the_date_itself_even_on_a_non_working_day()
    {
        Weekdays.AddWorkingDays(11.January(2025), 0).Should().Be(11.January(2025));
        Weekdays.SubtractWorkingDays(11.January(2025), 0).Should().Be(11.January(2025));
    }

    [Fact]
    public void Adding_working_days_skips_a_Chinese_New_Year_closure()
    {
        // Thu 16 Jan + 5 on Mon–Sat: Fri 17 (1), Sat 18 (2), Sun 19 is off, 20 Jan–9 Feb closed,
        // Mon 10 Feb (3), Tue 11 (4), Wed 12 (5).
        ShenzhenFactory.AddWorkingDays(16.January(2025), 5).Should().Be(12.February(2025));
        // Without the closure: Fri 17, Sat 18, Mon 20, Tue 21, Wed 22.
        WorkingCalendar.MondayToSaturday.AddWorkingDays(16.January(2025), 5).Should().Be(22.January(2025));
        ShenzhenFactory.IsWorkingDay(29.January(2025)).Should().BeFalse("the closure includes the festival");
        ShenzhenFactory.IsWorkingDay(9.February(2025)).Should().BeFalse("a closure includes its end date");
        ShenzhenFactory.IsWorkingDay(10.February(2025)).Should().BeTrue();
    }

    [Fact]
    public void Counting_back_across_the_closure_mirrors_counting_forward()
    {
        // Wed 12 Feb − 5: Tue 11 (1), Mon 10 (2), 9 Feb–20 Jan closed, Sun 19 off, Sat 18 (3), Fri 17 (4), Thu 16 (5).
        ShenzhenFactory.SubtractWorkingDays(12.February(2025), 5).Should().Be(16.January(2025));
        ShenzhenFactory.AddWorkingDays(12.February(2025), -5).Should().Be(16.January(2025));
        ShenzhenFactory.WorkingDaysBetween(16.January(2025), 12.February(2025)).Should().Be(5);
        ShenzhenFactory.WorkingDaysBetween(12.February(2025), 16.January(2025)).Should().Be(-5);
    }

    [Fact]
    public void Counts_working_days_in_a_month()
    {
        // January 2025 has 23 weekdays (Wed 1 – Fri 3, then four full weeks 6–31); (1 Jan, 31 Jan] leaves out the 1st.
        Weekdays.WorkingDaysBetween(1.January(2025), 31.January(2025)).Should().Be(22);
        Weekdays.WorkingDaysBetween(31.December(2024), 31.January(2025)).Should().Be(23);
        Weekdays.WorkingDaysBetween(5.January(2025), 5.January(2025)).Should().Be(0);
    }

    [Fact]
    public void Lists_working_days_and_closures_in_order()
    {
        var calendar = new WorkingCalendar(
            [IsoDayOfWeek.Friday, IsoDayOfWeek.Monday, IsoDayOfWeek.Monday],
            [new DateInterval(1.May(2025), 5.May(2025)), new DateInterval(1.January(2025), 1.January(2025))]);

        calendar.WorkingDays.Should().Equal(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday);
        calendar.Closures.Select(c => c.Start).Should().Equal(1.January(2025), 1.May(2025));
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        FluentActions.Invoking(() => new WorkingCalendar([])).Should().Throw<ArgumentException>()
            .WithParameterName("workingDays")
            .WithMessage("workingDays must name at least one day of the week; a calendar without working days never reaches a date.*");
        FluentActions.Invoking(() => new WorkingCalendar([IsoDayOfWeek.None])).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("workingDays");
        FluentActions.Invoking(() => new WorkingCalendar(null!)).Should().Throw<ArgumentNullException>().WithParameterName("workingDays");
        FluentActions.Invoking(() => new WorkingCalendar([IsoDayOfWeek.Monday], [null!])).Should().Throw<ArgumentException>()
            .WithParameterName("closures").WithMessage("closures must not contain null items.*");
        FluentActions.Invoking(() => Weekdays.AddWorkingDays(1.January(2025), 10_001)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("workingDays")
            .WithMessage("workingDays must be between -10000 and 10000 working days, but was 10001.*");
        FluentActions.Invoking(() => Weekdays.SubtractWorkingDays(1.January(2025), int.MinValue)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Nested_and_overlapping_closures_close_their_union()
    {
        // Closed 1–10 March, 3–5 March (inside the first) and 8–15 March (overlapping it): closed 1–15 March, open on
        // the 16th. March 2025 starts on a Saturday, so every day is checked on a seven-day calendar.
        var everyDay = new WorkingCalendar(
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
            [new DateInterval(8.March(2025), 15.March(2025)), new DateInterval(1.March(2025), 10.March(2025)), new DateInterval(3.March(2025), 5.March(2025))]);

        Enumerable.Range(1, 15).Select(d => everyDay.IsWorkingDay(new LocalDate(2025, 3, d))).Should().AllBeEquivalentTo(false);
        everyDay.IsWorkingDay(16.March(2025)).Should().BeTrue();
        everyDay.IsWorkingDay(28.February(2025)).Should().BeTrue();
        everyDay.WorkingDaysBetween(28.February(2025), 31.March(2025)).Should().Be(16, "16–31 March");
    }

    [Fact]
    public void Many_closures_are_counted_exactly()
    {
        // 10 000 one-day closures, every other day from 2000-01-02. Counting 20 000 days looks each one up among the
        // closures (by binary search since issue 13; the linear scan made such calls quadratic).
        var closures = Enumerable.Range(0, 10_000).Select(i => new LocalDate(2000, 1, 2).PlusDays(2 * i)).Select(d => new DateInterval(d, d));
        var everyDay = new WorkingCalendar(
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
            closures);

        // (2000-01-01, 2000-01-01 + 20 000 days]: 20 000 days, 10 000 of them closed.
        everyDay.WorkingDaysBetween(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1).PlusDays(20_000)).Should().Be(10_000);
    }

    [Fact]
    public void WithClosure_leaves_the_original_unchanged()
    {
        var closed = Weekdays.WithClosure(new DateInterval(13.January(2025), 13.January(2025)));
        closed.AddWorkingDays(10.January(2025), 1).Should().Be(14.January(2025));
        Weekdays.AddWorkingDays(10.January(2025), 1).Should().Be(13.January(2025));
        Weekdays.Closures.Should().BeEmpty();
    }

    private const int Runs = 200;

    private static readonly LocalDate Origin = 1.January(2024);

    private static readonly DateInterval Closure = new(20.January(2025), 9.February(2025));

    /// <summary>
    /// A start 0 to 999 days after 2024-01-01 (to 2026-09-26, so before, across and after the 2025 closure, which is days
    /// 385 to 405) and 0 to 299 working days; one start in four falls within 60 days before the closure.
    /// </summary>
    private static readonly Gen<(LocalDate Start, int Days)> Counts =
        from offset in Gen.Frequency((3, Gen.Choose(0, 999)), (1, Gen.Choose(325, 405)))
        from days in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(0, 299)))
        select (Origin.PlusDays(offset), days);

    /// <summary>Two dates 0 to 799 days after 2024-01-01, in either order and sometimes the same.</summary>
    private static readonly Gen<(LocalDate First, LocalDate Second)> Pairs =
        from first in Gen.Choose(0, 799)
        from second in Gen.Frequency((5, Gen.Choose(0, 799)), (1, Gen.Constant(first)))
        select (Origin.PlusDays(first), Origin.PlusDays(second));

    [Property(MaxTest = Runs)]
    public Property Counting_the_days_added_gives_back_the_count() => Prop.ForAll(Counts.ToArbitrary(), given =>
    {
        var (start, days) = given;
        var end = ShenzhenFactory.AddWorkingDays(start, days);

        ShenzhenFactory.WorkingDaysBetween(start, end).Should().Be(days);
        if (days > 0)
        {
            ShenzhenFactory.IsWorkingDay(end).Should().BeTrue();
        }
    });

    [Property(MaxTest = Runs)]
    public Property Counting_back_then_forward_returns_to_a_working_day() => Prop.ForAll(Counts.ToArbitrary(), given =>
    {
        var date = ShenzhenFactory.AddWorkingDays(given.Start, 1);

        ShenzhenFactory.AddWorkingDays(ShenzhenFactory.SubtractWorkingDays(date, given.Days), given.Days).Should().Be(date);
    });

    [Property(MaxTest = Runs)]
    public Property Swapping_the_dates_only_changes_the_sign() => Prop.ForAll(Pairs.ToArbitrary(), given =>
        ShenzhenFactory.WorkingDaysBetween(given.First, given.Second).Should().Be(-ShenzhenFactory.WorkingDaysBetween(given.Second, given.First)));

    [Fact]
    public void The_dates_start_on_Sundays_and_in_the_closure_and_the_spans_cross_the_closure_both_ways()
    {
        static bool Crosses(LocalDate from, LocalDate to) =>
            (from < to ? (from, to) : (to, from)) is var (low, high) && low < Closure.Start && high > Closure.End;

        Reach.Covers(Counts, Runs, given =>
            {
                var end = ShenzhenFactory.AddWorkingDays(given.Start, given.Days);
                var back = ShenzhenFactory.SubtractWorkingDays(ShenzhenFactory.AddWorkingDays(given.Start, 1), given.Days);
                return new[]
                {
                    given.Days == 0 ? "no days" : "some days",
                    given.Start.DayOfWeek == IsoDayOfWeek.Sunday ? "starts on a Sunday" : "starts on another day",
                    Closure.Contains(given.Start) ? "starts in the closure" : "starts outside the closure",
                    Crosses(given.Start, end) ? "adding crosses the closure" : "adding stays on one side",
                    Crosses(back, given.Start) ? "subtracting crosses the closure" : "subtracting stays on one side",
                };
            },
            ["no days", "some days", "starts on a Sunday", "starts in the closure", "starts outside the closure",
                "adding crosses the closure", "adding stays on one side", "subtracting crosses the closure", "subtracting stays on one side"]);
        Reach.Covers(Pairs, Runs,
            given => [given.First == given.Second ? "same date" : given.First < given.Second ? "first earlier" : "first later",
                Crosses(given.First, given.Second) ? "across the closure" : "not across the closure"],
            ["same date", "first earlier", "first later", "across the closure", "not across the closure"]);
    }
}
