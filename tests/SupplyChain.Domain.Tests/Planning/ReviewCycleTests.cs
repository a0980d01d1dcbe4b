using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Planning;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Replenishment;
using static SupplyChain.Domain.Tests.Planning.SaleToShelfTests;
using static SupplyChain.Domain.Tests.Products.SupplyNetworkFixture;

namespace SupplyChain.Domain.Tests.Planning;

/// <summary>
/// A weekly review, worked by hand: F-SZ consolidates on Mondays, F-YW every day (the network of
/// <see cref="SaleToShelfTests"/>: lamp MOQ 100 × 20, mug MOQ 48 × 24 at F-SZ; bottle MOQ 60 × 12 at F-YW).
/// </summary>
public sealed class ReviewCycleTests
{
    private static readonly LocalDate Tuesday = new(2027, 1, 5);
    private static readonly LocalDate Wednesday = new(2027, 1, 6);
    private static readonly LocalDate NextMonday = new(2027, 1, 11);

    private static Dictionary<FacilityId, CapacityBook> Books() => new()
    {
        [Shenzhen] = new CapacityBook(Shenzhen, new ProductionCapacity(50, ShenzhenCalendar, 2), FirstComeAllocation.Instance),
        [Yiwu] = new CapacityBook(Yiwu, new ProductionCapacity(1000, WorkingCalendar.MondayToSaturday, 1), FirstComeAllocation.Instance),
    };

    private static SaleToShelfOptions Options(IReadOnlyList<HeldLine> held) => new()
    {
        ReviewCycles = new Dictionary<FacilityId, ReviewCycle> { [Shenzhen] = ReviewCycle.Weekly(IsoDayOfWeek.Monday) },
        Held = held,
    };

    private static Instant Evening(LocalDate day) => day.At(new LocalTime(18, 0)).InUtc().ToInstant();

    [Fact]
    public void Lines_of_a_weekly_factory_are_held_until_its_review_day_and_the_minimum_applies_once_to_the_total()
    {
        var network = Network();
        var books = Books();

        // Tuesday 5 January: F-SZ does not review (Monday only); F-YW reviews daily.
        //   lamp 7 sold, mug 50 sold → held as the policy's quantities (no MOQ yet): lamp 7, mug 50, since Tuesday.
        //   bottle 61 sold → F-YW: 61 ≥ MOQ 60, rounded up to 6 × 12 = 72, ordered today.
        var tuesday = SaleToShelf.Run(network, books,
            [new SkuDay(Lamp, 7, new InventoryPosition(120), 24), new SkuDay(Mug, 50, new InventoryPosition(200), 30), new SkuDay(Bottle, 61, new InventoryPosition(90), 35)],
            Tuesday, Evening(Tuesday), Options([]));

        tuesday.PurchaseOrders.Select(o => o.Id.Value).Should().Equal("PO-20270105-F-YW");
        tuesday.Lines.Select(l => (l.Product, l.Units)).Should().Equal((Bottle, 72));
        tuesday.Held.Should().Equal(
            new HeldLine(Lamp, 7, Tuesday, 24, ReplenishmentReason.ReplaceUnitsSold),
            new HeldLine(Mug, 50, Tuesday, 30, ReplenishmentReason.ReplaceUnitsSold));
        tuesday.Decisions[Lamp].Quantity.Should().Be(100, "the decision still says what a review today would order");
        books[Shenzhen].Bookings.Should().BeEmpty();
        tuesday.ToString().Should().Be("2027-01-05: 1 lines on 1 purchase orders, 2 held");

        // Wednesday 6 January: lamp 5 more (held 7 + 5 = 12, still since Tuesday); mug nothing sold (stays 50).
        var wednesday = SaleToShelf.Run(network, books,
            [new SkuDay(Lamp, 5, new InventoryPosition(115), 24), new SkuDay(Mug, 0, new InventoryPosition(150), 30)],
            Wednesday, Evening(Wednesday), Options(tuesday.Held));

        wednesday.PurchaseOrders.Should().BeEmpty();
        wednesday.Held.Should().Equal(
            new HeldLine(Lamp, 12, Tuesday, 24, ReplenishmentReason.ReplaceUnitsSold),
            new HeldLine(Mug, 50, Tuesday, 30, ReplenishmentReason.ReplaceUnitsSold));

        // Monday 11 January, F-SZ's review: lamp 3 more → 15, raised once to the MOQ 100 (not 100 on each of three days);
        // mug 10 more → 60, rounded up to 3 × 24 = 72. One order of 172 units.
        // Book (empty; 50 a day, Monday to Friday): Mon 11: 50, Tue 12: 50, Wed 13: 50, Thu 14: 22 → complete Thu 14;
        // ready 2 working days later: Fri 15, Mon 18 → 2027-01-18. Arrivals: lamp 18 Jan + 24 = 11 Feb, mug + 30 = 17 Feb.
        var monday = SaleToShelf.Run(network, books,
            [new SkuDay(Lamp, 3, new InventoryPosition(112), 24), new SkuDay(Mug, 10, new InventoryPosition(140), 30)],
            NextMonday, Evening(NextMonday), Options(wednesday.Held));

        monday.Held.Should().BeEmpty();
        monday.PurchaseOrders.Select(o => o.Id.Value).Should().Equal("PO-20270111-F-SZ");
        monday.Promises.Single().Booking.Units.Should().Be(172);
        monday.Promises.Single().ReadyDate.Should().Be(new LocalDate(2027, 1, 18));
        monday.Lines.Select(l => (l.Product, l.Units, l.Decision.UnconstrainedQuantity, l.ExpectedArrival)).Should().Equal(
            (Lamp, 100, 15L, new LocalDate(2027, 2, 11)),
            (Mug, 72, 60L, new LocalDate(2027, 2, 17)));
        monday.Lines[0].Decision.BindingConstraints.Should().Be(OrderConstraints.MinimumOrderQuantity);
        monday.Lines[0].Decision.Reason.Should().Be(ReplenishmentReason.ReplaceUnitsSold);
    }

