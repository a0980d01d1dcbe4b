using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using SupplyChain.Domain.Tests.Docs;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>
/// The rule ids of <see cref="DomainRules"/>: one id per rule, named <c>part.rule-name</c> after the namespace whose
/// types state the rule, each documented, none written as a string literal elsewhere in the library, and the docs'
/// table of rules lists exactly them.
/// </summary>
public sealed partial class DomainRulesTests
{
    private static readonly Assembly Library = typeof(DomainRules).Assembly;

    /// <summary>Every public constant of <see cref="DomainRules"/>: its field name and its id.</summary>
    internal static readonly (string Name, string Id)[] Rules = typeof(DomainRules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
        .ToArray();

    /// <summary>
    /// Rule-id parts that are not a namespace's last segment, and the part they belong to: <c>money</c> and <c>fx</c>
    /// are <c>Monetary</c>'s (its main type and its exchange rates), <c>customs</c> is <c>Trade</c>'s (duty measures,
    /// customs value, import VAT). DomainRules' remarks list the same.
    /// </summary>
    private static readonly Dictionary<string, string> PartAliases = new(StringComparer.Ordinal)
    {
        ["money"] = "monetary",
        ["fx"] = "monetary",
        ["customs"] = "trade",
    };

    [Fact]
    public void DomainRules_holds_only_string_constants_and_there_are_rules()
    {
        typeof(DomainRules).GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is not FieldInfo { IsLiteral: true, FieldType: var t } || t != typeof(string))
            .Select(m => m.Name)
            .Should().BeEmpty("DomainRules is a list of ids, nothing else");
        Rules.Should().NotBeEmpty();
    }

    [Fact]
    public void Every_rule_id_is_unique()
    {
        Rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => r.Name))}")
            .Should().BeEmpty("one rule has one id, and one id names one rule");
    }

    [Fact]
    public void Every_rule_id_is_part_dot_rule_name_with_the_part_a_namespace_of_the_library()
    {
        // The parts are the last segments of the library's public namespaces in kebab case ("PlatformFees" → "platform-fees").
        var parts = Library.GetExportedTypes().Select(t => t.Namespace!).Where(ns => ns != "SupplyChain.Domain")
            .Select(ns => Kebab(ns.Split('.')[^1])).ToHashSet(StringComparer.Ordinal);
        parts.Should().Contain(["monetary", "trade", "platform-fees", "last-mile"], "the kebab-case conversion is what the scheme says");

        // The documented exceptions (DomainRules remarks): a part whose rules read better after its subject than
        // after its folder. Each alias must stand for a namespace that exists.
        PartAliases.Values.Should().BeSubsetOf(parts);
        parts.UnionWith(PartAliases.Keys);

        Rules.Where(r => IdShape().Match(r.Id) is not { Success: true } m || !parts.Contains(m.Groups["part"].Value))
            .Select(r => r.Id)
            .Should().BeEmpty("an id is part.rule-name, lower-case words joined by hyphens, and its part is a namespace");
    }

    [Fact]
    public void Every_constant_is_named_after_its_id_in_Pascal_case()
    {
        Pascal("platform-fees.fulfilment-fee-known").Should().Be("PlatformFeesFulfilmentFeeKnown", "the conversion this test relies on");
        Rules.Where(r => Pascal(r.Id) != r.Name).Select(r => $"{r.Name} = {r.Id}").Should().BeEmpty();
    }

    [Fact]
    public void Every_rule_has_xml_docs_that_say_what_it_is_and_where_it_is_raised_or_reported()
    {
        var members = LibraryDocs.Members;
        var summaries = members
            .ToDictionary(m => (string)m.Attribute("name")!, m => Spaces().Replace(m.Element("summary")?.Value ?? "", " ").Trim(), StringComparer.Ordinal);

        Rules.Where(r => !summaries.TryGetValue($"F:SupplyChain.Domain.DomainRules.{r.Name}", out var summary)
                         || summary.Length < 40
                         || !(summary.Contains("Raised by", StringComparison.Ordinal) || summary.Contains("Reported by", StringComparison.Ordinal)))
            .Select(r => r.Name)
            .Should().BeEmpty("each constant's summary states the rule and names the members that raise or report it");
    }

    [Fact]
    public void Every_string_in_the_library_shaped_like_a_rule_id_is_one_of_the_constants()
    {
        // Constants are inlined as string literals (ldstr) where they are used, so the user-string heap of the compiled
        // assembly holds every rule id the code can emit, however it was written; the constants' own values live in the
        // Constant table, not here.
        using var pe = new PEReader(File.OpenRead(Library.Location));
        var reader = pe.GetMetadataReader();
        var literals = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = reader.GetNextHandle(handle))
        {
            literals.Add(reader.GetUserString(handle));
        }

        var ids = Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var idShaped = literals.Where(s => IdShape().IsMatch(s)).Distinct(StringComparer.Ordinal).ToList();
        idShaped.Should().Contain("customs.measure-known", "the customs tariff refuses with it, so the heap holds it");
        idShaped.Where(s => !ids.Contains(s)).Should().BeEmpty();
    }

    [Fact]
    public void No_rule_id_is_written_as_a_string_literal_in_the_library_source()
    {
        var source = Path.Combine(ReadmeTests.RepositoryRoot(), "src", "SupplyChain.Domain");
        var ids = Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && Path.GetFileName(f) != "DomainRules.cs")
            .SelectMany(f => QuotedWord().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Literal: m.Groups["literal"].Value)))
            .Where(x => ids.Contains(x.Literal))
            .Select(x => $"{x.File}: \"{x.Literal}\"")
            .Should().BeEmpty("code uses the DomainRules constants, so a renamed id cannot be left behind");
    }

    [Fact]
    public void The_docs_table_of_rules_lists_exactly_the_constants()
    {
        var overview = File.ReadAllText(Path.Combine(ReadmeTests.RepositoryRoot(), "docs", "overview.md"));
        var listed = TableRow().Matches(overview).Select(m => m.Groups["id"].Value).ToList();

        listed.Should().OnlyHaveUniqueItems();
        listed.Should().BeEquivalentTo(Rules.Select(r => r.Id), "docs/overview.md#business-rules has one row per rule");
    }

    private static string Kebab(string name) => KebabBoundary().Replace(name, "-${upper}").ToLowerInvariant();

    private static string Pascal(string id) =>
        string.Concat(id.Split('.', '-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    [GeneratedRegex(@"^(?<part>[a-z]+(-[a-z]+)*)\.[a-z]+(-[a-z]+)*$", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdShape();

    [GeneratedRegex(@"(?<=[a-z])(?<upper>[A-Z])", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KebabBoundary();

    [GeneratedRegex("\"(?<literal>[a-z][a-z.-]*)\"", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedWord();

    [GeneratedRegex(@"^\| `(?<id>[a-z-]+\.[a-z-]+)` \|", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
