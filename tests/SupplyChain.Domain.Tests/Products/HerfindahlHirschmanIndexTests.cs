using SupplyChain.Domain.Analytics;

namespace SupplyChain.Domain.Tests.Products;

public sealed class HerfindahlHirschmanIndexTests
{
    [Fact]
    public void Shares_of_30_30_20_20_give_2600_highly_concentrated()
    {
        // 30² + 30² + 20² + 20² = 900 + 900 + 400 + 400 = 2,600 > 1,800 (2023 Merger Guidelines, section 2.1).
        var hhi = HerfindahlHirschmanIndex.FromSharesPercent([30m, 30m, 20m, 20m]);

        hhi.Value.Should().Be(2600m);
        hhi.Band.Should().Be(ConcentrationBand.HighlyConcentrated);
        HerfindahlHirschmanIndex.FromAmounts([300m, 300m, 200m, 200m]).Should().Be(hhi);
    }

    [Theory]
    // Bands of the 2023 US Merger Guidelines: below 1,000; 1,000 to 1,800 inclusive; above 1,800.
    [InlineData(0, ConcentrationBand.Unconcentrated)]
    [InlineData(999.99, ConcentrationBand.Unconcentrated)]
    [InlineData(1000, ConcentrationBand.ModeratelyConcentrated)]
    [InlineData(1800, ConcentrationBand.ModeratelyConcentrated)]
    [InlineData(1800.01, ConcentrationBand.HighlyConcentrated)]
    [InlineData(10000, ConcentrationBand.HighlyConcentrated)]
    public void Bands_follow_the_2023_merger_guidelines(double value, ConcentrationBand band) =>
        new HerfindahlHirschmanIndex((decimal)value).Band.Should().Be(band);

    [Fact]
    public void Bad_shares_are_refused()
    {
        FluentActions.Invoking(() => HerfindahlHirschmanIndex.FromSharesPercent([50m, 40m])).Should().Throw<ArgumentException>()
            .WithParameterName("sharesPercent")
            .WithMessage("sharesPercent must not be negative and must add up to 100 (within 0.5), but they add up to 90.*");
        FluentActions.Invoking(() => HerfindahlHirschmanIndex.FromSharesPercent([110m, -10m])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => HerfindahlHirschmanIndex.FromAmounts([0m, 0m])).Should().Throw<ArgumentException>().WithParameterName("amounts");
        FluentActions.Invoking(() => new HerfindahlHirschmanIndex(10_000.01m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }
}
