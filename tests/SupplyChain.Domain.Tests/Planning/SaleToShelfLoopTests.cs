using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Planning;
using SupplyChain.Domain.Procurement;
using static SupplyChain.Domain.Tests.Planning.SaleToShelfTests;
using static SupplyChain.Domain.Tests.Products.SupplyNetworkFixture;

namespace SupplyChain.Domain.Tests.Planning;

/// <summary>
/// The whole loop, worked by hand: a sale, the policy, the purchase order, the factory's capacity, the despatch and the
/// receipt into the stock ledger (the network of <see cref="SaleToShelfTests"/>; the shelf is the storage centre ISC-LEJ).
/// </summary>
public sealed class SaleToShelfLoopTests
{
    private static readonly FacilityId Shelf = new("ISC-LEJ");
    private static readonly Sku LampSku = new("P-LAMP");
    private static readonly Sku MugSku = new("P-MUG");

    private static Instant On(int month, int day, int hour = 12) => Instant.FromUtc(2027, month, day, hour, 0);

    private static Dictionary<FacilityId, CapacityBook> ShenzhenBook() => new()
    {
        [Shenzhen] = new CapacityBook(Shenzhen, new ProductionCapacity(50, ShenzhenCalendar, 2), FirstComeAllocation.Instance),
    };

    [Fact]
    public void A_sale_comes_back_to_the_shelf_through_the_order_the_factory_and_the_receipt()
    {
        var lamp = new StockLedger(Lamp, Shelf);
        lamp.Post(StockMovement.TransferIn(120, On(1, 1)));
        // Monday 4 January: 7 lamps sold and shipped to buyers: fulfillable 120 − 7 = 113, nothing on order.
        lamp.Post(StockMovement.Shipment(7, On(1, 4, 10), StockBucket.Fulfillable));
        lamp.Position.Value.Should().Be(113);
        var books = ShenzhenBook();

        // One for one: 7 sold → 7, raised to the lamp's MOQ 100 (a multiple of 20) → one order of 100 at F-SZ.
        // F-SZ (50 a day, Monday to Friday, closed 6–7 January): Mon 4: 50, Tue 5: 50 → complete Tue 5 January;
        // 2 finishing working days: Wed 6 and Thu 7 closed, Fri 8 (1), Mon 11 (2) → ready 2027-01-11.
        // Expected arrival: 11 January + 24 inbound days = 2027-02-04.
        var day = SaleToShelf.Run(Network(), books, [new SkuDay(Lamp, 7, lamp.Position, 24)], Day, At, "PO");

        var order = day.PurchaseOrders.Single();
        order.Id.Value.Should().Be("PO-20270104-F-SZ");
        day.Lines.Single().Units.Should().Be(100);
        day.Promises.Single().ReadyDate.Should().Be(new LocalDate(2027, 1, 11));
        day.Lines.Single().ExpectedArrival.Should().Be(new LocalDate(2027, 2, 4));
        var ledgers = new Dictionary<Sku, StockLedger> { [LampSku] = lamp };
        day.Events.SelectMany(e => PurchaseOrderPosting.Post(order, e, ledgers)).Should().BeEmpty("drafting and issuing move no stock");

        // The factory accepts (ORDRSP) and despatches all 100 on the ready date (DESADV): in transit.
        var accepted = order.Respond(On(1, 5), [LineResponse.Accept(1)]);
        PurchaseOrderPosting.Post(order, accepted, ledgers).Should().BeEmpty();
        var despatched = order.Despatch(On(1, 11), [new DespatchLine { Line = 1, Quantity = 100 }]);
        PurchaseOrderPosting.Post(order, despatched, ledgers).Should().Equal(
            new PostedMovement(LampSku, StockMovement.InboundPlanned(100, On(1, 11))),
            new PostedMovement(LampSku, StockMovement.InboundShipped(100, On(1, 11))));
        lamp.Balance(StockBucket.InboundShipped).Should().Be(100);
        lamp.Position.Value.Should().Be(213, "113 on hand + 100 on order");

        // Received on the expected arrival (RECADV): 100 counted, 1 damaged → 99 fulfillable, 1 carrier-damaged.
        var received = order.Receive(On(2, 4), [new ReceiptLine { Line = 1, Quantity = 100, Damaged = 1 }]);
        PurchaseOrderPosting.Post(order, received, ledgers).Should().Equal(
            new PostedMovement(LampSku, StockMovement.InboundArrived(100, On(2, 4))),
            new PostedMovement(LampSku, StockMovement.Receipt(99, On(2, 4))),
            new PostedMovement(LampSku, StockMovement.Receipt(1, On(2, 4), StockBucket.UnfulfillableCarrierDamaged)));

        // On the shelf: 113 + 99 = 212 fulfillable, 1 damaged, nothing in transit.
        lamp.Balance(StockBucket.Fulfillable).Should().Be(212);
        lamp.Balance(StockBucket.UnfulfillableCarrierDamaged).Should().Be(1);
        lamp.Inbound.Should().Be(0);
        // Conservation: ordered 100 = received fulfillable 99 + damaged 1 + still open 0.
        order.Status.Should().Be(PurchaseOrderStatus.Received);
        PurchaseOrderPosting.Post(order, order.Close(On(2, 5)), ledgers).Should().BeEmpty("a complete close moves no stock");
    }

