using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Tests.Inventory;

public sealed class InboundReceivingTests
{
    private static readonly Instant Shipped = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly Instant Closed = Instant.FromUtc(2026, 4, 6, 15, 0);
    private static readonly Sku Mug = new("MUG-350");
    private static readonly Sku Bowl = new("BOWL-16");

    private static StockLedger InTransit(string product, int units)
    {
        var ledger = new StockLedger(new ProductId(product), new FacilityId("MDW2"));
        if (units > 0)
        {
            ledger.Post(StockMovement.InboundPlanned(units, Shipped));
            ledger.Post(StockMovement.InboundShipped(units, Shipped));
        }

        return ledger;
    }

    [Fact]
    public void Short_damaged_and_over_units_all_get_a_line()
    {
        // Packing list: mugs 24 + 24 + 4 = 52 (three cartons), bowls 30. Counted: mugs 48 sellable + 1 broken = 49, so
        // 3 short; bowls 31 sellable, so 1 over.
        var mugs = InTransit("P-MUG-350", 52);
        var bowls = InTransit("P-BOWL-16", 30);
        var ledgers = new Dictionary<Sku, StockLedger> { [Mug] = mugs, [Bowl] = bowls };

        var reconciliation = InboundReceiving.Receive(ledgers,
            [new SkuQuantity(Mug, 24), new SkuQuantity(Mug, 24), new SkuQuantity(Mug, 4), new SkuQuantity(Bowl, 30)],
            [new InboundReceiptLine(Mug, 48) { Damaged = 1 }, new InboundReceiptLine(Bowl, 31)],
            Closed);

        // Mugs: arrived min(52, 49) = 49; 3 lost out of InboundShipped; 48 → fulfillable, 1 → carrier damaged.
        mugs.Movements.Skip(2).Select(m => (m.Kind, m.Quantity, m.From, m.To)).Should().Equal(
            (StockMovementKind.InboundArrived, 49, StockBucket.InboundShipped, StockBucket.InboundReceiving),
            (StockMovementKind.Adjustment, 3, StockBucket.InboundShipped, (StockBucket?)null),
            (StockMovementKind.Receipt, 48, StockBucket.InboundReceiving, StockBucket.Fulfillable),
            (StockMovementKind.Receipt, 1, StockBucket.InboundReceiving, StockBucket.UnfulfillableCarrierDamaged));
        mugs.Movements[3].Reason.Should().Be(AdjustmentReason.Lost);
        (mugs.Balance(StockBucket.Fulfillable), mugs.Unfulfillable, mugs.Inbound).Should().Be((48, 1, 0));

        // Bowls: arrived 30; 1 found into InboundReceiving; 31 → fulfillable.
        bowls.Movements.Skip(2).Select(m => (m.Kind, m.Quantity, m.Reason)).Should().Equal(
            (StockMovementKind.InboundArrived, 30, (AdjustmentReason?)null),
            (StockMovementKind.Adjustment, 1, AdjustmentReason.Found),
            (StockMovementKind.Receipt, 31, (AdjustmentReason?)null));
        (bowls.Balance(StockBucket.Fulfillable), bowls.Inbound).Should().Be((31, 0));

        // Reconciliation in ordinal SKU order: BOWL-16 30 → 31 (over 1), MUG-350 52 → 49 (short 3, claimable).
        reconciliation.Lines.Select(l => (l.Sku.Value, l.Shipped, l.Received, l.Kind)).Should().Equal(
            ("BOWL-16", 30L, 31L, DiscrepancyKind.Overage), ("MUG-350", 52L, 49L, DiscrepancyKind.Shortage));
        reconciliation.ClaimableUnits.Should().Be(3);
    }

    [Fact]
    public void A_shipped_SKU_without_a_count_is_all_short()
    {
        var mugs = InTransit("P-MUG-350", 10);

        var reconciliation = InboundReceiving.Receive(new Dictionary<Sku, StockLedger> { [Mug] = mugs }, [new SkuQuantity(Mug, 10)], [], Closed);

        mugs.Movements.Should().HaveCount(3);
        mugs.Movements[2].Should().Be(StockMovement.Adjustment(AdjustmentReason.Lost, 10, StockBucket.InboundShipped, null, Closed));
        reconciliation.ClaimableUnits.Should().Be(10);
    }

    [Fact]
    public void A_refused_receipt_leaves_every_ledger_unchanged()
    {
        // The mugs are fine, but the bowls' ledger holds only 20 of the 30 bowls on the packing list in transit.
        var mugs = InTransit("P-MUG-350", 52);
        var bowls = InTransit("P-BOWL-16", 20);
        var ledgers = new Dictionary<Sku, StockLedger> { [Mug] = mugs, [Bowl] = bowls };

        var act = () => InboundReceiving.Receive(ledgers, [new SkuQuantity(Mug, 52), new SkuQuantity(Bowl, 30)],
            [new InboundReceiptLine(Mug, 52), new InboundReceiptLine(Bowl, 30)], Closed);

        act.Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.InventoryBalanceNotNegative)
            .WithMessage("Cannot receive the inbound shipment: SKU BOWL-16 has 30 units on the packing list, but the ledger of P-BOWL-16 at MDW2 holds only 20 units in InboundShipped; nothing was posted.");
        mugs.Movements.Should().HaveCount(2);
        bowls.Movements.Should().HaveCount(2);
        mugs.Balance(StockBucket.InboundShipped).Should().Be(52);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        var mugs = InTransit("P-MUG-350", 5);
        var ledgers = new Dictionary<Sku, StockLedger> { [Mug] = mugs };

