using NodaTime;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Products;
using UnitsNet;
using static SupplyChain.Domain.Tests.Fulfilment.InboundPlanTestData;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// Mode 3 end to end on the stock side: the inbound carton plan, its cartons added up per SKU as the packing list, and
/// the storage centre's count received into the ledgers' buckets. Fulfilment and Inventory do not reference each other;
/// the caller (here the test) carries SKUs and quantities across.
/// </summary>
public sealed class WarehouseReceiptFlowTests
{
    private static readonly Instant ShippedAt = Instant.FromUtc(2026, 3, 4, 2, 0);
    private static readonly Instant ClosedAt = Instant.FromUtc(2026, 4, 9, 16, 0);

    // Mug: case of 24 at 11 kg (within 50 lb); tea: case of 40 at 9 kg, two expiry dates.
    private static readonly Product Mug = Product("MUG-350", Centimetres(12, 9, 10), Mass.FromGrams(400),
        new CasePack(24, Centimetres(50, 38, 22), Mass.FromKilograms(11)));

    private static readonly Product Tea = Product("TEA-GRN", Centimetres(10, 6, 6), Mass.FromGrams(200),
        new CasePack(40, Centimetres(45, 30, 30), Mass.FromKilograms(9)));

    [Fact]
    public void Cartons_become_a_packing_list_and_the_count_goes_into_buckets()
    {
        var plan = InboundPlanner.Plan(new ShipmentId("FBA-IN-002"),
            [new InboundStockLine(Mug, 100), new InboundStockLine(Tea, 50, new LocalDate(2027, 1, 31)), new InboundStockLine(Tea, 30, new LocalDate(2027, 6, 30))],
            CartonRules.AmazonUs, new SsccSeries(0, "0614141", 1));

        // Mugs 100 = 24 × 4 + 4 → 5 cartons; tea expiring January 50 = 40 + 10 → 2 cartons; tea expiring June 30 → 1
        // carton (never mixed with January's). 8 cartons, 180 units.
        plan.Cartons.Should().HaveCount(8);
        plan.UnitsInCartons.Should().Be(180);

        // The packing list: one line per carton, with the carton's SKU and units.
        var packingList = plan.Cartons.Select(c => new SkuQuantity(c.Sku, c.Units)).ToArray();
        var ledgers = new Dictionary<Sku, StockLedger>
        {
            [Mug.Sku] = new(Mug.Id, new FacilityId("MDW2")),
            [Tea.Sku] = new(Tea.Id, new FacilityId("MDW2")),
        };
        foreach (var perSku in packingList.GroupBy(l => l.Sku))
        {
            var units = perSku.Sum(l => l.Units);
            ledgers[perSku.Key].Post(StockMovement.InboundPlanned(units, ShippedAt));
            ledgers[perSku.Key].Post(StockMovement.InboundShipped(units, ShippedAt));
        }

        ledgers[Mug.Sku].Balance(StockBucket.InboundShipped).Should().Be(100);
        ledgers[Tea.Sku].Balance(StockBucket.InboundShipped).Should().Be(80);

        // The centre counts 98 mugs sellable and 1 broken (1 short), and 80 teas sellable.
        var reconciliation = InboundReceiving.Receive(ledgers, packingList,
            [new InboundReceiptLine(Mug.Sku, 98) { Damaged = 1 }, new InboundReceiptLine(Tea.Sku, 80)], ClosedAt);

        ledgers[Mug.Sku].Balance(StockBucket.Fulfillable).Should().Be(98);
        ledgers[Mug.Sku].Balance(StockBucket.UnfulfillableCarrierDamaged).Should().Be(1);
        ledgers[Tea.Sku].Balance(StockBucket.Fulfillable).Should().Be(80);
        ledgers.Values.Should().OnlyContain(l => l.Inbound == 0);
        reconciliation.Lines.Select(l => (l.Sku.Value, l.Shipped, l.Received)).Should().Equal(("MUG-350", 100L, 99L), ("TEA-GRN", 80L, 80L));
        reconciliation.ClaimableUnits.Should().Be(1);
    }
}
