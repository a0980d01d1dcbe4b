using NodaTime;
using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Parties;
using static SupplyChain.Domain.Tests.Fulfilment.PickupTestData;

namespace SupplyChain.Domain.Tests.Fulfilment;

public sealed class PickupScheduleTests
{
    // Monday, Wednesday and Friday, goods ready by 16:00 local time.
    private static readonly PickupSchedule MonWedFri =
        new([IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday], new LocalTime(16, 0));

    private static Instant Utc(int year, int month, int day, int hour, int minute = 0) =>
        Instant.FromUtc(year, month, day, hour, minute);

    [Fact]
    public void Goods_ready_before_the_cut_off_on_a_pickup_day_go_the_same_day()
    {
        // 2025-03-03 is a Monday. Shanghai is UTC+8 all year, so 15:00 local is 07:00Z and the cut-off 16:00 is 08:00Z.
        var slot = MonWedFri.NextPickup(SellerWarehouse("F-SZ-1", "Shenzhen"), Utc(2025, 3, 3, 7));

        slot.Date.Should().Be(3.March(2025));
        slot.CutOff.Should().Be(Utc(2025, 3, 3, 8));
        slot.SkippedPickupDays.Should().BeEmpty();
        slot.ToString().Should().Be("2025-03-03 (cut-off 2025-03-03T08:00:00Z)");
    }

    [Fact]
    public void Goods_ready_exactly_at_the_cut_off_are_in_time()
    {
        MonWedFri.NextPickup(SellerWarehouse("F-SZ-1", "Shenzhen"), Utc(2025, 3, 3, 8)).Date.Should().Be(3.March(2025));
    }

    [Fact]
    public void Goods_ready_after_the_cut_off_wait_for_the_next_pickup_day()
    {
        // Monday 16:01 local → Wednesday 5 March, cut-off 16:00 local = 08:00Z.
        var slot = MonWedFri.NextPickup(SellerWarehouse("F-SZ-1", "Shenzhen"), Utc(2025, 3, 3, 8, 1));

        slot.Date.Should().Be(5.March(2025));
        slot.CutOff.Should().Be(Utc(2025, 3, 5, 8));
    }

    [Fact]
    public void The_local_date_not_the_UTC_date_decides_the_day()
    {
        // 2025-03-04T20:00Z is Wednesday 04:00 in Shanghai (still Tuesday in UTC): Wednesday's pickup.
        MonWedFri.NextPickup(SellerWarehouse("F-SZ-1", "Shenzhen"), Utc(2025, 3, 4, 20)).Date.Should().Be(5.March(2025));
    }

    [Fact]
    public void Goods_ready_on_a_weekend_go_on_the_next_pickup_day()
    {
        // Saturday 8 March → Monday 10 March.
        MonWedFri.NextPickup(SellerWarehouse("F-SZ-1", "Shenzhen"), Utc(2025, 3, 8, 2)).Date.Should().Be(10.March(2025));
    }

    [Fact]
    public void A_closure_of_the_facility_skips_the_pickup_day_and_reports_it()
    {
        // The warehouse is closed Wednesday 5 March: goods ready Monday after the cut-off wait until Friday 7 March.
        var calendar = WorkingCalendar.MondayToSaturday.WithClosure(new DateInterval(5.March(2025), 5.March(2025)));
        var slot = MonWedFri.NextPickup(SellerWarehouse("F-SZ-1", "Shenzhen", calendar: calendar), Utc(2025, 3, 3, 9));

        slot.Date.Should().Be(7.March(2025));
        slot.SkippedPickupDays.Should().Equal(5.March(2025));
    }

    [Fact]
    public void A_pickup_day_that_is_not_a_working_day_of_the_facility_is_skipped()
    {
        // Saturday pickups at a Monday-to-Friday warehouse never happen: Saturday 8 March is skipped for Monday 10 March.
        var schedule = new PickupSchedule([IsoDayOfWeek.Monday, IsoDayOfWeek.Saturday], new LocalTime(12, 0));
        var slot = schedule.NextPickup(SellerWarehouse("F-SZ-1", "Shenzhen", calendar: WorkingCalendar.MondayToFriday), Utc(2025, 3, 7, 12));

        slot.Date.Should().Be(10.March(2025));
        slot.SkippedPickupDays.Should().Equal(8.March(2025));
    }

