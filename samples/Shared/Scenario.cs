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

namespace FulfilmentSamples;

/// <summary>
/// A desk lamp made in Shenzhen, sold by a seller in the Shenzhen cluster to a buyer in Chicago, stocked (modes 2
/// and 3) at a platform storage centre near Chicago. EVERY PRICE AND RATE HERE IS INVENTED for the example (round,
/// plausible numbers); none is a real carrier's, platform's or tariff's figure.
/// </summary>
public static class Scenario
{
    public static readonly CountryCode China = CountryCode.Parse("CN");
    public static readonly CountryCode UnitedStates = CountryCode.Parse("US");
    public static readonly CountryCode Germany = CountryCode.Parse("DE");

    /// <summary>Monday 2 March 2026: US Section 321 de minimis is suspended for all origins, so duty applies.</summary>
    public static readonly LocalDate OrderDate = new(2026, 3, 2);

    public static Money Usd(decimal amount) => new(amount, Currency.USD);

    public static Money Eur(decimal amount) => new(amount, Currency.EUR);

    /// <summary>The lamp: 30 × 20 × 15 cm, 1.2 kg; case pack of 10 in 60 × 48 × 32.5 cm (within Amazon US's 25 in carton side), 13 kg.</summary>
    public static Product Lamp() => new(
        new ProductId("LAMP-01"), new PartyId("SELLER-SZ-01"), new Sku("LAMP-01"), HsCode.Parse("9405.21"),
        new Dimensions(Length.FromCentimeters(30), Length.FromCentimeters(20), Length.FromCentimeters(15)),
        Mass.FromKilograms(1.2), "Home > Lighting")
    {
        Packaging = new PackagingHierarchy(new CasePack(10,
            new Dimensions(Length.FromCentimeters(60), Length.FromCentimeters(48), Length.FromCentimeters(32.5)), Mass.FromKilograms(13))),
    };

    public static Facility SellerWarehouse() => new(
        new FacilityId("SZ-WH-1"), FacilityKind.SellerWarehouse, new PartyId("SELLER-SZ-01"), new Address(China, "Shenzhen") { PostalCode = "518000" },
        DateTimeZoneProviders.Tzdb["Asia/Shanghai"], WorkingCalendar.MondayToSaturday);

    public static Facility StorageCentre() => new(
        new FacilityId("MDW2"), FacilityKind.InternationalStorageCentre, new PartyId("PLATFORM"), new Address(UnitedStates, "Joliet") { PostalCode = "60436" },
        DateTimeZoneProviders.Tzdb["America/Chicago"], WorkingCalendar.MondayToSaturday);

    public static FulfilmentRequest Request() =>
        new(Lamp(), 1, SellerWarehouse(), new Address(UnitedStates, "Chicago") { PostalCode = "60601" }, OrderDate, Usd(20.00m));

    /// <summary>Invented example card (not a real carrier's prices): zone 5 = US, USD 14.00 first 0.5 kg, USD 3.50 per further 0.5 kg.</summary>
    public static ExpressRateCard RateCard() => new(
        "example-express-cn-2026", China, new LocalDate(2026, 1, 1), ChargeableWeightRules.InternationalExpress,
        [new ExpressZone(5, [UnitedStates], Usd(14.00m), Usd(3.50m)) { TransitTime = new(4, 1), DeliveryTime = new(1, 0.5) }])
    {
        CarrierName = "Example Express",
        ValidUntil = new LocalDate(2026, 12, 31),
    };

    /// <summary>Invented measure: 7.5 % duty on HS 9405 into the US; no import VAT in the US.</summary>
    public static CustomsTariff Tariff() => new([new CustomsMeasure("MFN", CustomsTerritory.Of(UnitedStates), "9405", 7.5m)]);

    public static LastMileOptions LastMile() => new(
    [
        new LastMileOption("Chicago", UnitedStates, LastMileKind.PlatformNetwork, "Platform network", new TransitTimeDistribution(1, 0.5), Usd(0m))
        {
            PostalCodePrefixes = ["606"],
            Stops = [new LastMileHop("Regional central warehouse MDW2-RCW", new TransitTimeDistribution(1, 0.5)), new LastMileHop("Delivery station DCH1", TransitTimeDistribution.Fixed(1))],
        },
        new LastMileOption("US", UnitedStates, LastMileKind.LocalPartner, "Example Parcel Co", new TransitTimeDistribution(3, 1), Usd(6.00m)),
    ]);