    [Fact]
    public void A_partial_receipt_leaves_units_in_transit_and_a_short_close_writes_them_off_as_lost()
    {
        var network = Network();
        var books = ShenzhenBook();
        // Lamp 7 → 100, mug 50 → 72 (3 × 24): one order, lines 1 (lamp) and 2 (mug).
        var day = SaleToShelf.Run(network, books, [new SkuDay(Lamp, 7, default, 24), new SkuDay(Mug, 50, default, 30)], Day, At, "PO");
        var order = day.PurchaseOrders.Single();
        var lamp = new StockLedger(Lamp, Shelf);
        var mug = new StockLedger(Mug, Shelf);
        var ledgers = new Dictionary<Sku, StockLedger> { [LampSku] = lamp, [MugSku] = mug };
        order.Respond(On(1, 5), [LineResponse.Accept(1), LineResponse.Accept(2)]);

        // Despatch lamp 100 and mug 60 of 72; receive lamp 100 and mug 50 of the 60 despatched.
        PurchaseOrderPosting.Post(order, order.Despatch(On(1, 20), [new DespatchLine { Line = 1, Quantity = 100 }, new DespatchLine { Line = 2, Quantity = 60 }]), ledgers);
        PurchaseOrderPosting.Post(order, order.Receive(On(2, 15), [new ReceiptLine { Line = 1, Quantity = 100 }, new ReceiptLine { Line = 2, Quantity = 50, Damaged = 2 }]), ledgers);

        // Mug: 48 fulfillable + 2 damaged + 10 in transit + 12 never despatched = 72 ordered.
        mug.Balance(StockBucket.Fulfillable).Should().Be(48);
        mug.Balance(StockBucket.UnfulfillableCarrierDamaged).Should().Be(2);
        mug.Balance(StockBucket.InboundShipped).Should().Be(10);
        lamp.Balance(StockBucket.Fulfillable).Should().Be(100);

        // Short close: the 10 mugs in transit will not come on this order → Lost out of InboundShipped.
        var closed = order.Close(On(2, 20));
        closed.ShortClosed.Should().BeTrue();
        PurchaseOrderPosting.Post(order, closed, ledgers).Should().Equal(
            new PostedMovement(MugSku, StockMovement.Adjustment(AdjustmentReason.Lost, 10, StockBucket.InboundShipped, null, On(2, 20))));
        mug.Inbound.Should().Be(0);
    }

    [Fact]
    public void A_posting_that_does_not_fit_is_refused_and_posts_nothing()
    {
        var books = ShenzhenBook();
        var day = SaleToShelf.Run(Network(), books, [new SkuDay(Lamp, 7, default, 24), new SkuDay(Mug, 50, default, 30)], Day, At, "PO");
        var order = day.PurchaseOrders.Single();
        var lamp = new StockLedger(Lamp, Shelf);
        order.Respond(On(1, 5), [LineResponse.Accept(1), LineResponse.Accept(2)]);
        var despatched = order.Despatch(On(1, 20), [new DespatchLine { Line = 1, Quantity = 100 }, new DespatchLine { Line = 2, Quantity = 72 }]);

        // No mug ledger: refused, and the lamp's ledger (first by SKU) is unchanged.
        FluentActions.Invoking(() => PurchaseOrderPosting.Post(order, despatched, new Dictionary<Sku, StockLedger> { [LampSku] = lamp }))
            .Should().Throw<ArgumentException>().WithParameterName("ledgers").WithMessage("*P-MUG*");
        lamp.Version.Should().Be(0);

        // An event of another order, or one not (yet) in this order's history.
        var other = SaleToShelf.Run(Network(), ShenzhenBook(), [new SkuDay(Lamp, 7, default, 24)], Day.PlusDays(1), At.Plus(Duration.FromDays(1)), "PO").PurchaseOrders.Single();
        FluentActions.Invoking(() => PurchaseOrderPosting.Post(order, other.History[0], new Dictionary<Sku, StockLedger>()))
            .Should().Throw<ArgumentException>().WithParameterName("orderEvent");
        FluentActions.Invoking(() => PurchaseOrderPosting.Post(order, new PurchaseOrderClosed(order.Id, 9, On(3, 1), shortClosed: true), new Dictionary<Sku, StockLedger>()))
            .Should().Throw<ArgumentException>().WithParameterName("orderEvent");

        // Receiving more than the ledger holds in transit (its despatch was never posted) breaks the balance rule.
        var received = order.Receive(On(2, 1), [new ReceiptLine { Line = 1, Quantity = 100 }]);
        FluentActions.Invoking(() => PurchaseOrderPosting.Post(order, received, new Dictionary<Sku, StockLedger> { [LampSku] = lamp }))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.InventoryBalanceNotNegative);
        lamp.Version.Should().Be(0);
    }
}
