using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Tests.Analytics;

public sealed class ConcentrationIndexTests
{
    [Theory]
    // 2023 Merger Guidelines §2.1: below 1,000 unconcentrated, 1,000-1,800 moderately, above 1,800 highly.
    [InlineData(0, ConcentrationBand.Unconcentrated)]
    [InlineData(999.99, ConcentrationBand.Unconcentrated)]
    [InlineData(1000, ConcentrationBand.ModeratelyConcentrated)]
    [InlineData(1800, ConcentrationBand.ModeratelyConcentrated)]
    [InlineData(1800.01, ConcentrationBand.HighlyConcentrated)]
    [InlineData(10000, ConcentrationBand.HighlyConcentrated)]
    public void Bands_of_the_2023_guidelines(double hhi, ConcentrationBand expected) =>
        ConcentrationIndex.BandOf((decimal)hhi).Should().Be(expected);

    [Fact]
    public void Hhi_of_spend_squares_each_suppliers_share()
    {
        // Spend 5,000 / 3,000 / 2,000 of 10,000: shares 50, 30, 20 -> 2,500 + 900 + 400 = 3,800.
        ConcentrationIndex.HhiOfSpend([new Money(5000m, Currency.USD), new Money(3000m, Currency.USD), new Money(2000m, Currency.USD)])
            .Should().Be(3800m);
        // One supplier is a monopoly: 100² = 10,000.
        ConcentrationIndex.HhiOfSpend([new Money(1m, Currency.EUR)]).Should().Be(10_000m);
    }

    [Fact]
    public void Fractions_instead_of_percentages_are_refused()
    {
        FluentActions.Invoking(() => ConcentrationIndex.Hhi([0.5m, 0.3m, 0.2m])).Should().Throw<ArgumentException>()
            .WithParameterName("sharesPercent")
            .WithMessage("sharesPercent must add up to 100 percent (within 0.01), but adds up to 1.0; pass percentages, not fractions.*");
        FluentActions.Invoking(() => ConcentrationIndex.Hhi([120m, -20m])).Should().Throw<ArgumentException>()
            .WithMessage("sharesPercent must hold shares from 0 to 100 percent, but element 0 is 120.*");
        FluentActions.Invoking(() => ConcentrationIndex.HhiOfSpend([new Money(1m, Currency.USD), new Money(1m, Currency.EUR)]))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.MoneySameCurrency);
        FluentActions.Invoking(() => ConcentrationIndex.HhiOfSpend([])).Should().Throw<ArgumentException>()
            .WithMessage("spendPerSupplier must have a total greater than zero.*");
        FluentActions.Invoking(() => ConcentrationIndex.BandOf(-1m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hhi");
    }
}