    public static StorageCentreTerms Terms() => new(StorageCentre())
    {
        FulfilmentFeePerUnit = Usd(5.40m),
        StorageFeePerUnitMonth = Usd(0.30m),
        AverageMonthsInStorage = 1.5m,
        CustomsClearance = new TransitTimeDistribution(2, 1),
        TransferToCentre = TransitTimeDistribution.Fixed(1),
        Receiving = new TransitTimeDistribution(2, 1),
        OrderHandling = TransitTimeDistribution.Fixed(1),
    };

    /// <summary>
    /// EXAMPLE FIGURES, not the published US or EU tariffs: measures that stack on the Chinese lamp (HS 9405.21) into the
    /// US (MFN 3.9 %, a Section 301 duty of 25 % and an IEEPA-style additional duty of 10 % on Chinese origin, the latter
    /// from 2025-11-10), the EU's MFN 4.7 %, and Germany's import VAT of 19 %.
    /// </summary>
    public static CustomsTariff StackedTariff()
    {
        var us = CustomsTerritory.Of(UnitedStates);
        return new CustomsTariff(
        [
            new CustomsMeasure("MFN", us, "940521", 3.9m),
            new CustomsMeasure("Section 301", us, "9405", 25m) { Origin = China },
            new CustomsMeasure("IEEPA", us, "9405", 10m) { Origin = China, ValidFrom = new LocalDate(2025, 11, 10) },
            new CustomsMeasure("MFN", CustomsTerritory.EuropeanUnion, "940521", 4.7m),
        ])
        {
            ImportVatRates = [new ImportVatRate(Germany, 19m)],
        };
    }

    public static DirectExpressMode DirectExpress(CustomsTariff? tariff = null) =>
        new([RateCard()], Incoterm.Ddp, tariff ?? Tariff())
        {
            OrderHandling = TransitTimeDistribution.Fixed(1),
            CustomsClearance = new TransitTimeDistribution(1, 0.5),
        };

    /// <summary>
    /// The platform's pickup programme: it serves the Shenzhen cluster (Shenzhen and Dongguan) and collects from sellers
    /// that sold more than 1,000 units in the last 30 days.
    /// </summary>
    public static PickupProgramme PickupProgramme() =>
        new("shenzhen-pickup", [new IndustrialCluster("Shenzhen", China, ["Shenzhen", "Dongguan"])]) { TrailingWindowDays = 30, ThresholdUnits = 1000 };

    /// <summary>The platform's pickup schedule: Thursdays, goods ready by 18:00 in the facility's time zone.</summary>
    public static PickupSchedule PickupSchedule() => new([IsoDayOfWeek.Thursday], new LocalTime(18, 0));

    /// <summary>
    /// Platform pickup with the library's programme rule and schedule; the seller's trailing sales as given. With
    /// <paramref name="purchase"/> the platform buys the goods (mode 2 as a platform purchase); without, the seller pays
    /// the logistics.
    /// </summary>
    public static PlatformPickupMode Pickup(int trailingSalesUnits, PlatformPurchaseTerms? purchase = null, CustomsTariff? tariff = null) => new(
        new PickupProgrammeRule(PickupProgramme(), _ => trailingSalesUnits),
        PickupSchedule(),
        new PlanNode("Platform hub Shenzhen", China),
        AirLineHaul(), Terms(), LastMile(), tariff ?? Tariff())
    {
        PickupRun = TransitTimeDistribution.Fixed(1),
        Consolidation = new TransitTimeDistribution(2, 0.5),
        PickupFeePerUnit = Usd(0.50m),
        UnitsPerInboundShipment = 200,
        Purchase = purchase,
    };

    /// <summary>The platform's air line-haul from its Shenzhen hub: invented 4.00 USD per chargeable kg, 6 ± 1.5 days.</summary>
    public static MainCarriage AirLineHaul() =>
        new(TransportMode.AirFreight, "Example Air Line-haul", ChargeableWeightRules.IataAirCargo, Usd(4.00m), new TransitTimeDistribution(6, 1.5));

