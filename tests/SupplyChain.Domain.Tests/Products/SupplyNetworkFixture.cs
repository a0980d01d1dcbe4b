using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Products;

/// <summary>
/// A small network, told as a story. Three sellers sell kitchen goods on Amazon:
/// <list type="bullet">
/// <item>seller A's mug (P-A-MUG) is made at factory F-SZ (Shenzhen, manufacturer M-SZ) from resin of R-NB (Ningbo,
/// producer R-CORP) and glaze of R-FS (Foshan); a backup factory F-DG (Dongguan, manufacturer M-DG) also makes
/// it, with no bill of materials on record;</item>
/// <item>seller B's mug (P-B-MUG) is made only at F-SZ, the same factory as seller A's, with no bill of materials;</item>
/// <item>seller C's bottle (P-C-BOTTLE) is made only at F-YW (Yiwu, manufacturer M-YW) from resin of R-NB, sharing
/// only the raw-material producer with seller A's mug.</item>
/// </list>
/// The platform PLAT-AMZ runs two international storage centres, ISC-LEJ (Leipzig) and ISC-DFW (Dallas): seller A's
/// mug is stocked at both, seller B's mug at Leipzig only, seller C's bottle nowhere yet (merchant fulfilled).
/// </summary>
internal static class SupplyNetworkFixture
{
    public static readonly LocalDate AsOf = new(2025, 3, 1);
    public static readonly ProductId MugA = new("P-A-MUG");
    public static readonly ProductId MugB = new("P-B-MUG");
    public static readonly ProductId BottleC = new("P-C-BOTTLE");
    public static readonly FacilityId Shenzhen = new("F-SZ");
    public static readonly FacilityId Dongguan = new("F-DG");
    public static readonly FacilityId Yiwu = new("F-YW");
    public static readonly FacilityId Resin = new("R-NB");
    public static readonly FacilityId Glaze = new("R-FS");
    public static readonly FacilityId Leipzig = new("ISC-LEJ");
    public static readonly FacilityId Dallas = new("ISC-DFW");
    public static readonly PartyId Platform = new("PLAT-AMZ");

    private static readonly CountryCode China = CountryCode.Parse("CN");
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static Facility Factory(FacilityId id, string operatedBy, string city) =>
        new(id, FacilityKind.Factory, new PartyId(operatedBy), new Address(China, city), Shanghai, WorkingCalendar.MondayToSaturday);

    public static Facility StorageCentre(FacilityId id, string country, string city, string zone) =>
        new(id, FacilityKind.InternationalStorageCentre, Platform, new Address(CountryCode.Parse(country), city),
            DateTimeZoneProviders.Tzdb[zone], WorkingCalendar.MondayToSaturday);

    public static Product Product(ProductId id, string seller) => new(
        id, new PartyId(seller), new Sku(id.Value), HsCode.Parse("691200"),
        new Dimensions(Length.FromCentimeters(12), Length.FromCentimeters(9), Length.FromCentimeters(10)), Mass.FromGrams(350), "Home & Kitchen > Mugs");

    public static SourcingAgreement Agreement(ProductId product, FacilityId factory, decimal unitCost, int priority = 1) =>
        new(product, factory, new Money(unitCost, Currency.USD), new ProductionLeadTime(15m, 3m), 480, 48, new LocalDate(2025, 1, 1)) { Priority = priority };

    /// <summary>The network's commands, in a valid order (facilities and products before what refers to them).</summary>
    public static (List<Action<SupplyNetwork>> Nodes, List<Action<SupplyNetwork>> Relationships) Commands()
    {
        List<Action<SupplyNetwork>> nodes =
        [
            n => n.AddFacility(Factory(Shenzhen, "M-SZ", "Shenzhen")),
            n => n.AddFacility(Factory(Dongguan, "M-DG", "Dongguan")),
            n => n.AddFacility(Factory(Yiwu, "M-YW", "Yiwu")),
            n => n.AddFacility(Factory(Resin, "R-CORP", "Ningbo")),
            n => n.AddFacility(Factory(Glaze, "R-FS-CORP", "Foshan")),
            n => n.AddFacility(StorageCentre(Leipzig, "DE", "Leipzig", "Europe/Berlin")),
            n => n.AddFacility(StorageCentre(Dallas, "US", "Dallas", "America/Chicago")),
            n => n.AddProduct(Product(MugA, "seller-A")),
            n => n.AddProduct(Product(MugB, "seller-B")),
            n => n.AddProduct(Product(BottleC, "seller-C")),
        ];
        List<Action<SupplyNetwork>> relationships =
        [
            n => n.AddSourcingAgreement(Agreement(MugA, Shenzhen, 1.85m)),
            n => n.AddSourcingAgreement(Agreement(MugA, Dongguan, 2.05m, priority: 2)),
            n => n.AddSourcingAgreement(Agreement(MugB, Shenzhen, 1.90m)),
            n => n.AddSourcingAgreement(Agreement(BottleC, Yiwu, 3.10m)),
            n => n.AddBillOfMaterials(new BillOfMaterials(MugA, Shenzhen, [new BomLine("PP resin", 0.3m, Resin), new BomLine("glaze", 0.02m, Glaze)])),
            n => n.AddBillOfMaterials(new BillOfMaterials(BottleC, Yiwu, [new BomLine("PP resin", 0.5m, Resin)])),
            n => n.AddStockingLocation(MugA, Leipzig),
            n => n.AddStockingLocation(MugA, Dallas),
            n => n.AddStockingLocation(MugB, Leipzig),
        ];
        return (nodes, relationships);
    }

    public static SupplyNetwork Build()
    {
        var network = new SupplyNetwork();
        var (nodes, relationships) = Commands();
        foreach (var command in nodes.Concat(relationships))
        {
            command(network);
        }

        return network;
    }
}
