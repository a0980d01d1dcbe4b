using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using SupplyChain.Domain.Fulfilment;
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

namespace SupplyChain.Domain.Benchmarks.Orders;

/// <summary>
/// Buyer orders through the last-mile network (issue 16), each beside a plain loop doing comparable work in the same run.
/// Network (invented, as in the tests): storage centres ONT8 (Los Angeles, Mon–Sat, cut-off 20:00) and EWR4 (New York,
/// Mon–Sat, 18:00), central warehouse RCW-JOL (Chicago, Mon–Fri, 22:00), station DCH1 (Chicago, Mon–Fri, 10:00); line
/// hauls ONT8 → JOL 40 h, EWR4 → JOL 20 h, JOL → DCH1 6 h. The parcel is ready Thursday 2026-03-05 21:30 PST (after
/// ONT8's cut-off, a closed Sunday at JOL, a daylight-saving switch on the way: promised Tuesday 2026-03-10).
/// <para>
/// <b>Promise</b>: <see cref="LastMileNetwork.Promise"/> for one parcel from ONT8 to a Chicago buyer; the yardstick walks
/// the same route over precomputed per-day tables (working day, cut-off as a UTC instant) — no time-zone conversion,
/// no route search, no steps or delays recorded.
/// </para>
/// <para>
/// <b>Allocate</b>: a 3-line order (2 lamps, 3 mugs, 1 book) over 3 locations that each hold one SKU (ONT8 lamps, EWR4
/// mugs, JOL books), so it splits into 3 parcels, with <see cref="LastMileDeliveryPromise"/> dating every location; the
/// op places the order, allocates it (reserving in the ledgers) and cancels it (releasing), so every op starts from the
/// same stock. The yardstick dates the three locations with the plain-loop promise, covers the lines greedily in
/// integer arrays, packs each location's units by weight and stack height, and releases the reservation.
/// </para>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OrderAllocationBenchmarks
{
    private const int Days = 30;
    private static readonly CountryCode US = CountryCode.Parse("US");
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone ChicagoZone = DateTimeZoneProviders.Tzdb["America/Chicago"];
    private static readonly LocalDate Base = new(2026, 3, 1);
    private static readonly Address Buyer = new(US, "Chicago") { PostalCode = "60601" };
    private static readonly FacilityId Ont8 = new("ONT8");
    private static readonly FacilityId Ewr4 = new("EWR4");
    private static readonly FacilityId Joliet = new("RCW-JOL");
    private static readonly FacilityId Dch1 = new("DCH1");

    private readonly Instant _ready = new LocalDateTime(2026, 3, 5, 21, 30).InZoneStrictly(LosAngeles).ToInstant();
    private LastMileNetwork _network = null!;
    private LastMileDeliveryPromise _promise = null!;
    private StockLocation[] _locations = [];
    private Product[] _products = [];
    private SkuQuantity[] _lines = [];
    private readonly OrderSplitRules _rules = new(10, true, new Money(3.50m, Currency.USD));

    // Yardstick tables: per node (0 ONT8, 1 EWR4, 2 JOL, 3 DCH1) and day since Base, working or not and the cut-off in UTC ticks.
    private bool[][] _working = [];
    private long[][] _cutOff = [];
    private long _baseTicks;
    private int[][] _routes = [];       // per location: the nodes from the origin to the station
    private long[][] _transits = [];    // per location: the line-haul ticks after each node but the last
    private int[] _stock = [];          // [location * 3 + sku]
    private int[] _reserved = [];
    private int[] _ordered = [];
    private int[] _grams = [];
    private int[] _heightMm = [];

    [GlobalSetup]
    public void Setup()
    {
        var ont8 = Node(Ont8, FacilityKind.InternationalStorageCentre, "Ontario", "91761", LosAngeles, WorkingCalendar.MondayToSaturday, 20);
        var ewr4 = Node(Ewr4, FacilityKind.InternationalStorageCentre, "Newark", "07114", NewYork, WorkingCalendar.MondayToSaturday, 18);
        var joliet = Node(Joliet, FacilityKind.RegionalCentralWarehouse, "Joliet", "60436", ChicagoZone, WorkingCalendar.MondayToFriday, 22);
        var dch1 = Node(Dch1, FacilityKind.DeliveryStation, "Chicago", "60601", ChicagoZone, WorkingCalendar.MondayToFriday, 10);
        _network = new LastMileNetwork("Platform network US", [ont8, ewr4, joliet, dch1],
            [new LineHaul(Ont8, Joliet, Duration.FromHours(40)), new LineHaul(Ewr4, Joliet, Duration.FromHours(20)), new LineHaul(Joliet, Dch1, Duration.FromHours(6))],
            [PostalCodeArea.Prefix(Dch1, US, "606")], new Money(4.00m, Currency.USD));
        _promise = new LastMileDeliveryPromise(_network, [], StationCapacityLedger.Empty);

        var limits = new ParcelLimits(Mass.FromKilograms(5), Box(60, 40, 40), ChargeableWeightRules.InternationalExpress);
        _products = [Make("P-LAMP", "LAMP-01", 30, 20, 10, 1.2), Make("P-MUG", "MUG-350", 12, 10, 10, 0.4), Make("P-BOOK", "BOOK-1", 24, 17, 3, 0.5)];
        _lines = [new SkuQuantity(_products[0].Sku, 2), new SkuQuantity(_products[1].Sku, 3), new SkuQuantity(_products[2].Sku, 1)];
        FacilityId[] facilities = [Ont8, Ewr4, Joliet];
        _locations = [.. facilities.Select((f, i) => new StockLocation(f, new NamedMode("Platform warehouse"), limits, [Ledger(_products[i], f, 50)]))];

        // Yardstick tables from the same calendars and cut-offs.
        LastMileNode[] nodes = [ont8, ewr4, joliet, dch1];
        _baseTicks = Base.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks();
        _working = [.. nodes.Select(n => Enumerable.Range(0, Days).Select(d => n.Facility.Calendar.IsWorkingDay(Base.PlusDays(d))).ToArray())];
        _cutOff = [.. nodes.Select(n => Enumerable.Range(0, Days).Select(d => Base.PlusDays(d).At(n.CutOff).InZoneLeniently(n.Facility.TimeZone).ToInstant().ToUnixTimeTicks()).ToArray())];
        _routes = [[0, 2, 3], [1, 2, 3], [2, 3]];
        _transits = [[Duration.FromHours(40).BclCompatibleTicks, Duration.FromHours(6).BclCompatibleTicks], [Duration.FromHours(20).BclCompatibleTicks, Duration.FromHours(6).BclCompatibleTicks], [Duration.FromHours(6).BclCompatibleTicks]];
        _stock = new int[9];
        _reserved = new int[9];
        for (var i = 0; i < 3; i++)
        {
            _stock[(i * 3) + i] = 50;
        }

        _ordered = [2, 3, 1];
        _grams = [1200, 400, 500];
        _heightMm = [100, 100, 30];

        var promised = _network.Promise(Ont8, _ready, Buyer, StationCapacityLedger.Empty).PromisedDate;
        if (Base.PlusDays(Plain_loop_promise()) != promised || promised != new LocalDate(2026, 3, 10))
        {
            throw new InvalidOperationException("The yardstick's promise differs from the network's.");
        }

        var parcels = Allocate_cancel();
        if (parcels != 3 || Plain_loop_allocate_release() != 3)
        {
            throw new InvalidOperationException("The allocation and its yardstick do not both make 3 parcels.");
        }
    }

    /// <summary>The network's promise for one parcel.</summary>
    /// <returns>The promised date.</returns>
    [Benchmark, BenchmarkCategory("Promise")]
    public LocalDate Network_promise() => _network.Promise(Ont8, _ready, Buyer, StationCapacityLedger.Empty).PromisedDate;

    /// <summary>The yardstick: the same route walked over per-day tables.</summary>
    /// <returns>The promised day since <see cref="Base"/>.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("Promise")]
    public int Plain_loop_promise() => PlainPromise(0, _ready.ToUnixTimeTicks());

    /// <summary>Place, allocate (3 lines, 3 locations, last-mile dates) and cancel a buyer order.</summary>
    /// <returns>The parcels planned.</returns>
    [Benchmark, BenchmarkCategory("Allocate")]
    public int Allocate_cancel()
    {
        var order = new BuyerOrder(new OrderId("SO-1"), Buyer, _ready, new LocalDate(2026, 3, 12), _lines);
        var parcels = order.Allocate(_ready, _locations, _products, _promise, _rules).Allocation.Parcels.Count;
        order.Cancel(_ready, _locations);
        return parcels;
    }

    /// <summary>The yardstick: date, cover, reserve, pack and release in integer arrays.</summary>
    /// <returns>The parcels packed.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("Allocate")]
    public int Plain_loop_allocate_release()
    {
        var ready = _ready.ToUnixTimeTicks();
        Span<int> dates = stackalloc int[3];
        Span<bool> used = stackalloc bool[3];
        Span<int> open = stackalloc int[3];
        for (var l = 0; l < 3; l++)
        {
            dates[l] = PlainPromise(l, ready);
            open[l] = _ordered[l];
        }

        var parcels = 0;
        for (var round = 0; round < 3; round++)
        {
            // The location covering most open units (then the earliest), among those not used and in time (day 11 = 12 March).
            int best = -1, bestUnits = 0;
            for (var l = 0; l < 3; l++)
            {
                if (used[l] || dates[l] > 11)
                {
                    continue;
                }

                var units = 0;
                for (var s = 0; s < 3; s++)
                {
                    units += Math.Min(open[s], _stock[(l * 3) + s] - _reserved[(l * 3) + s]);
                }

                if (units > bestUnits || (units == bestUnits && best >= 0 && dates[l] < dates[best]))
                {
                    best = l;
                    bestUnits = units;
                }
            }

            if (best < 0 || bestUnits == 0)
            {
                break;
            }

            used[best] = true;
            int grams = 0, height = 0;
            var inParcel = false;
            for (var s = 0; s < 3; s++)
            {
                var take = Math.Min(open[s], _stock[(best * 3) + s] - _reserved[(best * 3) + s]);
                _reserved[(best * 3) + s] += take;
                open[s] -= take;
                for (var u = 0; u < take; u++)
                {
                    if (inParcel && (grams + _grams[s] > 5000 || height + _heightMm[s] > 400))
                    {
                        parcels++;
                        grams = height = 0;
                    }

                    grams += _grams[s];
                    height += _heightMm[s];
                    inParcel = true;
                }
            }

            parcels += inParcel ? 1 : 0;
        }

        Array.Clear(_reserved);
        return parcels;
    }

    private int PlainPromise(int location, long ready)
    {
        var route = _routes[location];
        var at = ready;
        var day = 0;
        for (var i = 0; i < route.Length; i++)
        {
            var node = route[i];
            var working = _working[node];
            var cutOff = _cutOff[node];
            day = (int)Math.Max(0, ((at - _baseTicks) / TimeSpan.TicksPerDay) - 1);
            while (!working[day] || cutOff[day] < at)
            {
                day++;
            }

            if (i < route.Length - 1)
            {
                at = cutOff[day] + _transits[location][i];
            }
        }

        return day;
    }

    private static LastMileNode Node(FacilityId id, FacilityKind kind, string city, string postalCode, DateTimeZone zone, WorkingCalendar calendar, int cutOffHour) =>
        new(new Facility(id, kind, new PartyId("PLATFORM"), new Address(US, city) { PostalCode = postalCode }, zone, calendar), new LocalTime(cutOffHour, 0));

    private static Dimensions Box(double l, double w, double h) => new(Length.FromCentimeters(l), Length.FromCentimeters(w), Length.FromCentimeters(h));

    private static Product Make(string id, string sku, double l, double w, double h, double kg) => new(
        new ProductId(id), new PartyId("SELLER-SZ-01"), new Sku(sku), HsCode.Parse("9405.21"), Box(l, w, h), Mass.FromKilograms(kg), "Home");

    private static StockLedger Ledger(Product product, FacilityId facility, int units)
    {
        var ledger = new StockLedger(product.Id, facility);
        ledger.Post(StockMovement.TransferIn(units, Instant.FromUtc(2026, 2, 1, 0, 0)));
        return ledger;
    }

    /// <summary>A mode known by name only: allocation writes the name on each parcel and plans nothing.</summary>
    private sealed class NamedMode(string name) : IFulfilmentMode
    {
        public string Name { get; } = name;

        public ModeEligibility CheckEligibility(FulfilmentRequest request) => throw new NotSupportedException();

        public FulfilmentPlan Plan(FulfilmentRequest request) => throw new NotSupportedException();
    }
}
