using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Products;

public sealed class DimensionsTests
{
    private static Dimensions Cm(double a, double b, double c) =>
        new(Length.FromCentimeters(a), Length.FromCentimeters(b), Length.FromCentimeters(c));

    [Fact]
    public void The_same_box_in_different_units_is_equal_and_hashes_equal()
    {
        // 60 cm = 0.6 m = 600 mm; 40 cm = 400 mm = 40 / 2.54 in (a double that is not exact, read back to 400.000 mm).
        var inCentimetres = Cm(60, 40, 40);
        var mixed = new Dimensions(Length.FromMeters(0.6), Length.FromMillimeters(400), Length.FromInches(40 / 2.54));

        inCentimetres.Should().Be(mixed);
        (inCentimetres == mixed).Should().BeTrue();
        inCentimetres.GetHashCode().Should().Be(mixed.GetHashCode());
    }

    [Fact]
    public void Ten_inches_equal_25_point_4_centimetres()
    {
        // 1 in = 2.54 cm by definition, so 10 in = 25.4 cm = 254 mm.
        var inches = new Dimensions(Length.FromInches(10), Length.FromInches(10), Length.FromInches(10));

        inches.Should().Be(Cm(25.4, 25.4, 25.4));
        inches.GetHashCode().Should().Be(Cm(25.4, 25.4, 25.4).GetHashCode());
        inches.ToString().Should().Be("254 × 254 × 254 mm");
    }

    [Fact]
    public void The_same_box_turned_on_its_side_is_equal_and_other_boxes_are_not()
    {
        var box = Cm(60, 40, 30);

        box.Should().Be(Cm(30, 60, 40)).And.Be(Cm(40, 30, 60));
        box.GetHashCode().Should().Be(Cm(40, 30, 60).GetHashCode());
        box.Should().NotBe(Cm(60, 40, 31));
        box.Should().NotBe(Cm(60, 40, 40), "a repeated side is not the same box as three different sides");
        object? nothing = null;
        box.Equals(nothing).Should().BeFalse();
    }

    [Fact]
    public void Longest_median_shortest_girth_and_volume_of_a_worked_box()
    {
        // Given as 10 in × 20 cm × 0.3 m: 254 mm, 200 mm, 300 mm. Sorted: longest 300, median 254, shortest 200 mm.
        // Girth = 2 × (median + shortest) = 2 × (254 + 200) = 908 mm; length + girth = 300 + 908 = 1,208 mm.
        // Volume = 300 × 254 × 200 = 15,240,000 mm³ = 15,240 cm³ = 15.24 L.
        var box = new Dimensions(Length.FromInches(10), Length.FromCentimeters(20), Length.FromMeters(0.3));

        box.Longest.Millimeters.Should().Be(300);
        box.Median.Millimeters.Should().Be(254);
        box.Shortest.Millimeters.Should().Be(200);
        box.Girth.Millimeters.Should().Be(908);
        box.LengthPlusGirth.Millimeters.Should().Be(1_208);
        box.Volume.CubicCentimeters.Should().BeApproximately(15_240, 1e-9);
        box.Volume.Liters.Should().BeApproximately(15.24, 1e-12);
        box.ToString().Should().Be("300 × 254 × 200 mm");
    }

    [Fact]
    public void Girth_of_the_carrier_textbook_parcel_in_inches()
    {
        // UPS/USPS worked case: a 30 × 12 × 10 in box has girth 2 × (12 + 10) = 44 in and length + girth 30 + 44 = 74 in
        // (under USPS's 108 in and UPS's 165 in limits). In millimetres: 44 × 25.4 = 1,117.6 and 74 × 25.4 = 1,879.6.
        var box = new Dimensions(Length.FromInches(10), Length.FromInches(30), Length.FromInches(12));

        box.Longest.Inches.Should().BeApproximately(30, 1e-12);
        box.Girth.Millimeters.Should().BeApproximately(1_117.6, 1e-9);
        box.LengthPlusGirth.Inches.Should().BeApproximately(74, 1e-12);
    }

    [Fact]
    public void Sides_are_kept_to_the_micrometre_so_hundredths_of_an_inch_are_exact()
    {
        // Behaviour change (CHANGELOG): the one resolution is 0.001 mm. 14.01 in = 14.01 × 25.4 = 355.854 mm exactly;
        // the product box used to round it to 0.01 mm (355.85 mm), 4 µm short.
        var box = new Dimensions(Length.FromInches(14.01), Length.FromInches(12), Length.FromInches(0.75));

        box.ToString().Should().Be("355.854 × 304.8 × 19.05 mm");
        box.Longest.Millimeters.Should().BeApproximately(355.854, 1e-9);
        box.Should().NotBe(new Dimensions(Length.FromMillimeters(355.85), Length.FromInches(12), Length.FromInches(0.75)));

        // Half a micrometre rounds away from zero; less than half rounds down.
        Cm(1, 1, 1).Should().Be(new Dimensions(Length.FromMillimeters(10.0004), Length.FromCentimeters(1), Length.FromCentimeters(1)));
        new Dimensions(Length.FromMillimeters(10.0005), Length.FromCentimeters(1), Length.FromCentimeters(1)).ToString()
            .Should().Be("10.001 × 10 × 10 mm");
    }

