using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>
/// Issue 13: XML docs say something or nothing. A <c>&lt;returns&gt;</c> that only names the return type ("The text.",
/// "The plan.") is filler; an exception doc names the rule that was broken, one rule per line, not "an argument is out
/// of range".
/// </summary>
public sealed partial class DocConventionTests
{
    private static readonly Assembly Library = typeof(DomainRuleException).Assembly;

    private static readonly Lazy<XDocument> Docs = new(() => XDocument.Load(Path.ChangeExtension(Library.Location, ".xml")));

    private static readonly string[] VagueExceptionDocs =
    [
        "An argument is out of range.", "Another argument is out of range.", "An argument is out of range or not finite.",
        "A number is out of range.", "A number is out of range, infinite or NaN.", "A value is out of range.",
        "An argument is invalid.", "A value is invalid.",
    ];

    [Fact]
    public void Returns_docs_are_not_filler() =>
        Elements("returns").Where(e => IsFiller(Text(e.Element)))
            .Select(e => $"{e.Member}: {Text(e.Element)}")
            .Aggregate(string.Empty, (all, one) => all + one + "\n")
            .Should().BeEmpty("a <returns> that only names the type says nothing the signature does not");

    [Fact]
    public void Exception_docs_name_their_rule_on_one_line() =>
        Elements("exception").Where(e => VagueExceptionDocs.Contains(Text(e.Element), StringComparer.Ordinal) || e.Element.Value.Trim().Contains('\n', StringComparison.Ordinal))
            .Select(e => $"{e.Member}: {Text(e.Element)}")
            .Aggregate(string.Empty, (all, one) => all + one + "\n")
            .Should().BeEmpty("each <exception> states one rule, or rules of one kind, on one line; several rules get several lines");

    [Theory]
    [InlineData("The text.", true)]
    [InlineData("The constrained policy.", true)]
    [InlineData("Invariant-culture text.", true)]
    [InlineData("A short description.", true)]
    [InlineData("The safety stock in units.", false)]
    [InlineData("r, Q and g(r, Q).", false)]
    [InlineData("The new set; this one is unchanged.", false)]
    public void The_filler_check_tells_filler_from_content(string text, bool filler) =>
        IsFiller(text).Should().Be(filler);

    private static bool IsFiller(string text) => text is "Invariant-culture text." || Restatement().IsMatch(text);

    private static string Text(XElement element) => Regex.Replace(element.Value, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();

    private static IEnumerable<(string Member, XElement Element)> Elements(string name) =>
        Docs.Value.Descendants("member").SelectMany(m => m.Elements(name).Select(e => ((string)m.Attribute("name")!, e)));

    // "The x." or "The x y." (also "A"/"An"): a restatement of the return type, with no clause of its own.
    [GeneratedRegex(@"^(The|A|An) [^ ;,]+( [^ ;,]+)?\.$", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Restatement();
}
