using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Tests.Shipping;

public sealed class ShipmentQuantityTests
{
    private static readonly RouteSpecification ShenzhenToLosAngeles =
        new(Places.Shenzhen, Places.LosAngeles, Instant.FromUtc(2026, 5, 30, 0, 0));

    private static Shipment WithCartons(params PackedCarton[] cartons) =>
        new(new ShipmentId("PO-4711-1"), Parties.Seller, Parties.Buyer, ShenzhenToLosAngeles, cartons);

    [Fact]
    public void Goods_receipt_with_discrepancies_gives_the_claim_lines()
    {
        // 2 cartons of 50 lamps and one mixed carton of 30 cables + 10 lamps: 110 lamps and 30 cables shipped.
        var shipment = WithCartons(
            PackedCarton.Of(Products.Lamp, 50, Sscc.Create(0, "0614141", 1)),
            PackedCarton.Of(Products.Lamp, 50, Sscc.Create(0, "0614141", 2)),
            new PackedCarton([new ShipmentLine(Products.Cable, 30), new ShipmentLine(Products.Lamp, 10)]));

        shipment.RecordGoodsReceipt(Products.Lamp, 100, 4);   // first carton count: 100 fine, 4 broken
        shipment.RecordGoodsReceipt(Products.Lamp, 3);        // 3 more found later
        shipment.RecordGoodsReceipt(Products.Cable, 30);

        // Lamps: 110 − 103 − 4 = 3 missing. Cables complete.
        shipment.Reconciliation.Should().Equal(
            new ProductReconciliation(Products.Cable, 30, 30, 0),
            new ProductReconciliation(Products.Lamp, 110, 103, 4));
        var claim = shipment.Discrepancies.Should().ContainSingle().Subject;
        claim.Product.Should().Be(Products.Lamp);
        claim.Missing.Should().Be(3);
        claim.Damaged.Should().Be(4);
        claim.ToString().Should().Be("LAMP-01: shipped 110, received 103, damaged 4, missing 3");
    }

    [Fact]
    public void Receiving_more_than_was_shipped_is_refused_and_nothing_changes()
    {
        var shipment = WithCartons(PackedCarton.Of(Products.Lamp, 100));
        shipment.RecordGoodsReceipt(Products.Lamp, 80);

        FluentActions.Invoking(() => shipment.RecordGoodsReceipt(Products.Lamp, 19, 2)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ShippingReceiveAtMostShipped)
            .WithMessage("Cannot receive 19 intact and 2 damaged units of LAMP-01 on shipment PO-4711-1: 80 of the 100 shipped units are already counted, so at most 20 more can be received.");
        FluentActions.Invoking(() => shipment.RecordGoodsReceipt(Products.Cable, 1)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ShippingReceiveAtMostShipped);
        FluentActions.Invoking(() => shipment.RecordGoodsReceipt(Products.Lamp, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("intactQuantity").WithMessage("intactQuantity must not be negative, but was -1.*");

        shipment.Reconciliation.Should().Equal(new ProductReconciliation(Products.Lamp, 100, 80, 0));
    }

    [Fact]
    public void Splitting_moves_whole_cartons_and_keeps_the_plan()
    {
        var lampCarton = PackedCarton.Of(Products.Lamp, 50);
        var shipment = WithCartons(lampCarton, PackedCarton.Of(Products.Lamp, 50), PackedCarton.Of(Products.Cable, 30));
        var itinerary = new ItineraryBuilder(Places.Shenzhen, Instant.FromUtc(2026, 5, 1, 0, 0))
            .To(Places.HongKong, Duration.FromHours(8), "T1", TransportMode.Road)
            .To(Places.LosAngeles, Duration.FromDays(14), "V500")
            .Build();
        shipment.AssignToRoute(itinerary);

        var partial = shipment.SplitOff(new ShipmentId("PO-4711-2"), [PackedCarton.Of(Products.Lamp, 50)]);

        partial.ShippedLines.Should().Equal(new ShipmentLine(Products.Lamp, 50));
        shipment.ShippedLines.Should().Equal(new ShipmentLine(Products.Cable, 30), new ShipmentLine(Products.Lamp, 50));
        partial.Itinerary.Should().Be(itinerary);
        partial.RouteSpecification.Should().Be(shipment.RouteSpecification);
        partial.Consignee.Should().Be(Parties.Buyer);
    }

    [Fact]
    public void Splits_that_break_the_rules_are_refused_and_nothing_changes()
    {
        var shipment = WithCartons(PackedCarton.Of(Products.Lamp, 50), PackedCarton.Of(Products.Cable, 30));

        FluentActions.Invoking(() => shipment.SplitOff(new ShipmentId("B"), [PackedCarton.Of(Products.Lamp, 49)]))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.ShippingSplitHeldCartons)
            .WithMessage("Cannot split shipment PO-4711-1: carton 49 × LAMP-01 is not (or not that many times) in it.");
        FluentActions.Invoking(() => shipment.SplitOff(new ShipmentId("B"), [PackedCarton.Of(Products.Lamp, 50), PackedCarton.Of(Products.Cable, 30)]))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.ShippingSplitHeldCartons);
        FluentActions.Invoking(() => shipment.SplitOff(new ShipmentId("PO-4711-1"), [PackedCarton.Of(Products.Lamp, 50)]))
            .Should().Throw<ArgumentException>().WithParameterName("partialId");

        shipment.Record(new HandlingEvent(HandlingEventType.Received, Places.Shenzhen, null, Instant.FromUtc(2026, 5, 1, 0, 0)));
        FluentActions.Invoking(() => shipment.SplitOff(new ShipmentId("B"), [PackedCarton.Of(Products.Lamp, 50)]))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.ShippingSplitBeforeHandling);

