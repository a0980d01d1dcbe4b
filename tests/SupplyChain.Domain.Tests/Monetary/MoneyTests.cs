using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Tests.Monetary;

public sealed class MoneyTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Theory]
    // ISO 4217 List One minor units.
    [InlineData("USD", 840, 2)]
    [InlineData("EUR", 978, 2)]
    [InlineData("CNY", 156, 2)]
    [InlineData("JPY", 392, 0)]
    [InlineData("BHD", 48, 3)]
    [InlineData("KWD", 414, 3)]
    [InlineData("CLF", 990, 4)]
    [InlineData("UYW", 927, 4)]
    public void Currencies_carry_ISO_4217_numeric_codes_and_minor_units(string code, int numeric, int minorUnit)
    {
        var currency = Currency.Parse(code);
        ((int)currency.Numeric).Should().Be(numeric);
        currency.MinorUnit.Should().Be(minorUnit);
        Currency.FromNumeric(numeric).Should().BeSameAs(currency);
    }

    [Fact]
    public void Codes_without_a_minor_unit_refuse_rounding()
    {
        var gold = new Money(1.23456m, Currency.Parse("XAU"));
        Currency.Parse("XAU").MinorUnit.Should().BeNull();
        FluentActions.Invoking(() => gold.Round()).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.MoneyCurrencyHasMinorUnit)
            .WithMessage("XAU has no minor unit in ISO 4217, so its amounts cannot be rounded or allocated.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("ABC")]
    public void Unknown_codes_are_refused(string? text)
    {
        Currency.TryParse(text, out var none).Should().BeFalse();
        none.Should().BeNull();
        FluentActions.Invoking(() => Currency.Parse(text)).Should().Throw<FormatException>();
    }

    [Theory]
    // Half away from zero is the stated default; banker's rounding on request.
    [InlineData(2.345, MidpointRounding.AwayFromZero, 2.35)]
    [InlineData(2.345, MidpointRounding.ToEven, 2.34)]
    [InlineData(-2.345, MidpointRounding.AwayFromZero, -2.35)]
    [InlineData(2.344, MidpointRounding.AwayFromZero, 2.34)]
    public void Rounds_to_the_minor_unit_with_the_stated_midpoint_rule(double amount, MidpointRounding rule, double expected) =>
        Usd((decimal)amount).Round(rule).Should().Be(Usd((decimal)expected));

    [Fact]
    public void Rounds_yen_to_whole_units_and_dinar_to_fils()
    {
        new Money(1234.5m, Currency.JPY).Round().Amount.Should().Be(1235m);
        new Money(1.2345m, Currency.Parse("BHD")).Round().Amount.Should().Be(1.235m);
    }

    [Fact]
    public void Arithmetic_stays_within_one_currency()
    {
        (Usd(10.25m) + Usd(0.75m)).Should().Be(Usd(11m));
        (Usd(10m) - Usd(12.5m)).Should().Be(Usd(-2.5m));
        (Usd(1.25m) * 3).Should().Be(Usd(3.75m));
        (Usd(1m) < Usd(1.01m)).Should().BeTrue();

        var euro = new Money(1m, Currency.EUR);
        FluentActions.Invoking(() => Usd(1m) + euro).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.MoneySameCurrency)
            .WithMessage("Cannot add 1.00 EUR and 1.00 USD: amounts in different currencies do not mix; convert one first.");
        FluentActions.Invoking(() => Usd(1m) < euro).Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void Equality_ignores_trailing_zeros_but_not_the_currency()
    {
        Usd(1.0m).Should().Be(Usd(1.00m));
        Usd(1.0m).GetHashCode().Should().Be(Usd(1.00m).GetHashCode());
        Usd(1m).Should().NotBe(new Money(1m, Currency.EUR));
    }

    [Fact]
    public void ToString_is_invariant_with_the_minor_unit_decimals()
    {
        Usd(12.5m).ToString().Should().Be("12.50 USD");
        new Money(1500m, Currency.JPY).ToString().Should().Be("1500 JPY");
        Usd(0.0125m).ToString().Should().Be("0.0125 USD");
    }

    [Fact]
    public void Allocates_without_losing_a_cent()
    {
        // 100.00 / 3 = 33.333...: 10,000 cents = 3 × 3,333 + 1, so one part gets the extra cent.
        Usd(100m).Allocate(3).Select(m => m.Amount).Should().Equal(33.34m, 33.33m, 33.33m);
        // Ratios 1:1:2 of 0.05 USD = 5 cents: exact shares 1.25, 1.25, 2.5 cents → 1, 1, 2 (4 cents), the leftover
        // cent to the largest remainder: 0.5 (third part) beats 0.25.
        Usd(0.05m).Allocate([1m, 1m, 2m]).Select(m => m.Amount).Should().Equal(0.01m, 0.01m, 0.03m);
        // Negative amounts allocate symmetrically.
        Usd(-100m).Allocate(3).Select(m => m.Amount).Should().Equal(-33.34m, -33.33m, -33.33m);
        // Yen have no decimals: 1,000 JPY in 3 = 334, 333, 333.
        new Money(1000m, Currency.JPY).Allocate(3).Select(m => m.Amount).Should().Equal(334m, 333m, 333m);
    }

    [Fact]
    public void Allocation_refuses_fractions_of_a_minor_unit_and_bad_ratios()
    {
        FluentActions.Invoking(() => Usd(10.005m).Allocate(2)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.MoneyWholeMinorUnits)
            .WithMessage("Cannot allocate 10.005 USD: it is not a whole number of minor units; round it first.");
        FluentActions.Invoking(() => Usd(10m).Allocate(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("parts");
        FluentActions.Invoking(() => Usd(10m).Allocate([0m, 0m])).Should().Throw<ArgumentException>().WithParameterName("ratios");
        FluentActions.Invoking(() => Usd(10m).Allocate([1m, -1m])).Should().Throw<ArgumentException>().WithParameterName("ratios");
    }

    private const int AllocationRuns = 200;

    /// <summary>Totals from −100,000.00 to 100,000.00 USD (a tenth of them zero and a tenth within a dollar of it) in 1 to 50 equal parts.</summary>
    private static readonly Gen<(int Cents, int Parts)> EqualAllocations =
        from cents in Gen.Frequency((8, Gen.Choose(-10_000_000, 10_000_000)), (1, Gen.Choose(-100, 100)), (1, Gen.Constant(0)))
        from parts in Gen.Choose(1, 50)
        select (cents, parts);

    /// <summary>The same totals shared by 1 to 10 ratios of 0 to 999 (a third of them 0; at least one positive).</summary>
    private static readonly Gen<(int Cents, decimal[] Ratios)> RatioAllocations =
        from cents in Gen.Frequency((8, Gen.Choose(-10_000_000, 10_000_000)), (1, Gen.Choose(-100, 100)), (1, Gen.Constant(0)))
        from count in Gen.Choose(1, 10)
        from ratios in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 999))).Select(r => (decimal)r).ArrayOf(count)
        where ratios.Sum() > 0m
        select (cents, ratios);

    [Property(MaxTest = AllocationRuns)]
    public Property Allocation_in_equal_parts_sums_exactly_and_parts_differ_by_at_most_one_cent() =>
        Prop.ForAll(EqualAllocations.ToArbitrary(), given =>
        {
            var total = Usd(given.Cents / 100m);
            var allocated = total.Allocate(given.Parts);

            allocated.Should().HaveCount(given.Parts);
            allocated.Sum(m => m.Amount).Should().Be(total.Amount);
            (allocated.Max(m => m.Amount) - allocated.Min(m => m.Amount)).Should().BeLessThanOrEqualTo(0.01m);
        });

    [Property(MaxTest = AllocationRuns)]
    public Property Allocation_by_ratios_sums_exactly_and_stays_within_a_cent_of_each_share() =>
        Prop.ForAll(RatioAllocations.ToArbitrary(), given =>
        {
            var total = Usd(given.Cents / 100m);
            var allocated = total.Allocate(given.Ratios);

            allocated.Sum(m => m.Amount).Should().Be(total.Amount);
            for (var i = 0; i < given.Ratios.Length; i++)
            {
                var exactShare = total.Amount * given.Ratios[i] / given.Ratios.Sum();
                Math.Abs(allocated[i].Amount - exactShare).Should().BeLessThan(0.01m);
            }
        });

    [Fact]
    public void The_allocations_reach_negative_zero_and_positive_totals_even_and_uneven_splits_and_zero_ratios()
    {
        static string Sign(int cents) => cents switch { < 0 => "negative total", 0 => "zero total", _ => "positive total" };

        Reach.Covers(EqualAllocations, AllocationRuns,
            given => [Sign(given.Cents), given.Cents % given.Parts == 0 ? "split evenly" : "a cent left over to spread", given.Parts == 1 ? "one part" : "several parts"],
            ["negative total", "zero total", "positive total", "split evenly", "a cent left over to spread", "one part", "several parts"]);
        Reach.Covers(RatioAllocations, AllocationRuns,
            given => [Sign(given.Cents), given.Ratios.Contains(0m) ? "a zero ratio" : "no zero ratio", given.Ratios.Length == 1 ? "one ratio" : "several ratios"],
            ["negative total", "zero total", "positive total", "a zero ratio", "no zero ratio", "one ratio", "several ratios"]);
    }
}
