using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Planning;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Replenishment;
using static SupplyChain.Domain.Tests.Products.SupplyNetworkFixture;

namespace SupplyChain.Domain.Tests.Planning;

/// <summary>
/// One day of the just-in-time loop, worked by hand. Seller A sells a lamp and a mug made at F-SZ (Shenzhen, run by
/// M-SZ) and a bottle made at F-YW (Yiwu, run by M-YW).
/// </summary>
public sealed class SaleToShelfTests
{
    internal static readonly LocalDate Day = new(2027, 1, 4);   // 2027-01-01 is a Friday, so a Monday
    internal static readonly Instant At = Instant.FromUtc(2027, 1, 4, 18, 0);
    internal static readonly PartyId SellerA = new("seller-A");
    internal static readonly ProductId Lamp = new("P-LAMP");
    internal static readonly ProductId Mug = new("P-MUG");
    internal static readonly ProductId Bottle = new("P-BOTTLE");

    // F-SZ: Monday to Friday, closed Wednesday 6 and Thursday 7 January 2027 (an example closure), 50 units a working
    // day, 2 finishing working days. F-YW: Monday to Saturday, 1000 units a day, 1 finishing working day.
    internal static WorkingCalendar ShenzhenCalendar { get; } = new(
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
        [new DateInterval(new LocalDate(2027, 1, 6), new LocalDate(2027, 1, 7))]);

    internal static SupplyNetwork Network()
    {
        var network = new SupplyNetwork();
        network.AddFacility(Factory(Shenzhen, "M-SZ", "Shenzhen"));
        network.AddFacility(Factory(Yiwu, "M-YW", "Yiwu"));
        network.AddProduct(Product(Lamp, "seller-A"));
        network.AddProduct(Product(Mug, "seller-A"));
        network.AddProduct(Product(Bottle, "seller-A"));
        network.AddProduct(Product(new ProductId("P-B-MUG"), "seller-B"));
        // Lamp: MOQ 100, multiple 20, 4.25 USD. Mug: MOQ 48, multiple 24, 1.85 USD. Bottle: MOQ 60, multiple 12, 3.10 USD.
        network.AddSourcingAgreement(Agreement(Lamp, Shenzhen, 4.25m, 100, 20));
        network.AddSourcingAgreement(Agreement(Mug, Shenzhen, 1.85m, 48, 24));
        network.AddSourcingAgreement(Agreement(Bottle, Yiwu, 3.10m, 60, 12));
        return network;
    }

    internal static SourcingAgreement Agreement(ProductId product, FacilityId factory, decimal unitCost, int moq, int multiple) =>
        new(product, factory, new Money(unitCost, Currency.USD), new ProductionLeadTime(10m), moq, multiple, new LocalDate(2026, 1, 1));

    private static Dictionary<FacilityId, CapacityBook> Books() => new()
    {
        [Shenzhen] = new CapacityBook(Shenzhen, new ProductionCapacity(50, ShenzhenCalendar, 2), FirstComeAllocation.Instance),
        [Yiwu] = new CapacityBook(Yiwu, new ProductionCapacity(1000, WorkingCalendar.MondayToSaturday, 1), FirstComeAllocation.Instance),
    };

