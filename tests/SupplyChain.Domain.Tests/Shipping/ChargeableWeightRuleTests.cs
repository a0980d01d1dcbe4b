using NodaTime;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;
using UnitsNet.Units;

namespace SupplyChain.Domain.Tests.Shipping;

/// <summary>
/// Worked examples for the built-in and custom rules. Every expected number is worked by hand in the comment above
/// it from the rule's published ratio (see the rule table in shared/reference/domain/README.md) and the exact
/// definitions 1 in = 2.54 cm, 1 lb = 0.45359237 kg.
/// </summary>
public sealed class ChargeableWeightRuleTests
{
    private static Dimensions Cm(double length, double width, double height) =>
        new(Length.FromCentimeters(length), Length.FromCentimeters(width), Length.FromCentimeters(height));

    private static Dimensions Inches(double length, double width, double height) =>
        new(Length.FromInches(length), Length.FromInches(width), Length.FromInches(height));

    [Fact]
    public void Express_box_billed_on_volume_is_rounded_up_to_the_next_half_kilogram()
    {
        // 60 × 40 × 40 cm = 96,000 cm³; 96,000 / 5,000 = 19.2 kg > 12 kg actual; rounded up to 0.5 kg: 19.5 kg.
        var result = ChargeableWeightRules.InternationalExpress.Calculate(Cm(60, 40, 40), Mass.FromKilograms(12));

        result.Actual.Should().Be(Mass.FromKilograms(12));
        result.Volumetric.Should().Be(Mass.FromKilograms(19.2));
        result.Chargeable.Should().Be(Mass.FromKilograms(19.5));
        result.ChargeableVolume.Should().BeNull();
        result.IsBilledOnVolume.Should().BeTrue();
        result.Rule.Should().BeSameAs(ChargeableWeightRules.InternationalExpress);
    }

    [Fact]
    public void Volumetric_weight_exactly_on_a_step_is_not_rounded_up()
    {
        // 17.6 × 25 × 62.5 cm = 27,500 cm³; 27,500 / 5,000 = 5.5 kg exactly, already a multiple of 0.5 kg.
        // Naive binary floating point lands just above the step and would bill 6 kg:
        (17.6 * 25 * 62.5 / 5000).Should().BeGreaterThan(5.5);

        var result = ChargeableWeightRules.InternationalExpress.Calculate(Cm(17.6, 25, 62.5), Mass.FromKilograms(4));

        result.Volumetric.Should().Be(Mass.FromKilograms(5.5));
        result.Chargeable.Should().Be(Mass.FromKilograms(5.5));
    }

    [Fact]
    public void Express_parcel_measured_in_inches_and_pounds_is_billed_in_kilograms()
    {
        // 20 × 12 × 10 in = 2,400 in³ = 2,400 × 16.387064 cm³ = 39,328.9536 cm³; / 5,000 = 7.86579072 kg.
        // Actual 5 lb = 2.26796185 kg. Chargeable: 7.86579072 kg rounded up to 0.5 kg = 8 kg.
        var result = ChargeableWeightRules.InternationalExpress.Calculate(Inches(20, 12, 10), Mass.FromPounds(5));

        result.Actual.Unit.Should().Be(MassUnit.Kilogram);
        result.Actual.Kilograms.Should().BeApproximately(2.26796185, 1e-12);
        result.Volumetric.Kilograms.Should().BeApproximately(7.86579072, 1e-12);
        result.Chargeable.Should().Be(Mass.FromKilograms(8));
    }

    [Fact]
    public void Iata_air_cargo_uses_6000_cubic_centimetres_per_kilogram()
    {
        // 120 × 80 × 100 cm = 960,000 cm³; / 6,000 = 160 kg > 95.2 kg actual; 160 is a multiple of 0.5: 160 kg.
        var result = ChargeableWeightRules.IataAirCargo.Calculate(Cm(120, 80, 100), Mass.FromKilograms(95.2));

        result.Volumetric.Should().Be(Mass.FromKilograms(160));
        result.Chargeable.Should().Be(Mass.FromKilograms(160));
    }

