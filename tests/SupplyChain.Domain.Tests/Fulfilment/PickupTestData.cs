using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Facilities and clusters shared by the pickup tests.</summary>
internal static class PickupTestData
{
    public static readonly CountryCode China = CountryCode.Parse("CN");
    public static readonly CountryCode UnitedStates = CountryCode.Parse("US");
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    public static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    public static readonly IndustrialCluster PearlRiverDelta = new("Pearl River Delta electronics", China, ["Shenzhen", "Dongguan"]);
    public static readonly IndustrialCluster Yiwu = new("Yiwu small commodities", China, ["Yiwu"]);

    public static Facility SellerWarehouse(string id, string city, CountryCode? country = null, DateTimeZone? zone = null, WorkingCalendar? calendar = null) =>
        new(new FacilityId(id), FacilityKind.SellerWarehouse, new PartyId("seller-" + id), new Address(country ?? China, city),
            zone ?? Shanghai, calendar ?? WorkingCalendar.MondayToSaturday);
}
