using NodaTime;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// A small hand-made US network (invented, like every price here): the storage centre ONT8 in Ontario, California
/// (America/Los_Angeles, Monday–Saturday, cut-off 20:00) feeds the regional central warehouse RCW-JOL in Joliet, Illinois
/// (America/Chicago, Monday–Friday, cut-off 22:00) by a 40-hour line haul, and the Los Angeles station DLA1
/// (America/Los_Angeles, Monday–Friday, cut-off 09:00) by a 3-hour one; RCW-JOL feeds the Chicago station DCH1
/// (America/Chicago, Monday–Friday, cut-off 10:00) in 6 hours. Postal codes: 606xx → DCH1, 900xx–935xx → DLA1.
/// The network charges 4.00 USD a parcel; the partner "Example Parcel Co" (Los Angeles time, Monday–Friday, cut-off
/// 17:00, 3 working days) 6.50 USD unless a test says otherwise.
/// </summary>
/// <remarks>
/// Time zones in March 2026: US daylight saving time starts on Sunday 2026-03-08 at 02:00 local. Before it Los Angeles
/// is UTC−8 (PST) and Chicago UTC−6 (CST); after it UTC−7 (PDT) and UTC−5 (CDT).
/// </remarks>
internal static class LastMileNetworkTestData
{
    public static readonly DateTimeZone LosAngelesTime = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    public static readonly DateTimeZone ChicagoTime = DateTimeZoneProviders.Tzdb["America/Chicago"];
    public static readonly PartyId Platform = new("PLATFORM");

    public static readonly FacilityId Ont8 = new("ONT8");
    public static readonly FacilityId Joliet = new("RCW-JOL");
    public static readonly FacilityId Dch1 = new("DCH1");
    public static readonly FacilityId Dla1 = new("DLA1");

    public static readonly Address ChicagoBuyer = new(US, "Chicago") { PostalCode = "60601" };
    public static readonly Address LosAngelesBuyer = new(US, "Los Angeles") { PostalCode = "90012" };
    public static readonly Address DenverBuyer = new(US, "Denver") { PostalCode = "80202" };

    public static Facility Facility(FacilityId id, FacilityKind kind, string city, string postalCode, DateTimeZone zone, WorkingCalendar calendar) =>
        new(id, kind, Platform, new Address(US, city) { PostalCode = postalCode }, zone, calendar);

    public static LastMileNode StorageCentre() =>
        new(Facility(Ont8, FacilityKind.InternationalStorageCentre, "Ontario", "91761", LosAngelesTime, WorkingCalendar.MondayToSaturday), new LocalTime(20, 0));

    public static LastMileNode CentralWarehouse() =>
        new(Facility(Joliet, FacilityKind.RegionalCentralWarehouse, "Joliet", "60436", ChicagoTime, WorkingCalendar.MondayToFriday), new LocalTime(22, 0));

    public static LastMileNode ChicagoStation(int? capacity = null, DateInterval? closure = null) =>
        new(Facility(Dch1, FacilityKind.DeliveryStation, "Chicago", "60601", ChicagoTime,
            closure is null ? WorkingCalendar.MondayToFriday : WorkingCalendar.MondayToFriday.WithClosure(closure)), new LocalTime(10, 0))
        {
            DailyCapacity = capacity,
        };

    public static LastMileNode LosAngelesStation() =>
        new(Facility(Dla1, FacilityKind.DeliveryStation, "Los Angeles", "90012", LosAngelesTime, WorkingCalendar.MondayToFriday), new LocalTime(9, 0));

    public static LastMileNetwork Network(LastMileNode? chicagoStation = null, decimal price = 4.00m) => new(
        "Platform network US",
        [StorageCentre(), CentralWarehouse(), chicagoStation ?? ChicagoStation(), LosAngelesStation()],
        [
            new LineHaul(Ont8, Joliet, Duration.FromHours(40)),
            new LineHaul(Joliet, Dch1, Duration.FromHours(6)),
            new LineHaul(Ont8, Dla1, Duration.FromHours(3)),
        ],
        [PostalCodeArea.Prefix(Dch1, US, "606"), new PostalCodeArea(Dla1, US, "900", "935")],
        new Money(price, Currency.USD));

    public static LocalPartnerService Partner(decimal price = 6.50m) => new(
        new LastMileOption("US", US, LastMileKind.LocalPartner, "Example Parcel Co", new SupplyChain.Domain.Shipping.TransitTimeDistribution(3, 1), new Money(price, Currency.USD)),
        LosAngelesTime, WorkingCalendar.MondayToFriday, new LocalTime(17, 0), 3);

    /// <summary>A local time in a zone, as an instant (the zone's offset on that day; these times are never in a gap).</summary>
    public static Instant At(this LocalDateTime local, DateTimeZone zone) => local.InZoneStrictly(zone).ToInstant();
}
