using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Tests.Procurement;

/// <summary>
/// The first-come plan kept between calls (booking by booking) against the day-by-day plan of the same rule behind a
/// downstream wrapper, at the edges the generated scenarios do not reach: a booking that moves the horizon back, a
/// refusal at the horizon, and a ready date past the horizon's last working day.
/// </summary>
public sealed class FirstComePlannerTests
{
    private static readonly FacilityId Factory = new("F-SZ");
    private static readonly PartyId Peer = new("SELLER-P");
    private static readonly PartyId Me = new("SELLER-M");
    private static readonly LocalDate Monday = new(2027, 1, 4);

    private static (CapacityBook Incremental, CapacityBook DayByDay) Books(int perDay, int finishing)
    {
        var capacity = new ProductionCapacity(perDay, WorkingCalendar.MondayToFriday, finishing);
        return (new CapacityBook(Factory, capacity, FirstComeAllocation.Instance), new CapacityBook(Factory, capacity, new ViaInterface()));
    }

    [Fact]
    public void A_booking_that_starts_before_the_book_plans_as_the_day_by_day_plan()
    {
        var (incremental, dayByDay) = Books(100, 2);
        var peers = new CapacityBooking(Peer, 250, Monday);
        var mine = new CapacityBooking(Me, 150, Monday.PlusDays(-7));
        incremental.Book(peers);
        dayByDay.Book(peers);

        // Mine starts Monday 28 December 2026, a week before the book's earliest start: 100 on Monday 28 and 50 on
        // Tuesday 29 December; ready 2 working days after Tuesday 29: Thursday 31 December.
        var quoted = incremental.Quote(mine);
        quoted.ReadyDate.Should().Be(new LocalDate(2026, 12, 31));
        quoted.ToString().Should().Be(dayByDay.Quote(mine).ToString());
        incremental.Book(mine).UnitsByDay.Should().Equal(dayByDay.Book(mine).UnitsByDay);
    }

    [Fact]
    public void A_booking_beyond_the_horizon_is_refused_with_the_day_by_day_message_and_the_book_is_unchanged()
    {
        var (incremental, dayByDay) = Books(100, 0);
        var peers = new CapacityBooking(Peer, 100, Monday);
        incremental.Book(peers);
        dayByDay.Book(peers);

        // 1831 days after Monday 4 January 2027 is past the horizon of 1830 days from the book's earliest start.
        var late = new CapacityBooking(Me, 10, Monday.PlusDays(CapacityBook.MaxPlanningDays + 1));
        var expected = dayByDay.Invoking(b => b.Book(late)).Should().Throw<ArgumentOutOfRangeException>().Which.Message;
        incremental.Invoking(b => b.Book(late)).Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(expected);
        incremental.Bookings.Should().Equal(peers);

        // 190,000 units at 100 a day need 1900 working days: more than the horizon holds, refused the same way.
        var big = new CapacityBooking(Me, 190_000, Monday);
        var expectedBig = dayByDay.Invoking(b => b.Quote(big)).Should().Throw<ArgumentOutOfRangeException>().Which.Message;
        incremental.Invoking(b => b.Quote(big)).Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(expectedBig);
        expectedBig.Should().Contain("still has");
    }

    [Fact]
    public void A_ready_date_past_the_horizon_is_walked_on_the_calendar()
    {
        var (incremental, dayByDay) = Books(100, 10);
        var peers = new CapacityBooking(Peer, 100, Monday);
        incremental.Book(peers);
        dayByDay.Book(peers);

        // Mine starts on the last day of the horizon, Monday 4 January 2027 + 1830 days = Thursday 8 January 2032 (a
        // working day): 100 units made that day, ready 10 working days later (Fri 9; Mon 12 to Fri 16; Mon 19 to
        // Thu 22), Thursday 22 January 2032, past the horizon.
        var mine = new CapacityBooking(Me, 100, Monday.PlusDays(CapacityBook.MaxPlanningDays));
        mine.EarliestStart.Should().Be(new LocalDate(2032, 1, 8));
        var promise = incremental.Book(mine);
        promise.ReadyDate.Should().Be(new LocalDate(2032, 1, 22));
        promise.ToString().Should().Be(dayByDay.Book(mine).ToString());
    }

    /// <summary>First-come through the interface: the book does not recognise it, so it plans day by day.</summary>
    private sealed class ViaInterface : ICapacityAllocationRule
    {
        public void Allocate(LocalDate day, int capacity, ReadOnlySpan<AllocationClaim> claims, Span<int> units) =>
            FirstComeAllocation.Instance.Allocate(day, capacity, claims, units);
    }
}