    [Theory]
    [InlineData(0, 40, 40, "length", "length must be greater than zero, but was 0 cm.")]
    [InlineData(60, 0, 40, "width", "width must be greater than zero, but was 0 cm.")]
    [InlineData(60, 40, -5, "height", "height must be greater than zero, but was -5 cm.")]
    public void Zero_or_negative_sides_are_refused(double length, double width, double height, string parameter, string message)
    {
        var act = () => Cm(length, width, height);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).WithMessage(message + "*");
    }

    [Fact]
    public void A_default_length_is_zero_and_refused()
    {
        var act = () => new Dimensions(default, Length.FromCentimeters(1), Length.FromCentimeters(1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length")
            .WithMessage("length must be greater than zero, but was 0 m.*");
    }

    [Fact]
    public void Sides_too_short_or_too_long_are_refused()
    {
        var one = Length.FromCentimeters(1);

        // 0.0004 mm rounds to 0.000 mm at the 0.001 mm resolution.
        FluentActions.Invoking(() => new Dimensions(Length.FromNanometers(400), one, one))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length")
            .WithMessage("length must be at least 0.001 mm, but was 400 nm.*");
        FluentActions.Invoking(() => new Dimensions(one, Length.FromKilometers(2), one))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("width")
            .WithMessage("width must be at most 1000 m, but was 2 km.*");
        FluentActions.Invoking(() => new Dimensions(one, one, Length.FromKilometers(1e300)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("height")
            .WithMessage("height must be at most 1000 m, but was 1e+300 km.*");
    }

    [Fact]
    public void NaN_and_infinite_sides_cannot_even_be_built_as_lengths()
    {
        // UnitsNet 5 refuses NaN and infinity when the quantity is created, so such a side never reaches Dimensions.
        // This pins that boundary: if UnitsNet ever allowed NaN, our own check (`!(millimetres > 0)`) refuses it as
        // "must be greater than zero".
        FluentActions.Invoking(() => Length.FromCentimeters(double.NaN)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Length.FromCentimeters(double.PositiveInfinity)).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("600 × 400 × 400 mm", 600, 400, 400)]
    [InlineData("400 × 600 × 400 mm", 600, 400, 400)]
    [InlineData("0.001 × 1000000 × 19.05 mm", 1_000_000, 19.05, 0.001)]
    [InlineData("355.854 × 304.80 × 19.050 mm", 355.854, 304.8, 19.05)]
    public void Parse_reads_the_text_form_with_the_sides_in_any_order(string text, double longest, double median, double shortest)
    {
        var box = Dimensions.Parse(text);

        box.Should().Be(new Dimensions(Length.FromMillimeters(longest), Length.FromMillimeters(median), Length.FromMillimeters(shortest)));
        Dimensions.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(box);
    }

    [Theory]
    [InlineData("60 x 40 x 40 cm", "it must end with \" mm\"")]
    [InlineData("600 × 400 mm", "it must be three sides separated by \" × \"")]
    [InlineData("600 x 400 x 400 mm", "it must be three sides separated by \" × \"")]
    [InlineData("600 × 400 × 400 × 1 mm", "it must be three sides separated by \" × \"")]
    [InlineData("600 × -400 × 400 mm", "side 2 ('-400') must be a number of millimetres written with ASCII digits and at most one '.'")]
    [InlineData("600 × 4e2 × 400 mm", "side 2 ('4e2') must be a number of millimetres written with ASCII digits and at most one '.'")]
    [InlineData("600 ×  400 × 400 mm", "side 2 (' 400') must be a number of millimetres written with ASCII digits and at most one '.'")]
    [InlineData("600 × 400. × 400 mm", "side 2 ('400.') must be a number of millimetres written with ASCII digits and at most one '.'")]
    [InlineData("600 × 1,000 × 400 mm", "side 2 ('1,000') must be a number of millimetres written with ASCII digits and at most one '.'")]
    [InlineData("600 × 400 × 0.0005 mm", "side 3 ('0.0005') has more than 3 decimals (sides are stored to 0.001 mm)")]
    [InlineData("0 × 400 × 400 mm", "side 1 ('0') must be greater than 0 and at most 1000000 mm (1000 m)")]
    [InlineData("1000000.001 × 400 × 400 mm", "side 1 ('1000000.001') must be greater than 0 and at most 1000000 mm (1000 m)")]
    public void Parse_names_the_input_and_the_broken_rule(string text, string rule)
    {
        FluentActions.Invoking(() => Dimensions.Parse(text)).Should().Throw<FormatException>()
            .Which.Message.Should().Be($"'{text}' is not a valid box (longest × median × shortest mm): {rule}.");
        Dimensions.TryParse(text, out var result).Should().BeFalse();
        result.Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" mm")]
    [InlineData("\u0660\u0661 × 1 × 1 mm")]          // Arabic-Indic digits are digits to char.IsDigit, not to the form
    [InlineData("1 × 1 × 1 mm\0")]
    [InlineData("\uD800 × 1 × 1 mm")]                 // a lone surrogate
    [InlineData("99999999999999999999999999999999 × 1 × 1 mm")]
    [InlineData("999999999999999999999999999999999 × 1 × 1 mm")]
    public void TryParse_never_throws(string? text)
    {
        Dimensions.TryParse(text, out var result).Should().BeFalse();
        result.Should().BeNull();
        FluentActions.Invoking(() => Dimensions.Parse(text)).Should().Throw<FormatException>();
    }

    [Fact]
    public void Parse_of_null_says_so()
    {
        FluentActions.Invoking(() => Dimensions.Parse(null)).Should().Throw<FormatException>()
            .WithMessage("null is not a valid box (longest × median × shortest mm): the text must not be null.");
    }
}
