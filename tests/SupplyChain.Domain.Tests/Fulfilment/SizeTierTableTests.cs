using NodaTime;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// Worked examples for the Amazon US 2024 size tiers. Limits: Amazon Seller Central "Product size tiers" (US) for the
/// table in force from 2024-02-05 (small standard ≤ 16 oz unit weight and 15 × 12 × 0.75 in; large standard ≤ 20 lb
/// and 18 × 14 × 8 in; large bulky ≤ 50 lb, 59 × 33 × 33 in, length + girth ≤ 130 in; extra-large beyond, in bands
/// 0–50, 50+–70, 70+–150, 150+ lb). Dimensional weight = L × W × H / 139 (lb), with median and shortest side at least
/// 2 in for large bulky and extra-large. Every expected number is worked by hand in the comment above it.
/// </summary>
public sealed class SizeTierTableTests
{
    private static readonly SizeTierTable Us2024 = SizeTierTable.AmazonUs2024;

    private static SizeTierResult Classify(double longest, double median, double shortest, Mass unitWeight) =>
        Us2024.Classify(Length.FromInches(longest), Length.FromInches(median), Length.FromInches(shortest), unitWeight);

    [Fact]
    public void Exactly_15_by_12_by_0_75_inches_and_16_ounces_is_small_standard()
    {
        // Every small-standard limit met exactly (limits are inclusive). Length + girth = 15 + 2 × (12 + 0.75) = 40.5 in.
        // Dimensional weight = 15 × 12 × 0.75 / 139 = 135 / 139 = 0.971223 lb; small standard uses the unit weight, 1 lb.
        var result = Classify(15, 12, 0.75, Mass.FromOunces(16));

        result.Tier.Should().Be(SizeTier.SmallStandard);
        result.Band.Should().BeNull();
        result.ExceededTier.Should().BeNull();
        result.ExceededLimit.Should().BeNull();
        result.LengthPlusGirth.Inches.Should().BeApproximately(40.5, 1e-9);
        result.UnitWeight.Pounds.Should().BeApproximately(1, 1e-12);
        result.DimensionalWeight.Pounds.Should().BeApproximately(135.0 / 139, 1e-9);
        result.ShippingWeight.Pounds.Should().BeApproximately(1, 1e-12);
        result.Table.Should().BeSameAs(Us2024);
    }

    [Theory]
    [InlineData(15.01, 12, 0.75, 16, SizeTierLimit.LongestSide)]
    [InlineData(15, 12.01, 0.75, 16, SizeTierLimit.MedianSide)]
    [InlineData(15, 12, 0.76, 16, SizeTierLimit.ShortestSide)]
    [InlineData(15, 12, 0.75, 16.01, SizeTierLimit.Weight)]
    public void Just_above_a_small_standard_limit_is_large_standard(double longest, double median, double shortest, double ounces, SizeTierLimit exceeded)
    {
        var result = Classify(longest, median, shortest, Mass.FromOunces(ounces));

        result.Tier.Should().Be(SizeTier.LargeStandard);
        result.ExceededTier.Should().Be(SizeTier.SmallStandard);
        result.ExceededLimit.Should().Be(exceeded);
    }

    [Fact]
    public void Just_above_16_ounces_the_shipping_weight_is_the_larger_of_unit_and_dimensional_weight()
    {
        // Unit weight 16.01 oz = 16.01 / 16 = 1.000625 lb > dimensional 135 / 139 = 0.971223 lb.
        var result = Classify(15, 12, 0.75, Mass.FromOunces(16.01));

        result.ShippingWeight.Pounds.Should().BeApproximately(1.000625, 1e-12);
    }

