using System.Text.RegularExpressions;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Tests.Docs;

/// <summary>
/// The README's quick start is the code between the markers below: it compiles here, its results are checked, and a
/// test fails when the README's copy drifts from it.
/// </summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void Quick_start_works()
    {
        // README:quick-start:begin
        var gtin = Gtin.Parse("6901234567892");              // EAN-13 on a carton from Shenzhen
        Console.WriteLine(gtin.Gtin14);                      // 06901234567892
        Console.WriteLine(gtin.Gs1Prefix.IssuedBy);          // GS1 China (the issuer, not the origin)

        var port = UnLocode.Parse("cnszx");                  // normalised to CNSZX
        var hs = HsCode.Parse("8517.13.00");                 // chapter 85, heading 8517

        var freight = new Money(100.00m, Currency.USD);
        var perCarton = freight.Allocate(3);                 // 33.34, 33.33, 33.33: no cent lost
        Console.WriteLine($"{port} {hs.Subheading} {string.Join(", ", perCarton)}");
        // README:quick-start:end

        gtin.Gtin14.Should().Be("06901234567892");
        gtin.Gs1Prefix.IssuedBy.Should().Be("GS1 China");
        port.Value.Should().Be("CNSZX");
        hs.Subheading.Should().Be("851713");
        perCarton.Sum(p => p.Amount).Should().Be(100.00m);
    }

    [Fact]
    public void Readme_quick_start_matches_the_tested_code()
    {
        var root = RepositoryRoot();
        var test = File.ReadAllText(Path.Combine(root, "tests", "SupplyChain.Domain.Tests", "Docs", "ReadmeTests.cs"));
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));

        var tested = Between(test, "// README:quick-start:begin", "// README:quick-start:end");
        var block = QuickStartBlock().Match(readme);
        block.Success.Should().BeTrue("README.md has a ```csharp block after the '## Quick start' heading");

        Normalise(block.Groups["code"].Value).Should().Contain(Normalise(tested));
    }

    internal static string Between(string text, string begin, string end)
    {
        var start = text.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        return text[start..text.IndexOf(end, start, StringComparison.Ordinal)];
    }

    internal static string Normalise(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SupplyChain.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SupplyChain.Domain.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"## Quick start.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuickStartBlock();
}
