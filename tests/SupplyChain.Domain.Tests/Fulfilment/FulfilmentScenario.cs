using NodaTime;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// The hand-worked scenario of the mode tests: a desk lamp sold by a Shenzhen seller to a buyer in Chicago.
/// Every price here is INVENTED for the tests (round numbers that make the arithmetic checkable by hand); none is a
/// real carrier's, platform's or tariff's figure.
/// </summary>
internal static class FulfilmentScenario
{
    public static readonly CountryCode CN = CountryCode.Parse("CN");
    public static readonly CountryCode US = CountryCode.Parse("US");
    public static readonly CountryCode CA = CountryCode.Parse("CA");

    // 2026-03-02 is a Monday; US Section 321 is suspended for all origins since 2025-08-29, so duty applies.
    public static readonly LocalDate Monday = new(2026, 3, 2);

    // Lamp: 30 × 20 × 15 cm = 9,000 cm³, 1.2 kg; case pack of 10 in 60 × 48 × 32.5 cm = 93,600 cm³, 13 kg gross.
    // The case keeps Amazon US's carton rules: 60 cm = 23.62 in ≤ 25 in, 13 kg = 28.66 lb ≤ 50 lb (empty case 1 kg).
    public static Product Lamp(bool withCasePack = true) => Lamp(withCasePack ? LampCase : null);

    public static readonly Dimensions LampCase = new(Length.FromCentimeters(60), Length.FromCentimeters(48), Length.FromCentimeters(32.5));

    public static Product Lamp(Dimensions? caseDimensions) => new(
        new ProductId("LAMP-01"), new PartyId("SELLER-SZ-01"), new Sku("LAMP-01"), HsCode.Parse("9405.21"),
        new Dimensions(Length.FromCentimeters(30), Length.FromCentimeters(20), Length.FromCentimeters(15)),
        Mass.FromKilograms(1.2), "Home > Lighting")
    {
        Packaging = caseDimensions is null ? null : new PackagingHierarchy(new CasePack(10, caseDimensions, Mass.FromKilograms(13))),
    };

    public static readonly Facility SellerWarehouse = new(
        new FacilityId("SZ-WH-1"), FacilityKind.SellerWarehouse, new PartyId("SELLER-SZ-01"), new Address(CN, "Shenzhen") { PostalCode = "518000" },
        DateTimeZoneProviders.Tzdb["Asia/Shanghai"], WorkingCalendar.MondayToSaturday);

    public static readonly Facility StorageCentre = new(
        new FacilityId("MDW2"), FacilityKind.InternationalStorageCentre, new PartyId("PLATFORM"), new Address(US, "Joliet") { PostalCode = "60436" },
        DateTimeZoneProviders.Tzdb["America/Chicago"], WorkingCalendar.MondayToSaturday);

    public static readonly Address Chicago = new(US, "Chicago") { PostalCode = "60601" };

    public static FulfilmentRequest Request(int quantity = 1, LocalDate? date = null, Product? product = null, Address? buyer = null, decimal unitValue = 20.00m) =>
        new(product ?? Lamp(), quantity, SellerWarehouse, buyer ?? Chicago, date ?? Monday, new Money(unitValue, Currency.USD));

    // Invented example card: zone 5 (US) USD 14.00 for the first 0.5 kg, USD 3.50 per further 0.5 kg.
    public static ExpressRateCard RateCard() => new(
        "example-express-cn-2024", CN, new LocalDate(2024, 1, 1), ChargeableWeightRules.InternationalExpress,
        [
            new ExpressZone(5, [US], new Money(14.00m, Currency.USD), new Money(3.50m, Currency.USD))
            {
                TransitTime = new TransitTimeDistribution(4, 1),
                DeliveryTime = new TransitTimeDistribution(1, 0.5),
            },
        ])
    {
        CarrierName = "Example Express",
    };

    // Invented measure: US duty on HS 9405 at 7.5 % ("MFN", every origin); no import VAT in the US.
    public static CustomsTariff Tariff() => new([new CustomsMeasure("MFN", CustomsTerritory.Of(US), "9405", 7.5m)]);

    public static LastMileOptions LastMile() => new(
    [
        new LastMileOption("Chicago", US, LastMileKind.PlatformNetwork, "Platform network", new TransitTimeDistribution(1, 0.5), Money.Zero(Currency.USD))
        {
            PostalCodePrefixes = ["606"],
            Stops = [new LastMileHop("Regional central warehouse MDW2-RCW", new TransitTimeDistribution(1, 0.5)), new LastMileHop("Delivery station DCH1", TransitTimeDistribution.Fixed(1))],
        },
        new LastMileOption("US", US, LastMileKind.LocalPartner, "Example Parcel Co", new TransitTimeDistribution(3, 1), new Money(6.00m, Currency.USD)),
    ]);

    public static DirectExpressMode DirectExpress(Incoterm? incoterm = null, LastMileOptions? localLastMile = null) => new([RateCard()], incoterm ?? Incoterm.Ddp, Tariff())
    {
        OrderHandling = TransitTimeDistribution.Fixed(1),
        CustomsClearance = new TransitTimeDistribution(1, 0.5),
        LocalLastMile = localLastMile,
    };

