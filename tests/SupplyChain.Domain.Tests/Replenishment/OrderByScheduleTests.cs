using NodaTime;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Tests.Replenishment;

public sealed class OrderByScheduleTests
{
    // A Shenzhen factory working Monday to Friday, closed for Chinese New Year 2025-01-25 .. 2025-02-05 (both included).
    internal static readonly WorkingCalendar Shenzhen = WorkingCalendar.MondayToFriday
        .WithClosure(new DateInterval(new LocalDate(2025, 1, 25), new LocalDate(2025, 2, 5)));

    internal static readonly LeadTimeLeg[] SeaRoute =
    [
        new(LeadTimeLegKind.FirstMile, 2, "truck"),
        new(LeadTimeLegKind.MainCarriage, 30, "sea FCL"),
        new(LeadTimeLegKind.Clearance, 2),
    ];

    [Fact]
    public void Hand_worked_schedule_across_a_weekend_and_Chinese_New_Year()
    {
        // Need-by 2025-03-15 (a Saturday) at the Amazon US storage centre, no safety buffer.
        //   available for sale            2025-03-15
        //   receiving 3 calendar days  -> arrival at the storage centre 03-15 - 3 = 2025-03-12 (Wed)
        //   clearance 2 days           -> latest start 03-12 - 2 = 2025-03-10 (Mon)   [leg 2: 03-10 .. 03-12]
        //   sea 30 days                -> latest departure 03-10 - 30 = 2025-02-08 (Sat): 10 days back to 02-28,
        //                                 20 more to 02-08 (February 2025 has 28 days) [leg 1: 02-08 .. 03-10]
        //   first mile 2 days          -> latest departure 02-08 - 2 = 2025-02-06 (Thu) [leg 0: 02-06 .. 02-08]
        //   ship-by (ex-factory)          2025-02-06 (Thu)
        //   production, 15 working days, counting back from 02-06 (a working day, so it is the finish):
        //     02-06 (1); 02-05 .. 01-25 closed for the New Year (01-25/26 are also a weekend);
        //     01-24 Fri (2), 01-23 (3), 01-22 (4), 01-21 (5), 01-20 Mon (6); weekend 01-18/19;
        //     01-17 Fri (7), 01-16 (8), 01-15 (9), 01-14 (10), 01-13 Mon (11); weekend 01-11/12;
        //     01-10 Fri (12), 01-09 (13), 01-08 (14), 01-07 Tue (15)
        //   production start              2025-01-07 (Tue)
        //   order-by, the day before      2025-01-06 (Mon)
        var leadTime = new ReplenishmentLeadTime(15, Shenzhen, SeaRoute, receivingDays: 3);

        var schedule = leadTime.BackSchedule(new LocalDate(2025, 3, 15));

        schedule.NeedBy.Should().Be(new LocalDate(2025, 3, 15));
        schedule.AvailableForSale.Should().Be(new LocalDate(2025, 3, 15));
        schedule.ArrivalAtStorageCentre.Should().Be(new LocalDate(2025, 3, 12));
        schedule.LatestDeparture(2).Should().Be(new LocalDate(2025, 3, 10));
        schedule.LatestArrival(2).Should().Be(new LocalDate(2025, 3, 12));
        schedule.LatestDeparture(1).Should().Be(new LocalDate(2025, 2, 8));
        schedule.LatestArrival(1).Should().Be(new LocalDate(2025, 3, 10));
        schedule.LatestDeparture(0).Should().Be(new LocalDate(2025, 2, 6));
        schedule.LatestArrival(0).Should().Be(new LocalDate(2025, 2, 8));
        schedule.ShipBy.Should().Be(new LocalDate(2025, 2, 6));
        schedule.ProductionFinish.Should().Be(new LocalDate(2025, 2, 6));
        schedule.ProductionStart.Should().Be(new LocalDate(2025, 1, 7));
        schedule.OrderBy.Should().Be(new LocalDate(2025, 1, 6));
        leadTime.TransportDays.Should().Be(34);

        // Forward check with the sourcing side's own rule: an order placed on the order-by date is complete on ship-by.
        new ProductionLeadTime(15).PlannedCompletion(schedule.OrderBy, Shenzhen).Should().Be(schedule.ShipBy);

        schedule.ToString().Should().Be(
            "order by 2025-01-06; production 2025-01-07 to 2025-02-06; ship by 2025-02-06; FirstMile 2025-02-06 to 2025-02-08; "
            + "MainCarriage 2025-02-08 to 2025-03-10; Clearance 2025-03-10 to 2025-03-12; at the storage centre 2025-03-12; "
            + "for sale 2025-03-15; needed by 2025-03-15");
    }

