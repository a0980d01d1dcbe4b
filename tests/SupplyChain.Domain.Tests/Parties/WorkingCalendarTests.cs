using FsCheck;
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
    public void WithClosure_leaves_the_original_unchanged()
    {
        var closed = Weekdays.WithClosure(new DateInterval(13.January(2025), 13.January(2025)));
        closed.AddWorkingDays(10.January(2025), 1).Should().Be(14.January(2025));
        Weekdays.AddWorkingDays(10.January(2025), 1).Should().Be(13.January(2025));
        Weekdays.Closures.Should().BeEmpty();
    }

    [Property]
    public void Counting_the_days_added_gives_back_the_count(PositiveInt daySeed, NonNegativeInt n)
    {
        var start = 1.January(2024).PlusDays(daySeed.Get % 1000);
        var days = n.Get % 300;
        var end = ShenzhenFactory.AddWorkingDays(start, days);

        ShenzhenFactory.WorkingDaysBetween(start, end).Should().Be(days);
        if (days > 0)
        {
            ShenzhenFactory.IsWorkingDay(end).Should().BeTrue();
        }
    }

    [Property]
    public void Counting_back_then_forward_returns_to_a_working_day(PositiveInt daySeed, NonNegativeInt n)
    {
        var date = ShenzhenFactory.AddWorkingDays(1.January(2024).PlusDays(daySeed.Get % 1000), 1);
        var days = n.Get % 300;

        ShenzhenFactory.AddWorkingDays(ShenzhenFactory.SubtractWorkingDays(date, days), days).Should().Be(date);
    }

    [Property]
    public void Swapping_the_dates_only_changes_the_sign(PositiveInt a, PositiveInt b)
    {
        var first = 1.January(2024).PlusDays(a.Get % 800);
        var second = 1.January(2024).PlusDays(b.Get % 800);

        ShenzhenFactory.WorkingDaysBetween(first, second).Should().Be(-ShenzhenFactory.WorkingDaysBetween(second, first));
    }
}