    [Fact]
    public void When_the_actual_weight_is_larger_it_is_the_one_rounded_up()
    {
        // 40 × 30 × 20 cm = 24,000 cm³; / 6,000 = 4 kg < 4.1 kg actual; 4.1 rounded up to 0.5 kg = 4.5 kg.
        var result = ChargeableWeightRules.IataAirCargo.Calculate(Cm(40, 30, 20), Mass.FromKilograms(4.1));

        result.Volumetric.Should().Be(Mass.FromKilograms(4));
        result.Chargeable.Should().Be(Mass.FromKilograms(4.5));
        result.IsBilledOnVolume.Should().BeFalse();
    }

    [Fact]
    public void Amazon_us_dimensional_weight_is_in_pounds_and_not_rounded()
    {
        // 18 × 14 × 8 in = 2,016 in³; / 139 = 14.5035971... lb > 9 lb actual; no step: 14.5035971 lb.
        var result = ChargeableWeightRules.AmazonUs.Calculate(Inches(18, 14, 8), Mass.FromPounds(9));

        result.Volumetric.Unit.Should().Be(MassUnit.Pound);
        result.Volumetric.Pounds.Should().BeApproximately(2016.0 / 139.0, 1e-12);
        result.Chargeable.Pounds.Should().BeApproximately(2016.0 / 139.0, 1e-12);
    }

    [Fact]
    public void Amazon_eu_keeps_the_actual_weight_when_it_is_larger_and_does_not_round()
    {
        // 50 × 40 × 30 cm = 60,000 cm³; / 5,000 = 12 kg < 12.4 kg actual; no step: 12.4 kg.
        var result = ChargeableWeightRules.AmazonEu.Calculate(Cm(50, 40, 30), Mass.FromKilograms(12.4));

        result.Volumetric.Should().Be(Mass.FromKilograms(12));
        result.Chargeable.Should().Be(Mass.FromKilograms(12.4));
    }

    [Fact]
    public void Sea_lcl_bills_weight_or_measure_in_revenue_tonnes()
    {
        // 2.5 m³ × 1,000 kg/m³ = 2,500 kg > 1,800 kg actual: 2,500 kg, i.e. 2,500 / 1,000 = 2.5 revenue tonnes (m³).
        var result = ChargeableWeightRules.SeaLcl.Calculate(Volume.FromCubicMeters(2.5), Mass.FromKilograms(1800));

        result.Volumetric.Should().Be(Mass.FromKilograms(2500));
        result.Chargeable.Should().Be(Mass.FromKilograms(2500));
        result.ChargeableVolume.Should().Be(Volume.FromCubicMeters(2.5));
    }

    [Fact]
    public void Sea_lcl_heavy_cargo_gives_a_chargeable_volume_larger_than_the_box()
    {
        // 1.2 × 1.0 × 1.5 m = 1.8 m³ → 1,800 kg < 2,100 kg actual: 2,100 kg, i.e. 2,100 / 1,000 = 2.1 m³ billed.
        var box = new Dimensions(Length.FromMeters(1.2), Length.FromMeters(1.0), Length.FromMeters(1.5));

        var result = ChargeableWeightRules.SeaLcl.Calculate(box, Mass.FromKilograms(2100));

        result.Volumetric.Should().Be(Mass.FromKilograms(1800));
        result.Chargeable.Should().Be(Mass.FromKilograms(2100));
        result.ChargeableVolume.Should().Be(Volume.FromCubicMeters(2.1));
    }

    [Fact]
    public void Sea_lcl_lane_variant_counts_a_cubic_metre_as_500_kilograms()
    {
        // 3 m³ × 500 kg/m³ = 1,500 kg > 1,200 kg actual: 1,500 kg, i.e. 1,500 / 500 = 3 m³.
        var result = ChargeableWeightRules.SeaLcl500.Calculate(Volume.FromCubicMeters(3), Mass.FromKilograms(1200));

        result.Chargeable.Should().Be(Mass.FromKilograms(1500));
        result.ChargeableVolume.Should().Be(Volume.FromCubicMeters(3));
    }