    [Fact]
    public void The_same_boundary_item_in_centimetres_and_grams_is_small_standard()
    {
        // 15 in = 38.1 cm, 12 in = 30.48 cm, 0.75 in = 1.905 cm and 1 lb = 453.59237 g exactly: every limit met exactly.
        var result = Us2024.Classify(
            Length.FromCentimeters(1.905), Length.FromCentimeters(38.1), Length.FromCentimeters(30.48), Mass.FromGrams(453.59237));

        result.Tier.Should().Be(SizeTier.SmallStandard);
        result.LongestSide.Inches.Should().BeApproximately(15, 1e-12);
        result.MedianSide.Inches.Should().BeApproximately(12, 1e-12);
        result.ShortestSide.Inches.Should().BeApproximately(0.75, 1e-12);
        result.ShippingWeight.Pounds.Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void Sides_are_sorted_before_they_are_compared()
    {
        // 0.75 × 15 × 12 in sorts to 15 × 12 × 0.75 in: small standard with 8 oz = 0.5 lb.
        var result = Classify(0.75, 15, 12, Mass.FromOunces(8));

        result.Tier.Should().Be(SizeTier.SmallStandard);
        result.LongestSide.Inches.Should().BeApproximately(15, 1e-12);
        result.MedianSide.Inches.Should().BeApproximately(12, 1e-12);
        result.ShortestSide.Inches.Should().BeApproximately(0.75, 1e-12);
        result.ShippingWeight.Pounds.Should().BeApproximately(0.5, 1e-12);
    }

    [Fact]
    public void Large_standard_is_billed_on_the_dimensional_weight_when_it_is_larger()
    {
        // 18 × 14 × 8 in = 2,016 in³; / 139 = 14.503597 lb > 10 lb unit weight, and ≤ 20 lb: large standard.
        // 18 > 15 in: the longest side is the first small-standard limit exceeded.
        var result = Classify(18, 14, 8, Mass.FromPounds(10));

        result.Tier.Should().Be(SizeTier.LargeStandard);
        result.DimensionalWeight.Pounds.Should().BeApproximately(2016.0 / 139, 1e-9);
        result.ShippingWeight.Pounds.Should().BeApproximately(14.503597, 1e-6);
        result.ExceededLimit.Should().Be(SizeTierLimit.LongestSide);
    }

    [Fact]
    public void Above_20_pounds_a_large_standard_box_is_large_bulky()
    {
        // 18 × 14 × 8 in, 20.5 lb > 20 lb; dimensional weight 14.503597 lb (all sides ≥ 2 in); shipping weight 20.5 lb.
        // Length + girth = 18 + 2 × (14 + 8) = 62 in ≤ 130 in.
        var result = Classify(18, 14, 8, Mass.FromPounds(20.5));

        result.Tier.Should().Be(SizeTier.LargeBulky);
        result.ExceededTier.Should().Be(SizeTier.LargeStandard);
        result.ExceededLimit.Should().Be(SizeTierLimit.Weight);
        result.ShippingWeight.Pounds.Should().BeApproximately(20.5, 1e-12);
        result.LengthPlusGirth.Inches.Should().BeApproximately(62, 1e-12);
    }

    [Fact]
    public void Large_bulky_dimensional_weight_takes_median_and_shortest_side_as_at_least_2_inches()
    {
        // 40 × 1 × 1 in: dimensional weight uses 40 × 2 × 2 = 160 in³; 160 / 139 = 1.151079 lb > 1 lb unit weight.
        // Length + girth uses the actual sides: 40 + 2 × (1 + 1) = 44 in.
        var result = Classify(40, 1, 1, Mass.FromPounds(1));

        result.Tier.Should().Be(SizeTier.LargeBulky);
        result.DimensionalWeight.Pounds.Should().BeApproximately(160.0 / 139, 1e-9);
        result.ShippingWeight.Pounds.Should().BeApproximately(1.151079, 1e-6);
        result.LengthPlusGirth.Inches.Should().BeApproximately(44, 1e-12);
    }

    [Fact]
    public void Dimensional_weight_exactly_50_pounds_is_still_large_bulky()
    {
        // 55.6 × 25 × 5 in = 6,950 in³; 6,950 / 139 = 50 lb exactly, on the inclusive limit. Length + girth
        // = 55.6 + 2 × 30 = 115.6 in. The library computes in exact decimals, so the result is exactly 50 lb.

        var onLimit = Classify(55.6, 25, 5, Mass.FromPounds(10));
        onLimit.Tier.Should().Be(SizeTier.LargeBulky);
        onLimit.ShippingWeight.Pounds.Should().Be(50);

        // 55.61 × 25 × 5 = 6,951.25 in³; / 139 = 50.008993 lb > 50 lb: extra-large, in the 50+ to 70 lb band.
        var above = Classify(55.61, 25, 5, Mass.FromPounds(10));
        above.Tier.Should().Be(SizeTier.ExtraLarge);
        above.ExceededLimit.Should().Be(SizeTierLimit.Weight);
        above.Band!.Name.Should().Be("extra-large-50-to-70-lb");
        above.ShippingWeight.Pounds.Should().BeApproximately(6951.25 / 139, 1e-9);
    }

    [Fact]
    public void Length_plus_girth_above_130_inches_is_extra_large_even_when_every_side_fits()
    {
        // 58 × 33 × 3 in: length + girth = 58 + 2 × 36 = 130 in, on the limit; 5,742 / 139 = 41.309353 lb ≤ 50: large bulky.
        Classify(58, 33, 3, Mass.FromPounds(10)).Tier.Should().Be(SizeTier.LargeBulky);

        // 58 × 33 × 3.5 in: 58 + 2 × 36.5 = 131 in > 130; 6,699 / 139 = 48.194245 lb: extra-large 0 to 50 lb.
        var result = Classify(58, 33, 3.5, Mass.FromPounds(10));
        result.Tier.Should().Be(SizeTier.ExtraLarge);
        result.ExceededTier.Should().Be(SizeTier.LargeBulky);
        result.ExceededLimit.Should().Be(SizeTierLimit.LengthPlusGirth);
        result.Band!.Name.Should().Be("extra-large-0-to-50-lb");
        result.ShippingWeight.Pounds.Should().BeApproximately(6699.0 / 139, 1e-9);
    }

    [Theory]
    // 60 × 10 × 10 in = 6,000 in³; / 139 = 43.165468 lb; the band follows max(unit weight, 43.165468 lb).
    [InlineData(20, "extra-large-0-to-50-lb", 43.165468)]
    [InlineData(50, "extra-large-0-to-50-lb", 50)]
    [InlineData(50.5, "extra-large-50-to-70-lb", 50.5)]
    [InlineData(70, "extra-large-50-to-70-lb", 70)]
    [InlineData(70.5, "extra-large-70-to-150-lb", 70.5)]
    [InlineData(150, "extra-large-70-to-150-lb", 150)]
    [InlineData(151, "extra-large-over-150-lb", 151)]
    public void Extra_large_bands_follow_the_shipping_weight_with_inclusive_upper_limits(double pounds, string band, double shippingPounds)
    {
        var result = Classify(60, 10, 10, Mass.FromPounds(pounds));

        result.Tier.Should().Be(SizeTier.ExtraLarge);
        result.ExceededLimit.Should().Be(SizeTierLimit.LongestSide);   // 60 > 59 in
        result.Band!.Name.Should().Be(band);
        result.ShippingWeight.Pounds.Should().BeApproximately(shippingPounds, 1e-6);
    }

    [Fact]
    public void The_extra_large_150_plus_band_reports_the_unit_weight()
    {
        // 100 × 40 × 40 in = 160,000 in³; / 139 = 1,151.079137 lb > 150 lb: the 150+ lb band, where Amazon uses the
        // unit weight (100 lb) rather than the dimensional weight.
        var result = Classify(100, 40, 40, Mass.FromPounds(100));

        result.Band!.Name.Should().Be("extra-large-over-150-lb");
        result.DimensionalWeight.Pounds.Should().BeApproximately(160000.0 / 139, 1e-6);
        result.ShippingWeight.Pounds.Should().BeApproximately(100, 1e-12);
    }

    [Fact]
    public void The_result_explains_itself()
    {
        // 16.5 oz = 1.03125 lb > 16 oz: large standard because of the weight.
        Classify(15, 12, 0.75, Mass.FromOunces(16.5)).ToString().Should().Be(
            "large-standard: 15 x 12 x 0.75 in, length + girth 40.5 in, unit weight 1.03125 lb, dimensional weight 0.971223 lb, "
            + "shipping weight 1.03125 lb; weight exceeds small-standard (amazon-us-2024-02-05)");
    }

    [Fact]
    public void The_built_in_table_lists_its_limits()
    {
        Us2024.Marketplace.Should().BeSameAs(CountryCode.Parse("US"));
        Us2024.ValidFrom.Should().Be(new LocalDate(2024, 2, 5));
        Us2024.DimensionalWeightRule.Should().BeSameAs(ChargeableWeightRules.AmazonUs);
        Us2024.Tiers.Select(t => t.Tier).Should().Equal(SizeTier.SmallStandard, SizeTier.LargeStandard, SizeTier.LargeBulky, SizeTier.ExtraLarge);
        Us2024.LimitsOf(SizeTier.SmallStandard).MaxWeight!.Value.Ounces.Should().BeApproximately(16, 1e-12);
        Us2024.LimitsOf(SizeTier.LargeBulky).ToString().Should().Be(
            "large-bulky: weight up to 50 lb (shipping weight), sides up to 59 x 33 x 33 in, length + girth up to 130 in");
        Us2024.LimitsOf(SizeTier.ExtraLarge).IsCatchAll.Should().BeTrue();
        Us2024.LimitsOf(SizeTier.ExtraLarge).Bands.Should().HaveCount(4);
        Us2024.ToString().Should().Be("amazon-us-2024-02-05 (US from 2024-02-05): small-standard, large-standard, large-bulky, extra-large");
    }

    // ---- bad input ----

    [Fact]
    public void A_zero_side_is_refused()
    {
        var act = () => Classify(15, 0, 0.75, Mass.FromOunces(8));

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Should().Match<ArgumentOutOfRangeException>(e =>
            e.ParamName == "width" && e.Message.StartsWith("width must be greater than zero, but was 0 in.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negative_weight_is_refused()
    {
        var act = () => Classify(15, 12, 0.75, Mass.FromPounds(-1));

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Should().Match<ArgumentOutOfRangeException>(e =>
            e.ParamName == "unitWeight" && e.Message.StartsWith("unitWeight must not be negative, but was -1 lb.", StringComparison.Ordinal));
    }

    [Fact]
    public void Null_dimensions_are_refused()
    {
        var act = () => Us2024.Classify(null!, Mass.FromPounds(1));

        act.Should().Throw<ArgumentNullException>().WithParameterName("dimensions");
    }

    [Fact]
    public void Tiers_must_be_in_size_order_and_end_with_a_catch_all()
    {
        var small = Us2024.LimitsOf(SizeTier.SmallStandard);
        var large = Us2024.LimitsOf(SizeTier.LargeStandard);
        var extra = Us2024.LimitsOf(SizeTier.ExtraLarge);
        var us = CountryCode.Parse("US");
        var start = new LocalDate(2030, 1, 1);

        var outOfOrder = () => new SizeTierTable("t", us, start, ChargeableWeightRules.AmazonUs, [large, small, extra]);
        outOfOrder.Should().Throw<ArgumentException>().WithParameterName("tiers")
            .WithMessage("tiers must list tiers from the smallest to the largest without repeats, but small-standard follows large-standard.*");

        var noCatchAll = () => new SizeTierTable("t", us, start, ChargeableWeightRules.AmazonUs, [small, large]);
        noCatchAll.Should().Throw<ArgumentException>().WithParameterName("tiers")
            .WithMessage("tiers: the last tier (large-standard) must have no limits, so that every item fits a tier.*");

        var empty = () => new SizeTierTable("t", us, start, ChargeableWeightRules.AmazonUs, []);
        empty.Should().Throw<ArgumentException>().WithParameterName("tiers").WithMessage("tiers must not be empty.*");
    }

    [Fact]
    public void Bands_must_increase_and_end_open()
    {
        var act = () => new SizeTierLimits(SizeTier.ExtraLarge, SizeTierWeightBasis.ShippingWeight)
        {
            Bands = [new SizeTierBand("b70", Mass.FromPounds(70)), new SizeTierBand("b50", Mass.FromPounds(50)), new SizeTierBand("open", null)],
        };

        act.Should().Throw<ArgumentException>().WithParameterName("Bands")
            .WithMessage("Bands must have strictly increasing maximum weights with only the last band open, but band 'b50' breaks that.*");
    }
}
