using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Products;

public sealed class DimensionsTests
{
    private static Dimensions Cm(double l, double w, double h) =>
        new(Length.FromCentimeters(l), Length.FromCentimeters(w), Length.FromCentimeters(h));

    [Fact]
    public void The_same_box_measured_in_different_units_is_equal()
    {
        var inCentimetres = Cm(60, 40, 40);
        var mixed = new Dimensions(Length.FromMeters(0.6), Length.FromMillimeters(400), Length.FromInches(40 / 2.54));

        inCentimetres.Should().Be(mixed);
        inCentimetres.GetHashCode().Should().Be(mixed.GetHashCode());
        inCentimetres.Should().NotBe(Cm(40, 60, 40), "equality keeps the orientation");
        inCentimetres.IsSameBoxAs(Cm(40, 40, 60)).Should().BeTrue();
        inCentimetres.IsSameBoxAs(Cm(40, 40, 61)).Should().BeFalse();
    }

    [Fact]
    public void Sorted_sides_volume_and_girth()
    {
        // 30 × 60 × 40 cm: sorted 60, 40, 30; volume 72,000 cm³ = 72 L;
        // girth 2 × (40 + 30) = 140 cm; length + girth = 60 + 140 = 200 cm.
        var box = Cm(30, 60, 40);

        box.Longest.Centimeters.Should().BeApproximately(60, 1e-9);
        box.Median.Centimeters.Should().BeApproximately(40, 1e-9);
        box.Shortest.Centimeters.Should().BeApproximately(30, 1e-9);
        box.Volume.Liters.Should().BeApproximately(72, 1e-9);
        box.Girth.Centimeters.Should().BeApproximately(140, 1e-9);
        box.LengthPlusGirth.Centimeters.Should().BeApproximately(200, 1e-9);
        box.ToString().Should().Be("300 × 600 × 400 mm");
    }

    [Fact]
    public void Zero_negative_and_too_small_sides_are_refused()
    {
        FluentActions.Invoking(() => new Dimensions(Length.FromCentimeters(60), Length.Zero, Length.FromCentimeters(40)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("width")
            .WithMessage("width must be greater than zero, but was 0 m.*");
        FluentActions.Invoking(() => new Dimensions(Length.FromCentimeters(-5), Length.FromCentimeters(1), Length.FromCentimeters(1)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("length")
            .WithMessage("length must be greater than zero, but was -5 cm.*");
        FluentActions.Invoking(() => new Dimensions(Length.FromCentimeters(1), Length.FromCentimeters(1), Length.FromMillimeters(0.001)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("height")
            .WithMessage("height must be at least 0.01 mm (the resolution dimensions are stored at), but was 0.001 mm.*");
    }
}