    [Fact]
    public void Ship_by_on_a_Sunday_finishes_production_on_the_Friday_and_the_buffer_moves_everything_earlier()
    {
        // Need-by 2025-03-16 (Sun) with a 2-day safety buffer -> available 2025-03-14 (Fri); receiving 0 -> arrival 03-14;
        // one 5-day leg -> ship-by 03-09 (Sun). Monday-to-Friday factory: finish on the last working day on or before
        // Sunday, Fri 03-07; 3 working days back: 03-07 (1), 03-06 (2), 03-05 Wed (3) -> start 03-05, order by Tue 03-04.
        var leadTime = new ReplenishmentLeadTime(3, WorkingCalendar.MondayToFriday, [new(LeadTimeLegKind.MainCarriage, 5)], receivingDays: 0, safetyBufferDays: 2);

        var schedule = leadTime.BackSchedule(new LocalDate(2025, 3, 16));

        schedule.AvailableForSale.Should().Be(new LocalDate(2025, 3, 14));
        schedule.ArrivalAtStorageCentre.Should().Be(new LocalDate(2025, 3, 14));
        schedule.ShipBy.Should().Be(new LocalDate(2025, 3, 9));
        schedule.ProductionFinish.Should().Be(new LocalDate(2025, 3, 7));
        schedule.ProductionStart.Should().Be(new LocalDate(2025, 3, 5));
        schedule.OrderBy.Should().Be(new LocalDate(2025, 3, 4));
        schedule.IsLateFor(new LocalDate(2025, 3, 4)).Should().BeFalse();
        schedule.IsLateFor(new LocalDate(2025, 3, 5)).Should().BeTrue();
        schedule.SlackDays(new LocalDate(2025, 3, 1)).Should().Be(3);
        schedule.SlackDays(new LocalDate(2025, 3, 6)).Should().Be(-2);
    }

    [Fact]
    public void No_production_and_no_legs_make_every_date_the_need_by_date()
    {
        var schedule = new ReplenishmentLeadTime(0, WorkingCalendar.MondayToFriday, [], 0).BackSchedule(new LocalDate(2025, 6, 1));

        schedule.OrderBy.Should().Be(new LocalDate(2025, 6, 1));
        schedule.ProductionStart.Should().Be(new LocalDate(2025, 6, 1));
        schedule.ShipBy.Should().Be(new LocalDate(2025, 6, 1));
    }

    [Fact]
    public void For_an_agreement_production_takes_the_planned_working_days()
    {
        // Mean 14.2 working days -> planned 15 (rounded up), so the same schedule as the hand-worked case.
        var agreement = new SourcingAgreement(new("MUG-350"), new("F-SZ-01"), new Money(1.2m, Currency.USD), new ProductionLeadTime(14.2m, 2m), 100, 50, new LocalDate(2024, 1, 1));

        var leadTime = ReplenishmentLeadTime.ForAgreement(agreement, Shenzhen, SeaRoute, 3);

        leadTime.ProductionWorkingDays.Should().Be(15);
        leadTime.BackSchedule(new LocalDate(2025, 3, 15)).OrderBy.Should().Be(new LocalDate(2025, 1, 6));
    }

    [Fact]
    public void A_planned_leg_rounds_its_mean_transit_time_up()
    {
        LeadTimeLeg.Planned(LeadTimeLegKind.MainCarriage, new TransitTimeDistribution(29.2, 3).MeanDays, "sea FCL").Days.Should().Be(30);
        LeadTimeLeg.Planned(LeadTimeLegKind.MainCarriage, TransitTimeDistribution.Fixed(30).MeanDays).Days.Should().Be(30);
    }

    [Fact]
    public void Bad_input_is_refused_with_its_rule()
    {
        FluentActions.Invoking(() => new LeadTimeLeg(LeadTimeLegKind.MainCarriage, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("days").WithMessage("days must not be negative, but was -1.*");
        FluentActions.Invoking(() => new ReplenishmentLeadTime(-3, Shenzhen, SeaRoute, 3)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("productionWorkingDays").WithMessage("productionWorkingDays must not be negative, but was -3.*");
        FluentActions.Invoking(() => new ReplenishmentLeadTime(15, Shenzhen, SeaRoute, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("receivingDays").WithMessage("receivingDays must not be negative, but was -1.*");
        FluentActions.Invoking(() => new ReplenishmentLeadTime(15, Shenzhen, SeaRoute, 3, safetyBufferDays: -2)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("safetyBufferDays").WithMessage("safetyBufferDays must not be negative, but was -2.*");
        FluentActions.Invoking(() => new ReplenishmentLeadTime(15, null!, SeaRoute, 3)).Should().Throw<ArgumentNullException>()
            .WithParameterName("factoryCalendar");

        var leadTime = new ReplenishmentLeadTime(15, Shenzhen, SeaRoute, 3);
        FluentActions.Invoking(() => leadTime.BackSchedule(new LocalDate(2025, 3, 1), orderDate: new LocalDate(2025, 3, 5)))
            .Should().Throw<ArgumentException>().WithParameterName("needBy")
            .WithMessage("needBy 2025-03-01 is before the order date 2025-03-05: stock cannot be needed before it is ordered.*");
        FluentActions.Invoking(() => leadTime.BackSchedule(new LocalDate(2025, 3, 15)).LatestDeparture(3)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("leg").WithMessage("leg must be between 0 and 2, but was 3.*");

        // The lead time is unchanged by the refusals.
        leadTime.BackSchedule(new LocalDate(2025, 3, 15), new LocalDate(2025, 1, 2)).OrderBy.Should().Be(new LocalDate(2025, 1, 6));
    }
}