        FluentActions.Invoking(() => InboundReceiving.Receive(ledgers, [new SkuQuantity(Bowl, 1)], [], Closed))
            .Should().Throw<ArgumentException>().WithParameterName("ledgers")
            .WithMessage("ledgers has no stock ledger for SKU BOWL-16: every shipped or received SKU needs one.*");
        FluentActions.Invoking(() => InboundReceiving.Receive(new Dictionary<Sku, StockLedger> { [Mug] = mugs, [Bowl] = mugs }, [], [], Closed))
            .Should().NotThrow("SKUs that are neither shipped nor received are not looked at");
        FluentActions.Invoking(() => InboundReceiving.Receive(new Dictionary<Sku, StockLedger> { [Mug] = mugs, [Bowl] = mugs },
                [new SkuQuantity(Mug, 1), new SkuQuantity(Bowl, 1)], [], Closed))
            .Should().Throw<ArgumentException>().WithParameterName("ledgers")
            .WithMessage("ledgers gives the same stock ledger (P-MUG-350 at MDW2) to SKUs BOWL-16 and MUG-350; each SKU needs its own.*");
        FluentActions.Invoking(() => InboundReceiving.Receive(ledgers, [], [new InboundReceiptLine(Mug, 1), new InboundReceiptLine(Mug, 2)], Closed))
            .Should().Throw<ArgumentException>().WithParameterName("received");
        FluentActions.Invoking(() => new InboundReceiptLine(Mug, 1) { Damaged = 1, DamagedInto = StockBucket.Fulfillable })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("DamagedInto")
            .WithMessage("DamagedInto must be an unfulfillable bucket for damaged units, but was Fulfillable.*");
        FluentActions.Invoking(() => new InboundReceiptLine(Mug, 1) { Damaged = -1 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Damaged")
            .WithMessage("Damaged must not be negative, but was -1.*");
        FluentActions.Invoking(() => new InboundReceiptLine(Mug, int.MaxValue - 1) { Damaged = 2 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Damaged")
            .WithMessage("Damaged must be at most 1, but was 2.*");
        var line = new InboundReceiptLine(Mug, int.MaxValue - 1) { Damaged = 1, DamagedInto = StockBucket.UnfulfillableWarehouseDamaged };
        (line.Counted, line.DamagedInto).Should().Be((int.MaxValue, StockBucket.UnfulfillableWarehouseDamaged));
        new InboundReceiptLine(Mug, 3).ToString().Should().Be("MUG-350: 3 fulfillable, 0 damaged (UnfulfillableCarrierDamaged)");
        mugs.Movements.Should().HaveCount(2);
    }

    private const int Runs = 200;

    /// <summary>
    /// Mugs shipped, counted good and damaged, bowls shipped and counted good, each 0 to 499 (one count in four equal to
    /// what was shipped), and whether the bowls were counted at all.
    /// </summary>
    private static readonly Gen<(int ShippedA, int GoodA, int DamagedA, int ShippedB, int GoodB, bool CountB)> Receipts =
        from shippedA in Gen.Choose(0, 499)
        from goodA in Gen.Frequency((1, Gen.Constant(shippedA)), (3, Gen.Choose(0, 499)))
        from damagedA in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 20)), (1, Gen.Choose(0, 499)))
        from shippedB in Gen.Choose(0, 499)
        from goodB in Gen.Frequency((1, Gen.Constant(shippedB)), (3, Gen.Choose(0, 499)))
        from countB in Gen.Elements(true, false)
        select (shippedA, goodA, damagedA, shippedB, goodB, countB);

    [Fact]
    public void The_receipts_reach_short_over_and_exact_counts_and_an_uncounted_SKU()
    {
        static string Outcome(int shipped, int received) => received < shipped ? "short" : received > shipped ? "over" : "exact";

        Reach.Covers(Receipts, Runs,
            given => ["mugs " + Outcome(given.ShippedA, given.GoodA + given.DamagedA),
                given.CountB ? "bowls " + Outcome(given.ShippedB, given.GoodB) : "bowls not counted", given.DamagedA > 0 ? "damaged mugs" : "no damaged mugs"],
            ["mugs short", "mugs over", "mugs exact", "bowls short", "bowls over", "bowls exact", "bowls not counted", "damaged mugs", "no damaged mugs"]);
    }

    [Property(MaxTest = Runs)]
    public Property Every_shipped_unit_is_fulfillable_unfulfillable_short_or_offset_by_an_overage() => Prop.ForAll(Receipts.ToArbitrary(), given =>
    {
        var (sa, ga, da, sb, gb, countB) = given;
        var a = InTransit("P-MUG-350", sa);
        var b = InTransit("P-BOWL-16", sb);
        InboundReceiptLine[] counts = countB ? [new InboundReceiptLine(Mug, ga) { Damaged = da }, new InboundReceiptLine(Bowl, gb)] : [new InboundReceiptLine(Mug, ga) { Damaged = da }];

        var reconciliation = InboundReceiving.Receive(new Dictionary<Sku, StockLedger> { [Mug] = a, [Bowl] = b },
            [new SkuQuantity(Mug, sa), new SkuQuantity(Bowl, sb)], counts, Closed);

        // Per SKU: shipped = fulfillable + unfulfillable + short − over, where short − over = −(received − shipped).
        bool Conserved(StockLedger ledger, int shipped, Sku sku)
        {
            var line = reconciliation.Lines.Single(l => l.Sku == sku);
            return line.Shipped == shipped
                && shipped == ledger.Balance(StockBucket.Fulfillable) + ledger.Unfulfillable - line.Difference
                && ledger.Inbound == 0;
        }

        return Conserved(a, sa, Mug) && Conserved(b, sb, Bowl)
            && a.Balance(StockBucket.Fulfillable) == ga && a.Balance(StockBucket.UnfulfillableCarrierDamaged) == da
            && b.Balance(StockBucket.Fulfillable) == (countB ? gb : 0);
    });
}