    /// <summary>
    /// INVENTED EXAMPLE DATA, not Amazon's or any platform's rate card (the library ships none): a fulfilment-fee table
    /// for the US marketplace, in force from 2026-01-15. The lamp (large standard, 3.95 lb shipping weight under the
    /// built-in Amazon US 2024 size tiers) falls in the band up to 20 lb: 5.65 + 0.30 per started 0.5 lb above 3 lb
    /// (2 steps) = 6.25 USD.
    /// </summary>
    public static FulfilmentFeeTable FeeTable() => new(
        "example-platform-us-2026-01-15", UnitedStates, new LocalDate(2026, 1, 15),
        [
            new FulfilmentFeeBand(SizeTier.SmallStandard, null, Usd(3.40m)),
            new FulfilmentFeeBand(SizeTier.LargeStandard, Mass.FromPounds(1), Usd(4.30m)),
            new FulfilmentFeeBand(SizeTier.LargeStandard, Mass.FromPounds(3), Usd(5.20m)),
            new FulfilmentFeeBand(SizeTier.LargeStandard, Mass.FromPounds(20), Usd(5.65m)) { Surcharge = new(Usd(0.30m), Mass.FromPounds(0.5)) { Above = Mass.FromPounds(3) } },
            new FulfilmentFeeBand(SizeTier.LargeBulky, null, Usd(9.50m)) { Surcharge = new(Usd(0.40m), Mass.FromPounds(1)) { Above = Mass.FromPounds(1) } },
            new FulfilmentFeeBand(SizeTier.ExtraLarge, null, Usd(27.00m)) { Surcharge = new(Usd(0.80m), Mass.FromPounds(1)) { Above = Mass.FromPounds(1) } },
        ]);

    /// <summary>
    /// The platform warehouse's fulfilment fee priced from <see cref="FeeTable"/> (invented) and the library's built-in
    /// size tiers; no low-inventory-level fee (the PlatformWarehouse sample adds one).
    /// </summary>
    public static PlatformWarehouseFees WarehouseFees(LowInventoryLevelFeeInput? lowInventoryLevel = null) =>
        new(new FulfilmentFeeTables([FeeTable()]), SizeTierTables.BuiltIn, lowInventoryLevel);

    /// <summary>
    /// Platform warehouse by sea LCL, 200 units per inbound shipment, Amazon US carton rules (placeholder shipment id and
    /// SSCCs), fulfilment fee from <see cref="FeeTable"/> (6.25 USD for the lamp). The storage centre's flat fee in
    /// <see cref="Terms"/> (5.40 USD) is what platform pickup charges.
    /// </summary>
    public static PlatformWarehouseMode Warehouse(CustomsTariff? tariff = null) => new(SeaLcl(), Terms(), LastMile(), tariff ?? Tariff())
    {
        InboundPreparation = TransitTimeDistribution.Fixed(2),
        UnitsPerInboundShipment = 200,
        CartonRules = CartonRules.AmazonUs,
        InboundShipment = new ShipmentId("INBOUND-ESTIMATE"),
        InboundLabels = new SsccSeries(0, "0614141", 1),
        Fees = WarehouseFees(),
    };

    /// <summary>Sea LCL from Shenzhen to the US gateway: invented 0.15 USD per chargeable kg (1,000 kg per m³), 30 ± 4 days.</summary>
    public static MainCarriage SeaLcl() =>
        new(TransportMode.SeaLcl, "Example Ocean Forwarder", ChargeableWeightRules.SeaLcl, Usd(0.15m), new TransitTimeDistribution(30, 4));

    /// <summary>Air freight for contrast: invented 4.00 USD per chargeable kg (6,000 cm³ per kg), 6 ± 1.5 days.</summary>
    public static MainCarriage AirFreight() =>
        new(TransportMode.AirFreight, "Example Air Forwarder", ChargeableWeightRules.IataAirCargo, Usd(4.00m), new TransitTimeDistribution(6, 1.5));

    /// <summary>
    /// The platform's days of supply of the lamp (30-day and 90-day windows) with an INVENTED low-inventory-level fee of
    /// 0.70 USD per unit, under the library's built-in rule (Amazon US from 2024-04-01).
    /// </summary>
    public static LowInventoryLevelFeeInput LowInventoryLevel(decimal shortTermDaysOfSupply, decimal longTermDaysOfSupply) =>
        new(Usd(0.70m)) { ShortTermDaysOfSupply = shortTermDaysOfSupply, LongTermDaysOfSupply = longTermDaysOfSupply, Rules = LowInventoryLevelFeeRules.BuiltIn };

