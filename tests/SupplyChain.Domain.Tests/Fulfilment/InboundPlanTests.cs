using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using UnitsNet;
using static SupplyChain.Domain.Tests.Fulfilment.InboundPlanTestData;

namespace SupplyChain.Domain.Tests.Fulfilment;

public sealed class InboundPlanTests
{
    private static readonly ShipmentId Shipment = new("FBA-IN-001");

    // GS1's example company prefix 0614141, extension digit 0, serial references from 000000001 (9 digits, as a
    // 7-digit prefix leaves 16 − 7 = 9).
    private static readonly SsccSeries Labels = new(0, "0614141", 1);

    // A mug: 12 × 9 × 10 cm, 400 g; case of 24 in 50 × 38 × 22 cm weighing 11 kg (so the empty case is
    // 11 − 24 × 0.4 = 1.4 kg). 50 cm = 19.69 in and 11 kg = 24.25 lb: within Amazon's 25 in and 50 lb.
    private static readonly Product Mug = Product("MUG-350", Centimetres(12, 9, 10), Mass.FromGrams(400),
        new CasePack(24, Centimetres(50, 38, 22), Mass.FromKilograms(11)));

    [Fact]
    public void A_plan_beyond_MaxCartons_is_refused_before_any_carton_is_made()
    {
        // int.MaxValue mugs in cases of 24: ⌈2 147 483 647 / 24⌉ = 89 478 486 cartons, far beyond 100 000 (they were
        // all made before the serial range was checked, which ran out of memory).
        FluentActions.Invoking(() => InboundPlanner.Plan(Shipment, [new InboundStockLine(Mug, int.MaxValue)], CartonRules.AmazonUs, Labels))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("stock")
            .WithMessage("stock: the inbound plan would need at least 89478486 cartons, more than InboundPlanner.MaxCartons (100000); split the stock into several inbound shipments.*");

        // 100 000 cartons of 24 mugs are exactly the limit.
        InboundPlanner.Plan(Shipment, [new InboundStockLine(Mug, InboundPlanner.MaxCartons * 24)], CartonRules.AmazonUs, Labels)
            .Cartons.Should().HaveCount(InboundPlanner.MaxCartons);
    }

    [Fact]
    public void Full_cases_then_one_partial_case_labelled_with_consecutive_SSCCs()
    {
        var plan = InboundPlanner.Plan(Shipment, [new InboundStockLine(Mug, 100)], CartonRules.AmazonUs, Labels);

        // 100 = 4 × 24 + 4: four full cases of 11 kg and one case holding 4 mugs: 1.4 + 4 × 0.4 = 3.0 kg.
        plan.Cartons.Select(c => c.Units).Should().Equal(24, 24, 24, 24, 4);
        plan.Cartons.Select(c => c.GrossWeight.Kilograms).Should().Equal(11, 11, 11, 11, 3);
        plan.Cartons.Select(c => c.IsFullCase).Should().Equal(true, true, true, true, false);
        plan.Cartons.Should().OnlyContain(c => c.Dimensions == Centimetres(50, 38, 22)
            && c.Exemption == CartonExemption.None && c.Shipment == Shipment && c.Sku == Mug.Sku && c.Expiry == null);
        plan.Unpacked.Should().BeEmpty();
        plan.UnitsInCartons.Should().Be(100);

        // SSCC = extension 0, prefix 0614141, serial 00000000n, check digit. For n = 1 the 17 digits
        // 0 0 6 1 4 1 4 1 0 0 0 0 0 0 0 0 1 weighted 3, 1, 3, … from the left (odd positions × 3) sum to
        // 18 + 1 + 12 + 1 + 12 + 1 + 3 = 48, so the check digit is 10 − 8 = 2. Each next serial adds 3 to the sum:
        // 51 → 9, 54 → 6, 57 → 3, 60 → 0.
        plan.Cartons.Select(c => c.Sscc.Digits).Should().Equal(
            "006141410000000012", "006141410000000029", "006141410000000036", "006141410000000043", "006141410000000050");
        plan.ToString().Should().Be("FBA-IN-001: 5 cartons (100 units), 0 units unpacked (amazon-us)");
    }

    [Fact]
    public void A_case_exactly_at_25_inches_and_50_pounds_is_allowed()
    {
        // 10 units of 4.5 lb in a 25 × 20 × 20 in case of exactly 50 lb (5 lb of packaging): on both limits, allowed.
        var product = Product("KB-45", Inches(10, 10, 10), Mass.FromPounds(4.5), new CasePack(10, Inches(25, 20, 20), Mass.FromPounds(50)));
        var plan = InboundPlanner.Plan(Shipment, [new InboundStockLine(product, 20)], CartonRules.AmazonUs, Labels);

        plan.Cartons.Select(c => c.Units).Should().Equal(10, 10);
        plan.Cartons.Should().OnlyContain(c => c.IsFullCase && c.Exemption == CartonExemption.None);
        plan.Cartons[0].GrossWeight.Pounds.Should().BeApproximately(50, 1e-4);
        plan.Cartons[0].Dimensions.Longest.Inches.Should().BeApproximately(25, 1e-9);
    }

