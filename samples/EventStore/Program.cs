// EventStore: a purchase order's events stored in an embedded SQLite database, one row per event, as the JSON of the
// companion package SupplyChain.Domain.Serialization.SystemTextJson; read back, the order is rebuilt with
// PurchaseOrder.Rebuild; the lamps' stock ledger at the seller's warehouse is stored and rebuilt the same way
// (StockLedger.Rebuild), and so is the shipment that carried the goods (Shipment.Rebuild). A second writer that read an older version is refused (optimistic concurrency). No server:
// the database is a file. tests/SupplyChain.Domain.Serialization.Tests/EventStoreSampleTests.cs checks the run.
// Usage: dotnet run --project samples/EventStore -- [file.db] [--ci]   (file.db: by default eventstore.db next to the
// sample's binary, created on the first run and read again by later ones; --ci: a new file in the temp folder, deleted
// afterwards, so that every CI run starts empty)
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SamplePlainText;
using SupplyChain.Domain;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Serialization.SystemTextJson;
using SupplyChain.Domain.Shipping;

namespace EventStoreSample;

/// <summary>What the run stored, rebuilt and refused.</summary>
/// <param name="Original">The order as its commands made it, in memory.</param>
/// <param name="Rebuilt">The order rebuilt from the events read back from the database.</param>
/// <param name="Appended">Whether this run appended the events (false: an earlier run had stored them).</param>
/// <param name="Stale">The refusal of the writer that held version 2.</param>
/// <param name="Retry">The order's own refusal when that writer reads again and retries its cancel.</param>
/// <param name="Ledger">The lamps' stock ledger as its movements made it, in memory.</param>
/// <param name="RebuiltLedger">The ledger rebuilt from the movements read back from the database.</param>
/// <param name="Shipment">The shipment that carried the order's goods, in memory.</param>
/// <param name="RebuiltShipment">The shipment rebuilt from its events read back from the database.</param>
public sealed record EventStoreResults(
    PurchaseOrder Original, PurchaseOrder Rebuilt, bool Appended, StaleVersionException Stale, DomainRuleException Retry, StockLedger Ledger, StockLedger RebuiltLedger,
    Shipment Shipment, Shipment RebuiltShipment);

/// <summary>The sample.</summary>
public static class Program
{
    /// <summary>The order's id, which is also its stream's id in the database.</summary>
    public const string StreamId = "PO-2026-001";

    /// <summary>The stream of the lamps' stock ledger at the seller's warehouse.</summary>
    public const string LedgerStreamId = "LEDGER-LAMP-01@WH-SZ";

    /// <summary>The stream of the shipment that carried the order's goods (its id).</summary>
    public const string ShipmentStreamId = "SHP-2026-001";