    /// <summary>
    /// The same lamp sold to a buyer in Berlin, in euros, stocked (modes 2 and 3) at a platform storage centre in Leipzig.
    /// EVERY PRICE AND RATE HERE IS INVENTED for the example, like the US ones.
    /// </summary>
    public static class IntoGermany
    {
        public static readonly Address Berlin = new(Germany, "Berlin") { PostalCode = "10115" };

        /// <summary>One lamp to Berlin on the same Monday, declared at <paramref name="unitValue"/> (in EUR).</summary>
        public static FulfilmentRequest Request(Money unitValue) => new(Lamp(), 1, SellerWarehouse(), Berlin, OrderDate, unitValue);

        /// <summary>Invented card: zone 6 = Germany, EUR 13.00 first 0.5 kg, EUR 3.20 per further 0.5 kg, 5 ± 1 days.</summary>
        public static ExpressRateCard RateCard() => new(
            "example-express-cn-eu-2026", China, new LocalDate(2026, 1, 1), ChargeableWeightRules.InternationalExpress,
            [new ExpressZone(6, [Germany], Eur(13.00m), Eur(3.20m)) { TransitTime = new(5, 1), DeliveryTime = new(1, 0.5) }])
        {
            CarrierName = "Example Express",
        };

        public static LastMileOptions LastMile() =>
            new([new LastMileOption("DE", Germany, LastMileKind.LocalPartner, "Example Paket GmbH", new TransitTimeDistribution(2, 0.5), Eur(4.50m))]);

        public static StorageCentreTerms Terms() => new(new Facility(
            new FacilityId("LEJ1"), FacilityKind.InternationalStorageCentre, new PartyId("PLATFORM"), new Address(Germany, "Leipzig") { PostalCode = "04435" },
            DateTimeZoneProviders.Tzdb["Europe/Berlin"], WorkingCalendar.MondayToSaturday))
        {
            FulfilmentFeePerUnit = Eur(4.90m),
            StorageFeePerUnitMonth = Eur(0.28m),
            AverageMonthsInStorage = 1.5m,
            CustomsClearance = new TransitTimeDistribution(2, 1),
            TransferToCentre = TransitTimeDistribution.Fixed(1),
            Receiving = new TransitTimeDistribution(2, 1),
            OrderHandling = TransitTimeDistribution.Fixed(1),
        };

        public static DirectExpressMode DirectExpress(CustomsTariff tariff) =>
            new([RateCard()], Incoterm.Ddp, tariff) { OrderHandling = TransitTimeDistribution.Fixed(1), CustomsClearance = new TransitTimeDistribution(1, 0.5) };

        /// <summary>The platform's pickup in Shenzhen, an invented air line-haul to Leipzig at 3.70 EUR per chargeable kg, 7 ± 1.5 days, and a pickup fee of 0.45 EUR.</summary>
        public static PlatformPickupMode Pickup(int trailingSalesUnits, PlatformPurchaseTerms purchase, CustomsTariff tariff) => new(
            new PickupProgrammeRule(PickupProgramme(), _ => trailingSalesUnits),
            PickupSchedule(),
            new PlanNode("Platform hub Shenzhen", China),
            new MainCarriage(TransportMode.AirFreight, "Example Air Line-haul", ChargeableWeightRules.IataAirCargo, Eur(3.70m), new TransitTimeDistribution(7, 1.5)),
            Terms(), LastMile(), tariff)
        {
            PickupRun = TransitTimeDistribution.Fixed(1),
            Consolidation = new TransitTimeDistribution(2, 0.5),
            PickupFeePerUnit = Eur(0.45m),
            UnitsPerInboundShipment = 200,
            Purchase = purchase,
        };

        /// <summary>The warehouse in Leipzig stocked by invented sea LCL at 0.14 EUR per chargeable kg, 35 ± 4 days; the storage centre's flat fulfilment fee.</summary>
        public static PlatformWarehouseMode Warehouse(CustomsTariff tariff) => new(
            new MainCarriage(TransportMode.SeaLcl, "Example Ocean Forwarder", ChargeableWeightRules.SeaLcl, Eur(0.14m), new TransitTimeDistribution(35, 4)),
            Terms(), LastMile(), tariff)
        {
            InboundPreparation = TransitTimeDistribution.Fixed(2),
            UnitsPerInboundShipment = 200,
        };
    }
}