    [Fact]
    public void Road_counts_a_cubic_metre_as_333_kilograms_and_reports_no_volume()
    {
        // 2 m³ × 333 kg/m³ = 666 kg > 500 kg actual: 666 kg.
        var result = ChargeableWeightRules.Road.Calculate(Volume.FromCubicMeters(2), Mass.FromKilograms(500));

        result.Chargeable.Should().Be(Mass.FromKilograms(666));
        result.ChargeableVolume.Should().BeNull();
    }

    [Fact]
    public void Volumetric_weight_of_a_volume_alone()
    {
        // 1 m³ = 1,000,000 cm³; / 5,000 = 200 kg (no rounding: the step applies to the chargeable weight only).
        ChargeableWeightRules.InternationalExpress.VolumetricWeight(Volume.FromCubicMeters(1)).Should().Be(Mass.FromKilograms(200));
        // 41 × 51 × 61 cm = 127,551 cm³; / 6,000 = 21.2585 kg.
        ChargeableWeightRules.IataAirCargo.VolumetricWeight(Cm(41, 51, 61)).Kilograms.Should().BeApproximately(21.2585, 1e-12);
    }

    [Fact]
    public void A_zero_actual_weight_is_allowed_and_the_volume_decides()
    {
        // 10 × 10 × 10 cm = 1,000 cm³; / 5,000 = 0.2 kg; rounded up to 0.5 kg.
        ChargeableWeightRules.InternationalExpress.Calculate(Cm(10, 10, 10), Mass.Zero).Chargeable.Should().Be(Mass.FromKilograms(0.5));
    }

    [Fact]
    public void A_caller_defines_its_own_dated_rule()
    {
        // A carrier contract for 2025: 1 kg per 4,000 cm³, rounded up to whole kilograms.
        var rule = new ChargeableWeightRule("my-carrier-4000-cm3-per-kg", Mass.FromKilograms(1), Volume.FromCubicCentimeters(4000),
            roundingStep: Mass.FromKilograms(1))
        {
            ValidFrom = new LocalDate(2025, 1, 1),
            ValidUntil = new LocalDate(2025, 12, 31),
        };

        // 50 × 40 × 30 cm = 60,000 cm³; / 4,000 = 15 kg exactly, a whole kilogram: 15 kg.
        rule.Calculate(Cm(50, 40, 30), Mass.FromKilograms(14)).Chargeable.Should().Be(Mass.FromKilograms(15));
        // Same box, 15.2 kg actual > 15 kg volumetric; rounded up to 1 kg: 16 kg.
        rule.Calculate(Cm(50, 40, 30), Mass.FromKilograms(15.2)).Chargeable.Should().Be(Mass.FromKilograms(16));

        // Both ends of the validity are inclusive.
        rule.IsInForce(new LocalDate(2024, 12, 31)).Should().BeFalse();
        rule.IsInForce(new LocalDate(2025, 1, 1)).Should().BeTrue();
        rule.IsInForce(new LocalDate(2025, 12, 31)).Should().BeTrue();
        rule.IsInForce(new LocalDate(2026, 1, 1)).Should().BeFalse();
        rule.ValidFrom.Should().Be(new LocalDate(2025, 1, 1));
        rule.ValidUntil.Should().Be(new LocalDate(2025, 12, 31));
    }

    [Fact]
    public void A_rule_with_an_open_end_applies_from_its_start_on()
    {
        var rule = new ChargeableWeightRule("from-2026", Mass.FromKilograms(1), Volume.FromCubicCentimeters(5000), null)
        {
            ValidFrom = new LocalDate(2026, 3, 1),
        };

        rule.IsInForce(new LocalDate(2026, 2, 28)).Should().BeFalse();
        rule.IsInForce(new LocalDate(2026, 3, 1)).Should().BeTrue();
        rule.IsInForce(new LocalDate(9999, 12, 31)).Should().BeTrue();
        ChargeableWeightRules.InternationalExpress.IsInForce(new LocalDate(1990, 1, 1)).Should().BeTrue("built-ins have no dates");
    }

