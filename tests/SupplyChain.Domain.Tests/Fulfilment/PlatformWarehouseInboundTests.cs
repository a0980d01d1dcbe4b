using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;
using UnitsNet;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>The platform warehouse mode's inbound carton plan: what it packs, what freight it is charged, what it refuses.</summary>
public sealed class PlatformWarehouseInboundTests
{
    private static readonly ShipmentId Shipment = new("FBA-IN-001");

    // GS1's example company prefix 0614141: 16 − 7 = 9-digit serial references.
    private static readonly SsccSeries Labels = new(0, "0614141", 1);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static MainCarriage Air() =>
        new(TransportMode.AirFreight, "Example Air Forwarder", ChargeableWeightRules.IataAirCargo, Usd(4.00m), new TransitTimeDistribution(6, 1.5));

    private static PlatformWarehouseMode Mode(MainCarriage carriage, int units, CustomsTariff? duty = null, SsccSeries? labels = null) =>
        new(carriage, Terms(), LastMile(), duty ?? Tariff())
        {
            InboundPreparation = TransitTimeDistribution.Fixed(2),
            UnitsPerInboundShipment = units,
            InboundShipment = Shipment,
            InboundLabels = labels ?? Labels,
        };

    // A cast-iron pan (invented): 30 × 30 × 6 cm, 2.6 kg; case of 10 in 62 × 32 × 32 cm (62 cm = 24.4 in) at 27 kg,
    // i.e. 59.5 lb: over Amazon's 50 lb, so the planner fills each carton with fewer pans.
    private static Product Pan() => new(
        new ProductId("PAN-28"), new PartyId("SELLER-SZ-01"), new Sku("PAN-28"), HsCode.Parse("7323.91"),
        new Dimensions(Length.FromCentimeters(30), Length.FromCentimeters(30), Length.FromCentimeters(6)), Mass.FromKilograms(2.6),
        "Home > Kitchen")
    {
        Packaging = new PackagingHierarchy(new CasePack(10,
            new Dimensions(Length.FromCentimeters(62), Length.FromCentimeters(32), Length.FromCentimeters(32)), Mass.FromKilograms(27))),
    };

    [Fact]
    public void Freight_is_charged_on_the_planned_cartons_not_on_whole_case_packs()
    {
        // Invented duty: 5 % on HS 7323 into the US.
        var mode = Mode(Air(), 200, new CustomsTariff([new CustomsMeasure("MFN", CustomsTerritory.Of(US), "7323", 5m)]));
        var request = Request(product: Pan());

        // Empty case 27 − 10 × 2.6 = 1 kg. Pans per carton ⌊(22,679.62 − 1,000) / 2,600⌋ = ⌊8.34⌋ = 8, so 200 pans =
        // 25 cartons of 8, each 1,000 + 8 × 2,600 = 21,800 g, in the case's 62 × 32 × 32 cm box (63,488 cm³).
        var inbound = mode.PlanInbound(request);
        inbound.Cartons.Should().HaveCount(25).And.OnlyContain(c => c.Units == 8 && !c.IsFullCase);
        inbound.Cartons.Select(c => c.GrossWeight.Grams).Should().AllBeEquivalentTo(21_800);

        // Air (IATA 6,000 cm³/kg, 0.5 kg steps) on the whole shipment: volume 25 × 63,488 = 1,587,200 cm³ → 264.53 kg;
        // actual 25 × 21.8 = 545 kg, which wins and is a whole step → 545 kg × 4.00 = 2,180.00 USD ÷ 200 = 10.90 per unit.
        // (Whole case packs would have been 20 × 27 = 540 kg → 10.80: the five extra empty cases cost 0.10 a pan.)
        // Duty 5 % × 20.00 = 1.00; no import tax; fulfilment fee 5.40; storage 0.30 × 1.5 = 0.45.
        // Every exact part is whole cents, so the total is 10.90 + 1.00 + 0 + 5.40 + 0.45 = 17.75.
        var plan = mode.Plan(request);
        plan.Legs.Single(l => l.Mode == TransportMode.AirFreight).ChargeableWeight!.Value.Kilograms.Should().BeApproximately(545, 1e-9);
        plan.CostPerUnit.Parts.Select(p => (p.Kind, p.Amount)).Should().Equal(
            (LandedCostKind.Freight, Usd(10.90m)),
            (LandedCostKind.Duty, Usd(1.00m)),
            (LandedCostKind.ImportTax, Usd(0m)),
            (LandedCostKind.PlatformFee, Usd(5.40m)),
            (LandedCostKind.Storage, Usd(0.45m)));
        plan.CostPerUnit.Total.Should().Be(Usd(17.75m));
        plan.CostPerUnit.Parts[0].Basis.Should().StartWith("Example Air Forwarder: 25 cartons (25 part-filled) in the amazon-us carton plan, chargeable 545 kg");
    }

