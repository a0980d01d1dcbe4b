// LastMile: fifty buyer orders to Chicago and Los Angeles over one week (Monday 9 to Sunday 15 March 2026), from the
// platform's storage centres through its own last-mile network (storage centre → regional central warehouse →
// delivery station → buyer) or a local partner. Each order gets the storefront's promised date, is allocated to a
// storage centre (BuyerOrder.Allocate with Orders.LastMileDeliveryPromise), picked and shipped parcel by parcel; each
// parcel's carrier is chosen by LastMileChooser.Choose against the promise, with the reason as data; the platform's
// stations record the doorstep attempts (DeliveryAttemptPolicy); two buyers send units back (BuyerOrder.ReceiveReturn).
// The network, the partner, the prices and the orders are invented example data; no clock, no randomness: the orders
// are a fixed pattern, so every run prints the same. tests/SupplyChain.Domain.Tests/Fulfilment/LastMileSampleTests.cs
// checks some numbers by hand.
// Usage: dotnet run --project samples/LastMile -- [--ci]   (--ci: plain output for CI logs, the run is the same)
using FulfilmentSamples;
using NodaTime;
using Spectre.Console;
using SupplyChain.Domain;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;
using Duration = NodaTime.Duration;

namespace LastMileSample;

/// <summary>The sample: the network, the week of orders run through it, and the tables (<see cref="LastMileView"/>).</summary>
public static class Program
{
    /// <summary>The first day of the week of orders: Monday 9 March 2026 (US daylight saving time began on the 8th).</summary>
    public static readonly LocalDate Monday = new(2026, 3, 9);

    /// <summary>The orders placed in the week.</summary>
    public const int OrderCount = 50;

    /// <summary>From the order to the parcel ready at the storage centre's dock: picking and packing, the same for every order (stated).</summary>
    public static readonly Duration Picking = Duration.FromHours(2);

    /// <summary>Failed attempts after which a station returns a parcel.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The local times of a day's orders, in the buyer's time zone: the j-th order of a day is placed at <c>Times[j]</c> (only Sunday has an eighth).</summary>
    public static readonly LocalTime[] Times =
        [new(8, 40), new(11, 15), new(13, 50), new(16, 20), new(17, 5), new(18, 30), new(21, 45), new(23, 10)];

    internal static readonly DateTimeZone ChicagoTime = DateTimeZoneProviders.Tzdb["America/Chicago"];
    internal static readonly DateTimeZone LosAngelesTime = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    internal static readonly CountryCode US = CountryCode.Parse("US");
    internal static readonly PartyId Platform = new("PLATFORM");
    internal static readonly PartyId Seller = new("SELLER-SZ-01");

    internal static readonly FacilityId Mdw2 = new("MDW2");
    internal static readonly FacilityId Ont8 = new("ONT8");
    internal static readonly FacilityId RcwChicago = new("RCW-CHI");
    internal static readonly FacilityId RcwLosAngeles = new("RCW-LAX");
    internal static readonly FacilityId Dch1 = new("DCH1");
    internal static readonly FacilityId Dla1 = new("DLA1");

    /// <summary>The seller's four SKUs (invented sizes and weights).</summary>
    internal static readonly Product Lamp = Make("LAMP-01", 30, 20, 15, 1.2);
    internal static readonly Product Mug = Make("MUG-350", 12, 10, 10, 0.4);
    internal static readonly Product Kettle = Make("KETTLE-17", 25, 20, 22, 1.6);
    internal static readonly Product Towels = Make("TOWEL-SET", 35, 25, 8, 0.9);
    internal static readonly Product[] Catalogue = [Lamp, Mug, Kettle, Towels];

    /// <summary>The doorstep, as data: the failed attempts of the first parcel of these orders (every other parcel is delivered at the first attempt).</summary>
    internal static readonly IReadOnlyDictionary<int, DeliveryFailureReason[]> Failures = new Dictionary<int, DeliveryFailureReason[]>
    {
        [5] = [DeliveryFailureReason.NoOneHome],
        [16] = [DeliveryFailureReason.AddressProblem, DeliveryFailureReason.NoOneHome],
        [27] = [DeliveryFailureReason.NoOneHome, DeliveryFailureReason.NoOneHome, DeliveryFailureReason.Refused],
        [40] = [DeliveryFailureReason.NoOneHome],
    };

