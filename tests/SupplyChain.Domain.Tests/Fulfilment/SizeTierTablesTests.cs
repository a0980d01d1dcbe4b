using NodaTime;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Which size-tier table is in force on a day for a marketplace, and clear failures when none is.</summary>
public sealed class SizeTierTablesTests
{
    private static readonly CountryCode Us = CountryCode.Parse("US");

    // A made-up later table (not Amazon's): small standard only up to 14 in on the longest side.
    private static SizeTierTable Later(LocalDate from)
    {
        var us2024 = SizeTierTable.AmazonUs2024;
        var small = new SizeTierLimits(SizeTier.SmallStandard, SizeTierWeightBasis.UnitWeight)
        {
            MaxWeight = Mass.FromOunces(16),
            MaxLongestSide = Length.FromInches(14),
            MaxMedianSide = Length.FromInches(12),
            MaxShortestSide = Length.FromInches(0.75),
        };
        return new SizeTierTable("made-up-later", Us, from, ChargeableWeightRules.AmazonUs,
            [small, .. us2024.Tiers.Skip(1)]);
    }

    [Fact]
    public void The_2024_table_is_in_force_from_5_February_2024()
    {
        SizeTierTables.BuiltIn.InForce(Us, new LocalDate(2024, 2, 5)).Should().BeSameAs(SizeTierTable.AmazonUs2024);
        SizeTierTables.BuiltIn.InForce(Us, new LocalDate(2031, 12, 31)).Should().BeSameAs(SizeTierTable.AmazonUs2024);
    }

    [Fact]
    public void Before_the_first_table_nothing_is_in_force()
    {
        var act = () => SizeTierTables.BuiltIn.InForce(Us, new LocalDate(2024, 2, 4));

        act.Should().Throw<ArgumentException>().WithParameterName("date")
            .WithMessage("No size-tier table is in force for marketplace US on 2024-02-04: the earliest for US starts on 2024-02-05.*");
        SizeTierTables.BuiltIn.TryGetInForce(Us, new LocalDate(2024, 2, 4), out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void Another_marketplace_has_no_table()
    {
        var act = () => SizeTierTables.BuiltIn.Classify(CountryCode.Parse("DE"), new LocalDate(2024, 6, 1),
            new Dimensions(Length.FromCentimeters(20), Length.FromCentimeters(15), Length.FromCentimeters(1)), Mass.FromGrams(200));

        act.Should().Throw<ArgumentException>().WithParameterName("marketplace")
            .WithMessage("No size-tier table is in force for marketplace DE on 2024-06-01: there is none for DE (marketplaces with one: US).*");
        SizeTierTables.BuiltIn.TryGetInForce(null, new LocalDate(2024, 6, 1), out _).Should().BeFalse();
    }

    [Fact]
    public void A_caller_adds_a_later_table_which_takes_over_from_its_start()
    {
        var later = Later(new LocalDate(2030, 1, 15));
        var tables = SizeTierTables.BuiltIn.With(later);

        tables.InForce(Us, new LocalDate(2030, 1, 14)).Should().BeSameAs(SizeTierTable.AmazonUs2024);
        tables.InForce(Us, new LocalDate(2030, 1, 15)).Should().BeSameAs(later);
        tables.All.Should().Equal(SizeTierTable.AmazonUs2024, later);
        SizeTierTables.BuiltIn.All.Should().Equal(SizeTierTable.AmazonUs2024);   // the built-in set is unchanged

        // 14.5 × 12 × 0.5 in, 8 oz: small standard under 2024 (14.5 ≤ 15), large standard under the later table (14.5 > 14).
        var box = new Dimensions(Length.FromInches(14.5), Length.FromInches(12), Length.FromInches(0.5));
        tables.Classify(Us, new LocalDate(2029, 6, 1), box, Mass.FromOunces(8)).Tier.Should().Be(SizeTier.SmallStandard);
        tables.Classify(Us, new LocalDate(2030, 6, 1), box, Mass.FromOunces(8)).Tier.Should().Be(SizeTier.LargeStandard);
    }

    [Fact]
    public void Two_tables_of_one_marketplace_cannot_start_on_the_same_day()
    {
        var act = () => SizeTierTables.BuiltIn.With(Later(new LocalDate(2024, 2, 5)));

        act.Should().Throw<ArgumentException>().WithParameterName("tables")
            .WithMessage("tables must not hold two entries for marketplace US starting on the same day, but 'amazon-us-2024-02-05' and 'made-up-later' both start on 2024-02-05.*");
    }
}
