using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Simulation;

/// <summary>
/// The simulator's factory stage, worked by hand. One SKU starts on Thursday 7 January 2027 (day 0) with 100 units on
/// hand and sells exactly 10 a day (normal demand with a standard deviation of 0); min–max s = 50, S = 150. The
/// position after demand on day t is 100 − 10(t + 1) until the first order: 50 on day 4, Monday 11 January, when it
/// orders S − 50 = 100 units. On order, the position is then 150 − 10(t − 4), which reaches s again on day 14, so
/// a run of 14 days (days 0 to 13) places exactly one order, on day 4. The factory makes 100 units per working day,
/// Monday to Friday, with no finishing days; the transit from the factory is a fixed 2 days.
/// January 2027: Thu 7, Fri 8, Sat 9, Sun 10, Mon 11, Tue 12, Wed 13, Thu 14, Fri 15, Sat 16, Sun 17, Mon 18.
/// </summary>
public sealed class SimulatorFactoryStageTests
{
    private static readonly LocalDate Start = new(2027, 1, 7);
    private static readonly FacilityId Factory = new("F-SZ");
    private static readonly PartyId Me = new("SELLER-M");
    private static readonly PartyId Peer = new("SELLER-P");
    private static readonly SimulationSettings Settings = new(14, seed: 11, Start, recordTrace: true);

