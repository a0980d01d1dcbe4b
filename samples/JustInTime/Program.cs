// JustInTime: the just-in-time loop of one seller at a Shenzhen factory shared with two peers, 120 days across the
// Chinese New Year 2027, once with the factory's capacity shared first come, first served and once with contracted
// shares. Every sale releases a one-for-one order line (SaleToShelf), lines are consolidated into one purchase order
// a week, booked on the factory's capacity book among the peers' bookings, despatched on the ready date, and received
// into the stock ledger 24 days later (PurchaseOrderPosting). Seeded: the same output on every run.
// Usage: dotnet run --project samples/JustInTime -- [--ci]   (--ci: plain output for CI logs, the run is the same)
using System.Globalization;
using NodaTime;
using SampleRendering;
using Spectre.Console;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Planning;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace JustInTimeSample;

/// <summary>The sample: the scenario, the loop run under each allocation rule, and the tables.</summary>
public static class Program
{
    /// <summary>The first day: Monday 4 January 2027.</summary>
    public static readonly LocalDate Start = new(2027, 1, 4);

    /// <summary>Days simulated.</summary>
    public const int Days = 120;

    /// <summary>The factory's Chinese New Year closure: an example, not the factory's real dates.</summary>
    public static readonly DateInterval NewYearClosure = new(new LocalDate(2027, 2, 3), new LocalDate(2027, 2, 17));

    /// <summary>From ready at the factory to sellable at the platform's storage centre (sea freight, stated).</summary>
    public const int InboundDays = 24;

    private const int Seed = 20270101;
    private const int UnitsPerWorkingDay = 1_200;

    private static readonly FacilityId Shenzhen = new("F-SZ");
    private static readonly FacilityId Shelf = new("ISC-LEJ");
    private static readonly PartyId Seller = new("seller-A");
    private static readonly PartyId PeerB = new("seller-B");
    private static readonly PartyId PeerC = new("seller-C");

    /// <summary>The seller's three SKUs: product, mean daily demand, MOQ, order multiple, unit cost (USD).</summary>
    private static readonly (ProductId Product, int MeanDemand, int Moq, int Multiple, decimal UnitCost)[] Skus =
    [
        (new ProductId("P-KETTLE"), 15, 60, 12, 6.40m),
        (new ProductId("P-LAMP"), 20, 100, 20, 4.25m),
        (new ProductId("P-MUG"), 45, 48, 24, 1.85m),
    ];

    public static void Main(string[] args)
    {
        if (args.Contains("--ci"))
        {
            AnsiConsole.Profile.Capabilities.Ansi = false;
            AnsiConsole.Profile.Capabilities.Unicode = false;
        }

        Run(AnsiConsole.Console);
    }

