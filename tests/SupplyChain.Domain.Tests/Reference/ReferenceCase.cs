using System.Text.Json;
using Xunit.Abstractions;

namespace SupplyChain.Domain.Tests.Reference;

/// <summary>
/// One worked case of a reference file, as an xunit theory argument. It serialises to its id and JSON, so every
/// case is its own test result, shown as its id.
/// </summary>
public sealed class ReferenceCase : IXunitSerializable
{
    private static readonly HashSet<string> MetadataFields = ["id", "source", "note", "tolerance"];

    /// <summary>Needed by xunit's deserialiser.</summary>
    public ReferenceCase()
    {
    }

    public ReferenceCase(string family, string id, string json)
    {
        Family = family;
        Id = id;
        Json = json;
    }

    public string Family { get; private set; } = "";

    public string Id { get; private set; } = "";

    public string Json { get; private set; } = "";

    /// <summary>The case as a JSON object (parsed again on each call: cases are small).</summary>
    public JsonElement Root => JsonDocument.Parse(Json).RootElement;

    /// <summary>
    /// The case's absolute tolerance (README "Common shape"), 0 (exact) when absent. Anything but a number ≥ 0 is a
    /// tolerance the mapping cannot interpret, and fails the case.
    /// </summary>
    public double Tolerance
    {
        get
        {
            if (!Root.TryGetProperty("tolerance", out var t))
            {
                return 0;
            }

            t.ValueKind.Should().Be(JsonValueKind.Number, $"case {Id}: tolerance is one absolute number");
            var value = t.GetDouble();
            value.Should().BeGreaterThanOrEqualTo(0, $"case {Id}: tolerance is not negative");
            return value;
        }
    }

    /// <summary>
    /// Runs a domain family's mapping on this case, then fails the case unless it has at least one assertion
    /// (<c>valid</c> or a field starting with <c>expected</c>) and the mapping read every assertion and every input
    /// (every field but <c>id</c>, <c>source</c>, <c>note</c> and <c>tolerance</c>): an assertion present is always
    /// checked, also when it is the only one.
    /// </summary>
    /// <param name="mapping">The family's mapping, reading the case through <see cref="CaseFields"/>.</param>
    public void Map(Action<CaseFields> mapping)
    {
        var fields = new CaseFields(Root);
        mapping(fields);

        var names = Root.EnumerateObject().Select(p => p.Name).Where(n => !MetadataFields.Contains(n)).ToList();
        names.Where(IsAssertion).Should().NotBeEmpty($"case {Id} of family {Family} asserts nothing");
        names.Where(n => !fields.Read.Contains(n)).Should()
            .BeEmpty($"case {Id} of family {Family}: every assertion and input present must be checked by the mapping");
    }

    private static bool IsAssertion(string name) => name == "valid" || name.StartsWith("expected", StringComparison.Ordinal);

    /// <summary>
    /// Fails when the case has a field the family's mapping does not know: a case the mapping cannot interpret is a
    /// failing test, never a silent pass.
    /// </summary>
    public void ShouldOnlyHaveFields(params string[] known)
    {
        var unknown = Root.EnumerateObject().Select(p => p.Name)
            .Where(name => !MetadataFields.Contains(name) && !known.Contains(name, StringComparer.Ordinal))
            .ToList();
        unknown.Should().BeEmpty($"case {Id} of family {Family} has fields the mapping does not interpret");
    }

    public void Deserialize(IXunitSerializationInfo info)
    {
        Family = info.GetValue<string>(nameof(Family));
        Id = info.GetValue<string>(nameof(Id));
        Json = info.GetValue<string>(nameof(Json));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Family), Family);
        info.AddValue(nameof(Id), Id);
        info.AddValue(nameof(Json), Json);
    }

    public override string ToString() => Id;
}