    [Fact]
    public void In_Los_Angeles_the_cut_off_follows_the_change_to_daylight_saving_time()
    {
        // US daylight saving time began on Sunday 9 March 2025 at 02:00: Pacific standard time (UTC−8) before it,
        // Pacific daylight time (UTC−7) after it. Monday-to-Friday pickups with a 15:00 cut-off:
        var schedule = new PickupSchedule(
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], new LocalTime(15, 0));
        var warehouse = SellerWarehouse("F-LA-1", "Los Angeles", UnitedStates, LosAngeles, WorkingCalendar.MondayToFriday);

        // Friday 7 March 14:00 PST = 22:00Z: in time for Friday's cut-off 15:00 PST = 23:00Z.
        var friday = schedule.NextPickup(warehouse, Utc(2025, 3, 7, 22));
        friday.Date.Should().Be(7.March(2025));
        friday.CutOff.Should().Be(Utc(2025, 3, 7, 23));

        // Friday 16:00 PST = Saturday 00:00Z: Monday 10 March, whose cut-off 15:00 PDT is 22:00Z (not 23:00Z).
        var monday = schedule.NextPickup(warehouse, Utc(2025, 3, 8, 0));
        monday.Date.Should().Be(10.March(2025));
        monday.CutOff.Should().Be(Utc(2025, 3, 10, 22));

        // Monday 15:30 PDT = 22:30Z is after that cut-off (under PST it would still have been in time): Tuesday.
        schedule.NextPickup(warehouse, Utc(2025, 3, 10, 22, 30)).Date.Should().Be(11.March(2025));
    }

    [Fact]
    public void A_cut_off_in_the_daylight_saving_gap_moves_forward_by_the_gap()
    {
        // On Sunday 9 March 2025 Los Angeles clocks jump from 02:00 to 03:00, so 02:30 does not exist; the lenient
        // resolver takes 03:30 PDT = 10:30Z.
        var sevenDays = new WorkingCalendar([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);
        var schedule = new PickupSchedule([IsoDayOfWeek.Sunday], new LocalTime(2, 30));
        var slot = schedule.NextPickup(Utc(2025, 3, 9, 9), LosAngeles, sevenDays);

        slot.Date.Should().Be(9.March(2025));
        slot.CutOff.Should().Be(Utc(2025, 3, 9, 10, 30));
    }

    [Fact]
    public void Schedule_lists_its_days_and_cut_off()
    {
        var schedule = new PickupSchedule([IsoDayOfWeek.Friday, IsoDayOfWeek.Monday, IsoDayOfWeek.Friday], new LocalTime(16, 0));
        schedule.PickupDays.Should().Equal(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday);
        schedule.IsPickupDay(IsoDayOfWeek.Friday).Should().BeTrue();
        schedule.IsPickupDay(IsoDayOfWeek.Tuesday).Should().BeFalse();
        schedule.IsPickupDay(IsoDayOfWeek.None).Should().BeFalse();
        schedule.ToString().Should().Be("Mon, Fri by 16:00");
    }

    [Fact]
    public void Bad_schedules_are_refused_with_clear_messages()
    {
        FluentActions.Invoking(() => new PickupSchedule([], new LocalTime(16, 0)))
            .Should().Throw<ArgumentException>().WithParameterName("pickupDays")
            .WithMessage("pickupDays must name at least one day of the week; a schedule without pickup days never picks up.*");
        FluentActions.Invoking(() => new PickupSchedule([IsoDayOfWeek.None], new LocalTime(16, 0)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("pickupDays")
            .WithMessage("None is not a defined day of the week value.*");
        FluentActions.Invoking(() => new PickupSchedule(null!, new LocalTime(16, 0)))
            .Should().Throw<ArgumentNullException>().WithParameterName("pickupDays");
    }

    [Fact]
    public void A_schedule_that_never_meets_a_working_day_is_a_broken_rule()
    {
        var sundays = new PickupSchedule([IsoDayOfWeek.Sunday], new LocalTime(10, 0));
        FluentActions.Invoking(() => sundays.NextPickup(SellerWarehouse("F-SZ-9", "Shenzhen", calendar: WorkingCalendar.MondayToFriday), Utc(2025, 3, 3, 0)))
            .Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.PickupReachableDay)
            .WithMessage("Facility F-SZ-9 never gets a pickup: the pickup days (Sunday) are none of its working days (Monday, Tuesday, Wednesday, Thursday, Friday).");
    }
}