    [Fact]
    public void The_inbound_plan_gives_its_chargeable_weight_under_any_rule()
    {
        var inbound = Mode(Air(), 200, new CustomsTariff([new CustomsMeasure("MFN", CustomsTerritory.Of(US), "7323", 5m)])).PlanInbound(Request(product: Pan()));

        // The 25 cartons above: 1,587,200 cm³ and 545 kg. Sea LCL (1 m³ = 1,000 kg, weight or measure): 1.5872 m³ counts
        // as 1,587.2 kg, more than the actual 545 kg, so the volume bills; express (5,000 cm³/kg, 0.5 kg steps):
        // 1,587,200 / 5,000 = 317.44 kg < 545 kg, so the actual weight bills.
        var sea = inbound.ChargeableWeight(ChargeableWeightRules.SeaLcl);
        sea.Chargeable.Kilograms.Should().BeApproximately(1587.2, 1e-9);
        sea.Actual.Kilograms.Should().BeApproximately(545, 1e-9);
        inbound.ChargeableWeight(ChargeableWeightRules.InternationalExpress).Chargeable.Kilograms.Should().BeApproximately(545, 1e-9);
        FluentActions.Invoking(() => inbound.ChargeableWeight(null!)).Should().Throw<ArgumentNullException>().WithParameterName("rule");
    }

    [Fact]
    public void Units_over_the_carton_limits_ship_one_per_carton_even_without_a_case_pack()
    {
        // A floor lamp (invented): 70 × 20 × 20 cm, 5 kg, no case pack. 70 cm = 27.6 in > 25 in: each lamp ships alone,
        // in its own packaging, flagged as an oversize unit.
        var floorLamp = new Product(new ProductId("FLOOR-01"), new PartyId("SELLER-SZ-01"), new Sku("FLOOR-01"), HsCode.Parse("9405.11"),
            new Dimensions(Length.FromCentimeters(70), Length.FromCentimeters(20), Length.FromCentimeters(20)), Mass.FromKilograms(5), "Home > Lighting");
        var mode = Mode(Air(), 10);
        var request = Request(product: floorLamp);

        mode.CheckEligibility(request).IsEligible.Should().BeTrue();
        mode.PlanInbound(request).Cartons.Should().HaveCount(10).And.OnlyContain(c => c.Units == 1 && c.Exemption == CartonExemption.OversizeUnit);

        // 10 × 28,000 cm³ = 280,000 cm³ ÷ 6,000 = 46.67 kg < 10 × 5 = 50 kg actual → 50 kg × 4.00 = 200.00 ÷ 10 = 20.00.
        // Duty 7.5 % × 20.00 = 1.50; fee 5.40; storage 0.45 → 27.35.
        var plan = mode.Plan(request);
        plan.CostPerUnit.Parts.Select(p => p.Amount).Should().Equal(Usd(20.00m), Usd(1.50m), Usd(0m), Usd(5.40m), Usd(0.45m));
        plan.CostPerUnit.Total.Should().Be(Usd(27.35m));
    }

    [Fact]
    public void A_case_over_25_inches_is_refused_with_the_unpacked_units_as_data()
    {
        // The lamp in a 65 × 45 × 32 cm case: 65 cm = 25.59 in > 25 in, and a single lamp is within the limits.
        var request = Request(product: Lamp(new Dimensions(Length.FromCentimeters(65), Length.FromCentimeters(45), Length.FromCentimeters(32))));
        var mode = Mode(Air(), 200);

        var eligibility = mode.CheckEligibility(request);
        eligibility.Unmet.Select(r => r.Code).Should().Equal("inbound.packable");

        var e = FluentActions.Invoking(() => mode.Plan(request)).Should().Throw<DomainRuleException>()
            .Where(x => x.Rule == DomainRules.InboundPackable)
            .WithMessage("200 of the 200 units of product LAMP-01 cannot be packed into cartons under amazon-us: sides at most 25 in, at most 50 lb gross: a side of the case pack is longer than the side limit.")
            .Which;
        var details = e.Details.Should().BeOfType<ModeRefusalDetails>().Which;
        details.Eligibility.Unmet.Select(r => r.Code).Should().Equal("inbound.packable");
        var inbound = details.InboundPlan!;
        inbound.Cartons.Should().BeEmpty();
        inbound.Unpacked.Select(u => (u.Units, u.Reason)).Should().Equal((200, UnpackedReason.CaseTooLarge));
    }

    [Fact]
    public void A_series_with_too_few_serial_references_left_is_refused_before_labelling()
    {
        // Serial references 999,999,990 … 999,999,999 are 10; the 200 lamps need 20 cartons.
        var mode = Mode(Air(), 200, labels: new SsccSeries(0, "0614141", 999_999_990));

        mode.CheckEligibility(Request()).Unmet.Select(r => r.Code).Should().Equal("inbound.packable");
        FluentActions.Invoking(() => mode.Plan(Request())).Should().Throw<DomainRuleException>()
            .Where(x => x.Rule == DomainRules.InboundPackable)
            .WithMessage("The inbound shipment FBA-IN-001 needs 20 cartons, but the SSCC series (SSCC 0 0614141 from 999999990) has only 10 serial references left.");
    }

    [Fact]
    public void The_estimate_constructor_plans_under_Amazon_US_rules_with_placeholder_labels()
    {
        var mode = Warehouse();

        mode.CartonRules.Should().BeSameAs(CartonRules.AmazonUs);
        mode.InboundShipment.Should().Be(new ShipmentId("INBOUND-ESTIMATE"));
        // First SSCC: 0 0614141 000000001 + check digit 2 (GS1 mod 10, worked in InboundPlanTests).
        mode.PlanInbound(Request()).Cartons[0].Sscc.Digits.Should().Be("006141410000000012");
    }
}
