using System.Text.RegularExpressions;
using NodaTime;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Tests.Docs;

/// <summary>
/// The example of docs/exchange-rates.md is the code between the markers below: it compiles here, its results are
/// checked against the hand computation, and a test fails when the page's copy drifts from it.
/// </summary>
public sealed partial class ExchangeRateDocsTests
{
    [Fact]
    public void The_example_works()
    {
        // docs:exchange-rates:begin
        var thursday = new LocalDate(2024, 3, 28);
        var rates = new ExchangeRateTable(
        [
            ExchangeRate.FromCodes("EUR", "USD", 1.0811m, thursday, "ECB"),
            ExchangeRate.FromCodes("EUR", "CNY", 7.8168m, thursday, "ECB (example)"),
        ])
        {
            Pivot = Currency.EUR,
            MaxAgeDays = 4,
        };

        // Easter Monday: no fixing, so Thursday's rates are in force (4 days old, the most allowed).
        var invoice = new Money(12_000m, Currency.CNY);
        var inDollars = rates.Convert(invoice, Currency.USD, new LocalDate(2024, 4, 1), MidpointRounding.AwayFromZero);

        Console.WriteLine(inDollars.Converted);                  // 1659.66 USD
        Console.WriteLine(inDollars.ConversionRate.Route);       // Triangulated (CNY → EUR → USD)
        Console.WriteLine(inDollars.ConversionRate.RateDate);    // 2024-03-28
        // docs:exchange-rates:end

        // 12,000 × 1.0811 = 12,973.2; 12,973.2 / 7.8168 = 1,659.6561… → 1,659.66 USD.
        inDollars.Converted.Should().Be(new Money(1659.66m, Currency.USD));
        inDollars.ConversionRate.Route.Should().Be(ConversionRoute.Triangulated);
        inDollars.ConversionRate.RateDate.Should().Be(thursday);
    }

    [Fact]
    public void The_page_shows_the_tested_example()
    {
        var root = ReadmeTests.RepositoryRoot();
        var test = File.ReadAllText(Path.Combine(root, "tests", "SupplyChain.Domain.Tests", "Docs", "ExchangeRateDocsTests.cs"));
        var page = File.ReadAllText(Path.Combine(root, "docs", "exchange-rates.md"));

        var tested = ReadmeTests.Between(test, "// docs:exchange-rates:begin", "// docs:exchange-rates:end");
        var block = ExampleBlock().Match(page);
        block.Success.Should().BeTrue("docs/exchange-rates.md has a ```csharp block after the '## Example' heading");

        ReadmeTests.Normalise(block.Groups["code"].Value).Should().Be(ReadmeTests.Normalise(tested));
    }

    [GeneratedRegex(@"## Example.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExampleBlock();
}