    [Fact]
    public void A_held_line_is_released_on_the_review_day_even_without_a_sale_that_day()
    {
        // Held mug 50 since Tuesday, not among Monday's SKUs: released with its own inbound days (30), 50 → 72.
        var held = new HeldLine(Mug, 50, Tuesday, 30, ReplenishmentReason.ReplaceUnitsSold);

        var monday = SaleToShelf.Run(Network(), Books(), [], NextMonday, Evening(NextMonday), Options([held]));

        monday.Lines.Select(l => (l.Product, l.Units, l.InboundLeadTimeDays)).Should().Equal((Mug, 72, 30));
        monday.Lines[0].Decision.Reason.Should().Be(ReplenishmentReason.ReplaceUnitsSold);
        monday.Held.Should().BeEmpty();
    }

    [Fact]
    public void Review_cycles_say_which_days_review()
    {
        var weekly = ReviewCycle.Weekly(IsoDayOfWeek.Monday);

        // 2027-01-04 and 2027-01-11 are Mondays.
        weekly.IsReviewDay(new LocalDate(2027, 1, 4)).Should().BeTrue();
        weekly.IsReviewDay(Tuesday).Should().BeFalse();
        weekly.NextReviewDay(Tuesday).Should().Be(NextMonday);
        weekly.NextReviewDay(NextMonday).Should().Be(NextMonday);
        ReviewCycle.Daily.IsReviewDay(Tuesday).Should().BeTrue();
        ReviewCycle.Daily.NextReviewDay(Tuesday).Should().Be(Tuesday);
        weekly.ToString().Should().Be("weekly on Monday");
        ReviewCycle.Daily.ToString().Should().Be("daily");
        weekly.Should().Be(ReviewCycle.Weekly(IsoDayOfWeek.Monday));
        new SaleToShelfOptions().CycleOf(Shenzhen).Should().Be(ReviewCycle.Daily);
        Options([]).CycleOf(Shenzhen).Should().Be(weekly);
        new SaleToShelfOptions().ToString().Should().Be("PO, daily, 0 factory cycles, 0 held lines");
        new HeldLine(Mug, 50, Tuesday, 30, ReplenishmentReason.ReplaceUnitsSold).ToString().Should().Be("P-MUG: 50 units held since 2027-01-05");
    }

    [Fact]
    public void Bad_review_arguments_are_refused()
    {
        FluentActions.Invoking(() => ReviewCycle.Weekly(IsoDayOfWeek.None)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weekday");
        FluentActions.Invoking(() => new HeldLine(Mug, 0, Tuesday, 30, default)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("units");
        FluentActions.Invoking(() => new SaleToShelfOptions { OrderIdPrefix = " " }).Should().Throw<ArgumentException>().WithParameterName("OrderIdPrefix");
        var twice = new HeldLine(Mug, 5, Tuesday, 30, default);
        FluentActions.Invoking(() => new SaleToShelfOptions { Held = [twice, twice] }).Should().Throw<ArgumentException>().WithParameterName("Held");

        var books = Books();
        var future = new HeldLine(Mug, 5, NextMonday, 30, default);
        FluentActions.Invoking(() => SaleToShelf.Run(Network(), books, [], Tuesday, Evening(Tuesday), Options([future])))
            .Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*held since 2027-01-11, after the day run 2027-01-05*");
        var stranger = new HeldLine(new ProductId("P-B-MUG"), 5, Tuesday, 30, default);
        FluentActions.Invoking(() => SaleToShelf.Run(Network(), books, [new SkuDay(Lamp, 1, default, 1)], Tuesday, Evening(Tuesday), Options([stranger])))
            .Should().Throw<ArgumentException>().WithParameterName("options");
        books.Values.Should().OnlyContain(b => b.Bookings.Count == 0);
    }
}