        shipment.Cartons.Should().HaveCount(2);
    }

    [Fact]
    public void Cartons_and_shipments_refuse_bad_contents()
    {
        // Payload 00614141000000001; digits from the right weighted 3,1,3,...: 3 + 1 + 12 + 1 + 12 + 1 + 18 = 48 → check digit 2.
        var label = Sscc.Create(0, "0614141", 1);
        FluentActions.Invoking(() => WithCartons(PackedCarton.Of(Products.Lamp, 1, label), PackedCarton.Of(Products.Cable, 1, label)))
            .Should().Throw<ArgumentException>().WithParameterName("cartons")
            .WithMessage("SSCC 006141410000000012 labels two cartons; an SSCC identifies exactly one logistic unit.*");
        FluentActions.Invoking(() => new PackedCarton([new ShipmentLine(Products.Lamp, 1), new ShipmentLine(Products.Lamp, 2)]))
            .Should().Throw<ArgumentException>().WithParameterName("lines");
        FluentActions.Invoking(() => new ShipmentLine(Products.Lamp, 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("quantity");
        FluentActions.Invoking(() => WithCartons())
            .Should().Throw<ArgumentException>().WithParameterName("cartons").WithMessage("A shipment needs at least one carton.*");
    }

    private const int Runs = 100;

    /// <summary>1 to 8 cartons of 1 to 60 units a line, and a seed for the lines, the split and the receipts.</summary>
    private static readonly Gen<(int[] Sizes, int Seed)> Draws =
        from cartons in Gen.Choose(1, 8)
        from sizes in Gen.Choose(1, 60).ArrayOf(cartons)
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        select (sizes, seed);

    [Property(MaxTest = Runs)]
    public Property Shipped_received_damaged_and_missing_always_add_up_and_splits_conserve_quantities() =>
        Prop.ForAll(Draws.ToArbitrary(), draw => Check(draw.Sizes, draw.Seed, []));

    [Fact]
    public void The_draws_reach_splits_refused_and_accepted_receipts_and_a_discrepancy()
    {
        Reach.Covers(Draws, Runs, draw =>
            {
                var labels = new List<string>();
                Check(draw.Sizes, draw.Seed, labels);
                return labels;
            },
            ["split", "not split", "receipt refused", "receipt accepted", "a discrepancy"]);
    }

    /// <summary>The property on one draw; <paramref name="labels"/> collects the branches it took.</summary>
    private static void Check(int[] sizes, int seed, List<string> labels)
    {
        var random = new Random(seed);
        ProductId[] products = [Products.Lamp, Products.Cable, Products.Case];
        var cartons = sizes.Select(size =>
        {
            var lines = products.Where(_ => random.Next(2) == 0).Select(p => new ShipmentLine(p, size)).ToList();
            return new PackedCarton(lines.Count > 0 ? lines : [new ShipmentLine(products[random.Next(3)], size)]);
        }).ToArray();
        var shipment = WithCartons(cartons);
        var before = Totals(shipment);

        if (cartons.Length > 1)
        {
            var moving = cartons.Where(_ => random.Next(2) == 0).Take(cartons.Length - 1).ToArray();
            if (moving.Length > 0)
            {
                var partial = shipment.SplitOff(new ShipmentId("P-2"), moving);
                var after = Totals(shipment);
                foreach (var (product, total) in Totals(partial))
                {
                    after[product] = after.GetValueOrDefault(product) + total;
                }

                after.Should().BeEquivalentTo(before, "splitting moves units, it never creates or loses them");
                labels.Add("split");
            }
        }

        if (!labels.Contains("split"))
        {
            labels.Add("not split");
        }

        // Random receipts, some of them too large (refused, and then nothing changes).
        for (var i = 0; i < 10; i++)
        {
            var product = products[random.Next(3)];
            var snapshot = shipment.Reconciliation;
            try
            {
                shipment.RecordGoodsReceipt(product, random.Next(0, 40), random.Next(0, 5));
                labels.Add("receipt accepted");
            }
            catch (DomainRuleException e) when (e.Rule == DomainRules.ShippingReceiveAtMostShipped)
            {
                shipment.Reconciliation.Should().Equal(snapshot);
                labels.Add("receipt refused");
            }

            foreach (var line in shipment.Reconciliation)
            {
                (line.Received + line.Damaged + line.Missing).Should().Be(line.Shipped);
                line.Missing.Should().BeGreaterThanOrEqualTo(0);
            }
        }

        shipment.Discrepancies.Should().Equal(shipment.Reconciliation.Where(r => r.Damaged > 0 || r.Missing > 0));
        labels.Add(shipment.Discrepancies.Count > 0 ? "a discrepancy" : "no discrepancy");
    }

    private static Dictionary<ProductId, int> Totals(Shipment shipment) =>
        shipment.ShippedLines.ToDictionary(l => l.Product, l => l.Quantity);
}