    [Fact]
    public void A_custom_rule_in_pounds_rounds_up_to_whole_pounds()
    {
        // A carrier's 166 in³/lb, whole-pound steps. 12 × 12 × 12 in = 1,728 in³; / 166 = 10.4096... lb.
        // Actual 3 kg = 3 / 0.45359237 = 6.6138679 lb < 10.41 lb. Rounded up to 1 lb: 11 lb.
        var rule = new ChargeableWeightRule("carrier-166-in3-per-lb", Mass.FromPounds(1), Volume.FromCubicInches(166), Mass.FromPounds(1));

        var result = rule.Calculate(Inches(12, 12, 12), Mass.FromKilograms(3));

        rule.ResultUnit.Should().Be(MassUnit.Pound);
        result.Actual.Pounds.Should().BeApproximately(3 / 0.45359237, 1e-12);
        result.Volumetric.Pounds.Should().BeApproximately(1728.0 / 166.0, 1e-12);
        result.Chargeable.Should().Be(Mass.FromPounds(11));
    }

    [Fact]
    public void A_step_given_in_another_unit_is_converted_to_the_result_unit()
    {
        // Step 250 g = 0.25 kg. 60 × 40 × 40 cm → 19.2 kg (as above); rounded up to 0.25 kg: 19.25 kg.
        var rule = new ChargeableWeightRule("quarter-kilo", Mass.FromKilograms(1), Volume.FromCubicCentimeters(5000), Mass.FromGrams(250));

        rule.RoundingStep.Should().Be(Mass.FromKilograms(0.25));
        rule.Calculate(Cm(60, 40, 40), Mass.FromKilograms(1)).Chargeable.Should().Be(Mass.FromKilograms(19.25));
    }

    [Fact]
    public void Built_in_rules_have_the_reference_names_and_are_found_by_name()
    {
        ChargeableWeightRules.All.Select(r => r.Name).Should().Equal(
            "express-5000-cm3-per-kg", "iata-6000-cm3-per-kg", "amazon-us-139-in3-per-lb", "amazon-eu-5000-cm3-per-kg",
            "sea-lcl-1000-kg-per-cbm", "sea-lcl-500-kg-per-cbm", "road-333-kg-per-cbm");

        foreach (var rule in ChargeableWeightRules.All)
        {
            ChargeableWeightRules.Get(rule.Name).Should().BeSameAs(rule);
            ChargeableWeightRules.TryGet(rule.Name, out var found).Should().BeTrue();
            found.Should().BeSameAs(rule);
        }

        ChargeableWeightRules.All.Where(r => r.IsWeightOrMeasure).Should().Equal(ChargeableWeightRules.SeaLcl, ChargeableWeightRules.SeaLcl500);
        ChargeableWeightRules.All.Where(r => r.RoundingStep is not null).Should().Equal(ChargeableWeightRules.InternationalExpress, ChargeableWeightRules.IataAirCargo);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("EXPRESS-5000-CM3-PER-KG")]
    [InlineData(" express-5000-cm3-per-kg")]
    public void TryGet_finds_nothing_for_other_text(string? name)
    {
        ChargeableWeightRules.TryGet(name, out var rule).Should().BeFalse();
        rule.Should().BeNull();
    }

    [Fact]
    public void Unknown_rule_name_is_refused_with_the_known_names()
    {
        var act = () => ChargeableWeightRules.Get("express-6000-cm3-per-kg");

        act.Should().Throw<ArgumentException>()
            .WithParameterName("name")
            .WithMessage("'express-6000-cm3-per-kg' is not a known chargeable weight rule: expected one of express-5000-cm3-per-kg, " +
                         "iata-6000-cm3-per-kg, amazon-us-139-in3-per-lb, amazon-eu-5000-cm3-per-kg, sea-lcl-1000-kg-per-cbm, " +
                         "sea-lcl-500-kg-per-cbm, road-333-kg-per-cbm. (Parameter 'name')");
    }

