using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Tests.Procurement;

/// <summary>The events a capacity book records (issue 17), and the histories <see cref="CapacityBook.Rebuild"/> refuses.</summary>
public sealed class CapacityBookHistoryTests
{
    private static readonly FacilityId Factory = new("FACTORY-1");
    private static readonly ProductionCapacity Capacity = new(1000, WorkingCalendar.MondayToFriday, 2);
    private static readonly LocalDate Monday = new(2026, 3, 2);
    private static readonly CapacityBooking A = new(new PartyId("SELLER-A"), 1800, Monday, "PO-1");
    private static readonly CapacityBooking B = new(new PartyId("SELLER-B"), 500, Monday);

    [Fact]
    public void Each_booking_records_one_event_a_batch_one_per_booking_and_a_refused_one_none()
    {
        var book = new CapacityBook(Factory, Capacity, FirstComeAllocation.Instance);
        book.Version.Should().Be(0);
        book.History.Should().BeEmpty();

        book.Book(A);
        book.Book([B, A]);
        // 3000 days after the first start is beyond MaxPlanningDays (1830): refused, nothing recorded.
        FluentActions.Invoking(() => book.Book(new CapacityBooking(new PartyId("SELLER-C"), 1, Monday.PlusDays(3000)))).Should().Throw<ArgumentOutOfRangeException>();

        book.Version.Should().Be(3);
        book.History.Should().Equal(new CapacityBooked(Factory, 1, A), new CapacityBooked(Factory, 2, B), new CapacityBooked(Factory, 3, A));
        book.History[0].ToString().Should().Be("FACTORY-1 v1: SELLER-A: 1800 units from 2026-03-02 (PO-1)");
    }

    [Fact]
    public void The_rebuilt_book_makes_the_same_promises()
    {
        var rule = new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [B.Seller] = 0.3m });
        var book = new CapacityBook(Factory, Capacity, rule);
        book.Book(A);
        book.Book(B);

        var rebuilt = CapacityBook.Rebuild(Factory, Capacity, rule, book.History);

        rebuilt.History.Should().Equal(book.History);
        rebuilt.Promises.Select(p => p.ToString()).Should().Equal(book.Promises.Select(p => p.ToString()));
        // B's reserved 300 a day from Monday: 300 + 200 on Tuesday, so B completes Tuesday 3 March, ready 2 working days later.
        rebuilt.Promises[1].ReadyDate.Should().Be(new LocalDate(2026, 3, 5));
    }

    [Fact]
    public void A_history_that_does_not_follow_is_refused()
    {
        void Refused(IEnumerable<CapacityBooked> history, string message) =>
            FluentActions.Invoking(() => CapacityBook.Rebuild(Factory, Capacity, FirstComeAllocation.Instance, history))
                .Should().Throw<ArgumentException>().Where(e => e.ParamName == "history").WithMessage(message);

        Refused([new CapacityBooked(Factory, 2, A)], "Booking 0 of the history (FACTORY-1 v2: *) does not follow from the bookings before it: expected version 1 of the book of FACTORY-1*");
        Refused([new CapacityBooked(Factory, 1, A), new CapacityBooked(new FacilityId("FACTORY-2"), 2, B)], "Booking 1 of the history (FACTORY-2 v2: *expected version 2 of the book of FACTORY-1*");
        Refused([new CapacityBooked(Factory, 1, A), new CapacityBooked(Factory, 2, new CapacityBooking(B.Seller, 1, Monday.PlusDays(3000)))], "Booking 1 of the history*MaxPlanningDays*");
        CapacityBook.Rebuild(Factory, Capacity, FirstComeAllocation.Instance, []).Version.Should().Be(0);
    }
}
