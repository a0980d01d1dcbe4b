using FsCheck;
using FsCheck.Xunit;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Products;

public sealed class PackagingTests
{
    private static readonly Dimensions Carton = new(Length.FromCentimeters(60), Length.FromCentimeters(40), Length.FromCentimeters(40));

    private static PackagingHierarchy Mugs(InnerPack? inner = null, PalletPattern? pallet = null) =>
        new(new CasePack(48, Carton, Mass.FromKilograms(18)), inner, pallet);

    [Fact]
    public void A_thousand_units_at_48_per_case_need_21_cases_with_8_units_of_spare_capacity()
    {
        // 1,000 / 48 = 20 remainder 40: 20 full cases and one with 40 units; 21 × 48 = 1,008 = 1,000 + 8.
        var cases = Mugs().CasesForUnits(1000);

        cases.Packs.Should().Be(21);
        cases.FullPacks.Should().Be(20);
        cases.ItemsInPartialPack.Should().Be(40);
        cases.SpareCapacity.Should().Be(8);
        cases.Capacity.Should().Be(1008);
        cases.ToString().Should().Be("1000 in 21 × 48 (20 full, 40 in the last, 8 spare)");
    }

    [Fact]
    public void Pallet_counts()
    {
        // 6 cases per layer × 3 layers = 18 cases = 864 units per pallet.
        // 21 cases → 2 pallets (36 places), 15 spare; 1,000 units → 2 pallets (1,728 units), 728 spare.
        var packaging = Mugs(pallet: new PalletPattern(6, 3));

        packaging.UnitsPerPallet.Should().Be(864);
        var byCases = packaging.PalletsForCases(21);
        byCases.Packs.Should().Be(2);
        byCases.SpareCapacity.Should().Be(15);
        var byUnits = packaging.PalletsForUnits(1000);
        byUnits.Packs.Should().Be(2);
        byUnits.SpareCapacity.Should().Be(728);
        packaging.PalletsForCases(36).Should().Be(new PackCount(36, 18));
        packaging.PalletsForCases(36).SpareCapacity.Should().Be(0);
        packaging.PalletsForUnits(0).Packs.Should().Be(0);
    }

    [Fact]
    public void Inner_packs_divide_the_case()
    {
        // 1,000 / 6 = 166 remainder 4: 167 inner packs with room for 2 more.
        var packaging = Mugs(new InnerPack(6));
        var inner = packaging.InnerPacksForUnits(1000);
        inner.Packs.Should().Be(167);
        inner.SpareCapacity.Should().Be(2);

        FluentActions.Invoking(() => Mugs(new InnerPack(5))).Should().Throw<ArgumentException>()
            .WithParameterName("innerPack")
            .WithMessage("innerPack holds 5 units, which does not divide the 48 units of a case; a case holds whole inner packs.*");
    }

    [Fact]
    public void A_missing_level_is_reported()
    {
        FluentActions.Invoking(() => Mugs().PalletsForUnits(10)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsPackagingLevelDefined)
            .WithMessage("Cannot convert to pallets: the packaging of this product has no pallets level.");
        FluentActions.Invoking(() => Mugs().InnerPacksForUnits(10)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsPackagingLevelDefined);
    }

    [Fact]
    public void Bad_packaging_input_is_refused()
    {
        FluentActions.Invoking(() => Mugs().CasesForUnits(-1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("items").WithMessage("items must not be negative, but was -1.*");
        FluentActions.Invoking(() => new CasePack(0, Carton, Mass.FromKilograms(1))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("unitsPerCase");
        FluentActions.Invoking(() => new CasePack(48, Carton, Mass.Zero)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("grossWeight");
        FluentActions.Invoking(() => new CasePack(48, Carton, Mass.FromKilograms(1), Gtin.Parse("4006381333931")))
            .Should().Throw<ArgumentException>().WithParameterName("gtin")
            .WithMessage("gtin 4006381333931 is a Gtin13; a case is identified by a GTIN-14.*");
        FluentActions.Invoking(() => new PalletPattern(0, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("casesPerLayer");
    }

    [Fact]
    public void The_same_case_weighed_in_different_units_is_equal()
    {
        new CasePack(48, Carton, Mass.FromKilograms(18)).Should().Be(new CasePack(48, Carton, Mass.FromGrams(18_000)));
        Mugs().Should().Be(Mugs());
    }

    [Property]
    public void Converting_units_to_cases_and_back_never_loses_a_unit(NonNegativeInt units, PositiveInt perCase)
    {
        var per = perCase.Get % 500 + 1;
        var packaging = new PackagingHierarchy(new CasePack(per, Carton, Mass.FromKilograms(1)));

        var cases = packaging.CasesForUnits(units.Get);

        (packaging.UnitsInCases(cases.FullPacks) + cases.ItemsInPartialPack).Should().Be(units.Get);
        (cases.Capacity - cases.SpareCapacity).Should().Be(units.Get);
        cases.SpareCapacity.Should().BeInRange(0, per - 1);
        ((long)(cases.Packs - 1) * per).Should().BeLessThan(Math.Max(units.Get, 1), "one case fewer would not be enough");
    }

    [Property]
    public void Units_to_pallets_is_units_to_cases_to_pallets(NonNegativeInt units, PositiveInt perCase, PositiveInt perLayer, PositiveInt layers)
    {
        var packaging = new PackagingHierarchy(
            new CasePack(perCase.Get % 100 + 1, Carton, Mass.FromKilograms(1)),
            pallet: new PalletPattern(perLayer.Get % 10 + 1, layers.Get % 6 + 1));

        packaging.PalletsForUnits(units.Get).Packs
            .Should().Be(packaging.PalletsForCases(packaging.CasesForUnits(units.Get).Packs).Packs);
    }
}
