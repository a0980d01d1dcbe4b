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

    /// <summary>
    /// Members whose exception docs are still vague or several rules in one paragraph: known debt, named in issue 13's
    /// note as left to do. The list can only shrink (<see cref="Known_exception_doc_debt_is_still_there"/>).
    /// </summary>
    private static readonly HashSet<string> ExceptionDocDebt = new(StringComparer.Ordinal)
    {
        // Empty: the last entries (InventoryTheory and PolicyFactory) were paid off with the bounded-work limits.
    };

    [Fact]
    public void Exception_docs_name_their_rule_on_one_line() =>
        BadExceptionDocs().Where(e => !ExceptionDocDebt.Contains(e.Member))
            .Select(e => $"{e.Member}: {Text(e.Element)}")
            .Aggregate(string.Empty, (all, one) => all + one + "\n")
            .Should().BeEmpty("each <exception> states one rule, or rules of one kind, on one line; several rules get several lines");

    [Fact]
    public void Known_exception_doc_debt_is_still_there() =>
        ExceptionDocDebt.Except(BadExceptionDocs().Select(e => e.Member), StringComparer.Ordinal)
            .Should().BeEmpty("a member whose exception docs were fixed leaves the debt list");

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

    private static IEnumerable<(string Member, XElement Element)> BadExceptionDocs() =>
        Elements("exception").Where(e => VagueExceptionDocs.Contains(Text(e.Element), StringComparer.Ordinal) || e.Element.Value.Trim().Contains('\n', StringComparison.Ordinal));

    private static bool IsFiller(string text) => text is "Invariant-culture text." || Restatement().IsMatch(text);

    private static string Text(XElement element) => Regex.Replace(element.Value, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();

    private static IEnumerable<(string Member, XElement Element)> Elements(string name) =>
        LibraryDocs.Members.SelectMany(m => m.Elements(name).Select(e => ((string)m.Attribute("name")!, e)));

    // "The x." or "The x y." (also "A"/"An"): a restatement of the return type, with no clause of its own.
    [GeneratedRegex(@"^(The|A|An) [^ ;,]+( [^ ;,]+)?\.$", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Restatement();
}