    [Fact]
    public void A_day_of_sales_becomes_one_issued_order_per_factory_booked_and_dated()
    {
        var network = Network();
        var books = Books();
        // A peer (seller B) booked 100 units at F-SZ from the same Monday before our run.
        books[Shenzhen].Book(new CapacityBooking(new PartyId("seller-B"), 100, Day, "PEER-1"));
        SkuDay[] skus =
        [
            new(Mug, 50, new InventoryPosition(200), 30),
            new(Lamp, 7, new InventoryPosition(120), 24),
            new(Bottle, 61, new InventoryPosition(90), 35),
        ];

        var result = SaleToShelf.Run(network, books, skus, Day, At, "PO");

        // One for one, then the agreement's minimum and multiple, line by line:
        //   lamp   7 sold → raised to the MOQ 100; 100 = 5 × 20, no rounding       → 100
        //   mug   50 sold → above the MOQ 48; rounded up to 3 × 24                  →  72
        //   bottle 61 sold → above the MOQ 60; rounded up to 6 × 12                 →  72
        result.Decisions[Lamp].Quantity.Should().Be(100);
        result.Decisions[Lamp].Reason.Should().Be(ReplenishmentReason.ReplaceUnitsSold);
        result.Decisions[Lamp].BindingConstraints.Should().Be(OrderConstraints.MinimumOrderQuantity);
        result.Decisions[Mug].Quantity.Should().Be(72);
        result.Decisions[Mug].BindingConstraints.Should().Be(OrderConstraints.OrderMultiple);
        result.Decisions[Bottle].Quantity.Should().Be(72);

        // One order per factory, by factory id: F-SZ before F-YW; lines by product id: P-LAMP before P-MUG.
        result.PurchaseOrders.Select(o => o.Id.Value).Should().Equal("PO-20270104-F-SZ", "PO-20270104-F-YW");
        var shenzhen = result.PurchaseOrders[0];
        shenzhen.Buyer.Should().Be(SellerA);
        shenzhen.Supplier.Should().Be(new PartyId("M-SZ"));
        shenzhen.Status.Should().Be(PurchaseOrderStatus.Issued);
        shenzhen.History.Should().HaveCount(2);
        shenzhen.History[0].Should().BeOfType<PurchaseOrderDrafted>();
        shenzhen.History[1].Should().BeOfType<PurchaseOrderIssued>();
        shenzhen.History.Should().OnlyContain(e => e.At == At);
        // Requested date = the ready date worked out below.
        shenzhen.Lines.Select(l => l.Ordered).Should().Equal(
            new PurchaseOrderLine(1, new Sku("P-LAMP"), 100, new Money(4.25m, Currency.USD), new LocalDate(2027, 1, 15)),
            new PurchaseOrderLine(2, new Sku("P-MUG"), 72, new Money(1.85m, Currency.USD), new LocalDate(2027, 1, 15)));
        result.PurchaseOrders[1].Supplier.Should().Be(new PartyId("M-YW"));
        result.Events.Should().HaveCount(4);

        // F-SZ books 100 + 72 = 172 units after the peer's 100, 50 a day, first come:
        //   Mon 4: peer 50; Tue 5: peer 50 (peer done); Wed 6, Thu 7: closed;
        //   Fri 8: ours 50 (122 left); Mon 11: 50 (72); Tue 12: 50 (22); Wed 13: 22 → complete Wed 13 January.
        //   Ready 2 working days later: Thu 14, Fri 15 → 2027-01-15.
        var promise = result.Promises[0];
        promise.Booking.Should().Be(new CapacityBooking(SellerA, 172, Day, "PO-20270104-F-SZ"));
        promise.UnitsByDay.Select(d => (d.Date, d.Units)).Should().Equal(
            (new LocalDate(2027, 1, 8), 50), (new LocalDate(2027, 1, 11), 50), (new LocalDate(2027, 1, 12), 50), (new LocalDate(2027, 1, 13), 22));
        promise.ReadyDate.Should().Be(new LocalDate(2027, 1, 15));
        books[Shenzhen].Bookings.Should().HaveCount(2);
        // F-YW books 72 units from Monday 4, 1000 a day: complete Mon 4, ready 1 working day later, Tue 5 January.
        result.Promises[1].ReadyDate.Should().Be(new LocalDate(2027, 1, 5));

        // Expected arrival = ready + inbound days:
        //   lamp   2027-01-15 + 24 = 2027-02-08;  mug 2027-01-15 + 30 = 2027-02-14;  bottle 2027-01-05 + 35 = 2027-02-09.
        result.Lines.Select(l => (l.Product, l.OrderId.Value, l.Line, l.Units, l.ExpectedArrival)).Should().Equal(
            (Lamp, "PO-20270104-F-SZ", 1, 100, new LocalDate(2027, 2, 8)),
            (Mug, "PO-20270104-F-SZ", 2, 72, new LocalDate(2027, 2, 14)),
            (Bottle, "PO-20270104-F-YW", 1, 72, new LocalDate(2027, 2, 9)));
        result.Lines[0].ToString().Should().Be("PO-20270104-F-SZ line 1: 100 × P-LAMP, ready 2027-01-15, expected 2027-02-08");
        result.ToString().Should().Be("2027-01-04: 3 lines on 2 purchase orders, 0 held");
        result.Held.Should().BeEmpty("every factory reviews daily by default");
    }

    [Fact]
    public void A_day_without_sales_issues_nothing_and_books_nothing()
    {
        var books = Books();

        var result = SaleToShelf.Run(Network(), books, [new SkuDay(Lamp, 0, new InventoryPosition(10), 24)], Day, At, "PO");

        result.Decisions[Lamp].Reason.Should().Be(ReplenishmentReason.NoUnitsSold);
        result.Decisions[Lamp].Quantity.Should().Be(0);
        result.PurchaseOrders.Should().BeEmpty();
        result.Lines.Should().BeEmpty();
        books.Values.Should().OnlyContain(b => b.Bookings.Count == 0);
    }

