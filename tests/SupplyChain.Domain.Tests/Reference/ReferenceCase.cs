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

    /// <summary>The case's absolute tolerance, 0 when absent.</summary>
    public double Tolerance => Root.TryGetProperty("tolerance", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetDouble() : 0;

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
