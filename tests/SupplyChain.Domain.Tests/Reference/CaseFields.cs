using System.Text.Json;

namespace SupplyChain.Domain.Tests.Reference;

/// <summary>
/// The top-level fields of a domain reference case, read through the same helpers as <see cref="Json"/> but
/// recording which fields the mapping read. <see cref="ReferenceCase.Map"/> uses the record to fail a case whose
/// assertion (<c>valid</c> or <c>expected…</c>, README "Common shape") or input the mapping never looked at.
/// <see cref="Has"/> only tests presence and does not count as reading.
/// </summary>
public sealed class CaseFields(JsonElement root)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>The names of the fields read so far.</summary>
    public IReadOnlySet<string> Read => _read;

    public JsonElement Element => root;

    public bool Has(string name) => root.Has(name);

    public bool IsNull(string name) => Mark(name).IsNull(name);

    public JsonElement GetProperty(string name) => Mark(name).GetProperty(name);

    public bool TryGetProperty(string name, out JsonElement value) => Mark(name).TryGetProperty(name, out value);

    public string? StringOrNull(string name) => Mark(name).StringOrNull(name);

    public decimal Decimal(string name) => Mark(name).Decimal(name);

    public double Double(string name) => Mark(name).Double(name);

    public int Int(string name) => Mark(name).Int(name);

    public bool Bool(string name) => Mark(name).Bool(name);

    public string Str(string name) => Mark(name).Str(name);

    private JsonElement Mark(string name)
    {
        _read.Add(name);
        return root;
    }
}