    [Fact]
    public void A_case_a_hair_over_50_pounds_is_filled_with_fewer_units()
    {
        // The same case at 50.01 lb. In grams (stored to 0.01 g; 1 lb = 453.59237 g exactly): case 22,684.15 g, unit
        // 2,041.17 g, so the empty case is 22,684.15 − 10 × 2,041.17 = 2,272.45 g, and the limit 50 lb = 22,679.6185 g
        // is compared as 22,679.62 g. Units per carton: ⌊(22,679.62 − 2,272.45) / 2,041.17⌋ = ⌊9.998⌋ = 9.
        // 20 units → 9 + 9 + 2; weights 2,272.45 + 9 × 2,041.17 = 20,642.98 g and 2,272.45 + 2 × 2,041.17 = 6,354.79 g.
        var product = Product("KB-45", Inches(10, 10, 10), Mass.FromPounds(4.5), new CasePack(10, Inches(25, 20, 20), Mass.FromPounds(50.01)));
        var plan = InboundPlanner.Plan(Shipment, [new InboundStockLine(product, 20)], CartonRules.AmazonUs, Labels);

        plan.Cartons.Select(c => c.Units).Should().Equal(9, 9, 2);
        plan.Cartons.Select(c => c.GrossWeight.Grams).Should().Equal(20_642.98, 20_642.98, 6_354.79);
        plan.Cartons.Should().OnlyContain(c => !c.IsFullCase);
    }

    [Fact]
    public void A_case_with_a_side_over_25_inches_is_not_used_and_its_units_are_reported()
    {
        var product = Product("RUG-S", Inches(10, 10, 2), Mass.FromPounds(2), new CasePack(10, Inches(25.01, 10, 20), Mass.FromPounds(22)));
        var plan = InboundPlanner.Plan(Shipment, [new InboundStockLine(product, 30)], CartonRules.AmazonUs, Labels);

        plan.Cartons.Should().BeEmpty();
        plan.Unpacked.Single().Reason.Should().Be(UnpackedReason.CaseTooLarge);
        plan.Unpacked.Single().Units.Should().Be(30);
        plan.UnitsUnpacked.Should().Be(30);
    }
    [Theory]
    [InlineData(635.004, UnpackedReason.CaseTooLarge)]   // 4 µm over 25 in = 635 mm: over (it was 635.00 mm, inside, at 0.01 mm)
    [InlineData(635.0004, null)]                         // rounds to 635.000 mm at 1 µm: exactly on the limit, inside
    [InlineData(635, null)]                              // 25 in exactly: the limit is inclusive
    public void The_25_inch_side_limit_is_compared_at_the_one_box_resolution_of_a_micrometre(double longestMillimetres, UnpackedReason? expected)
    {
        // Behaviour change (CHANGELOG): box sides are kept to 0.001 mm, no longer re-rounded to 0.01 mm for the carton
        // rules, so a case 4 µm longer than 25 in is now too large. A case of 10 units of 10 × 10 × 2 in.
        var @case = new Dimensions(Length.FromMillimeters(longestMillimetres), Length.FromInches(10), Length.FromInches(20));
        var product = Product("RUG-M", Inches(10, 10, 2), Mass.FromPounds(2), new CasePack(10, @case, Mass.FromPounds(22)));
        var plan = InboundPlanner.Plan(Shipment, [new InboundStockLine(product, 10)], CartonRules.AmazonUs, Labels);

        plan.Unpacked.Select(u => (UnpackedReason?)u.Reason).SingleOrDefault().Should().Be(expected);
        plan.UnitsInCartons.Should().Be(expected is null ? 10 : 0);
    }


    [Fact]
    public void Without_a_case_pack_the_units_are_reported_not_packed()
    {
        var product = Product("LOOSE-1", Centimetres(10, 10, 10), Mass.FromGrams(300));
        var plan = InboundPlanner.Plan(Shipment, [new InboundStockLine(product, 7, 31.December(2026))], CartonRules.AmazonUs, Labels);

        plan.Unpacked.Single().Reason.Should().Be(UnpackedReason.NoCasePack);
        plan.Unpacked.Single().ToString().Should().Be("7 × LOOSE-1 expiring 2026-12-31: NoCasePack");
    }

