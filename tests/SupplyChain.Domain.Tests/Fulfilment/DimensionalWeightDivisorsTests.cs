using NodaTime;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Which dimensional-weight divisor is in force on a day for a marketplace, and the published divisors' numbers.</summary>
public sealed class DimensionalWeightDivisorsTests
{
    private static readonly CountryCode Us = CountryCode.Parse("US");
    private static readonly CountryCode De = CountryCode.Parse("DE");

    [Fact]
    public void Amazon_US_divides_by_139_cubic_inches_per_pound_from_5_February_2024()
    {
        var divisor = DimensionalWeightDivisors.BuiltIn.InForce(Us, new LocalDate(2024, 2, 5));

        divisor.Should().BeSameAs(DimensionalWeightDivisor.AmazonUs2024);
        divisor.Rule.Should().BeSameAs(ChargeableWeightRules.AmazonUs);
        DimensionalWeightDivisors.BuiltIn.InForce(Us, new LocalDate(2031, 12, 31)).Should().BeSameAs(divisor);

        // Published divisor (Amazon Seller Central "Dimensional weight", US): L × W × H in inches / 139 = lb.
        // 12 × 10 × 8 in = 960 in³ → 960 / 139 = 6.906… lb.
        var box = new Dimensions(Length.FromInches(12), Length.FromInches(10), Length.FromInches(8));
        var weight = DimensionalWeightDivisors.BuiltIn.DimensionalWeight(Us, new LocalDate(2024, 6, 1), box);
        weight.Unit.Should().Be(UnitsNet.Units.MassUnit.Pound);
        weight.Pounds.Should().BeApproximately(960.0 / 139, 1e-9);
    }

    [Fact]
    public void Amazon_EU_divides_by_5000_cubic_centimetres_per_kilogram_from_31_March_2022()
    {
        var divisor = DimensionalWeightDivisors.BuiltIn.InForce(De, new LocalDate(2022, 3, 31));

        divisor.Name.Should().Be("amazon-eu-de-2022-03-31");
        divisor.Rule.Should().BeSameAs(ChargeableWeightRules.AmazonEu);

        // Published divisor (Amazon Europe 2022 fee changes, "Product size tier"): L × W × H in cm / 5,000 = kg.
        // 50 × 40 × 30 cm = 60,000 cm³ → 60,000 / 5,000 = 12 kg.
        var box = new Dimensions(Length.FromCentimeters(50), Length.FromCentimeters(40), Length.FromCentimeters(30));
        var weight = divisor.DimensionalWeight(box);
        weight.Unit.Should().Be(UnitsNet.Units.MassUnit.Kilogram);
        weight.Kilograms.Should().Be(12.0);
    }

    [Fact]
    public void Every_Amazon_EU_store_has_the_5000_divisor()
    {
        DimensionalWeightDivisors.AmazonEuMarketplaces.Select(c => c.Alpha2).Should()
            .Equal("DE", "FR", "IT", "ES", "NL", "SE", "PL", "BE", "IE");
        foreach (var store in DimensionalWeightDivisors.AmazonEuMarketplaces)
        {
            var divisor = DimensionalWeightDivisors.BuiltIn.InForce(store, new LocalDate(2025, 6, 1));
            divisor.Rule.Should().BeSameAs(ChargeableWeightRules.AmazonEu, because: store.Alpha2);
            divisor.ValidFrom.Should().Be(new LocalDate(2022, 3, 31));
        }

        DimensionalWeightDivisors.BuiltIn.All.Should().HaveCount(10);
    }

