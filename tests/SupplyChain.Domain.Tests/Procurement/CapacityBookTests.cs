using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Tests.Procurement;

/// <summary>
/// A Shenzhen factory shared by two sellers across an example Chinese New Year shutdown (New Year's Day falls on
/// 6 February 2027; the closure 1–20 February 2027 is an example, not an official table). Every date is worked by hand
/// in the comments. January 2027: Monday 25, Tuesday 26, Wednesday 27, Thursday 28, Friday 29, Saturday 30, Sunday 31;
/// the factory works Monday to Saturday; the first working day after the shutdown is Monday 22 February.
/// </summary>
public sealed class CapacityBookTests
{
    private static readonly FacilityId Factory = new("F-SZ");
    private static readonly PartyId Peer = new("SELLER-P");
    private static readonly PartyId Me = new("SELLER-M");
    private static readonly WorkingCalendar Calendar =
        WorkingCalendar.MondayToSaturday.WithClosure(new DateInterval(Jan(2027, 2, 1), Jan(2027, 2, 20)));

    // 1000 units per working day; 3 working days of QC and packing.
    private static readonly ProductionCapacity Capacity = new(1000, Calendar, 3);

    // The peer's 5000 units from Monday 25 January; my 2000 units from Wednesday 27 January.
    private static readonly CapacityBooking PeersOrder = new(Peer, 5000, Jan(2027, 1, 25), "PO-P-1");
    private static readonly CapacityBooking MyOrder = new(Me, 2000, Jan(2027, 1, 27), "PO-M-1");

    [Fact]
    public void First_come_my_order_waits_for_the_peer_and_the_shutdown()
    {
        var book = new CapacityBook(Factory, Capacity, FirstComeAllocation.Instance);
        var peer = book.Book(PeersOrder);
        var mine = book.Book(MyOrder);

        // The peer arrived first: 1000 a day Monday 25 to Friday 29 January = 5000, done Friday 29.
        peer.UnitsByDay.Should().Equal(Days((25, 1000), (26, 1000), (27, 1000), (28, 1000), (29, 1000)));
        peer.CompletionDate.Should().Be(Jan(2027, 1, 29));

        // I take part from Wednesday 27 but get nothing while the peer has priority; Saturday 30: 1000; then the
        // shutdown (and Sunday 31 January, Sunday 21 February); Monday 22 February: the last 1000.
        mine.UnitsByDay.Should().Equal([new ProductionDay(Jan(2027, 1, 30), 1000), new ProductionDay(Jan(2027, 2, 22), 1000)]);
        mine.StartDate.Should().Be(Jan(2027, 1, 30));
        mine.CompletionDate.Should().Be(Jan(2027, 2, 22));

        // Ready 3 working days after Monday 22 February: Tuesday 23, Wednesday 24, Thursday 25.
        mine.ReadyDate.Should().Be(Jan(2027, 2, 25));
        book.Promises[1].Should().BeSameAs(mine);
        book.Promises[0].UnitsByDay.Should().Equal(peer.UnitsByDay, "under first-come a later booking never moves an earlier one");
        mine.Position.Should().Be(1);
    }

    [Fact]
    public void What_if_my_peer_books_first_leaves_the_book_unchanged()
    {
        var book = new CapacityBook(Factory, Capacity, FirstComeAllocation.Instance);

        // Alone: Wednesday 27 and Thursday 28 January make 2000, done Thursday 28; finishing Friday 29, Saturday 30,
        // then (after the shutdown) Monday 22 February: ready 22 February.
        var alone = book.Quote(MyOrder);
        alone.CompletionDate.Should().Be(Jan(2027, 1, 28));
        alone.ReadyDate.Should().Be(Jan(2027, 2, 22));

        // If the peer books its 5000 first: as in the first-come story, ready Thursday 25 February.
        var whatIf = book.WhatIf([PeersOrder, MyOrder]);
        whatIf.Should().HaveCount(2);
        whatIf[^1].ReadyDate.Should().Be(Jan(2027, 2, 25));

        book.Bookings.Should().BeEmpty("a what-if and a quote change nothing");
        book.Promises.Should().BeEmpty();
        book.WhatIf([]).Should().BeEmpty();
    }

