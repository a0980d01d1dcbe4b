using System.Reflection;
using System.Text.RegularExpressions;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>
/// Issue 13: value-like types are records (equality by value); a class that keeps reference equality (an entity, an
/// aggregate, a service, a result holding collections) says so, and why, in its XML doc.
/// </summary>
public sealed partial class EqualityConventionTests
{
    private static readonly Assembly Library = typeof(DomainRuleException).Assembly;

    [Fact]
    public void Classes_without_value_equality_say_they_compare_by_reference() =>
        ReferenceEqualityClasses()
            .Where(t => !SaysReferenceEquality(TypeDoc(t)))
            .Select(t => t.FullName)
            .Aggregate(string.Empty, (all, one) => all + one + "\n")
            .Should().BeEmpty("a reader must know whether two equal-looking values are equal");

    [Fact]
    public void The_doc_check_tells_a_statement_from_a_mention()
    {
        SaysReferenceEquality("Plans compare by reference: two plans of the same request are different objects.").Should().BeTrue();
        SaysReferenceEquality("Equality is reference equality, because a ledger is an aggregate with a history.").Should().BeTrue();
        SaysReferenceEquality("Looks up a reference case and returns the plan.").Should().BeFalse();
        SaysReferenceEquality("Two values are equal when their amounts are equal.").Should().BeFalse();
    }

    private static IEnumerable<Type> ReferenceEqualityClasses() =>
        Library.GetExportedTypes().Where(t =>
            t.IsClass && t.IsSealed && !t.IsAbstract // static classes are sealed and abstract
            && !typeof(Exception).IsAssignableFrom(t)
            && t.GetMethod("<Clone>$") is null
            && !t.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(t)));

    private static bool SaysReferenceEquality(string doc) =>
        doc.Split('.').Any(sentence => ReferenceWord().IsMatch(sentence) && EqualityWord().IsMatch(sentence));

    private static string TypeDoc(Type type)
    {
        var name = "T:" + type.FullName; // an exported generic type is its definition: "OptimizedPolicy`2", as in the XML
        var member = LibraryDocs.Members.FirstOrDefault(m => (string?)m.Attribute("name") == name);
        return member is null ? string.Empty : string.Concat(member.Elements("summary").Concat(member.Elements("remarks")).Select(e => e.Value));
    }

    [GeneratedRegex(@"\b(reference|identity)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferenceWord();

    [GeneratedRegex(@"\b(compare|compares|compared|equal|equality)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EqualityWord();
}