    /// <summary>Runs the loop under both rules and writes the tables to <paramref name="console"/>.</summary>
    public static JustInTimeResults Run(IAnsiConsole console)
    {
        // The same demand and the same peers' bookings under both rules: drawn once, from the seed.
        var random = new Random(Seed);
        var demand = new int[Days, Skus.Length];
        var peers = new List<(int Day, PartyId Seller, int Units)>();
        for (var d = 0; d < Days; d++)
        {
            for (var s = 0; s < Skus.Length; s++)
            {
                // Uniform from half to one and a half times the mean, in whole units.
                demand[d, s] = random.Next(Skus[s].MeanDemand / 2, (Skus[s].MeanDemand * 3 / 2) + 1);
            }

            var date = Start.PlusDays(d);
            if (d % 14 == 0)
            {
                peers.Add((d, PeerB, random.Next(5_000, 8_001)));   // seller B books a big lot every other Monday
            }

            if (date.DayOfWeek != IsoDayOfWeek.Sunday)
            {
                peers.Add((d, PeerC, random.Next(400, 901)));       // seller C books every working day
            }
        }

        var firstCome = RunLoop(FirstComeAllocation.Instance, demand, peers);
        // Seller B holds half of every working day; seller A 8 % (about its mean need of 93 units a working day), then,
        // to show what a share below the need does, 6 %.
        var shares = new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [Seller] = 0.08m, [PeerB] = 0.50m });
        var reserved = RunLoop(shares, demand, peers);
        var small = RunLoop(new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [Seller] = 0.06m, [PeerB] = 0.50m }), demand, peers);
        var results = new JustInTimeResults(firstCome, reserved, small);
        Write(console, results, shares);
        return results;
    }

    private static SupplyNetwork Network()
    {
        var network = new SupplyNetwork();
        var china = CountryCode.Parse("CN");
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        network.AddFacility(new Facility(Shenzhen, FacilityKind.Factory, new PartyId("M-SZ"), new Address(china, "Shenzhen"), shanghai, Calendar()));
        var products = Skus.Select(s => (s.Product, Seller, s.Moq, s.Multiple, s.UnitCost))
            .Append((new ProductId("P-B-LIGHT"), PeerB, 500, 50, 3.00m))
            .Append((new ProductId("P-C-FAN"), PeerC, 200, 20, 7.50m));
        foreach (var (product, seller, moq, multiple, cost) in products)
        {
            network.AddProduct(new Product(
                product, seller, new Sku(product.Value), HsCode.Parse("851310"),
                new Dimensions(Length.FromCentimeters(20), Length.FromCentimeters(15), Length.FromCentimeters(12)), Mass.FromGrams(600), "Home & Kitchen"));
            network.AddSourcingAgreement(new SourcingAgreement(product, Shenzhen, new Money(cost, Currency.USD), new ProductionLeadTime(5m), moq, multiple, new LocalDate(2026, 1, 1)));
        }

        return network;
    }

    /// <summary>Monday to Saturday, closed for the (example) Chinese New Year dates.</summary>
    private static WorkingCalendar Calendar() => WorkingCalendar.MondayToSaturday.WithClosure(NewYearClosure);

    private static Instant At(LocalDate date, int hour) => date.At(new LocalTime(hour, 0)).InUtc().ToInstant();

    private static RuleOutcome RunLoop(ICapacityAllocationRule rule, int[,] demand, List<(int Day, PartyId Seller, int Units)> peers)
    {
        var network = Network();
        var book = new CapacityBook(Shenzhen, new ProductionCapacity(UnitsPerWorkingDay, Calendar(), 2), rule);
        var books = new Dictionary<FacilityId, CapacityBook> { [Shenzhen] = book };
        var ledgers = new Dictionary<Sku, StockLedger>();
        var options = new SaleToShelfOptions { ReviewCycle = ReviewCycle.Weekly(IsoDayOfWeek.Monday) };
        foreach (var (product, mean, _, _, _) in Skus)
        {
            var ledger = new StockLedger(product, Shelf);
            ledger.Post(StockMovement.TransferIn(mean * 45, At(Start, 0)));   // 45 days of mean demand to start with
            ledgers.Add(new Sku(product.Value), ledger);
        }

        var orders = new List<OrderRow>();
        var open = new List<(PurchaseOrder Order, CapacityPromise Promise, LocalDate? Despatched)>();
        var stockOutDays = new int[Skus.Length];
        var lost = new int[Skus.Length];
        var demanded = new int[Skus.Length];
        for (var d = 0; d < Days; d++)
        {
            var date = Start.PlusDays(d);

            // Morning: the factory despatches what its book has ready by today (a ready date today or earlier no
            // later booking can move); the storage centre receives what was despatched 24 days ago.
            for (var o = 0; o < open.Count; o++)
            {
                var (order, promise, despatched) = open[o];
                if (despatched is null && book.Promises[promise.Position].ReadyDate <= date)
                {
                    Post(order, order.Despatch(At(date, 8), order.Lines.Select(l => new DespatchLine { Line = l.Line, Quantity = l.Confirmed })), ledgers);
                    open[o] = (order, promise, date);
                }
                else if (despatched is { } left && left.PlusDays(InboundDays) == date)
                {
                    // One unit in a hundred arrives damaged (rounded down): stated, not measured.
                    Post(order, order.Receive(At(date, 9), order.Lines.Select(l => new ReceiptLine { Line = l.Line, Quantity = l.Despatched, Damaged = l.Despatched / 100 })), ledgers);
                    Post(order, order.Close(At(date, 9)), ledgers);
                }
            }

            // Day: buyers order; what the shelf cannot serve is a lost sale.
            var sold = new int[Skus.Length];
            for (var s = 0; s < Skus.Length; s++)
            {
                var ledger = ledgers[new Sku(Skus[s].Product.Value)];
                var available = ledger.Balance(StockBucket.Fulfillable);
                sold[s] = Math.Min(available, demand[d, s]);
                demanded[s] += demand[d, s];
                if (sold[s] < demand[d, s])
                {
                    stockOutDays[s]++;
                    lost[s] += demand[d, s] - sold[s];
                }

                if (sold[s] > 0)
                {
                    ledger.Post(StockMovement.Shipment(sold[s], At(date, 12), StockBucket.Fulfillable));
                }
            }

            // The peers book through the day; our run books in the evening, after them.
            foreach (var (_, seller, units) in peers.Where(p => p.Day == d))
            {
                book.Book(new CapacityBooking(seller, units, date, $"{seller}-{date:yyyyMMdd}"));
            }

            var day = SaleToShelf.Run(
                network,
                books,
                Skus.Select((s, i) => new SkuDay(s.Product, sold[i], ledgers[new Sku(s.Product.Value)].Position, InboundDays)),
                date,
                At(date, 18),
                options);
            options = new SaleToShelfOptions { ReviewCycle = options.ReviewCycle, Held = day.Held };
            for (var i = 0; i < day.PurchaseOrders.Count; i++)
            {
                var order = day.PurchaseOrders[i];
                order.Respond(At(date, 20), order.Lines.Select(l => LineResponse.Accept(l.Line)));   // the factory accepts
                open.Add((order, day.Promises[i], null));
            }
        }

        // Actual ready dates: the book after every later booking is in.
        foreach (var (order, promise, despatched) in open)
        {
            var actual = book.Promises[promise.Position].ReadyDate;
            orders.Add(new OrderRow(order.Id, promise.Booking.EarliestStart, promise.Booking.Units, promise.ReadyDate, actual, despatched?.PlusDays(InboundDays) is { } arrival && arrival < Start.PlusDays(Days) ? arrival : null));
        }

        var fillRates = Skus.Select((s, i) => (s.Product, Demanded: demanded[i], Lost: lost[i], StockOutDays: stockOutDays[i])).ToArray();
        return new RuleOutcome(rule.ToString()!, orders, fillRates, SharedCapacity.Of(network, Skus[0].Product, Start.PlusDays(Days - 1), books).Holdings);
    }

    private static void Post(PurchaseOrder order, PurchaseOrderEvent e, Dictionary<Sku, StockLedger> ledgers) =>
        PurchaseOrderPosting.Post(order, e, ledgers);

    private static string Date(LocalDate? date) => date is { } d ? d.ToString("MM-dd", CultureInfo.InvariantCulture) : "-";

    private static void Write(IAnsiConsole console, JustInTimeResults results, ReservedShareAllocation shares)
    {
        View.Heading(console, "Just in time at a shared Shenzhen factory");
        View.Line(console, $"Seller A sells a kettle, a lamp and a mug made at F-SZ in Shenzhen, which sellers B and C also buy from. F-SZ makes {UnitsPerWorkingDay:N0} units a working day (Monday to Saturday) and finishes an order in 2 working days; it is closed for the Chinese New Year from {NewYearClosure.Start:yyyy-MM-dd} to {NewYearClosure.End:yyyy-MM-dd} (example dates). Seller B books 5,000 to 8,000 units every other Monday, seller C 400 to 900 every working day.");
        View.Line(console, $"Every sale orders its units again (one for one); F-SZ's lines are consolidated on Mondays with each SKU's MOQ and case pack, booked after the peers' bookings of the day, despatched on the ready date and sellable {InboundDays} days later. {Days} days from {Start:yyyy-MM-dd}; demand is drawn once (seed {Seed}) and is the same under both rules.");
        View.Note(console, "All numbers are invented for the example.");
        View.Gap(console);

        View.Title(console, "Seller A's purchase orders: FC = first-come, RS = reserved share");
        View.Line(console, $"Shares: {shares}. Dates are MM-dd: ready = promised at booking, actual = the ready date in the book once every later booking is in, shelf = sellable.");
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in new[] { "issued", "FC", "ready", "actual", "shelf", "RS", "ready", "actual", "shelf" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        var first = results.FirstCome.Orders;
        var share = results.ReservedShare.Orders;
        for (var i = 0; i < Math.Max(first.Count, share.Count); i++)
        {
            var f = i < first.Count ? first[i] : null;
            var r = i < share.Count ? share[i] : null;
            table.AddRow(
                Date((f ?? r)!.Issued),
                f?.Units.ToString(CultureInfo.InvariantCulture) ?? "",
                Date(f?.Promised),
                Date(f?.Actual),
                Date(f?.Arrival),
                r?.Units.ToString(CultureInfo.InvariantCulture) ?? "",
                Date(r?.Promised),
                Date(r?.Actual),
                Date(r?.Arrival));
        }

        console.Write(table);
        View.Note(console, "FC and RS are the units ordered. First come, a later booking never moves an earlier one; under reserved shares a peer's later booking takes back the reserved units it had left to the pool, which can delay an earlier order. '-': after the last day.");
        View.Gap(console);

        View.Title(console, "The difference a contracted share makes (seller B holds 50 %)");
        var summary = View.Figures("seller A", ["first-come", "8 % share", "6 % share"]);
        void Row(string name, Func<RuleOutcome, string> value) => View.Row(summary, name, [value(results.FirstCome), value(results.ReservedShare), value(results.SmallShare)]);
        Row("purchase orders", o => o.Orders.Count.ToString(CultureInfo.InvariantCulture));
        Row("units ordered", o => o.Orders.Sum(r => r.Units).ToString("N0", CultureInfo.InvariantCulture));
        Row("mean days issue to ready", o => View.Number(o.Orders.Average(r => Period.Between(r.Issued, r.Actual, PeriodUnits.Days).Days), "0.0"));
        Row("orders ready later than promised", o => o.Orders.Count(r => r.Actual > r.Promised).ToString(CultureInfo.InvariantCulture));
        Row("stock-out days (SKU-days)", o => o.Skus.Sum(s => s.StockOutDays).ToString(CultureInfo.InvariantCulture));
        Row("lost sales (units)", o => o.Skus.Sum(s => s.Lost).ToString("N0", CultureInfo.InvariantCulture));
        foreach (var (product, _, _, _, _) in Skus)
        {
            Row($"fill rate {product}", o => Percent(o.Skus.Single(s => s.Product == product)));
        }

        Row("fill rate, all three", o => Percent((o.Skus[0].Product, o.Skus.Sum(s => s.Demanded), o.Skus.Sum(s => s.Lost), 0)));
        console.Write(summary);
        View.Note(console, "Fill rate = units sold / units demanded; a lost sale is demand the shelf could not serve that day. With 6 %, below its need, seller A waits for the pool, which seller B's half of every day shrinks: worse than first come, and B's later lots move A's promised dates.");
        View.Gap(console);

        View.Title(console, "Who holds F-SZ's book at the end (SharedCapacity.Of)");
        var holdings = View.Figures("seller", ["booked units", "of booked", "contracted"]);
        foreach (var h in results.ReservedShare.Holdings)
        {
            View.Row(holdings, h.Seller.ToString(), [h.BookedUnits.ToString("N0", CultureInfo.InvariantCulture), View.Number((double)h.ShareOfBookedUnits, "0.0%"), View.Number((double)h.ContractedShare, "0%")]);
        }

        console.Write(holdings);
    }

    private static string Percent((ProductId Product, int Demanded, int Lost, int StockOutDays) sku) =>
        View.Number(1.0 - ((double)sku.Lost / sku.Demanded), "0.0%");
}

/// <summary>One purchase order of seller A: issued on, units, the ready date promised at booking, the ready date in the final book, and the arrival (null after the last day).</summary>
public sealed record OrderRow(OrderId Id, LocalDate Issued, int Units, LocalDate Promised, LocalDate Actual, LocalDate? Arrival);

/// <summary>What one allocation rule gave seller A: its orders, each SKU's demand, lost sales and stock-out days, and the book's holdings at the end.</summary>
public sealed record RuleOutcome(string Rule, IReadOnlyList<OrderRow> Orders, IReadOnlyList<(ProductId Product, int Demanded, int Lost, int StockOutDays)> Skus, IReadOnlyList<CapacityHolding> Holdings);

/// <summary>The loop under first-come allocation and under reserved shares of 8 % and of 6 % for seller A (50 % for seller B).</summary>
public sealed record JustInTimeResults(RuleOutcome FirstCome, RuleOutcome ReservedShare, RuleOutcome SmallShare);