    [Fact]
    public void Any_policy_decides_the_quantity()
    {
        // Min–max (s = 10, S = 40) at position 5 orders up to 40: 35, raised to the lamp's MOQ 100 (a multiple of 20).
        var sku = new SkuDay(Lamp, 3, new InventoryPosition(5), 24, new MinMaxPolicy(10, 40));

        var result = SaleToShelf.Run(Network(), Books(), [sku], Day, At, "PO");

        result.Decisions[Lamp].Reason.Should().Be(ReplenishmentReason.MinimumReached);
        result.Lines.Single().Units.Should().Be(100);
    }

    [Fact]
    public void A_product_without_an_agreement_in_force_or_of_another_seller_is_refused_and_nothing_is_booked()
    {
        var network = Network();
        var books = Books();
        // P-B-MUG is in the network but has no sourcing agreement.
        var act = () => SaleToShelf.Run(network, books, [new SkuDay(Lamp, 7, default, 24), new SkuDay(new ProductId("P-B-MUG"), 1, default, 24)], Day, At, "PO");

        act.Should().Throw<ArgumentException>().WithParameterName("skus", "P-B-MUG is seller B's, the lamp seller A's");

        var noAgreement = () => SaleToShelf.Run(network, books, [new SkuDay(new ProductId("P-B-MUG"), 1, default, 24)], Day, At, "PO");
        noAgreement.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.ProductsAgreementInForce);
        books.Values.Should().OnlyContain(b => b.Bookings.Count == 0);
    }

    [Fact]
    public void A_factory_without_a_capacity_book_is_named_and_nothing_changes()
    {
        var books = Books();
        var shenzhen = books[Shenzhen];
        books.Remove(Yiwu);

        var act = () => SaleToShelf.Run(Network(), books, [new SkuDay(Lamp, 7, default, 24), new SkuDay(Bottle, 5, default, 35)], Day, At, "PO");

        act.Should().Throw<ArgumentException>().WithParameterName("books").WithMessage("*F-YW*");
        shenzhen.Bookings.Should().BeEmpty("the F-SZ order was refused with the day");
    }

    [Fact]
    public void A_booking_refused_by_one_book_leaves_every_book_unchanged()
    {
        var books = Books();
        // F-YW closed from 2027-01-01 to 2032-12-31: the bottle's booking cannot be made within
        // CapacityBook.MaxPlanningDays (1830) days of 2027-01-04, so the F-YW book refuses it. F-SZ (planned first, by id)
        // must not keep the lamp's booking.
        var closed = new WorkingCalendar(WorkingCalendar.MondayToSaturday.WorkingDays, [new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2032, 12, 31))]);
        books[Yiwu] = new CapacityBook(Yiwu, new ProductionCapacity(1000, closed, 1), FirstComeAllocation.Instance);

        var act = () => SaleToShelf.Run(Network(), books, [new SkuDay(Lamp, 7, default, 24), new SkuDay(Bottle, 5, default, 35)], Day, At, "PO");

        act.Should().Throw<ArgumentOutOfRangeException>();
        books.Values.Should().OnlyContain(b => b.Bookings.Count == 0);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var network = Network();
        var books = Books();
        SkuDay lamp = new(Lamp, 7, default, 24);

        FluentActions.Invoking(() => SaleToShelf.Run(network, books, [lamp, lamp], Day, At, "PO")).Should().Throw<ArgumentException>().WithParameterName("skus");
        FluentActions.Invoking(() => SaleToShelf.Run(network, books, [new SkuDay(new ProductId("P-NONE"), 1, default, 1)], Day, At, "PO"))
            .Should().Throw<ArgumentException>().WithParameterName("skus");
        FluentActions.Invoking(() => SaleToShelf.Run(network, books, [lamp], Day, At, " ")).Should().Throw<ArgumentException>().WithParameterName("orderIdPrefix");
        FluentActions.Invoking(() => SaleToShelf.Run(network, books, [lamp], Day, At, new string('P', 60))).Should().Throw<ArgumentException>().WithParameterName("orderIdPrefix");
        FluentActions.Invoking(() => new SkuDay(Lamp, -1, default, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("unitsSold");
        FluentActions.Invoking(() => new SkuDay(Lamp, 1, default, SkuDay.MaxInboundLeadTimeDays + 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("inboundLeadTimeDays");
        new SkuDay(Lamp, 1, default, 1).Policy.Should().BeOfType<JustInTimePolicy>();
        books.Values.Should().OnlyContain(b => b.Bookings.Count == 0);
        new SkuDay(Lamp, 7, new InventoryPosition(40), 24).ToString().Should().Be("P-LAMP: sold 7, position 40, inbound 24 days, one-for-one (just in time)");
    }
}