    /// <summary>The two returns: order number, what comes back, why, and in which condition the storage centre finds it.</summary>
    internal static readonly (int Order, Product Product, ReturnReason Reason, ReturnCondition Condition)[] ReturnsGiven =
    [
        (11, Lamp, ReturnReason.ChangedMind, ReturnCondition.Sellable),
        (30, Kettle, ReturnReason.Defective, ReturnCondition.Defective),
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

    /// <summary>Runs the week and writes the tables to <paramref name="console"/>.</summary>
    public static LastMileResults Run(IAnsiConsole console)
    {
        var results = Simulate();
        LastMileView.Write(console, results);
        return results;
    }

    /// <summary>The platform's network: two storage centres, two regional central warehouses, two stations (invented).</summary>
    public static LastMileNetwork Network() => new(
        "Platform network US",
        [
            new LastMileNode(Facility(Mdw2, FacilityKind.InternationalStorageCentre, "Joliet", "60436", ChicagoTime, WorkingCalendar.MondayToSaturday), new LocalTime(18, 0)),
            new LastMileNode(Facility(Ont8, FacilityKind.InternationalStorageCentre, "Ontario", "91761", LosAngelesTime, WorkingCalendar.MondayToSaturday), new LocalTime(18, 0)),
            new LastMileNode(Facility(RcwChicago, FacilityKind.RegionalCentralWarehouse, "Romeoville", "60446", ChicagoTime, WorkingCalendar.MondayToSaturday), new LocalTime(22, 0)),
            new LastMileNode(Facility(RcwLosAngeles, FacilityKind.RegionalCentralWarehouse, "San Bernardino", "92408", LosAngelesTime, WorkingCalendar.MondayToSaturday), new LocalTime(22, 0)),
            new LastMileNode(Facility(Dch1, FacilityKind.DeliveryStation, "Chicago", "60601", ChicagoTime, WorkingCalendar.MondayToFriday), new LocalTime(9, 0)) { DailyCapacity = 5 },
            new LastMileNode(Facility(Dla1, FacilityKind.DeliveryStation, "Los Angeles", "90012", LosAngelesTime, WorkingCalendar.MondayToFriday), new LocalTime(9, 0)) { DailyCapacity = 5 },
        ],
        [
            new LineHaul(Mdw2, RcwChicago, Duration.FromHours(2)),
            new LineHaul(Ont8, RcwLosAngeles, Duration.FromHours(2)),
            new LineHaul(Ont8, RcwChicago, Duration.FromHours(40)),
            new LineHaul(RcwChicago, Dch1, Duration.FromHours(4)),
            new LineHaul(RcwLosAngeles, Dla1, Duration.FromHours(3)),
        ],
        [PostalCodeArea.Prefix(Dch1, US, "606"), new PostalCodeArea(Dla1, US, "900", "908")],
        new Money(4.00m, Currency.USD));

    /// <summary>The local partner in Los Angeles: collects at the storage centre until 20:00, delivers the next working day, Monday to Saturday (invented).</summary>
    public static LocalPartnerService Partner() => new(
        new LastMileOption("Los Angeles", US, LastMileKind.LocalPartner, "Example Parcel Co", new TransitTimeDistribution(1, 0.25), new Money(6.50m, Currency.USD))
        {
            PostalCodePrefixes = ["90"],
        },
        LosAngelesTime, WorkingCalendar.MondayToSaturday, new LocalTime(20, 0), 1);

    /// <summary>The parcel limits of the carriers at both storage centres: 5 kg, 60 × 40 × 40 cm, billed on 1 kg per 5,000 cm³.</summary>
    public static ParcelLimits Limits { get; } = new(
        Mass.FromKilograms(5), new Dimensions(Length.FromCentimeters(60), Length.FromCentimeters(40), Length.FromCentimeters(40)), ChargeableWeightRules.InternationalExpress);

    /// <summary>At most three parcels an order; a split across the two centres is allowed at 1.50 USD per extra centre (invented).</summary>
    public static OrderSplitRules SplitRules { get; } = new(3, true, new Money(1.50m, Currency.USD));

    /// <summary>
    /// Order k (0 to 49): number k + 1; Chicago for even k, Los Angeles for odd; seven orders a day from Monday (k / 7),
    /// the eighth on Sunday; the j-th of its day at <c>Times[j]</c>; the lines by k % 5.
    /// </summary>
    public static (int Number, bool Chicago, LocalDateTime Placed, Address Buyer, SkuQuantity[] Lines) OrderPattern(int k)
    {
        var chicago = k % 2 == 0;
        var day = Math.Min(k / 7, 6);
        var placed = Monday.PlusDays(day).At(Times[k - (7 * day)]);
        var buyer = chicago
            ? new Address(US, "Chicago") { PostalCode = $"606{k % 40:00}" }
            : new Address(US, "Los Angeles") { PostalCode = $"900{k % 70:00}" };
        SkuQuantity[] lines = (k % 5) switch
        {
            0 => [Line(Lamp, 1)],
            1 => [Line(Mug, 2)],
            2 => [Line(Kettle, 1), Line(Mug, 1)],
            3 => [Line(Towels, 1), Line(Lamp, 1)],
            _ => [Line(Kettle, 2), Line(Lamp, 1), Line(Mug, 2)],
        };
        return (k + 1, chicago, placed, buyer, lines);
    }

    /// <summary>Runs the week: every order placed, allocated, shipped, delivered (or not), and the two returns.</summary>
    public static LastMileResults Simulate()
    {
        var network = Network();
        var partners = new[] { Partner() };
        var mode = Scenario.Warehouse();
        var start = Monday.AtStartOfDayInZone(ChicagoTime).ToInstant() - Duration.FromDays(7);
        var mdw2 = new StockLocation(Mdw2, mode, Limits, Stock(Mdw2, start, lamps: 40, mugs: 60, kettles: 8, towels: 6));
        var ont8 = new StockLocation(Ont8, mode, Limits, Stock(Ont8, start, lamps: 40, mugs: 60, kettles: 30, towels: 4));
        var ledger = StationCapacityLedger.Empty;

        // Chicago buyers are offered both centres (MDW2 first); Los Angeles buyers only ONT8, where the partner collects.
        var orders = Enumerable.Range(0, OrderCount).Select(k =>
        {
            var (number, chicago, placed, buyer, lines) = OrderPattern(k);
            var zone = chicago ? ChicagoTime : LosAngelesTime;
            return new Pending(number, chicago ? "Chicago" : "Los Angeles", placed, placed.InZoneStrictly(zone).ToInstant(), buyer, lines,
                chicago ? [mdw2, ont8] : [ont8]);
        }).ToList();

        // The week in time order: an order is promised and allocated when placed; its parcels are ready 2 hours later
        // and book station capacity then, so a later order's promise sees the parcels already booked.
        var steps = orders.Select(o => (At: o.OrderedAt, Ready: false, Order: o))
            .Concat(orders.Select(o => (At: o.OrderedAt + Picking, Ready: true, Order: o)))
            .OrderBy(s => s.At).ThenBy(s => s.Ready).ThenBy(s => s.Order.Number);
        foreach (var (at, ready, pending) in steps)
        {
            if (!ready)
            {
                Place(pending, network, partners, ledger);
            }
            else if (pending.Order.Status == BuyerOrderStatus.Allocated)
            {
                ledger = Ship(pending, network, partners, ledger, at);
            }
        }

        var rows = orders.Select(o => Deliver(o, network, [mdw2, ont8])).ToList();
        var returns = ReturnsGiven.Select(r => Return(rows, r, [mdw2, ont8])).ToList();
        var placedOrders = rows.Select(r => r.Order).ToList();
        var delivered = rows.Where(r => r.Delivered is not null).ToDictionary(r => r.Order.Id, r => r.Delivered!.Value);
        var outcomes = rows.Select(r => OrderOutcome.From(r.Order, r.Delivered)).ToList();
        var kpis = new Kpis(
            FulfilmentKpis.UnitFillRate(outcomes),
            FulfilmentKpis.OrderFillRate(outcomes),
            FulfilmentKpis.Otif(outcomes),
            FulfilmentKpis.DeliveryDays(placedOrders, delivered, o => o.BuyerAddress.City == "Chicago" ? ChicagoTime : LosAngelesTime),
            ReturnRates.BySku(placedOrders),
            ReturnRates.ByReason(placedOrders));
        return new LastMileResults(network, partners[0], [mdw2, ont8], rows, returns, kpis, outcomes, ledger);
    }

    /// <summary>The storefront's promise and the allocation, at the order instant.</summary>
    private static void Place(Pending pending, LastMileNetwork network, LocalPartnerService[] partners, StationCapacityLedger ledger)
    {
        // The storefront promises the earliest date of a centre that holds every unit free (any offered centre when none
        // does): a quote from the order instant, which books nothing.
        var promise = new LastMileDeliveryPromise(network, partners, ledger);
        var holding = pending.Locations.Where(l => pending.Lines.All(line => Free(l, line) >= line.Units)).ToList();
        var dates = (holding.Count > 0 ? holding : [.. pending.Locations])
            .Select(l => promise.EarliestDelivery(l, pending.Buyer, pending.OrderedAt))
            .Where(d => d is not null).Select(d => d!.Value).ToList();
        var promised = dates.Min();
        pending.Order = new BuyerOrder(new OrderId($"LM-{pending.Number:00}"), pending.Buyer, pending.OrderedAt, promised, pending.Lines);
        try
        {
            pending.Order.Allocate(pending.OrderedAt, pending.Locations, Catalogue, promise, SplitRules);
        }
        catch (DomainRuleException refused) when (refused.Rule == DomainRules.OrdersStockAvailable)
        {
            // Not enough stock where it could arrive in time: the order is cancelled (nothing was reserved).
            pending.Order.Cancel(pending.OrderedAt, pending.Locations);
            pending.Refusal = refused.Rule;
        }
    }

    /// <summary>Ships every parcel of an order when it is ready, choosing its carrier against the order's promise.</summary>
    private static StationCapacityLedger Ship(Pending pending, LastMileNetwork network, LocalPartnerService[] partners, StationCapacityLedger ledger, Instant ready)
    {
        var order = pending.Order;
        foreach (var parcel in order.Parcels)
        {
            var choice = LastMileChooser.Choose(network, parcel.Location, ready, order.BuyerAddress, partners, ledger, order.PromisedDelivery);
            ledger = choice.Ledger;
            order.ShipParcel(ready, parcel.Number, pending.Locations);
            pending.Choices.Add(choice);
        }

        return ledger;
    }

    /// <summary>The doorstep: a network parcel goes out from its station on the promised day and is attempted; a partner delivers on its promised date.</summary>
    private static OrderRow Deliver(Pending pending, LastMileNetwork network, StockLocation[] centres)
    {
        var order = pending.Order;
        var parcels = new List<ParcelRow>();
        for (var i = 0; i < pending.Choices.Count; i++)
        {
            var choice = pending.Choices[i];
            var parcel = order.Parcels[i];
            if (choice.Chosen.Kind == LastMileKind.LocalPartner)
            {
                parcels.Add(new ParcelRow(parcel, choice, choice.Chosen.PromisedDate, null, null));
                continue;
            }

            var station = network.Find(choice.Chosen.Station!)!;
            var policy = new DeliveryAttemptPolicy(station, MaxAttempts);
            var shipment = ParcelShipment(order, parcel, choice.Chosen, network);
            var failures = i == 0 && Failures.TryGetValue(pending.Number, out var planned) ? planned : [];
            var day = choice.Chosen.PromisedDate;
            DeliveryAttemptStatus status;
            for (var attempt = 0; ; attempt++)
            {
                // Out at the station's cut-off (09:00); the attempt three hours later.
                var outAt = day.At(station.CutOff).InZoneStrictly(station.Facility.TimeZone).ToInstant();
                policy.SendOutForDelivery(shipment, outAt);
                status = policy.RecordAttempt(shipment, outAt + Duration.FromHours(3), attempt < failures.Length ? failures[attempt] : null);
                if (status.NextAttemptOn is not { } next)
                {
                    break;
                }

                day = next;
            }

            if (status.Stage == DeliveryAttemptStage.ReturningToSender)
            {
                // Back at the storage centre it left: collected from the station on its next working day, at noon.
                var back = station.Facility.Calendar.AddWorkingDays(day, 1).At(new LocalTime(12, 0)).InZoneStrictly(station.Facility.TimeZone).ToInstant();
                policy.ReturnToSender(shipment, back);
                status = policy.Assess(shipment.HandlingEvents);

                // The units are back on the centre's books: from outside (the station) into fulfillable, as a transfer in.
                var centre = centres.Single(c => c.Facility == parcel.Location);
                foreach (var line in parcel.Lines)
                {
                    centre.Ledgers.Single(l => l.Product == ProductOf(line.Sku)).Post(StockMovement.TransferIn(line.Units, back));
                }
            }

            parcels.Add(new ParcelRow(parcel, choice, status.Stage == DeliveryAttemptStage.Delivered ? day : null, status, shipment));
        }

        // An order is delivered when its last parcel is; a parcel returned to the sender leaves it undelivered.
        LocalDate? delivered = parcels.Count > 0 && parcels.All(p => p.Delivered is not null) ? parcels.Max(p => p.Delivered!.Value) : null;
        return new OrderRow(order, pending.City, pending.Placed, parcels, delivered, pending.Refusal);
    }

    /// <summary>The parcel's shipment, built as the delivery-attempt tests build theirs: one road leg from the storage centre to the station's city, unloaded there on arrival.</summary>
    private static Shipment ParcelShipment(BuyerOrder order, OrderParcel parcel, DeliveryPromise promise, LastMileNetwork network)
    {
        var from = Locode(parcel.Location);
        var to = Locode(promise.Station!);
        var voyage = new VoyageNumber($"LH-{order.Id}-{parcel.Number}");
        var leaves = promise.Steps[0].Leaves!.Value;
        var arrives = promise.Steps[^1].ReadyAt;
        var station = network.Find(promise.Station!)!;
        var deadline = promise.PromisedDate.PlusDays(1).AtStartOfDayInZone(station.Facility.TimeZone).ToInstant();
        var cartons = parcel.Lines.Select(l => PackedCarton.Of(ProductOf(l.Sku), l.Units));
        var shipment = new Shipment(new ShipmentId($"{order.Id}-P{parcel.Number}"), Seller, new PartyId($"BUYER-{order.Id}"), new RouteSpecification(from, to, deadline), cartons);
        shipment.AssignToRoute(new Itinerary([new Leg(TransportMode.Road, Platform, voyage, from, to, leaves, arrives)]));
        shipment.Record(new HandlingEvent(HandlingEventType.Unloaded, to, voyage, arrives));
        return shipment;
    }

    /// <summary>A return received at the storage centre that shipped the parcel, five days after delivery at 10:00 there.</summary>
    private static ReturnRow Return(List<OrderRow> rows, (int Order, Product Product, ReturnReason Reason, ReturnCondition Condition) given, StockLocation[] centres)
    {
        var row = rows.Single(r => r.Order.Id == new OrderId($"LM-{given.Order:00}"));
        var parcel = row.Parcels.First(p => p.Parcel.Lines.Any(l => l.Sku == given.Product.Sku));
        var centre = centres.Single(c => c.Facility == parcel.Parcel.Location);
        var ledger = centre.Ledgers.Single(l => l.Product == given.Product.Id);
        var zone = centre.Facility == Mdw2 ? ChicagoTime : LosAngelesTime;
        var at = parcel.Delivered!.Value.PlusDays(5).At(new LocalTime(10, 0)).InZoneStrictly(zone).ToInstant();
        var buyerReturn = new BuyerReturn(parcel.Parcel.Number, new SkuQuantity(given.Product.Sku, 1), given.Reason, given.Condition);
        var before = ledger.Balance(buyerReturn.Bucket);
        row.Order.ReceiveReturn(at, buyerReturn, centre);
        return new ReturnRow(row.Order.Id, buyerReturn, centre.Facility, at.InZone(zone).Date, before, ledger.Balance(buyerReturn.Bucket));
    }

    private static int Free(StockLocation location, SkuQuantity line) =>
        location.Ledgers.FirstOrDefault(l => l.Product == ProductOf(line.Sku))?.Balance(StockBucket.Fulfillable) ?? 0;

    private static ProductId ProductOf(Sku sku) => Catalogue.Single(p => p.Sku == sku).Id;

    private static IEnumerable<StockLedger> Stock(FacilityId facility, Instant at, int lamps, int mugs, int kettles, int towels)
    {
        foreach (var (product, units) in new[] { (Lamp, lamps), (Mug, mugs), (Kettle, kettles), (Towels, towels) })
        {
            var ledger = new StockLedger(product.Id, facility);
            ledger.Post(StockMovement.TransferIn(units, at));
            yield return ledger;
        }
    }

    private static UnLocode Locode(FacilityId facility) => UnLocode.Parse(
        facility == Mdw2 ? "USJOT" : facility == Ont8 ? "USONT" : facility == Dch1 ? "USCHI" : "USLAX");

    private static Facility Facility(FacilityId id, FacilityKind kind, string city, string postalCode, DateTimeZone zone, WorkingCalendar calendar) =>
        new(id, kind, Platform, new Address(US, city) { PostalCode = postalCode }, zone, calendar);

    private static SkuQuantity Line(Product product, int units) => new(product.Sku, units);

    private static Product Make(string sku, double l, double w, double h, double kg) => new(
        new ProductId(sku), Seller, new Sku(sku), HsCode.Parse("9405.21"),
        new Dimensions(Length.FromCentimeters(l), Length.FromCentimeters(w), Length.FromCentimeters(h)), Mass.FromKilograms(kg), "Home");

    /// <summary>An order on its way through the week.</summary>
    private sealed class Pending(int number, string city, LocalDateTime placed, Instant orderedAt, Address buyer, SkuQuantity[] lines, StockLocation[] locations)
    {
        public int Number { get; } = number;

        public string City { get; } = city;

        public LocalDateTime Placed { get; } = placed;

        public Instant OrderedAt { get; } = orderedAt;

        public Address Buyer { get; } = buyer;

        public SkuQuantity[] Lines { get; } = lines;

        public StockLocation[] Locations { get; } = locations;

        public BuyerOrder Order { get; set; } = null!;

        public string? Refusal { get; set; }

        public List<LastMileChoice> Choices { get; } = [];
    }
}

/// <summary>One parcel: the planned parcel, the carrier chosen for it, the day it was delivered (null: not delivered), and for a network parcel its doorstep status and shipment.</summary>
public sealed record ParcelRow(OrderParcel Parcel, LastMileChoice Choice, LocalDate? Delivered, DeliveryAttemptStatus? Attempts, Shipment? Shipment);

/// <summary>One order: the order, the buyer's city, the local time it was placed, its parcels, the day its last parcel was delivered (null: not delivered), and the rule that refused its allocation, if any.</summary>
public sealed record OrderRow(BuyerOrder Order, string City, LocalDateTime Placed, IReadOnlyList<ParcelRow> Parcels, LocalDate? Delivered, string? Refusal);

/// <summary>One return: the order, what came back, where it was received and when, and the bucket's balance before and after.</summary>
public sealed record ReturnRow(OrderId Order, BuyerReturn Return, FacilityId Centre, LocalDate Received, int BucketBefore, int BucketAfter);

/// <summary>The week's service measures from the analytics.</summary>
public sealed record Kpis(double UnitFillRate, double OrderFillRate, double Otif, IReadOnlyDictionary<int, int> DeliveryDays, IReadOnlyDictionary<Sku, ReturnRate> ReturnsBySku, IReadOnlyDictionary<ReturnReason, ReturnRate> ReturnsByReason);

/// <summary>Everything the sample computed: the network and partner, the storage centres (with their ledgers at the end), the orders, the returns, the measures, each order's outcome and the station bookings at the end.</summary>
public sealed record LastMileResults(LastMileNetwork Network, LocalPartnerService Partner, IReadOnlyList<StockLocation> Centres, IReadOnlyList<OrderRow> Orders, IReadOnlyList<ReturnRow> Returns, Kpis Kpis, IReadOnlyList<OrderOutcome> Outcomes, StationCapacityLedger Ledger);
