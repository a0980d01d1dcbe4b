// PlatformWarehouse: the seller sends stock in bulk to the platform's storage centre near Chicago, which fulfils the
// buyer's order (FBA-like): the plan by sea and by air, the fees, the inbound cartons, receiving and the order from
// stock. Prices are invented (Shared/Scenario.cs); size tiers and the low-inventory-level rule are the library's built-in
// Amazon US data. tests/.../Fulfilment/SampleScenarioTests.cs checks the numbers. `--ci` only marks a CI run.
using FulfilmentSamples;
using NodaTime;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Shipping;
using Duration = NodaTime.Duration;

namespace PlatformWarehouseSample;

/// <summary>The sample: the library calls, each result handed to a renderer in samples/Shared.</summary>
public static class Program
{
    public static void Main() => Run(AnsiConsole.Console);

    /// <summary>Plans, prices, packs and receives; writes each result to <paramref name="console"/> and returns them.</summary>
    public static WarehouseResults Run(IAnsiConsole console)
    {
        var request = Scenario.Request();
        var product = request.Product;

        // By sea LCL. The platform counts 35 days of supply of the lamp over 30 days and 24 over 90 days.
        var sea = Warehouse(Scenario.SeaLcl(), Scenario.LowInventoryLevel(35m, 24m));
        var plan = sea.Plan(request);
        PlanView.Write(console, "Platform warehouse: Shenzhen → sea LCL → storage centre MDW2 → Chicago", request, plan);
        var air = Warehouse(Scenario.AirFreight(), Scenario.LowInventoryLevel(35m, 24m)).Plan(request);
        WarehouseView.AirInstead(console, air, plan);

        // The lamp's size tier under the built-in table, and the fulfilment fee that the mode quotes from it.
        var tier = SizeTierTables.BuiltIn.Classify(request.Destination, request.Date, product.UnitDimensions, product.UnitMass);
        var quote = sea.Fees.QuoteFulfilmentFee(product, request.Destination, request.Date)!;
        WarehouseView.Fees(console, product, tier, quote, plan);

        // The low-inventory-level fee: not for this seller; for one whose stock ran low (18 and 24 days of supply).
        var lowStock = Warehouse(Scenario.SeaLcl(), Scenario.LowInventoryLevel(18m, 24m));
        var lowStockPlan = lowStock.Plan(request);
        var assessment = sea.Fees.AssessLowInventoryLevelFee(request.Destination, request.Date)!;
        var lowStockAssessment = lowStock.Fees.AssessLowInventoryLevelFee(request.Destination, request.Date)!;
        WarehouseView.LowInventoryLevel(console, [("This seller", assessment, plan), ("After a stock-out", lowStockAssessment, lowStockPlan)]);

        // The inbound shipment: 200 lamps packed into labelled cartons under the Amazon US carton rules.
        var inbound = sea.PlanInbound(request);
        WarehouseView.Cartons(console, inbound);

        // Receiving at the storage centre. The shipment is created on Monday 19 January at 09:00 in Shenzhen, leaves
        // 2 days later and is received at the end of the inbound pipeline. The count: 197 lamps sellable, 2 broken by
        // the carrier, 1 missing from a carton.
        var centre = Scenario.StorageCentre();
        var created = new LocalDateTime(2026, 1, 19, 9, 0).InZoneStrictly(Scenario.SellerWarehouse().TimeZone).ToInstant();
        var packingList = inbound.Cartons.Select(c => new SkuQuantity(c.Sku, c.Units)).ToArray();
        var count = new InboundReceiptLine(product.Sku, fulfillable: 197) { Damaged = 2 };
        var ledger = new StockLedger(product.Id, centre.Id);
        ledger.Post(StockMovement.InboundPlanned(inbound.UnitsInCartons, created));
        ledger.Post(StockMovement.InboundShipped(inbound.UnitsInCartons, created + Duration.FromDays(2)));
        var reconciliation = InboundReceiving.Receive(
            new Dictionary<Sku, StockLedger> { [product.Sku] = ledger }, packingList, [count], created + Duration.FromDays(plan.PipelineTime.MeanDays));

        // The buyer's order on 2 March at 10:00 in Chicago, served from stock: reserved when ordered, shipped after a
        // day of pick and pack.
        var ordered = request.Date.At(new LocalTime(10, 0)).InZoneStrictly(centre.TimeZone).ToInstant();
        ledger.Post(StockMovement.Reservation(request.Quantity, ordered));
        ledger.Post(StockMovement.Shipment(request.Quantity, ordered + Duration.FromDays(1)));
        WarehouseView.Receiving(console, centre, inbound, count, ledger, reconciliation);
        return new WarehouseResults(plan, air, tier, quote, assessment, lowStockAssessment, lowStockPlan, inbound, ledger, reconciliation);
    }

    /// <summary>200 lamps per inbound shipment in Amazon US cartons, labelled with SSCCs of GS1's example company prefix.</summary>
    private static PlatformWarehouseMode Warehouse(MainCarriage inbound, LowInventoryLevelFeeInput lowInventoryLevel) =>
        new(inbound, Scenario.Terms(), Scenario.LastMile(), Scenario.Tariff())
        {
            InboundPreparation = TransitTimeDistribution.Fixed(2),
            UnitsPerInboundShipment = 200,
            CartonRules = CartonRules.AmazonUs,
            InboundShipment = new ShipmentId("INB-SZ-LAMP-2026-01"),
            InboundLabels = new SsccSeries(0, "0614141", 1001),
            Fees = Scenario.WarehouseFees(lowInventoryLevel),
        };
}
