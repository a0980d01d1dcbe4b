using System.Globalization;
using System.Text.Json;

namespace SupplyChain.Domain.Tests.InventoryTheory;

/// <summary>
/// The named inputs of a reference case (<c>inputs.&lt;name&gt;.value</c>), possibly overlaid by an evaluation's
/// <c>given</c>. Every read is recorded, so that a case with an input the mapping never reads fails.
/// </summary>
internal sealed class CaseInputs
{
    private readonly Dictionary<string, JsonElement> _values;
    private readonly HashSet<string> _used;
    private readonly CaseInputs? _parent;
    private readonly string _what;

    private CaseInputs(Dictionary<string, JsonElement> values, CaseInputs? parent, string what)
    {
        _values = values;
        _used = new HashSet<string>(StringComparer.Ordinal);
        _parent = parent;
        _what = what;
    }

    /// <summary>The case's <c>inputs</c>: each <c>{value, unit}</c> (unit optional); any other field fails the case.</summary>
    public static CaseInputs FromCase(JsonElement inputs) =>
        new(inputs.EnumerateObject().ToDictionary(p => p.Name, p => ValueOf(p), StringComparer.Ordinal), null, "inputs");

    private static JsonElement ValueOf(JsonProperty input)
    {
        input.Value.ValueKind.Should().Be(JsonValueKind.Object, $"input {input.Name} must be {{value, unit}}");
        foreach (var field in input.Value.EnumerateObject())
        {
            field.Name.Should().BeOneOf(["value", "unit"], $"input {input.Name} has only a value and a unit");
        }

        input.Value.TryGetProperty("value", out var value).Should().BeTrue($"input {input.Name} must have a value");
        return value;
    }

    /// <summary>Plain name → value pairs (a variant object, or a <c>given</c>), with an optional parent to fall back to.</summary>
    public static CaseInputs FromObject(JsonElement values, CaseInputs? parent, string what, params string[] ignore) =>
        new(values.EnumerateObject().Where(p => !ignore.Contains(p.Name, StringComparer.Ordinal)).ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal), parent, what);

    public CaseInputs Overlay(JsonElement given) => FromObject(given, this, "given");

    public bool Has(string name) => _values.ContainsKey(name) || (_parent?.Has(name) ?? false);

    public JsonElement Raw(string name)
    {
        if (_values.TryGetValue(name, out var value))
        {
            _used.Add(name);

            // An input that a given overrides is interpreted as the baseline of that given.
            _parent?.MarkUsed(name);
            return value;
        }

        if (_parent is not null)
        {
            return _parent.Raw(name);
        }

        throw new InvalidDataException($"The case has no input '{name}'.");
    }

    private void MarkUsed(string name)
    {
        if (_values.ContainsKey(name))
        {
            _used.Add(name);
        }

        _parent?.MarkUsed(name);
    }

    public double D(string name) => Raw(name).GetDouble();

    public double D(string name, double fallback) => Has(name) ? D(name) : fallback;

    public int I(string name)
    {
        var value = D(name);
        value.Should().Be(Math.Round(value), $"input {name} must be an integer");
        return checked((int)value);
    }

    public int I(string name, int fallback) => Has(name) ? I(name) : fallback;

    public double[] List(string name)
    {
        var raw = Raw(name);
        return raw.ValueKind == JsonValueKind.Array ? raw.EnumerateArray().Select(e => e.GetDouble()).ToArray() : [raw.GetDouble()];
    }

    /// <summary>
    /// A per-period input as a 0-based list of T values: a scalar (broadcast), a T-list, or stockpyl's (T+1)-list
    /// whose index 0 is a dummy.
    /// </summary>
    public double[] PerPeriod(string name, int periods)
    {
        var values = List(name);
        return values.Length switch
        {
            1 => Enumerable.Repeat(values[0], periods).ToArray(),
            _ when values.Length == periods => values,
            _ when values.Length == periods + 1 => values[1..],
            _ => throw new InvalidDataException($"Input {name} has {values.Length} entries for {periods} periods."),
        };
    }

    /// <summary>A pmf: an object "value" → probability, or a list of probabilities of 0, 1, ….</summary>
    public (int[] Values, double[] Probabilities) Pmf(string name)
    {
        var raw = Raw(name);
        if (raw.ValueKind == JsonValueKind.Array)
        {
            var p = raw.EnumerateArray().Select(e => e.GetDouble()).ToArray();
            return (Enumerable.Range(0, p.Length).ToArray(), p);
        }

        var pairs = raw.EnumerateObject()
            .Select(e => (Value: int.Parse(e.Name, NumberStyles.Integer, CultureInfo.InvariantCulture), Probability: e.Value.GetDouble()))
            .OrderBy(e => e.Value)
            .ToArray();
        return (pairs.Select(e => e.Value).ToArray(), pairs.Select(e => e.Probability).ToArray());
    }

    public void ShouldAllBeUsed(string caseId)
    {
        var unused = _values.Keys.Where(k => !_used.Contains(k)).ToList();
        unused.Should().BeEmpty($"case {caseId}: every {_what} field must be interpreted by the mapping");
    }
}