    public static StorageCentreTerms Terms() => new(StorageCentre)
    {
        FulfilmentFeePerUnit = new Money(5.40m, Currency.USD),
        StorageFeePerUnitMonth = new Money(0.30m, Currency.USD),
        AverageMonthsInStorage = 1.5m,
        CustomsClearance = new TransitTimeDistribution(2, 1),
        TransferToCentre = TransitTimeDistribution.Fixed(1),
        Receiving = new TransitTimeDistribution(2, 1),
        OrderHandling = TransitTimeDistribution.Fixed(1),
    };

    // The platform's programme serves the Shenzhen cluster and collects from sellers that sold more than 1,000 units in
    // the last 30 days; pickups on Thursdays by 18:00 in the facility's time zone.
    public static readonly PickupProgramme Programme =
        new("shenzhen-pickup", [new IndustrialCluster("Shenzhen", CN, ["Shenzhen", "Dongguan"])]) { TrailingWindowDays = 30, ThresholdUnits = 1_000 };

    public static readonly PickupSchedule Thursdays = new([IsoDayOfWeek.Thursday], new LocalTime(18, 0));

    public static PlatformPickupMode Pickup(int trailingSales = 1200, IPickupEligibilityRule? eligibility = null) => new(
        eligibility ?? new PickupProgrammeRule(Programme, _ => trailingSales),
        Thursdays,
        new PlanNode("Platform hub Shenzhen", CN),
        new MainCarriage(TransportMode.AirFreight, "Example Air Line-haul", ChargeableWeightRules.IataAirCargo, new Money(4.00m, Currency.USD), new TransitTimeDistribution(6, 1.5)),
        Terms(), LastMile(), Tariff())
    {
        PickupRun = TransitTimeDistribution.Fixed(1),
        Consolidation = new TransitTimeDistribution(2, 0.5),
        PickupFeePerUnit = new Money(0.50m, Currency.USD),
        UnitsPerInboundShipment = 200,
    };

    /// <summary>The pickup mode of <see cref="Pickup"/> as a platform purchase programme with the given terms.</summary>
    public static PlatformPickupMode PurchasingPickup(PlatformPurchaseTerms terms)
    {
        var p = Pickup();
        return new PlatformPickupMode(p.Eligibility, p.Timetable, p.ConsolidationHub, p.LineHaul, p.StorageCentre, p.LastMile, p.Tariff)
        {
            PickupRun = p.PickupRun,
            Consolidation = p.Consolidation,
            PickupFeePerUnit = p.PickupFeePerUnit,
            UnitsPerInboundShipment = p.UnitsPerInboundShipment,
            Purchase = terms,
        };
    }

    public static PlatformWarehouseMode Warehouse() => new(
        new MainCarriage(TransportMode.SeaLcl, "Example Ocean Forwarder", ChargeableWeightRules.SeaLcl, new Money(0.15m, Currency.USD), new TransitTimeDistribution(30, 4)),
        Terms(), LastMile(), Tariff())
    {
        InboundPreparation = TransitTimeDistribution.Fixed(2),
        UnitsPerInboundShipment = 200,
    };

    // Invented fee table (NOT Amazon's figures), USD from 2024-02-05: small standard up to 1 lb 3.00; large standard up
    // to 1 lb 4.00, up to 3 lb 5.00, up to 20 lb 6.00 + 0.40 per started lb above 3 lb.
    public static FulfilmentFeeTable ExampleFeeTable() => new("example-us-2024", US, new LocalDate(2024, 2, 5),
    [
        new FulfilmentFeeBand(SizeTier.SmallStandard, Mass.FromPounds(1), new Money(3.00m, Currency.USD)),
        new FulfilmentFeeBand(SizeTier.LargeStandard, Mass.FromPounds(1), new Money(4.00m, Currency.USD)),
        new FulfilmentFeeBand(SizeTier.LargeStandard, Mass.FromPounds(3), new Money(5.00m, Currency.USD)),
        new FulfilmentFeeBand(SizeTier.LargeStandard, Mass.FromPounds(20), new Money(6.00m, Currency.USD))
        {
            Surcharge = new WeightStepCharge(new Money(0.40m, Currency.USD), Mass.FromPounds(1)) { Above = Mass.FromPounds(3) },
        },
    ]);

    // The sea warehouse with the example fee table and an invented low-inventory-level fee of 0.89 per unit.
    public static PlatformWarehouseMode WarehouseWithFees(decimal shortTermDays, decimal longTermDays) => new(
        new MainCarriage(TransportMode.SeaLcl, "Example Ocean Forwarder", ChargeableWeightRules.SeaLcl, new Money(0.15m, Currency.USD), new TransitTimeDistribution(30, 4)),
        Terms(), LastMile(), Tariff())
    {
        InboundPreparation = TransitTimeDistribution.Fixed(2),
        UnitsPerInboundShipment = 200,
        InboundShipment = new ShipmentId("FBA-IN-001"),
        InboundLabels = new SsccSeries(0, "0614141", 1),
        Fees = new PlatformWarehouseFees(new FulfilmentFeeTables([ExampleFeeTable()]),
            lowInventoryLevel: new LowInventoryLevelFeeInput(new Money(0.89m, Currency.USD)) { ShortTermDaysOfSupply = shortTermDays, LongTermDaysOfSupply = longTermDays }),
    };
}