    [Fact]
    public void Null_rule_name_is_refused()
    {
        var act = () => ChargeableWeightRules.Get(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("name").WithMessage("name must not be null.*");
    }

    [Fact]
    public void Negative_actual_weight_is_refused()
    {
        var act = () => ChargeableWeightRules.InternationalExpress.Calculate(Cm(10, 10, 10), Mass.FromKilograms(-1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("actualWeight")
            .WithMessage("actualWeight must not be negative, but was -1 kg.*");
    }

    [Fact]
    public void Zero_volume_is_refused()
    {
        var act = () => ChargeableWeightRules.SeaLcl.Calculate(Volume.Zero, Mass.FromKilograms(100));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("volume")
            .WithMessage("volume must be greater than zero, but was 0 m³.*");
    }

    [Fact]
    public void Null_dimensions_are_refused()
    {
        var act = () => ChargeableWeightRules.InternationalExpress.Calculate((Dimensions)null!, Mass.FromKilograms(1));

        act.Should().Throw<ArgumentNullException>().WithParameterName("dimensions");
    }

    [Fact]
    public void Custom_rule_with_bad_parts_is_refused()
    {
        var kg = Mass.FromKilograms(1);
        var cm3 = Volume.FromCubicCentimeters(5000);

        FluentActions.Invoking(() => new ChargeableWeightRule(" ", kg, cm3, null))
            .Should().Throw<ArgumentException>().WithParameterName("name").WithMessage("name must not be empty or white space.*");
        FluentActions.Invoking(() => new ChargeableWeightRule("x", kg, Volume.FromCubicCentimeters(0), null))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("perVolume")
            .WithMessage("perVolume must be greater than zero, but was 0 cm³.*");
        FluentActions.Invoking(() => new ChargeableWeightRule("x", Mass.FromKilograms(-1), cm3, null))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("volumetricMass")
            .WithMessage("volumetricMass must be greater than zero, but was -1 kg.*");
        FluentActions.Invoking(() => new ChargeableWeightRule("x", kg, cm3, Mass.Zero))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("roundingStep")
            .WithMessage("roundingStep must be greater than zero, but was 0 kg.*");
        FluentActions.Invoking(() => new ChargeableWeightRule("x", Mass.FromGrains(1), cm3, null))
            .Should().Throw<ArgumentException>().WithParameterName("volumetricMass")
            .WithMessage("volumetricMass must be in a unit with an exact definition (kg, g, mg, t, lb, oz, stone, short or long ton), but was in Grain.*");
        FluentActions.Invoking(() => new ChargeableWeightRule("x", kg, Volume.FromUsGallons(1), null))
            .Should().Throw<ArgumentException>().WithParameterName("perVolume")
            .WithMessage("perVolume must be in a unit with an exact definition (mm³, cm³, dm³, m³, l, ml, in³, ft³ or yd³), but was in UsGallon.*");
        FluentActions.Invoking(() => new ChargeableWeightRule("x", kg, cm3, null) { ValidFrom = new LocalDate(2025, 1, 1), ValidUntil = new LocalDate(2024, 12, 31) })
            .Should().Throw<ArgumentException>().WithParameterName("ValidUntil")
            .WithMessage("ValidUntil 2024-12-31 is before ValidFrom 2025-01-01: a validity period includes both ends and cannot end before it starts.*");
        FluentActions.Invoking(() => new ChargeableWeightRule("x", kg, cm3, null) { ValidUntil = new LocalDate(2024, 12, 31), ValidFrom = new LocalDate(2025, 1, 1) })
            .Should().Throw<ArgumentException>("the start is checked against an end set before it").WithParameterName("ValidFrom")
            .WithMessage("ValidFrom 2025-01-01 is after ValidUntil 2024-12-31: a validity period includes both ends and cannot start after it ends.*");
    }

    [Fact]
    public void Rules_and_results_read_well_as_text()
    {
        ChargeableWeightRules.InternationalExpress.ToString()
            .Should().Be("express-5000-cm3-per-kg: 1 kg per 5,000 cm³, rounded up to 0.5 kg");
        ChargeableWeightRules.SeaLcl.ToString()
            .Should().Be("sea-lcl-1000-kg-per-cbm: 1,000 kg per 1 m³, not rounded, weight or measure");
        ChargeableWeightRules.InternationalExpress.Calculate(Cm(60, 40, 40), Mass.FromKilograms(12)).ToString()
            .Should().Be("19.5 kg chargeable (actual 12 kg, volumetric 19.2 kg; express-5000-cm3-per-kg)");
    }
}