    [Fact]
    public void A_contracted_share_gets_my_order_out_before_the_shutdown_and_moves_the_peer()
    {
        // I hold half the daily capacity: R = ⌊1000 × 0.5⌋ = 500 a day for my bookings.
        var book = new CapacityBook(Factory, Capacity, new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [Me] = 0.5m }));
        book.Book(PeersOrder).CompletionDate.Should().Be(Jan(2027, 1, 29), "alone, the peer gets the pool (my unused 500 too)");

        var mine = book.Book(MyOrder);

        // From Wednesday 27 I take my 500 a day: 27, 28, 29, 30 January = 2000, done Saturday 30 January. Ready 3
        // working days later: Monday 22, Tuesday 23, Wednesday 24 February (one day earlier than first-come).
        mine.UnitsByDay.Should().Equal(Days((27, 500), (28, 500), (29, 500), (30, 500)));
        mine.ReadyDate.Should().Be(Jan(2027, 2, 24));

        // The peer: 1000 on Monday 25 and Tuesday 26 (my reservation is unused before my start), then the pool's 500 on
        // 27 to 30 January = 4000; the last 1000 on Monday 22 February. My booking moved the peer's earlier promise.
        var peer = book.Promises[0];
        peer.UnitsByDay.Should().Equal(Days((25, 1000), (26, 1000), (27, 500), (28, 500), (29, 500), (30, 500)).Append(new ProductionDay(Jan(2027, 2, 22), 1000)));
        peer.CompletionDate.Should().Be(Jan(2027, 2, 22));
    }

    [Fact]
    public void Booking_several_at_once_plans_as_booking_them_one_by_one()
    {
        var oneByOne = new CapacityBook(Factory, Capacity, FirstComeAllocation.Instance);
        oneByOne.Book(PeersOrder);
        oneByOne.Book(MyOrder);
        var together = new CapacityBook(Factory, Capacity, FirstComeAllocation.Instance);

        var promises = together.Book([PeersOrder, MyOrder]);

        promises.Select(p => p.ReadyDate).Should().Equal(oneByOne.Promises.Select(p => p.ReadyDate));
        together.Bookings.Should().Equal(PeersOrder, MyOrder);
        together.Book([]).Should().BeEmpty();
        together.Bookings.Should().HaveCount(2);
    }

    [Fact]
    public void A_downstream_rule_decides_the_day_without_seeing_internals()
    {
        // Last come, first served, on Monday 2 March 2026 and on: A books 1500, then B 800, both from 2 March, 1000 a day.
        // Monday 2: B (the later) takes 800, A the other 200; Tuesday 3: A 1000 (300 left); Wednesday 4: A 300.
        var book = new CapacityBook(Factory, new ProductionCapacity(1000, WorkingCalendar.MondayToSaturday, 0), new LastComeFirstServed());
        book.Book([new CapacityBooking(Peer, 1500, Jan(2026, 3, 2)), new CapacityBooking(Me, 800, Jan(2026, 3, 2))]);

        book.Promises[1].UnitsByDay.Should().Equal(new ProductionDay(Jan(2026, 3, 2), 800));
        book.Promises[0].UnitsByDay.Should().Equal(
            new ProductionDay(Jan(2026, 3, 2), 200), new ProductionDay(Jan(2026, 3, 3), 1000), new ProductionDay(Jan(2026, 3, 4), 300));
        book.Promises[0].ReadyDate.Should().Be(Jan(2026, 3, 4), "0 finishing days: ready on the completion day");
    }

    [Fact]
    public void A_rule_that_breaks_its_contract_is_refused_and_the_book_is_unchanged()
    {
        var book = new CapacityBook(Factory, Capacity, new GreedyRule());
        book.Invoking(b => b.Book(MyOrder)).Should().Throw<InvalidOperationException>()
            .WithMessage("The allocation rule greedy broke its contract on 2027-01-27: it gave 1001 units of a capacity of 1000.");
        book.Bookings.Should().BeEmpty();
        book.Promises.Should().BeEmpty();
    }

    [Fact]
    public void A_rule_that_starves_a_booking_runs_into_the_planning_horizon()
    {
        var book = new CapacityBook(Factory, Capacity, new StarvingRule());
        book.Book(PeersOrder).CompletionDate.Should().Be(Jan(2027, 1, 29), "the rule only starves SELLER-M");

        book.Invoking(b => b.Book(MyOrder)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("booking")
            .WithMessage("booking: with it the plan would not finish every booking within CapacityBook.MaxPlanningDays (1830) calendar days of the earliest start 2027-01-25; booking 1 (SELLER-M: 2000 units from 2027-01-27 (PO-M-1)) still has 2000 units to make.*");
        book.Bookings.Should().Equal(PeersOrder);
        book.Promises.Should().HaveCount(1);
    }

    [Fact]
    public void A_factory_closed_for_longer_than_the_horizon_cannot_promise()
    {
        var closed = WorkingCalendar.MondayToSaturday.WithClosure(new DateInterval(Jan(2027, 1, 1), Jan(2040, 12, 31)));
        var book = new CapacityBook(Factory, new ProductionCapacity(1000, closed, 0), FirstComeAllocation.Instance);

        book.Invoking(b => b.Quote(MyOrder)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("booking")
            .WithMessage("*CapacityBook.MaxPlanningDays (1830)*");
    }

    [Fact]
    public void A_book_holds_at_most_its_limit_of_bookings()
    {
        var book = new CapacityBook(Factory, Capacity, FirstComeAllocation.Instance);
        book.Invoking(b => b.WhatIf(Enumerable.Repeat(MyOrder, CapacityBook.MaxBookings + 1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("arrivals")
            .WithMessage("the number of bookings must be at most CapacityBook.MaxBookings (20000), but was 20001.*");
    }

    [Fact]
    public void Reserved_units_round_down_the_exact_decimal_product()
    {
        var a = new PartyId("A");
        var b = new PartyId("B");
        var c = new PartyId("C");

        // README: 333 × 0.3 = 99.9 → 99; 700 × 0.57 = 399 exactly.
        new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [a] = 0.3m }).ReservedUnits(a, 333).Should().Be(99);
        new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [a] = 0.57m }).ReservedUnits(a, 700).Should().Be(399);

        // 0.56 + 0.34 + 0.1 is exactly 1 (binary floating point adds it to just above 1): accepted.
        var whole = new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [a] = 0.56m, [b] = 0.34m, [c] = 0.1m });
        whole.TotalShare.Should().Be(1m);
        whole.ReservedUnits(new PartyId("D"), 1000).Should().Be(0, "a seller without a share gets only the pool");

        // A share with 28 decimals: 2147483647 × 0.9999999999999999999999999999 = 2147483646.9999999999999999997852516353,
        // which a 28-digit decimal product would round up to 2147483647; the exact floor is 2147483646.
        new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [a] = 0.9999999999999999999999999999m }).ReservedUnits(a, int.MaxValue).Should().Be(2147483646);
    }

    [Fact]
    public void Refusals_name_the_argument_and_the_rule()
    {
        var a = new PartyId("A");
        FluentActions.Invoking(() => new ProductionCapacity(0, Calendar, 3)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("unitsPerWorkingDay").WithMessage("unitsPerWorkingDay must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => new ProductionCapacity(1000, Calendar, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("finishingWorkingDays").WithMessage("finishingWorkingDays must not be negative, but was -1.*");
        FluentActions.Invoking(() => new ProductionCapacity(1000, Calendar, 10_001)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("finishingWorkingDays").WithMessage("finishingWorkingDays must be at most WorkingCalendar.MaxWorkingDays (10000), but was 10001.*");
        FluentActions.Invoking(() => new CapacityBooking(a, 0, Jan(2026, 3, 2))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("units").WithMessage("units must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => new CapacityBooking(a, 1, Jan(2026, 3, 2), " ")).Should().Throw<ArgumentException>()
            .WithParameterName("reference");
        FluentActions.Invoking(() => new CapacityBooking(a, 1, Jan(2026, 3, 2), new string('x', 65))).Should().Throw<ArgumentException>()
            .WithParameterName("reference").WithMessage("reference must be at most 64 characters, but had 65.*");
        FluentActions.Invoking(() => new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [a] = -0.1m })).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("shares").WithMessage("shares must not hold a negative share, but the share of A was -0.1.*");
        FluentActions.Invoking(() => new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [a] = 0.6m, [new PartyId("B")] = 0.5m }))
            .Should().Throw<ArgumentException>().Where(e => e.GetType() == typeof(ArgumentException)).WithParameterName("shares")
            .WithMessage("shares must add up to at most 1 (the whole daily capacity) as an exact decimal sum, but the shares up to B already add up to 1.1.*");
        FluentActions.Invoking(() => new ReservedShareAllocation(Enumerable.Range(0, 1001).ToDictionary(i => new PartyId("S" + i), _ => 0.0001m)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("shares")
            .WithMessage("shares must be at most ReservedShareAllocation.MaxShares (1000), but was 1001.*");
        FluentActions.Invoking(() => new AllocationClaim(MyOrder, 2001)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("remaining").WithMessage("remaining must lie in [1, 2000] (the booking's units), but was 2001.*");
    }

    [Fact]
    public void Values_read_plainly()
    {
        MyOrder.ToString().Should().Be("SELLER-M: 2000 units from 2027-01-27 (PO-M-1)");
        Capacity.ToString().Should().Be("1000 units per working day, 3 finishing working days");
        new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [Me] = 0.5m }).ToString().Should().Be("reserved-share (SELLER-M 0.5)");
        FirstComeAllocation.Instance.Should().Be(new FirstComeAllocation());
        var book = new CapacityBook(Factory, Capacity, FirstComeAllocation.Instance);
        book.ToString().Should().Be("F-SZ: 1000 units per working day, 3 finishing working days, first-come, 0 bookings");
        book.Book(MyOrder).ToString().Should().Be("SELLER-M: 2000 units from 2027-01-27 (PO-M-1): 2027-01-27 to 2027-01-28, ready 2027-02-22");
        new ProductionDay(Jan(2027, 1, 27), 500).ToString().Should().Be("2027-01-27: 500");
        new AllocationClaim(MyOrder, 5).ToString().Should().Be("SELLER-M: 2000 units from 2027-01-27 (PO-M-1), 5 left");
    }

    private static LocalDate Jan(int year, int month, int day) => new(year, month, day);

    private static ProductionDay[] Days(params (int Day, int Units)[] january) =>
        january.Select(d => new ProductionDay(new LocalDate(2027, 1, d.Day), d.Units)).ToArray();

    /// <summary>A downstream rule: the latest booking first.</summary>
    private sealed class LastComeFirstServed : ICapacityAllocationRule
    {
        public void Allocate(LocalDate day, int capacity, ReadOnlySpan<AllocationClaim> claims, Span<int> units)
        {
            for (var i = claims.Length - 1; i >= 0 && capacity > 0; i--)
            {
                units[i] = Math.Min(claims[i].Remaining, capacity);
                capacity -= units[i];
            }
        }
    }

    /// <summary>A broken rule: one unit more than the day has.</summary>
    private sealed class GreedyRule : ICapacityAllocationRule
    {
        public void Allocate(LocalDate day, int capacity, ReadOnlySpan<AllocationClaim> claims, Span<int> units) =>
            units[0] = Math.Min(claims[0].Remaining, capacity + 1);

        public override string ToString() => "greedy";
    }

    /// <summary>First-come, but SELLER-M never gets a unit.</summary>
    private sealed class StarvingRule : ICapacityAllocationRule
    {
        public void Allocate(LocalDate day, int capacity, ReadOnlySpan<AllocationClaim> claims, Span<int> units)
        {
            for (var i = 0; i < claims.Length && capacity > 0; i++)
            {
                if (claims[i].Booking.Seller.Value != "SELLER-M")
                {
                    units[i] = Math.Min(claims[i].Remaining, capacity);
                    capacity -= units[i];
                }
            }
        }
    }
}
