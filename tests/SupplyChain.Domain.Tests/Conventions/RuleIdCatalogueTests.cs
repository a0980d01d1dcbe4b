using NodaTime;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Demand;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Tests.Fulfilment;
using SupplyChain.Domain.Tests.Orders;
using SupplyChain.Domain.Tests.Procurement;
using SupplyChain.Domain.Tests.Products;
using SupplyChain.Domain.Tests.Shipping;
using SupplyChain.Domain.Trade;
using UnitsNet;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;
using Duration = NodaTime.Duration;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>
/// Drives one refusing scenario per rule (the fixtures of the part tests: the desk-lamp fulfilment scenario, the
/// supply-network story, small aggregates) and checks that every rule id a refusal or an eligibility reason carries is
/// a <see cref="DomainRules"/> constant, that together they reach every constant (no dead id), and that each refusal
/// carries the typed details documented for it. The expected ids are written out as text, independently of the
/// constants.
/// </summary>
public sealed class RuleIdCatalogueTests
{
    private static readonly HashSet<string> Ids = DomainRulesTests.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
    private static readonly LocalDate Day = new(2025, 3, 2);
    private static readonly Instant Departure = Instant.FromUtc(2026, 5, 1, 0, 0);
    private static readonly ProductId Mug = new("MUG-350");
    private static readonly Address Toronto = new(CA, "Toronto") { PostalCode = "M5V 2T6" };

    // Refusals outside the fulfilment modes: the rule id each must carry, and the command that is refused.
    private static CustomsLine CustomsLamp(int quantity) =>
        new(HsCode.Parse("9405.42"), CountryCode.Parse("CN"), quantity, Mass.FromKilograms(1), new Money(20m, Currency.USD));

    private static readonly IDeliveryPromise OrderPromise = FixedPromise.Of((OrdersFixture.Lax9, OrdersFixture.Promised));

    private static StockLocation OrderStock() => OrdersFixture.Location(OrdersFixture.Lax9, lamps: 10, mugs: 0);

    private static BuyerOrder BuyerOrderWith(int lamps) => OrdersFixture.Order(OrdersFixture.Line(OrdersFixture.LampSku, lamps));

    private static BuyerOrder AllocatedBuyerOrder(out StockLocation stock)
    {
        stock = OrderStock();
        var order = BuyerOrderWith(lamps: 2);
        order.Allocate(OrdersFixture.At(1), [stock], OrdersFixture.Catalogue, OrderPromise, OrdersFixture.SplitAllowed);
        return order;
    }

    private static void ShipCancelledBuyerOrder()
    {
        var order = AllocatedBuyerOrder(out var stock);
        order.Cancel(OrdersFixture.At(2), [stock]);
        order.ShipParcel(OrdersFixture.At(3), 1, [stock]);
    }

    private static void ReturnMoreThanShipped()
    {
        var order = AllocatedBuyerOrder(out var stock);
        order.ShipParcel(OrdersFixture.At(2), 1, [stock]);
        order.ReceiveReturn(OrdersFixture.At(3), new BuyerReturn(1, OrdersFixture.Line(OrdersFixture.LampSku, 3), ReturnReason.ChangedMind, ReturnCondition.Sellable), stock);
    }

