using BenchmarkDotNet.Attributes;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Benchmarks.Replenishment;

/// <summary>
/// The just-in-time release of one sale: find the agreement in force, decide one for one with the agreement's MOQ and
/// case pack, and back-schedule 15 factory working days (across a Chinese New Year closure), three legs and receiving.
/// The target is 0 bytes per release in steady state.
/// </summary>
[MemoryDiagnoser]
public class JustInTimeReleaseBenchmarks
{
    private static readonly ProductId Mug = new("MUG-350");
    private static readonly LocalDate SaleDate = new(2025, 1, 2);
    private static readonly LocalDate NeedBy = new(2025, 3, 15);

    private readonly JustInTimeReplenishment _service;
    private readonly ReplenishmentContext _sale = new(SaleDate, dailyDemand: 2) { UnitsSold = 5 };
    private readonly InventoryPosition _position = InventoryPosition.FromNet(40);

    /// <summary>Creates the service once.</summary>
    public JustInTimeReleaseBenchmarks()
    {
        var calendar = WorkingCalendar.MondayToFriday.WithClosure(new DateInterval(new LocalDate(2025, 1, 25), new LocalDate(2025, 2, 5)));
        var agreement = new SourcingAgreement(Mug, new FacilityId("F-SZ-01"), new Money(1.85m, Currency.USD), new ProductionLeadTime(15m), 24, 12, new LocalDate(2024, 6, 1));
        LeadTimeLeg[] legs = [new(LeadTimeLegKind.FirstMile, 2, "truck"), new(LeadTimeLegKind.MainCarriage, 30, "sea FCL"), new(LeadTimeLegKind.Clearance, 2)];
        _service = new JustInTimeReplenishment([agreement], a => ReplenishmentLeadTime.ForAgreement(a, calendar, legs, 3));
    }

    /// <summary>One release; returns the quantity so that nothing is optimised away.</summary>
    /// <returns>The units ordered.</returns>
    [Benchmark]
    public long Release() => _service.Release(Mug, _position, _sale, NeedBy).Quantity;
}
