using System.Globalization;
using FulfilmentSamples;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using Duration = NodaTime.Duration;

namespace PlatformWarehouseSample;

/// <summary>
/// The inbound shipment received into the stock buckets of the storage centre (Inventory side), the discrepancy
/// reconciled, then the buyer's order fulfilled from stock.
/// </summary>
internal static class ReceivingSection
{
    private static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm'Z'");

    /// <summary>Renders the section.</summary>
    /// <param name="console">The console.</param>
    /// <param name="inbound">The mode's inbound plan (the packing list).</param>
    /// <param name="plan">The mode's plan of the request (for the inbound pipeline time).</param>
    /// <returns>The number of failed checks.</returns>
    public static int Render(IAnsiConsole console, InboundPlan inbound, FulfilmentPlan plan)
    {
        var failures = 0;
        var request = Scenario.Request();
        var centre = Scenario.StorageCentre();
        var sku = request.Product.Sku;

        // When (mean times of the plan above): the shipment is created on Monday 2026-01-19 at 09:00 in Shenzhen
        // (01:00 UTC); after the 2 days of carton preparation it leaves with the forwarder (2026-01-21); the receipt closes
        // at the end of the 37-day inbound pipeline (2 + 30 + 2 + 1 + 2 days) on 2026-02-25. The buyer orders on the
        // order date, 2026-03-02 at 10:00 in Chicago (16:00 UTC, CST), and the order leaves after 1 day of pick and pack.
        var created = new LocalDateTime(2026, 1, 19, 9, 0).InZoneStrictly(Scenario.SellerWarehouse().TimeZone).ToInstant();
        var shipped = created + Duration.FromDays(2);
        var received = created + Duration.FromDays(plan.PipelineTime.MeanDays);
        var ordered = request.Date.At(new LocalTime(10, 0)).InZoneStrictly(centre.TimeZone).ToInstant();
        var pickedAndPacked = ordered + Duration.FromDays(1);

        var ledger = new StockLedger(request.Product.Id, centre.Id);
        var ledgers = new Dictionary<Sku, StockLedger> { [sku] = ledger };
        var packingList = inbound.Cartons.Select(c => new SkuQuantity(c.Sku, c.Units)).ToArray();
        var units = packingList.Where(l => l.Sku == sku).Sum(l => l.Units);

        // The shipment as the ledger expects it before receiving: planned (outside → InboundWorking) when created, then
        // shipped (InboundWorking → InboundShipped) when it leaves: 200 units in transit.
        ledger.Post(StockMovement.InboundPlanned(units, created));
        var planned = Snapshot(ledger);
        ledger.Post(StockMovement.InboundShipped(units, shipped));
        var inTransit = Snapshot(ledger);

        // The count at the storage centre: all 20 cartons arrive, but one carton holds 9 lamps instead of 10 and 2 lamps
        // are broken by the carrier. So 200 shipped = 197 fulfillable + 2 damaged + 1 short: the receipt posts
        // InboundArrived 199 (min(200, 197 + 2)), Adjustment Lost 1 out of InboundShipped, Receipt 197 → Fulfillable and
        // Receipt 2 → UnfulfillableCarrierDamaged; the reconciliation shows a shortage of 1, the 1 unit to claim.
        var count = new InboundReceiptLine(sku, fulfillable: 197) { Damaged = 2 };
        var reconciliation = InboundReceiving.Receive(ledgers, packingList, [count], received);
        var afterReceipt = Snapshot(ledger);

        // The buyer's order of 1 lamp, served from stock: Reservation 1 (Fulfillable → Reserved) when ordered, then
        // Shipment 1 (Reserved → out) after pick and pack: 196 fulfillable, 0 reserved, 2 unfulfillable remain.
        ledger.Post(StockMovement.Reservation(request.Quantity, ordered));
        var afterReservation = Snapshot(ledger);
        ledger.Post(StockMovement.Shipment(request.Quantity, pickedAndPacked));
        var afterOrder = Snapshot(ledger);

        console.Write(new Rule($"[bold]Receiving at storage centre {Markup.Escape(centre.Id.Value)} and fulfilling from stock (Inventory side)[/]").LeftJustified());
        console.MarkupLine(Markup.Escape(
            $"Packing list: {inbound.Cartons.Count} cartons, {units} × {sku}. Receiving count: {count}; all {inbound.Cartons.Count} cartons arrived, one with a unit short."));
        var movements = new Table().Border(TableBorder.Simple).AddColumn("At (UTC)").AddColumn("Movement").AddColumn(new TableColumn("Units").RightAligned())
            .AddColumn("From").AddColumn("To").AddColumn("Why");
        foreach (var m in ledger.Movements)
        {
            movements.AddRow(
                Utc.Format(m.At),
                m.Kind.ToString() + (m.Reason is { } reason ? $" ({reason})" : string.Empty),
                m.Quantity.ToString(CultureInfo.InvariantCulture),
                m.From?.ToString() ?? "outside",
                m.To?.ToString() ?? "outside",
                Why(m));
        }

        console.Write(movements);

        var buckets = new Table().Border(TableBorder.Rounded).AddColumn("Bucket")
            .AddColumn(new TableColumn("Shipment created").RightAligned()).AddColumn(new TableColumn("In transit").RightAligned()).AddColumn(new TableColumn("Received").RightAligned())
            .AddColumn(new TableColumn("Order reserved").RightAligned()).AddColumn(new TableColumn("Order shipped").RightAligned());
        foreach (var bucket in Enum.GetValues<StockBucket>())
        {
            buckets.AddRow(bucket.ToString(), Show(planned, bucket), Show(inTransit, bucket), Show(afterReceipt, bucket), Show(afterReservation, bucket), Show(afterOrder, bucket));
        }

        console.Write(buckets);
        console.MarkupLine(Markup.Escape($"Ledger after the order: {ledger}."));

        console.MarkupLine("[bold]Reconciliation (packing list against receiving count)[/]");
        foreach (var line in reconciliation.Lines)
        {
            console.MarkupLine(Markup.Escape($"  {line}; claimable {line.ClaimableUnits}"));
        }

        console.MarkupLine(Markup.Escape($"  {reconciliation}."));

        // Units conserved: every planned unit is in a bucket, lost (claimable) or with the buyer.
        var lost = ledger.Movements.Where(m => m.Kind == StockMovementKind.Adjustment && m.Reason == AdjustmentReason.Lost).Sum(m => m.Quantity);
        var toBuyers = ledger.Movements.Where(m => m.Kind == StockMovementKind.Shipment).Sum(m => m.Quantity);
        var accounted = ledger.OnHand + ledger.Inbound + ledger.Unfulfillable + lost + toBuyers;
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Units conserved: {units} planned = {ledger.OnHand} on hand + {ledger.Inbound} inbound + {ledger.Unfulfillable} unfulfillable + {lost} lost (claimed) + {toBuyers} shipped to the buyer = {accounted}.")));

        failures += accounted == units && units == 200 ? 0 : 1;
        failures += reconciliation.ClaimableUnits == 1 && lost == 1 && !reconciliation.IsBalanced
            && reconciliation.Discrepancies.Count == 1 && reconciliation.Discrepancies[0].Kind == DiscrepancyKind.Shortage ? 0 : 1;
        failures += planned[StockBucket.InboundWorking] == 200 && inTransit[StockBucket.InboundShipped] == 200 ? 0 : 1;
        failures += afterReceipt[StockBucket.Fulfillable] == 197 && afterReceipt[StockBucket.UnfulfillableCarrierDamaged] == 2
            && afterReceipt[StockBucket.InboundShipped] == 0 && afterReceipt[StockBucket.InboundReceiving] == 0 ? 0 : 1;
        failures += afterReservation[StockBucket.Reserved] == 1 && afterOrder[StockBucket.Fulfillable] == 196 && afterOrder[StockBucket.Reserved] == 0 ? 0 : 1;
        failures += received < ordered && received == Instant.FromUtc(2026, 2, 25, 1, 0) ? 0 : 1;
        return failures;
    }

    private static Dictionary<StockBucket, int> Snapshot(StockLedger ledger) =>
        Enum.GetValues<StockBucket>().ToDictionary(b => b, ledger.Balance);

    private static string Show(Dictionary<StockBucket, int> balances, StockBucket bucket) =>
        balances[bucket] == 0 ? "[grey]0[/]" : balances[bucket].ToString(CultureInfo.InvariantCulture);

    private static string Why(StockMovement m) => m.Kind switch
    {
        StockMovementKind.InboundPlanned => "inbound shipment created",
        StockMovementKind.InboundShipped => "handed to the forwarder",
        StockMovementKind.InboundArrived => "cartons counted at the dock",
        StockMovementKind.Adjustment => "short on arrival: claimable",
        StockMovementKind.Receipt when m.To == StockBucket.Fulfillable => "checked in sellable",
        StockMovementKind.Receipt => "arrived damaged",
        StockMovementKind.Reservation => "buyer's order",
        StockMovementKind.Shipment => "picked, packed, handed to the last mile",
        _ => string.Empty,
    };
}