    private static readonly Dictionary<string, (string Rule, Action Refuse)> Refusals = new(StringComparer.Ordinal)
    {
        ["USD plus EUR"] = ("money.same-currency", () => _ = new Money(1m, Currency.USD) + new Money(1m, Currency.EUR)),
        ["allocate 10.005 USD"] = ("money.whole-minor-units", () => new Money(10.005m, Currency.USD).Allocate(2)),
        ["round gold (XAU)"] = ("money.currency-has-minor-unit", () => new Money(1.23456m, Currency.Parse("XAU")).Round()),
        ["a rate feed quoting HRK"] = ("fx.currency-known", () => ExchangeRate.FromCodes("EUR", "HRK", 7.5345m, Day, "feed")),
        ["a rate of zero"] = ("fx.rate-positive", () => _ = new ExchangeRate(Currency.EUR, Currency.USD, 0m, Day, "feed")),
        ["two EUR/USD rates on one day"] = ("fx.rate-unique", () => _ = new ExchangeRateTable(
            [new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, Day, "ECB"), new ExchangeRate(Currency.EUR, Currency.USD, 1.09m, Day, "bank")])),
        ["convert EUR to CNY without a rate"] = ("fx.rate-missing", () => new ExchangeRateTable([new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, Day, "ECB")])
            .Convert(new Money(1m, Currency.EUR), Currency.CNY, Day, MidpointRounding.ToEven)),
        ["a rate 8 days old, 7 allowed"] = ("fx.rate-stale", () => new ExchangeRateTable([new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, Day, "ECB")]) { MaxAgeDays = 7 }
            .Convert(new Money(1m, Currency.EUR), Currency.USD, Day.PlusDays(8), MidpointRounding.ToEven)),
        ["record a recorded day"] = ("demand.one-record-per-day", () => SalesHistory.Of([new DailySales(Day, 5)]).Record(new DailySales(Day, 9))),
        ["correct an unrecorded day"] = ("demand.correct-recorded-day", () => SalesHistory.Of([new DailySales(Day, 5)]).Correct(new DailySales(Day.PlusDays(1), 9))),
        ["add the seller role twice"] = ("parties.role-once", () => Seller().AddRole(new SellerRole([new Marketplace(new PartyId("amazon"), US)]))),
        ["remove a role not held"] = ("parties.role-held", () => Seller().RemoveRole(PartyRoleKind.Buyer)),
        ["remove the only role"] = ("parties.at-least-one-role", () => Seller().RemoveRole(PartyRoleKind.Seller)),
        ["pallets without a pallet pattern"] = ("products.packaging-level-defined", () => Lamp().Packaging!.PalletsForCases(3)),
        ["spend before any agreement starts"] = ("products.agreement-in-force", () => SupplierConcentration.SpendByManufacturer(
            SupplyNetworkFixture.Build(), new PartyId("seller-A"), new Dictionary<ProductId, int> { [SupplyNetworkFixture.MugA] = 100 }, new LocalDate(2024, 12, 31))),
        ["add factory F-SZ twice"] = ("products.network-unique-id", () => Network().AddFacility(SupplyNetworkFixture.Factory(SupplyNetworkFixture.Shenzhen, "M-SZ", "Shenzhen"))),
        ["agreement for an unknown product"] = ("products.network-known-node", () => Network().AddSourcingAgreement(SupplyNetworkFixture.Agreement(new ProductId("P-NONE"), SupplyNetworkFixture.Shenzhen, 1m))),
        ["sourcing from a storage centre"] = ("products.network-sourcing-from-factory", () => Network().AddSourcingAgreement(SupplyNetworkFixture.Agreement(SupplyNetworkFixture.MugB, SupplyNetworkFixture.Leipzig, 1m, priority: 5))),
        ["two priority-1 agreements at once"] = ("products.network-unambiguous-sourcing", () => Network().AddSourcingAgreement(SupplyNetworkFixture.Agreement(SupplyNetworkFixture.MugB, SupplyNetworkFixture.Dongguan, 2m))),
        ["a second bill of materials"] = ("products.network-one-bom-per-factory", () => Network().AddBillOfMaterials(
            new BillOfMaterials(SupplyNetworkFixture.BottleC, SupplyNetworkFixture.Yiwu, [new BomLine("PP resin", 0.5m, SupplyNetworkFixture.Resin)]))),
        ["a factory supplying itself"] = ("products.network-acyclic", () => Network().AddBillOfMaterials(
            new BillOfMaterials(SupplyNetworkFixture.MugB, SupplyNetworkFixture.Yiwu, [new BomLine("resin", 1m, SupplyNetworkFixture.Yiwu)]))),
        ["stocking at a factory"] = ("products.network-stocked-at-storage-centre", () => Network().AddStockingLocation(SupplyNetworkFixture.BottleC, SupplyNetworkFixture.Yiwu)),
        ["customs into Great Britain"] = ("customs.destination-supported", () => _ = new CustomsConsignment(CountryCode.Parse("GB"), Day, [CustomsLamp(1)])),
        ["a customs line of no units"] = ("customs.quantity-positive", () => _ = new CustomsConsignment(US, Day, [CustomsLamp(0)])),
        ["no customs measure for the lamp"] = ("customs.measure-known", () => new CustomsTariff([]).Assess(new CustomsConsignment(US, Day, [CustomsLamp(100)]))),
        ["deadline before departure"] = ("shipping.deadline-after-departure", () => Shipment(deadline: Departure.Minus(Duration.FromDays(1))).AssignToRoute(Route())),
        ["receive more than shipped"] = ("shipping.receive-at-most-shipped", () => Shipment().RecordGoodsReceipt(Mug, 101)),
        ["split after handling"] = ("shipping.split-before-handling", SplitAfterHandling),
        ["split a carton not held"] = ("shipping.split-held-cartons", () => Shipment().SplitOff(new ShipmentId("SHP-2"), [PackedCarton.Of(Mug, 49)])),
        ["issue before the draft"] = ("procurement.commands-in-time-order", () => PurchaseOrderFixture.Draft().Issue(PurchaseOrderFixture.T0 - NodaTime.Duration.FromSeconds(1))),
        ["despatch an order not yet answered"] = ("procurement.command-allowed-in-status", () => PurchaseOrderFixture.Issued().Despatch(PurchaseOrderFixture.At(3), [PurchaseOrderFixture.Despatch(10, 1)])),
        ["respond to one line of two"] = ("procurement.response-answers-every-line", () => PurchaseOrderFixture.Issued().Respond(PurchaseOrderFixture.At(3), [LineResponse.Accept(10)])),
        ["despatch line 30 of a two-line order"] = ("procurement.line-on-order", () => PurchaseOrderFixture.Confirmed().Despatch(PurchaseOrderFixture.At(3), [PurchaseOrderFixture.Despatch(30, 1)])),
        ["despatch 401 of 400 at 0 %"] = ("procurement.despatch-within-tolerance", () => PurchaseOrderFixture.Confirmed().Despatch(PurchaseOrderFixture.At(3), [PurchaseOrderFixture.Despatch(10, 401)])),
        ["receive before any despatch of the line"] = ("procurement.receipt-within-despatched", () => Despatched20().Receive(PurchaseOrderFixture.At(4), [PurchaseOrderFixture.Receipt(10, 1)])),
        ["ship more than held"] = ("inventory.balance-not-negative", () => new StockLedger(Mug, new FacilityId("LAX9")).Post(StockMovement.Shipment(1, Departure, StockBucket.Fulfillable))),
        ["allocate a buyer order before it was placed"] = ("orders.commands-in-time-order", () => BuyerOrderWith(lamps: 2).Allocate(OrdersFixture.T0 - NodaTime.Duration.FromSeconds(1), [OrderStock()], OrdersFixture.Catalogue, OrderPromise, OrdersFixture.SplitAllowed)),
        ["ship a cancelled buyer order"] = ("orders.command-allowed-in-status", ShipCancelledBuyerOrder),
        ["allocate 20 lamps of 10 held"] = ("orders.stock-available", () => BuyerOrderWith(lamps: 20).Allocate(OrdersFixture.At(1), [OrderStock()], OrdersFixture.Catalogue, OrderPromise, OrdersFixture.SplitAllowed)),
        ["a 90 cm tube for a 60 cm parcel"] = ("orders.parcel-within-carrier-limits", () => OrdersFixture.Order(OrdersFixture.Line(OrdersFixture.TubeSku, 1))
            .Allocate(OrdersFixture.At(1), [OrdersFixture.Location(OrdersFixture.Lax9, 0, 0, tubes: 1)], OrdersFixture.Catalogue, OrderPromise, OrdersFixture.SplitAllowed)),
        ["5 lamps in at most 1 parcel"] = ("orders.parcels-within-maximum", () => BuyerOrderWith(lamps: 5).Allocate(OrdersFixture.At(1), [OrderStock()], OrdersFixture.Catalogue, OrderPromise,
            new OrderSplitRules(1, true, Money.Zero(Currency.USD)))),
        ["ship parcel 9 of 1"] = ("orders.parcel-planned-and-unshipped", () => AllocatedBuyerOrder(out var stock).ShipParcel(OrdersFixture.At(2), 9, [stock])),
        ["return 3 lamps of a parcel of 2"] = ("orders.return-within-shipped", ReturnMoreThanShipped),
        ["no pickup on a working day"] = ("pickup.reachable-day", () => new PickupSchedule([IsoDayOfWeek.Sunday], new LocalTime(18, 0)).NextPickup(SellerWarehouse, Monday)),
        ["no fee band for large bulky"] = ("platform-fees.fulfilment-fee-known", () => ExampleFeeTable().Quote(
            SizeTierTable.AmazonUs2024.Classify(Length.FromInches(25), Length.FromInches(10), Length.FromInches(10), Mass.FromPounds(10)))),
        ["no last mile to Toronto"] = ("last-mile.available", () => LastMile().For(Toronto)),
        ["no station serves Denver"] = ("last-mile.station-serves-address", () => LastMileNetworkTestData.Network().StationFor(LastMileNetworkTestData.DenverBuyer)),
        ["no line haul reaches the station"] = ("last-mile.route-to-station", () => new LastMileNetwork("cut", [LastMileNetworkTestData.StorageCentre(), LastMileNetworkTestData.ChicagoStation()], [],
            [PostalCodeArea.Prefix(LastMileNetworkTestData.Dch1, US, "606")], Money.Zero(Currency.USD)).Promise(LastMileNetworkTestData.Ont8, Departure, Chicago, StationCapacityLedger.Empty)),
        ["an attempt before out for delivery"] = ("orders.attempt-in-sequence", () => DeliveryAttemptTests.Policy().RecordAttempt(DeliveryAttemptTests.Parcel(), Instant.FromUtc(2026, 3, 10, 16, 0), null)),
        ["too few SSCCs for the inbound plan"] = ("inbound.packable", () => ShortOfLabels().PlanInbound(Request())),
    };

    // Refusals of the built-in modes' Plan: the rule, the eligibility the details must hold (CheckEligibility's result,
    // or the platform rule's own check for an ineligible seller), the unmet codes, and the units left unpacked, if any.
    private static readonly Dictionary<string, ModeCase> ModeRefusals = new(StringComparer.Ordinal)
    {
        ["pickup: 800 units of trailing sales"] = new("fulfilment.pickup-eligible",
            () => Pickup(trailingSales: 800).Plan(Request()), () => Pickup(trailingSales: 800).Eligibility.Check(Request()), ["pickup.trailing-sales"]),
        ["express: before the rate card starts"] = ExpressCase("fulfilment.rate-card-in-force", DirectExpress(), Request(date: new LocalDate(2023, 6, 1)), ["fulfilment.rate-card-in-force"]),
        ["express: to Toronto"] = ExpressCase("fulfilment.rate-card-covers-destination", DirectExpress(), Request(buyer: Toronto), ["fulfilment.rate-card-covers-destination"]),
        ["express: no customs measure for the lamp"] = ExpressCase("customs.measure-known", NoLampDutyRateExpress(), Request(), []),
        ["express: a unit value in euros"] = ExpressCase("money.same-currency", DirectExpress(), new FulfilmentRequest(Lamp(), 1, SellerWarehouse, Chicago, Monday, new Money(20m, Currency.EUR)), []),
        ["pickup: no Thursday at the seller's"] = new("pickup.reachable-day",
            () => Pickup().Plan(MondayToWednesdaySeller()), () => Pickup().CheckEligibility(MondayToWednesdaySeller()), []),
        ["pickup: 260 kg for a 200 kg van"] = new("pickup.fits-vehicle",
            () => Pickup().Plan(Request(), SmallVan(), PlanarPosition.FromKilometres(0, 6), []), () => Pickup().CheckEligibility(Request()), []),
        ["warehouse: no case pack"] = WarehouseCase("inbound.case-pack-known", Warehouse(), Request(product: Lamp(withCasePack: false)), ["inbound.case-pack-known"], (200, UnpackedReason.NoCasePack)),
        ["warehouse: a 65 cm case"] = WarehouseCase("inbound.packable", Warehouse(),
            Request(product: Lamp(new Dimensions(Length.FromCentimeters(65), Length.FromCentimeters(45), Length.FromCentimeters(32)))), ["inbound.packable"], (200, UnpackedReason.CaseTooLarge)),
        ["warehouse: too few SSCCs"] = WarehouseCase("inbound.packable", ShortOfLabels(), Request(), ["inbound.packable"], null),
        ["warehouse: to Toronto"] = WarehouseCase("last-mile.available", Warehouse(), Request(buyer: Toronto), ["last-mile.available"], null),
        ["warehouse: fee tables not yet in force"] = WarehouseCase("platform-fees.fulfilment-fee-known", WarehouseWithFees(30m, 30m), Request(date: new LocalDate(2024, 1, 2)), [], null),
    };

    public static TheoryData<string> RefusalNames => [.. Refusals.Keys];

    public static TheoryData<string> ModeRefusalNames => [.. ModeRefusals.Keys];

    [Theory]
    [MemberData(nameof(RefusalNames))]
    public void A_refusal_carries_its_rule_id_a_DomainRules_constant_and_no_details(string scenario)
    {
        var (rule, refuse) = Refusals[scenario];

        var e = FluentActions.Invoking(refuse).Should().Throw<DomainRuleException>().Which;

        e.Rule.Should().Be(rule);
        Ids.Should().Contain(e.Rule);
        e.Details.Should().BeNull("only the fulfilment modes' refusals carry details");
        e.InnerException.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(ModeRefusalNames))]
    public void A_mode_refusal_carries_its_rule_id_and_the_modes_eligibility_as_typed_details(string scenario)
    {
        var expected = ModeRefusals[scenario];

        var e = FluentActions.Invoking(expected.Plan).Should().Throw<DomainRuleException>().Which;

        e.Rule.Should().Be(expected.Rule);
        Ids.Should().Contain(e.Rule);
        var details = e.Details.Should().BeOfType<ModeRefusalDetails>().Which;
        details.Eligibility.Reasons.Select(r => (r.Code, r.IsMet, r.Description))
            .Should().Equal(expected.Eligibility().Reasons.Select(r => (r.Code, r.IsMet, r.Description)));
        details.Eligibility.Unmet.Select(r => r.Code).Should().Equal(expected.Unmet);
        details.Eligibility.Reasons.Select(r => r.Code).Should().OnlyContain(code => Ids.Contains(code));
        if (expected.Unpacked is { } unpacked)
        {
            details.InboundPlan.Should().NotBeNull();
            details.InboundPlan!.Unpacked.Select(u => (u.Units, u.Reason)).Should().Equal(unpacked);
        }
        else
        {
            details.InboundPlan.Should().BeNull();
        }

        // A refusal raised without the mode's details (by the mode itself or deeper) is restated: same rule, same
        // message, the original inside.
        if (e.InnerException is not null)
        {
            var inner = e.InnerException.Should().BeOfType<DomainRuleException>().Which;
            (inner.Rule, inner.Message, inner.Details).Should().Be((e.Rule, e.Message, (RefusalDetails?)null));
        }
    }

    [Fact]
    public void Restated_refusals_keep_the_original_and_the_modes_own_refusals_with_details_do_not()
    {
        // The customs tariff refuses inside the direct express mode's plan; the seller's refusal is the pickup mode's own.
        ModeRefusals["express: no customs measure for the lamp"].Refusal().InnerException.Should().BeOfType<DomainRuleException>();
        ModeRefusals["pickup: 800 units of trailing sales"].Refusal().InnerException.Should().BeNull();
        ModeRefusals["warehouse: no case pack"].Refusal().InnerException.Should().BeNull();
    }

    [Fact]
    public void Every_reason_code_the_built_in_modes_and_the_comparison_report_is_a_rule_id()
    {
        IFulfilmentMode[] modes = [DirectExpress(localLastMile: LastMile()), NoLampDutyRateExpress(), Pickup(), Pickup(trailingSales: 800), Warehouse(), ShortOfLabels(), WarehouseWithFees(30m, 30m)];
        FulfilmentRequest[] requests = [Request(), Request(buyer: Toronto), Request(product: Lamp(withCasePack: false)), Request(date: new LocalDate(2024, 1, 2))];

        var codes = modes.SelectMany(m => requests.SelectMany(r => m.CheckEligibility(r).Reasons)).Select(r => r.Code)
            .Concat(requests.SelectMany(r => ModeComparison.Compare(r, 300, modes).Rows).SelectMany(row => row.Eligibility.Reasons).Select(r => r.Code))
            .Distinct(StringComparer.Ordinal).ToList();

        codes.Should().OnlyContain(code => Ids.Contains(code));
        codes.Should().Contain(["fulfilment.rate-card-in-force", "fulfilment.rate-card-covers-destination", "pickup.cluster-served",
            "pickup.trailing-sales", "inbound.case-pack-known", "inbound.packable", "last-mile.available"], "every condition the modes check");
        codes.Should().Contain(["customs.measure-known", "platform-fees.fulfilment-fee-known"], "a refused plan's rule is its row's unmet reason");
    }

    [Fact]
    public void The_scenarios_here_reach_every_rule_id()
    {
        var reached = Refusals.Values.Select(r => r.Rule)
            .Concat(ModeRefusals.Values.Select(m => m.Rule))
            .Concat(ModeRefusals.Values.SelectMany(m => m.Eligibility().Reasons.Select(r => r.Code)))
            .ToHashSet(StringComparer.Ordinal);

        reached.Should().BeEquivalentTo(Ids, "every constant names a rule the library raises or reports, and nothing else");
    }

    private static ModeCase ExpressCase(string rule, DirectExpressMode mode, FulfilmentRequest request, string[] unmet) =>
        new(rule, () => mode.Plan(request), () => mode.CheckEligibility(request), unmet);

    private static ModeCase WarehouseCase(string rule, PlatformWarehouseMode mode, FulfilmentRequest request, string[] unmet, (int, UnpackedReason)? unpacked) =>
        new(rule, () => mode.Plan(request), () => mode.CheckEligibility(request), unmet, unpacked);

    // Duty rates for HS 8501 (motors) only: none covers the lamp's HS 9405.
    private static DirectExpressMode NoLampDutyRateExpress() => new([RateCard()], Incoterm.Ddp, new CustomsTariff([new CustomsMeasure("MFN", CustomsTerritory.Of(US), "8501", 5m)]))
    {
        OrderHandling = TransitTimeDistribution.Fixed(1),
        CustomsClearance = new TransitTimeDistribution(1, 0.5),
    };

    private static Party Seller() => new(new PartyId("SELLER-SZ-01"), "Shenzhen Lamp Co.", CN, [new SellerRole([new Marketplace(new PartyId("amazon"), US)])]);

    private static SupplyNetwork Network() => SupplyNetworkFixture.Build();

    private static Itinerary Route() => new ItineraryBuilder(UnLocode.Parse("CNSZX"), Departure)
        .To(UnLocode.Parse("USLAX"), Duration.FromDays(14), "V500")
        .Build();

    private static Shipment Shipment(Instant? deadline = null) => new(
        new ShipmentId("SHP-1"), new PartyId("SELLER-SZ-01"), new PartyId("BUYER-1"),
        new RouteSpecification(UnLocode.Parse("CNSZX"), UnLocode.Parse("USLAX"), deadline ?? Departure.Plus(Duration.FromDays(30))),
        [PackedCarton.Of(Mug, 50), PackedCarton.Of(Mug, 50)]);

    private static void SplitAfterHandling()
    {
        var shipment = Shipment();
        shipment.Record(new HandlingEvent(HandlingEventType.Received, UnLocode.Parse("CNSZX"), null, Departure));
        shipment.SplitOff(new ShipmentId("SHP-2"), [PackedCarton.Of(Mug, 50)]);
    }

    // The warehouse mode with an SSCC series of 10 serial references (999,999,990 … 999,999,999): the 200 lamps need 20.
    private static PlatformWarehouseMode ShortOfLabels() => new(
        new MainCarriage(TransportMode.SeaLcl, "Example Ocean Forwarder", ChargeableWeightRules.SeaLcl, new Money(0.15m, Currency.USD), new TransitTimeDistribution(30, 4)),
        Terms(), LastMile(), Tariff())
    {
        InboundPreparation = TransitTimeDistribution.Fixed(2),
        UnitsPerInboundShipment = 200,
        InboundShipment = new ShipmentId("FBA-IN-001"),
        InboundLabels = new SsccSeries(0, "0614141", 999_999_990),
    };

    // The scenario's seller, open Monday to Wednesday only: the Thursday pickups never reach it.
    private static FulfilmentRequest MondayToWednesdaySeller() => new(
        Lamp(), 1,
        new Facility(SellerWarehouse.Id, FacilityKind.SellerWarehouse, SellerWarehouse.OperatedBy, SellerWarehouse.Address, SellerWarehouse.TimeZone,
            new WorkingCalendar([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday])),
        Chicago, Monday, new Money(20m, Currency.USD));

    // The 200 lamps of an inbound shipment are 20 cases of 13 kg = 260 kg: more than this van's 200 kg.
    private static MilkRunPickup SmallVan() => new(
        new FacilityId("HUB-SZ"), PlanarPosition.FromKilometres(0, 0), new VehicleCapacity(Mass.FromKilograms(200), Volume.FromCubicMeters(10)),
        Speed.FromKilometersPerHour(30), Duration.FromMinutes(20));

    private sealed record ModeCase(string Rule, Func<object> Plan, Func<ModeEligibility> Eligibility, string[] Unmet, (int Units, UnpackedReason Reason)? Unpacked = null)
    {
        public DomainRuleException Refusal() => FluentActions.Invoking(Plan).Should().Throw<DomainRuleException>().Which;
    }

    // Line 20 despatched in full, line 10 not at all: receiving line 10 is more than its 0 despatched.
    private static PurchaseOrder Despatched20()
    {
        var order = PurchaseOrderFixture.Confirmed();
        order.Despatch(PurchaseOrderFixture.At(3), [PurchaseOrderFixture.Despatch(20, 1000)]);
        return order;
    }
}