    private static SimulatedSku Sku(FactoryStage? factory) =>
        new("LAMP", new MinMaxPolicy(50, 150), DemandModel.Normal(10, 0), LeadTimeProfile.Fixed(2), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10 }, 100)
        {
            Factory = factory,
        };

    private static CapacityBook Book(WorkingCalendar calendar) => new(Factory, new ProductionCapacity(100, calendar, 0), FirstComeAllocation.Instance);

    private static int ArrivalDay(SkuSimulationResult result)
    {
        var orders = result.Trace.Where(d => d.Ordered > 0).ToList();
        orders.Should().ContainSingle().Which.Day.Should().Be(4, "the order of the worked case is placed on day 4");
        return result.Trace.Single(d => d.Received > 0).Day;
    }

    [Fact]
    public void An_idle_factory_makes_the_order_on_the_day_it_is_placed()
    {
        // Booked Monday 11 January with nothing ahead: 100 units made that day, ready that day (0 finishing days);
        // arrives 2 transit days later: day 4 + 0 + 2 = day 6.
        var result = Simulator.Run(Sku(new FactoryStage(Book(WorkingCalendar.MondayToFriday), Me, LeadTimeProfile.Fixed(2))), Settings);
        ArrivalDay(result).Should().Be(6);
        result.Trace[6].Received.Should().Be(100);
    }

    [Fact]
    public void A_closure_delays_the_arrival_by_exactly_its_working_days()
    {
        // Closed Monday 11 to Wednesday 13 January: three working days. The order booked Monday 11 is made on the
        // first working day after, Thursday 14, and is ready that day: 3 days later than without the closure, so it
        // arrives on day 4 + 3 + 2 = day 9 instead of day 6.
        var closed = WorkingCalendar.MondayToFriday.WithClosure(new DateInterval(new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 13)));
        WorkingCalendar.MondayToFriday.WorkingDaysBetween(new LocalDate(2027, 1, 10), new LocalDate(2027, 1, 13)).Should().Be(3, "the closure covers three working weekdays");

        var open = ArrivalDay(Simulator.Run(Sku(new FactoryStage(Book(WorkingCalendar.MondayToFriday), Me, LeadTimeProfile.Fixed(2))), Settings));
        var delayed = ArrivalDay(Simulator.Run(Sku(new FactoryStage(Book(closed), Me, LeadTimeProfile.Fixed(2))), Settings));
        delayed.Should().Be(9);
        (delayed - open).Should().Be(3);
    }

    [Fact]
    public void A_peers_big_booking_first_delays_mine_by_the_days_it_holds_the_factory()
    {
        // The caller's book holds the peer's 450 units from Monday 11 January. First-come: the peer takes Mon 11,
        // Tue 12, Wed 13 and Thu 14 (100 each) and 50 on Fri 15. My 100 units booked on Monday 11 get the 50 left on
        // Friday 15 and 50 on Monday 18: complete and ready Monday 18, 7 days after the order. Arrival: day 4 + 7 + 2
        // = day 13, 7 days later than with an idle factory (day 6).
        var book = Book(WorkingCalendar.MondayToFriday);
        book.Book(new CapacityBooking(Peer, 450, new LocalDate(2027, 1, 11)));

        var result = Simulator.Run(Sku(new FactoryStage(book, Me, LeadTimeProfile.Fixed(2))), Settings);
        ArrivalDay(result).Should().Be(13);
        book.Bookings.Should().ContainSingle("the run books on a copy; the caller's book is unchanged");
    }

    [Fact]
    public void Peers_background_bookings_of_each_day_come_before_my_order_of_that_day()
    {
        // The peer books 50 units every day (probability 1), each from the day it books. Before my order of day 4,
        // the peer's bookings of days 0 to 4 are booked: 50 from Thu 7, Fri 8, Sat 9, Sun 10 and Mon 11. First-come,
        // 100 a working day: Thu 7 makes the first 50, Fri 8 the second; Mon 11 makes those of Sat 9 and Sun 10 (100,
        // the day is full); Tue 12 makes the peer's Monday 50 and 50 of mine; Wed 13 my last 50. Ready Wednesday 13,
        // 2 days after the order: arrival on day 4 + 2 + 2 = day 8.
        var peers = new[] { new PeerBookings(Peer, DemandModel.Normal(50, 0), 1) };
        var result = Simulator.Run(Sku(new FactoryStage(Book(WorkingCalendar.MondayToFriday), Me, LeadTimeProfile.Fixed(2), peers)), Settings);
        ArrivalDay(result).Should().Be(8);
    }

    [Fact]
    public void A_peer_that_never_books_changes_nothing()
    {
        var none = Simulator.Run(Sku(new FactoryStage(Book(WorkingCalendar.MondayToFriday), Me, LeadTimeProfile.Fixed(2))), Settings);
        var never = Simulator.Run(Sku(new FactoryStage(Book(WorkingCalendar.MondayToFriday), Me, LeadTimeProfile.Fixed(2), [new PeerBookings(Peer, DemandModel.Poisson(500), 0)])), Settings);
        never.Trace.Should().Equal(none.Trace);
    }

    [Fact]
    public void An_always_open_factory_without_limits_gives_the_results_of_the_fixed_lead_time()
    {
        // A factory open every day, with more capacity than any order and no finishing days, makes every order the day
        // it is placed; with a fixed transit of 3 days each order arrives 3 days later: the fixed lead time of 3 days.
        // The stage draws from its own stream, so the SKU's demand draws are the same: every figure must be equal.
        var everyDay = new WorkingCalendar(Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d));
        var book = new CapacityBook(Factory, new ProductionCapacity(1_000_000, everyDay, 0), FirstComeAllocation.Instance);
        var settings = new SimulationSettings(365, seed: 5, Start, recordTrace: true);
        SimulatedSku Make(FactoryStage? factory) =>
            new("MUG", new MinMaxPolicy(300, 700), DemandModel.Normal(100, 25), LeadTimeProfile.Fixed(3), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10, PerOrder = 50 })
            {
                Factory = factory,
            };

        var plain = Simulator.Run(Make(null), settings);
        var staged = Simulator.Run(Make(new FactoryStage(book, Me, LeadTimeProfile.Fixed(3))), settings);
        plain.OrdersPlaced.Should().BeGreaterThan(50, "the comparison must cover many orders");
        staged.Trace.Should().Equal(plain.Trace);
        staged.TotalCost.Should().Be(plain.TotalCost);
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_with_the_stage_and_another_seed_another()
    {
        var book = Book(WorkingCalendar.MondayToFriday.WithClosure(new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 20))));
        var peers = new[]
        {
            new PeerBookings(Peer, DemandModel.Poisson(60), 0.5),
            new PeerBookings(new PartyId("SELLER-Q"), DemandModel.Normal(80, 30), 0.3),
        };
        var stage = new FactoryStage(book, Me, LeadTimeProfile.Of("sea", new TransitTimeDistribution(20, 3), new TransitTimeDistribution(2, 1)), peers);
        var skus = Enumerable.Range(0, 6).Select(i =>
            new SimulatedSku("SKU-" + i, new MinMaxPolicy(200 + (10 * i), 600), DemandModel.Poisson(20 + i), LeadTimeProfile.Fixed(25), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10 })
            {
                Factory = stage,
            }).ToList();

        var first = Simulator.Run(skus, new SimulationSettings(200, seed: 3, Start, recordTrace: true, maxDegreeOfParallelism: 1));
        var second = Simulator.Run(skus, new SimulationSettings(200, seed: 3, Start, recordTrace: true, maxDegreeOfParallelism: -1));
        for (var i = 0; i < skus.Count; i++)
        {
            second.Skus[i].Trace.Should().Equal(first.Skus[i].Trace);
        }

        Simulator.Run(skus, new SimulationSettings(200, seed: 4, Start)).TotalCost.Should().NotBe(first.TotalCost);
        book.Bookings.Should().BeEmpty("every run books on its own copy");
    }
}