    [Fact]
    public void A_unit_heavier_than_50_pounds_or_longer_than_25_inches_ships_alone_and_is_flagged()
    {
        // A 60 lb safe (60 × 453.59237 g = 27,215.5422 g, stored as 27,215.54 g) and a 30 in long lamp of 10 lb.
        var safe = Product("SAFE-60", Inches(20, 15, 15), Mass.FromPounds(60), new CasePack(1, Inches(21, 16, 16), Mass.FromPounds(62)));
        var lamp = Product("LAMP-30", Inches(30, 8, 8), Mass.FromPounds(10));
        var plan = InboundPlanner.Plan(Shipment, [new InboundStockLine(safe, 2), new InboundStockLine(lamp, 1)], CartonRules.AmazonUs, Labels);

        // Lines are packed in SKU order: LAMP-30 before SAFE-60.
        plan.Cartons.Select(c => (c.Sku.Value, c.Units, c.Exemption)).Should().Equal(
            ("LAMP-30", 1, CartonExemption.OversizeUnit),
            ("SAFE-60", 1, CartonExemption.OverweightUnit),
            ("SAFE-60", 1, CartonExemption.OverweightUnit));
        plan.Cartons[1].GrossWeight.Grams.Should().Be(27_215.54);
        plan.Cartons[1].Dimensions.Should().Be(Inches(20, 15, 15));
    }

    [Fact]
    public void The_same_SKU_with_two_expiry_dates_never_shares_a_carton()
    {
        // 30 mugs expiring 2026-01-31 (24 + 6) and 10 expiring 2026-06-30 (10): three cartons, earliest expiry first.
        var plan = InboundPlanner.Plan(Shipment,
            [new InboundStockLine(Mug, 10, 30.June(2026)), new InboundStockLine(Mug, 30, 31.January(2026))], CartonRules.AmazonUs, Labels);

        plan.Cartons.Select(c => (c.Units, c.Expiry)).Should().Equal((24, 31.January(2026)), (6, 31.January(2026)), (10, 30.June(2026)));
    }

    [Fact]
    public void Bad_labels_and_stock_are_refused_with_clear_messages()
    {
        FluentActions.Invoking(() => new SsccSeries(0, "061A41", 1))
            .Should().Throw<ArgumentException>().WithParameterName("companyPrefix")
            .WithMessage("'061A41' is not a GS1 company prefix: it must be 4 to 12 ASCII digits.*");
        FluentActions.Invoking(() => new SsccSeries(0, "061", 1))
            .Should().Throw<ArgumentException>().WithParameterName("companyPrefix")
            .WithMessage("'061' is not a GS1 company prefix: it must be 4 to 12 ASCII digits.*");
        FluentActions.Invoking(() => new SsccSeries(10, "0614141", 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("extensionDigit");
        FluentActions.Invoking(() => new SsccSeries(0, "061414100000", 10_000))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstSerialReference")
            .WithMessage("firstSerialReference 10000 has more than the 4 digits a serial reference has with the 12-digit company prefix 061414100000.*");
        FluentActions.Invoking(() => new SsccSeries(0, "0614141", -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstSerialReference")
            .WithMessage("firstSerialReference must not be negative, but was -1.*");

        // A 12-digit prefix leaves 4-digit serials: from 9998 only 9998 and 9999 remain, but 100 mugs need 5 cartons.
        FluentActions.Invoking(() => InboundPlanner.Plan(Shipment, [new InboundStockLine(Mug, 100)], CartonRules.AmazonUs, new SsccSeries(0, "061414100000", 9_998)))
            .Should().Throw<ArgumentException>().WithParameterName("labels")
            .WithMessage("The plan needs 5 SSCCs from serial reference 9998, but 4-digit serial references end at 9999; choose a lower first serial reference or another extension digit.*");
        FluentActions.Invoking(() => InboundPlanner.Plan(Shipment, [new InboundStockLine(Mug, 1), new InboundStockLine(Mug, 2)], CartonRules.AmazonUs, Labels))
            .Should().Throw<ArgumentException>().WithParameterName("stock")
            .WithMessage("stock lists P-MUG-350 without expiry more than once.*");
        FluentActions.Invoking(() => new InboundStockLine(Mug, 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("units")
            .WithMessage("units must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => new CartonRules("x", Length.FromInches(25), Mass.FromPounds(-1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxGrossWeight")
            .WithMessage("maxGrossWeight must be greater than zero, but was -1 lb.*");
    }

    [Fact]
    public void The_last_serial_of_a_series_is_usable()
    {
        // 9998 and 9999 are enough for 2 cartons.
        var plan = InboundPlanner.Plan(Shipment, [new InboundStockLine(Mug, 30)], CartonRules.AmazonUs, new SsccSeries(0, "061414100000", 9_998));
        plan.Cartons.Select(c => c.Sscc.Digits[13..17]).Should().Equal("9998", "9999");
    }
}
