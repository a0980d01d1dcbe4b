using BenchmarkDotNet.Attributes;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Planning;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Benchmarks.Planning;

/// <summary>
/// One day of the just-in-time loop for a seller with 100,000 SKUs at 100 factories (1,000 SKUs each): each SKU sells
/// 0 to 10 units (seeded; about one in eleven sells nothing), one-for-one decisions with the agreement's MOQ (1 to 4
/// multiples) and multiple (1 to 24), one purchase order per factory with about 1,000 lines, one booking on each
/// factory's empty capacity book (50,000 units a working day, Monday to Saturday, 2 finishing days), and the expected
/// arrivals. Reported per SKU (<c>OperationsPerInvoke</c> = 100,000). The yardstick is a plain loop over arrays doing
/// the same arithmetic (quantity, MOQ, multiple, sum per factory, ready date by walking working days, arrival per SKU)
/// without building decisions, orders, events, bookings or promises.
/// </summary>
[MemoryDiagnoser]
public class SaleToShelfBenchmarks
{
    private const int Skus = 100_000;
    private const int Factories = 100;
    private const int PerDay = 50_000;
    private const int Finishing = 2;

    private static readonly LocalDate Day = new(2027, 3, 1);
    private static readonly Instant At = Instant.FromUtc(2027, 3, 1, 18, 0);

    private readonly SupplyNetwork _network = new();
    private SkuDay[] _days = [];
    private FacilityId[] _factoryIds = [];
    private ProductionCapacity _capacity = null!;
    private int[] _sold = [];
    private int[] _moq = [];
    private int[] _multiple = [];
    private int[] _factory = [];
    private int[] _inbound = [];
    private bool[] _working = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20270301);
        var china = CountryCode.Parse("CN");
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        _capacity = new ProductionCapacity(PerDay, WorkingCalendar.MondayToSaturday, Finishing);
        _factoryIds = new FacilityId[Factories];
        for (var f = 0; f < Factories; f++)
        {
            _factoryIds[f] = new FacilityId("F-" + f.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            _network.AddFacility(new Facility(_factoryIds[f], FacilityKind.Factory, new PartyId("M-" + f), new Address(china, "Shenzhen"), zone, WorkingCalendar.MondayToSaturday));
        }

        var seller = new PartyId("seller-A");
        var size = new Dimensions(Length.FromCentimeters(10), Length.FromCentimeters(10), Length.FromCentimeters(10));
        var hs = HsCode.Parse("691200");
        _days = new SkuDay[Skus];
        _sold = new int[Skus];
        _moq = new int[Skus];
        _multiple = new int[Skus];
        _factory = new int[Skus];
        _inbound = new int[Skus];
        for (var i = 0; i < Skus; i++)
        {
            var product = new ProductId("P-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
            _sold[i] = random.Next(0, 11);
            _multiple[i] = random.Next(1, 25);
            _moq[i] = _multiple[i] * random.Next(1, 5);
            _factory[i] = i % Factories;
            _inbound[i] = random.Next(10, 41);
            _network.AddProduct(new Product(product, seller, new Sku(product.Value), hs, size, Mass.FromGrams(300), "Home"));
            _network.AddSourcingAgreement(new SourcingAgreement(product, _factoryIds[_factory[i]], new Money(2.50m, Currency.USD), new ProductionLeadTime(5m), _moq[i], _multiple[i], new LocalDate(2026, 1, 1)));
            _days[i] = new SkuDay(product, _sold[i], new InventoryPosition(100), _inbound[i]);
        }

        _working = new bool[CapacityBook.MaxPlanningDays];
        for (var d = 0; d < _working.Length; d++)
        {
            _working[d] = WorkingCalendar.MondayToSaturday.IsWorkingDay(Day.PlusDays(d));
        }
    }

    /// <summary>The yardstick: the same arithmetic over arrays.</summary>
    /// <returns>The sum of the expected arrivals as day offsets, so that nothing is optimised away.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Skus)]
    public long Plain_loop_same_work()
    {
        var units = new int[Factories];
        var quantity = new int[Skus];
        for (var i = 0; i < Skus; i++)
        {
            var q = _sold[i];
            if (q > 0)
            {
                q = Math.Max(q, _moq[i]);
                q = (q + _multiple[i] - 1) / _multiple[i] * _multiple[i];
                units[_factory[i]] += q;
                quantity[i] = q;
            }
        }

        var ready = new int[Factories];
        for (var f = 0; f < Factories; f++)
        {
            if (units[f] == 0)
            {
                continue;
            }

            // Complete on the working day of the last unit, then the finishing working days.
            var left = (units[f] + PerDay - 1) / PerDay;
            var d = -1;
            while (left > 0)
            {
                if (_working[++d])
                {
                    left--;
                }
            }

            for (var k = Finishing; k > 0;)
            {
                if (_working[++d])
                {
                    k--;
                }
            }

            ready[f] = d;
        }

        long total = 0;
        for (var i = 0; i < Skus; i++)
        {
            if (quantity[i] > 0)
            {
                total += ready[_factory[i]] + _inbound[i];
            }
        }

        return total;
    }

    /// <summary>The library: <see cref="SaleToShelf.Run(SupplyNetwork, IReadOnlyDictionary{FacilityId, CapacityBook}, IEnumerable{SkuDay}, LocalDate, Instant, string)"/> on fresh empty books.</summary>
    /// <returns>The number of lines released.</returns>
    [Benchmark(OperationsPerInvoke = Skus)]
    public int SaleToShelf_run()
    {
        var books = new Dictionary<FacilityId, CapacityBook>(Factories);
        foreach (var id in _factoryIds)
        {
            books.Add(id, new CapacityBook(id, _capacity, FirstComeAllocation.Instance));
        }

        return SaleToShelf.Run(_network, books, _days, Day, At, "PO").Lines.Count;
    }
}