    [Fact]
    public void Before_the_first_divisor_nothing_is_in_force()
    {
        var us = () => DimensionalWeightDivisors.BuiltIn.InForce(Us, new LocalDate(2024, 2, 4));
        var de = () => DimensionalWeightDivisors.BuiltIn.InForce(De, new LocalDate(2022, 3, 30));

        us.Should().Throw<ArgumentException>().WithParameterName("date")
            .WithMessage("No dimensional-weight divisor is in force for marketplace US on 2024-02-04: the earliest for US starts on 2024-02-05.*");
        de.Should().Throw<ArgumentException>().WithParameterName("date")
            .WithMessage("No dimensional-weight divisor is in force for marketplace DE on 2022-03-30: the earliest for DE starts on 2022-03-31.*");
        DimensionalWeightDivisors.BuiltIn.TryGetInForce(De, new LocalDate(2022, 3, 30), out var none).Should().BeFalse();
        none.Should().BeNull();
        DimensionalWeightDivisors.BuiltIn.TryGetInForce(De, new LocalDate(2022, 3, 31), out var some).Should().BeTrue();
        some!.Marketplace.Should().BeSameAs(De);
    }

    [Fact]
    public void A_marketplace_without_a_divisor_is_refused_by_name()
    {
        var act = () => DimensionalWeightDivisors.BuiltIn.InForce(CountryCode.Parse("GB"), new LocalDate(2025, 1, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("marketplace")
            .WithMessage("No dimensional-weight divisor is in force for marketplace GB on 2025-01-01: there is none for GB (marketplaces with one: BE, DE, ES, FR, IE, IT, NL, PL, SE, US).*");
        DimensionalWeightDivisors.BuiltIn.TryGetInForce(null, new LocalDate(2025, 1, 1), out _).Should().BeFalse();
    }

    [Fact]
    public void A_caller_adds_a_later_divisor_which_takes_over_from_its_start()
    {
        // Invented for the test: a divisor of 166 in³/lb (Amazon's older US figure is not claimed here) from 2030-01-15.
        var rule = new ChargeableWeightRule("made-up-166-in3-per-lb", Mass.FromPounds(1), Volume.FromCubicInches(166), roundingStep: null);
        var later = new DimensionalWeightDivisor("made-up-us-2030", Us, new LocalDate(2030, 1, 15), rule);
        var divisors = DimensionalWeightDivisors.BuiltIn.With(later);

        divisors.InForce(Us, new LocalDate(2030, 1, 14)).Should().BeSameAs(DimensionalWeightDivisor.AmazonUs2024);
        divisors.InForce(Us, new LocalDate(2030, 1, 15)).Should().BeSameAs(later);
        DimensionalWeightDivisors.BuiltIn.All.Should().NotContain(later);   // the built-in set is unchanged

        var clash = () => divisors.With(new DimensionalWeightDivisor("clash", Us, new LocalDate(2030, 1, 15), rule));
        clash.Should().Throw<ArgumentException>().WithParameterName("divisors")
            .WithMessage("divisors must not hold two entries for marketplace US starting on the same day, but 'made-up-us-2030' and 'clash' both start on 2030-01-15.*");
    }

    [Fact]
    public void The_built_in_size_tier_tables_use_the_divisor_in_force_on_their_start()
    {
        foreach (var table in SizeTierTables.BuiltIn.All)
        {
            DimensionalWeightDivisors.BuiltIn.InForce(table.Marketplace, table.ValidFrom).Rule
                .Should().BeSameAs(table.DimensionalWeightRule, because: table.Name);
        }
    }

    [Fact]
    public void A_divisor_reads_in_one_line_and_refuses_bad_arguments()
    {
        DimensionalWeightDivisor.AmazonUs2024.ToString().Should()
            .Be("amazon-us-2024-02-05 (US from 2024-02-05): amazon-us-139-in3-per-lb: 1 lb per 139 in³, not rounded");

        var blank = () => new DimensionalWeightDivisor(" ", Us, new LocalDate(2024, 1, 1), ChargeableWeightRules.AmazonUs);
        var noRule = () => new DimensionalWeightDivisor("x", Us, new LocalDate(2024, 1, 1), null!);
        var noBox = () => DimensionalWeightDivisor.AmazonUs2024.DimensionalWeight(null!);
        blank.Should().Throw<ArgumentException>().WithParameterName("name");
        noRule.Should().Throw<ArgumentNullException>().WithParameterName("rule");
        noBox.Should().Throw<ArgumentNullException>().WithParameterName("dimensions");
    }
}