    public static void Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var ci = args.Contains("--ci");
        var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
            ?? (ci ? Path.Combine(Path.GetTempPath(), $"supplychain-eventstore-{Guid.NewGuid():N}.db") : Path.Combine(AppContext.BaseDirectory, "eventstore.db"));
        Text.Say($"Database: {path}", indent: 0);
        try
        {
            Run(Console.Out, path);
        }
        finally
        {
            if (ci)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Stores the order's events in the SQLite file at <paramref name="databasePath"/>, rebuilds it, and shows a stale writer refused.</summary>
    public static EventStoreResults Run(TextWriter output, string databasePath)
    {
        var store = new SqliteEventStore(databasePath, new JsonSerializerOptions().ConfigureForSupplyChainDomain());
        var order = Order();

        // The buyer drafts and issues the order (versions 1-2); later the factory answers and despatches, the buyer's
        // warehouse receives, and the order is closed (versions 3-6), each writer appending what it read plus its events.
        var appended = store.VersionOf(StreamId) == 0;
        if (appended)
        {
            store.Append(StreamId, expectedVersion: 0, order.History.Take(2));
            store.Append(StreamId, expectedVersion: 2, order.History.Skip(2));
            Text.Say(output, $"Appended {order.Version} events of {StreamId} (one row each: stream, version, type, JSON).", indent: 0);
        }
        else
        {
            Text.Say(output, $"{StreamId} is already stored (an earlier run): nothing appended.", indent: 0);
        }

        Text.Say(output, "Stored rows:", indent: 0);
        var stored = store.Read(StreamId);
        foreach (var e in stored)
        {
            Text.Say(output, $"version {e.Version}: {e.GetType().Name} at {InstantPattern.General.Format(e.At)}");
        }

        var rebuilt = PurchaseOrder.Rebuild(stored);
        output.WriteLine();
        Text.Say(output, $"Rebuilt from the {stored.Count} stored events:", indent: 0);
        Describe(output, rebuilt);

        // A second writer read the order back in February, at version 2, and now cancels it: its event is version 3,
        // and the store already holds versions 3 to 6.
        output.WriteLine();
        Text.Say(output, "A second writer, holding version 2, cancels the order:", indent: 0);
        var stale = PurchaseOrder.Rebuild(stored.Take(2));
        var cancel = stale.Cancel(Instant.FromUtc(2026, 4, 30, 8, 0));
        var refusal = Refused<StaleVersionException>(() => store.Append(StreamId, expectedVersion: stale.Version - 1, [cancel]));
        Text.Say(output, $"refused: {refusal.Message}");

        // It reads again and retries: now the order itself refuses, since it is closed.
        var fresh = PurchaseOrder.Rebuild(store.Read(StreamId));
        var retry = Refused<DomainRuleException>(() => fresh.Cancel(Instant.FromUtc(2026, 4, 30, 8, 0)));
        Text.Say(output, $"read again at version {fresh.Version} and retried: refused by the order ({retry.Rule}): {retry.Message}");
        Text.Say(output, $"the store still holds version {store.VersionOf(StreamId)}.");

        // The lamps' ledger at the seller's warehouse: its movements are its events, and its version their count.
        var ledger = Ledger();
        if (store.VersionOf(LedgerStreamId) == 0)
        {
            store.AppendMovements(LedgerStreamId, expectedVersion: 0, ledger.Movements);
        }

        var movements = store.ReadMovements(LedgerStreamId);
        var rebuiltLedger = StockLedger.Rebuild(ledger.Product, ledger.Facility, movements);
        output.WriteLine();
        Text.Say(output, $"The lamps' stock ledger, rebuilt from its {movements.Count} stored movements:", indent: 0);
        foreach (var m in movements)
        {
            Text.Say(output, $"{m.Kind} {m.Quantity}: {m.From?.ToString() ?? "outside"} -> {m.To?.ToString() ?? "outside"}");
        }

        Text.Say(output, $"version {rebuiltLedger.Version}: fulfillable {rebuiltLedger.Balance(StockBucket.Fulfillable)}, unfulfillable {rebuiltLedger.Unfulfillable}, inbound {rebuiltLedger.Inbound}");

        // The shipment that carried the goods: its events are appended as they happen, each writer with the version it read.
        var shipment = GoodsShipment();
        if (store.VersionOf(ShipmentStreamId) == 0)
        {
            store.AppendShipment(ShipmentStreamId, expectedVersion: 0, shipment.History.Take(2));
            store.AppendShipment(ShipmentStreamId, expectedVersion: 2, shipment.History.Skip(2));
        }

        var shipped = store.ReadShipment(ShipmentStreamId);
        var rebuiltShipment = Shipment.Rebuild(shipped);
        output.WriteLine();
        Text.Say(output, $"The shipment {rebuiltShipment.Id}, rebuilt from its {shipped.Count} stored events:", indent: 0);
        foreach (var e in shipped)
        {
            Text.Say(output, $"version {e.Version}: {e.GetType().Name}");
        }

        Text.Say(output, $"{rebuiltShipment.Delivery.TransportStatus} at {rebuiltShipment.Delivery.LastKnownLocation}");
        foreach (var line in rebuiltShipment.Reconciliation)
        {
            Text.Say(output, line.ToString());
        }

        return new EventStoreResults(order, rebuilt, appended, refusal, retry, ledger, rebuiltLedger, shipment, rebuiltShipment);
    }

    /// <summary>
    /// A seller's order to its factory for 400 lamps at 6.25 USD and 1,000 cables at 0.80 USD; the factory changes the
    /// lamps to 432 for 25 March and accepts the cables, despatches 440 lamps (within 2.5 % over 432) and the cables, the
    /// seller's warehouse receives them (2 lamps damaged), and the order is closed.
    /// </summary>
    public static PurchaseOrder Order()
    {
        var usd = Currency.USD;
        var order = new PurchaseOrder(new OrderId(StreamId), new PartyId("SELLER-A"), new PartyId("FACTORY-SZ"),
            [
                new PurchaseOrderLine(10, new Sku("LAMP-01"), 400, new Money(6.25m, usd), new LocalDate(2026, 3, 20)),
                new PurchaseOrderLine(20, new Sku("CABLE-1M"), 1000, new Money(0.80m, usd), new LocalDate(2026, 3, 20)),
            ],
            draftedAt: Instant.FromUtc(2026, 2, 2, 8, 0), overDeliveryTolerancePercent: 2.5m);
        order.Issue(Instant.FromUtc(2026, 2, 2, 9, 0));
        order.Respond(Instant.FromUtc(2026, 2, 3, 9, 0), [LineResponse.Change(10, 432, new LocalDate(2026, 3, 25)), LineResponse.Accept(20)]);
        order.Despatch(Instant.FromUtc(2026, 3, 20, 6, 0), [new DespatchLine { Line = 10, Quantity = 440 }, new DespatchLine { Line = 20, Quantity = 1000 }]);
        order.Receive(Instant.FromUtc(2026, 4, 28, 6, 0), [new ReceiptLine { Line = 10, Quantity = 440, Damaged = 2 }, new ReceiptLine { Line = 20, Quantity = 1000 }]);
        order.Close(Instant.FromUtc(2026, 4, 29, 6, 0));
        return order;
    }

    /// <summary>
    /// The lamps' ledger at the seller's warehouse WH-SZ: the 440 despatched lamps planned and shipped on 20 March,
    /// arrived and received on 28 April, 438 into fulfillable stock and the 2 damaged ones into carrier-damaged stock.
    /// </summary>
    public static StockLedger Ledger()
    {
        var despatched = Instant.FromUtc(2026, 3, 20, 6, 0);
        var received = Instant.FromUtc(2026, 4, 28, 6, 0);
        var ledger = new StockLedger(new ProductId("LAMP-01"), new FacilityId("WH-SZ"));
        ledger.Post(StockMovement.InboundPlanned(440, despatched));
        ledger.Post(StockMovement.InboundShipped(440, despatched));
        ledger.Post(StockMovement.InboundArrived(440, received));
        ledger.Post(StockMovement.Receipt(438, received));
        ledger.Post(StockMovement.Receipt(2, received, into: StockBucket.UnfulfillableCarrierDamaged));
        return ledger;
    }

    /// <summary>
    /// The shipment that carried the despatched goods from the factory to the seller's warehouse in Shenzhen: a carton
    /// of 440 lamps and a carton of 1,000 cables, by road on 20 March, claimed there, and counted in (2 lamps damaged).
    /// </summary>
    public static Shipment GoodsShipment()
    {
        var shenzhen = UnLocode.Parse("CNSZX");
        var loaded = Instant.FromUtc(2026, 3, 20, 6, 0);
        var unloaded = Instant.FromUtc(2026, 3, 20, 11, 0);
        var truck = new VoyageNumber("TRUCK-0320");
        var shipment = new Shipment(new ShipmentId(ShipmentStreamId), new PartyId("FACTORY-SZ"), new PartyId("SELLER-A"),
            new RouteSpecification(shenzhen, shenzhen, Instant.FromUtc(2026, 3, 25, 0, 0)),
            [PackedCarton.Of(new ProductId("LAMP-01"), 440), PackedCarton.Of(new ProductId("CABLE-1M"), 1000)]);
        shipment.AssignToRoute(new Itinerary([new Leg(TransportMode.Road, new PartyId("FACTORY-SZ"), truck, shenzhen, shenzhen, loaded, unloaded)]));
        shipment.Record(new HandlingEvent(HandlingEventType.Received, shenzhen, null, loaded - Duration.FromHours(1)));
        shipment.Record(new HandlingEvent(HandlingEventType.Loaded, shenzhen, truck, loaded));
        shipment.Record(new HandlingEvent(HandlingEventType.Unloaded, shenzhen, truck, unloaded));
        shipment.Record(new HandlingEvent(HandlingEventType.Claimed, shenzhen, null, unloaded + Duration.FromMinutes(30)));
        shipment.RecordGoodsReceipt(new ProductId("LAMP-01"), 438, 2);
        shipment.RecordGoodsReceipt(new ProductId("CABLE-1M"), 1000);
        return shipment;
    }

    private static void Describe(TextWriter output, PurchaseOrder order)
    {
        Text.Say(output, $"{order.Id}: {order.Buyer} orders from {order.Supplier}; {order.Status} at version {order.Version}, last changed {InstantPattern.General.Format(order.LastChangedAt)}");
        var promised = order.PromisedDate is { } date ? LocalDatePattern.Iso.Format(date) : "nothing";
        Text.Say(output, $"confirmed value {order.ConfirmedValue}, promised for {promised}");
        foreach (var line in order.Lines)
        {
            Text.Say(output, $"line {line.Line} {line.Ordered.Sku}: ordered {line.Ordered.Quantity} at {line.Ordered.UnitPrice}, {Answered(line)}, despatched {line.Despatched}, received {line.Received} ({line.Damaged} damaged), open {line.Open}");
        }
    }

    private static string Answered(PurchaseOrderLineState line) => line.Answer switch
    {
        LineResponseAction.Accept => $"accepted ({line.Confirmed})",
        LineResponseAction.Change => $"changed to {line.Confirmed}",
        LineResponseAction.Reject => "rejected",
        _ => "not answered",
    };

    private static T Refused<T>(Action command)
        where T : Exception
    {
        try
        {
            command();
        }
        catch (T e)
        {
            return e;
        }

        throw new InvalidOperationException($"The command was expected to be refused with {typeof(T).Name}.");
    }
}
