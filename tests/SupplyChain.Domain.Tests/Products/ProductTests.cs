using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Products;

public sealed class ProductTests
{
    private static readonly Dimensions TenCmCube = new(Length.FromCentimeters(10), Length.FromCentimeters(10), Length.FromCentimeters(10));

    private static Product Mug(PackagingHierarchy? packaging = null) => new(
        new ProductId("P-MUG"), new PartyId("seller-1"), new Sku("MUG-350-BLK"), HsCode.Parse("691200"),
        TenCmCube, Mass.FromGrams(350), "Home & Kitchen > Mugs")
    {
        Gtin = Gtin.Parse("4006381333931"),
        Packaging = packaging,
    };

    [Fact]
    public void A_product_carries_its_ids_classification_and_unit_measures()
    {
        var packaging = new PackagingHierarchy(new CasePack(48, new Dimensions(Length.FromCentimeters(60), Length.FromCentimeters(40), Length.FromCentimeters(20)), Mass.FromKilograms(18)));
        var mug = Mug(packaging);

        mug.Sku.Value.Should().Be("MUG-350-BLK");
        mug.HsCode.Chapter.Should().Be("69");
        mug.UnitMass.Grams.Should().Be(350);
        mug.IsDangerousGoods.Should().BeFalse();
        mug.Packaging!.UnitsPerCase.Should().Be(48);
        mug.ToString().Should().Be("P-MUG (MUG-350-BLK)");
    }

    [Fact]
    public void A_case_smaller_or_lighter_than_its_units_is_refused()
    {
        // 48 units of 10 × 10 × 10 cm = 48 L, but a 40 × 30 × 20 cm case holds 24 L.
        var small = new PackagingHierarchy(new CasePack(48, new Dimensions(Length.FromCentimeters(40), Length.FromCentimeters(30), Length.FromCentimeters(20)), Mass.FromKilograms(18)));
        FluentActions.Invoking(() => Mug(small)).Should().Throw<ArgumentException>()
            .WithParameterName("Packaging")
            .WithMessage("Packaging: a case of 48 units of 1 L each needs at least 48 L, but its outer dimensions hold only 24 L.*");

        // 48 units of 0.35 kg = 16.8 kg, but the case weighs 10 kg.
        var light = new PackagingHierarchy(new CasePack(48, new Dimensions(Length.FromCentimeters(60), Length.FromCentimeters(40), Length.FromCentimeters(20)), Mass.FromKilograms(10)));
        FluentActions.Invoking(() => Mug(light)).Should().Throw<ArgumentException>()
            .WithParameterName("Packaging")
            .WithMessage("Packaging: a case of 48 units of 0.35 kg each weighs at least 16.8 kg, but its gross weight is only 10 kg.*");
    }

    [Fact]
    public void Bad_product_input_is_refused()
    {
        FluentActions.Invoking(() => new Product(new ProductId("P"), new PartyId("s"), new Sku("S"), HsCode.Parse("691200"), TenCmCube, Mass.FromGrams(-1), "Mugs"))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("unitMass").WithMessage("unitMass must be greater than zero, but was -1 g.*");
        FluentActions.Invoking(() => new Product(new ProductId("P"), new PartyId("s"), new Sku("S"), HsCode.Parse("691200"), TenCmCube, Mass.FromGrams(1), " "))
            .Should().Throw<ArgumentException>().WithParameterName("category");
        FluentActions.Invoking(() => new Product(new ProductId("P"), new PartyId("s"), new Sku("S"), HsCode.Parse("691200"), null!, Mass.FromGrams(1), "Mugs"))
            .Should().Throw<ArgumentNullException>().WithParameterName("unitDimensions");
    }
}
