using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Shipping;

public sealed class ParcelDimensionsTests
{
    [Fact]
    public void The_same_box_in_different_units_is_equal_and_hashes_equal()
    {
        // 60 cm = 600 mm = 0.6 m; 40 cm = 400 mm = 0.4 m.
        var inCentimetres = new ParcelDimensions(Length.FromCentimeters(60), Length.FromCentimeters(40), Length.FromCentimeters(40));
        var mixed = new ParcelDimensions(Length.FromMeters(0.6), Length.FromMillimeters(400), Length.FromMeters(0.4));

        inCentimetres.Should().Be(mixed);
        (inCentimetres == mixed).Should().BeTrue();
        inCentimetres.GetHashCode().Should().Be(mixed.GetHashCode());
    }

    [Fact]
    public void Ten_inches_equal_25_point_4_centimetres()
    {
        // 1 in = 2.54 cm exactly, so 10 in = 25.4 cm.
        var inches = new ParcelDimensions(Length.FromInches(10), Length.FromInches(10), Length.FromInches(10));
        var centimetres = new ParcelDimensions(Length.FromCentimeters(25.4), Length.FromCentimeters(25.4), Length.FromCentimeters(25.4));

        inches.Should().Be(centimetres);
        inches.GetHashCode().Should().Be(centimetres.GetHashCode());
    }

    [Fact]
    public void Different_boxes_are_not_equal()
    {
        var box = new ParcelDimensions(Length.FromCentimeters(60), Length.FromCentimeters(40), Length.FromCentimeters(40));

        box.Should().NotBe(new ParcelDimensions(Length.FromCentimeters(60), Length.FromCentimeters(40), Length.FromCentimeters(41)));
        box.Should().NotBe(new ParcelDimensions(Length.FromCentimeters(40), Length.FromCentimeters(60), Length.FromCentimeters(40)),
            "the order of the sides is kept");
        object? nothing = null;
        box.Equals(nothing).Should().BeFalse();
    }

    [Fact]
    public void Sides_and_volume_are_reported_in_metric_units()
    {
        var box = new ParcelDimensions(Length.FromInches(10), Length.FromCentimeters(20), Length.FromMeters(0.3));

        box.Length.Should().Be(Length.FromMillimeters(254));
        box.Width.Should().Be(Length.FromMillimeters(200));
        box.Height.Should().Be(Length.FromMillimeters(300));
        // 25.4 × 20 × 30 cm = 15,240 cm³.
        box.Volume.Should().Be(Volume.FromCubicCentimeters(15_240));
        box.ToString().Should().Be("25.4 x 20 x 30 cm");
    }

    [Theory]
    [InlineData(0, 40, 40, "length", "length must be greater than zero, but was 0 cm.")]
    [InlineData(60, 0, 40, "width", "width must be greater than zero, but was 0 cm.")]
    [InlineData(60, 40, -5, "height", "height must be greater than zero, but was -5 cm.")]
    public void Zero_or_negative_sides_are_refused(double length, double width, double height, string parameter, string message)
    {
        var act = () => new ParcelDimensions(Length.FromCentimeters(length), Length.FromCentimeters(width), Length.FromCentimeters(height));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).WithMessage(message + "*");
    }

    [Fact]
    public void A_default_length_is_zero_and_refused()
    {
        var act = () => new ParcelDimensions(default, Length.FromCentimeters(1), Length.FromCentimeters(1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length")
            .WithMessage("length must be greater than zero, but was 0 m.*");
    }

    [Fact]
    public void Sides_too_short_or_too_long_are_refused()
    {
        var one = Length.FromCentimeters(1);

        FluentActions.Invoking(() => new ParcelDimensions(Length.FromNanometers(100), one, one))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length")
            .WithMessage("length must be at least 0.001 mm, but was 100 nm.*");
        FluentActions.Invoking(() => new ParcelDimensions(one, Length.FromKilometers(2), one))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("width")
            .WithMessage("width must be at most 1000 m, but was 2 km.*");
        FluentActions.Invoking(() => new ParcelDimensions(one, one, Length.FromKilometers(1e300)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("height")
            .WithMessage("height must be at most 1000 m, but was 1e+300 km.*");
    }

    [Fact]
    public void NaN_and_infinite_sides_cannot_even_be_built_as_lengths()
    {
        // UnitsNet 5 refuses NaN and infinity when the quantity is created, so such a side never reaches ParcelDimensions
        // (nor any chargeable weight rule). This pins that boundary: if UnitsNet ever allowed NaN, our own check
        // (`!(millimetres > 0)`) refuses it as "must be greater than zero".
        FluentActions.Invoking(() => Length.FromCentimeters(double.NaN)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Length.FromCentimeters(double.PositiveInfinity)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Mass.FromKilograms(double.NaN)).Should().Throw<ArgumentException>();
    }
}
