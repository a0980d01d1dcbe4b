using FsCheck;
using FsCheck.Fluent;
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

    private const int Runs = 200;

    /// <summary>
    /// 0 to 100,000 units (one in ten none, one in ten an exact number of cases, one in ten less than a case) and 1 to
    /// 500 units a case.
    /// </summary>
    private static readonly Gen<(int Units, int PerCase)> UnitsAndCases =
        from per in Gen.Choose(1, 500)
        from units in Gen.Frequency(
            (1, Gen.Constant(0)), (1, Gen.Choose(0, 200).Select(n => n * per)), (1, Gen.Choose(0, per - 1)), (7, Gen.Choose(0, 100_000)))
        select (units, per);

    /// <summary>
    /// 1 to 100 units a case, 1 to 10 cases a layer and 1 to 6 layers a pallet; 0 to 100,000 units (one in eight none,
    /// one in eight whole pallets, one in eight less than a pallet).
    /// </summary>
    private static readonly Gen<(int Units, int PerCase, int PerLayer, int Layers)> UnitsAndPallets =
        from per in Gen.Choose(1, 100)
        from perLayer in Gen.Choose(1, 10)
        from layers in Gen.Choose(1, 6)
        from units in Gen.Frequency(
            (1, Gen.Constant(0)), (1, Gen.Choose(1, 20).Select(n => n * per * perLayer * layers)), (1, Gen.Choose(1, per * perLayer * layers)),
            (5, Gen.Choose(0, 100_000)))
        select (units, per, perLayer, layers);

    [Property(MaxTest = Runs)]
    public Property Converting_units_to_cases_and_back_never_loses_a_unit() => Prop.ForAll(UnitsAndCases.ToArbitrary(), given =>
    {
        var (units, per) = given;
        var packaging = new PackagingHierarchy(new CasePack(per, Carton, Mass.FromKilograms(1)));

        var cases = packaging.CasesForUnits(units);

        (packaging.UnitsInCases(cases.FullPacks) + cases.ItemsInPartialPack).Should().Be(units);
        (cases.Capacity - cases.SpareCapacity).Should().Be(units);
        cases.SpareCapacity.Should().BeInRange(0, per - 1);
        ((long)(cases.Packs - 1) * per).Should().BeLessThan(Math.Max(units, 1), "one case fewer would not be enough");
    });

    [Property(MaxTest = Runs)]
    public Property Units_to_pallets_is_units_to_cases_to_pallets() => Prop.ForAll(UnitsAndPallets.ToArbitrary(), given =>
    {
        var packaging = new PackagingHierarchy(
            new CasePack(given.PerCase, Carton, Mass.FromKilograms(1)),
            pallet: new PalletPattern(given.PerLayer, given.Layers));

        packaging.PalletsForUnits(given.Units).Packs
            .Should().Be(packaging.PalletsForCases(packaging.CasesForUnits(given.Units).Packs).Packs);
    });

    [Fact]
    public void The_quantities_reach_no_units_full_and_partial_cases_and_one_and_many_pallets()
    {
        Reach.Covers(UnitsAndCases, Runs,
            given => [given.Units == 0 ? "no units" : given.Units % given.PerCase == 0 ? "full cases only" : "a partial case",
                given.Units > 0 && given.Units < given.PerCase ? "less than one case" : "at least one case or none"],
            ["no units", "full cases only", "a partial case", "less than one case", "at least one case or none"]);
        Reach.Covers(UnitsAndPallets, Runs, given =>
            {
                var perPallet = given.PerCase * given.PerLayer * given.Layers;
                return [given.Units == 0 ? "no pallet" : given.Units <= perPallet ? "one pallet" : "several pallets",
                    given.Units % perPallet == 0 ? "full pallets" : "a part pallet"];
            },
            ["no pallet", "one pallet", "several pallets", "full pallets", "a part pallet"]);
    }
}
