using System.Globalization;
using System.Text.Json;

namespace SupplyChain.Domain.Tests.InventoryTheory;

/// <summary>
/// The <c>expected</c> object of a reference case (or a nested part of it), asserted field by field with the case's
/// tolerance rule (README §1). Every field must be asserted: an unasserted field fails the case.
/// </summary>
internal sealed class CaseExpectations
{
    private readonly JsonElement _object;
    private readonly Tolerances _tolerances;
    private readonly string _path;
    private readonly string[] _scopes;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public CaseExpectations(JsonElement obj, Tolerances tolerances, string path, params string[] scopes)
    {
        _object = obj;
        _tolerances = tolerances;
        _path = path;
        _scopes = scopes;
    }

    public bool Has(string name) => _object.TryGetProperty(name, out _);

    public JsonElement Raw(string name)
    {
        _used.Add(name);
        return _object.GetProperty(name);
    }

    public void Number(string name, double actual)
    {
        var expected = Raw(name);
        _tolerances.For(name, _scopes).Check(expected, actual, $"{_path}.{name}");
    }

    public void Numbers(string name, IReadOnlyList<double> actual)
    {
        var expected = Raw(name);
        if (expected.ValueKind != JsonValueKind.Array)
        {
            actual.Should().HaveCount(1, $"{_path}.{name} is a scalar");
            _tolerances.For(name, _scopes).Check(expected, actual[0], $"{_path}.{name}");
            return;
        }

        var items = expected.EnumerateArray().ToArray();
        actual.Should().HaveCount(items.Length, $"{_path}.{name} length");
        var rule = _tolerances.For(name, _scopes);
        for (var i = 0; i < items.Length; i++)
        {
            rule.Check(items[i], actual[i], $"{_path}.{name}[{i}]");
        }
    }

    /// <summary>Asserts an optional decision-variable or output that may be absent (returns false when absent).</summary>
    public bool NumberIfPresent(string name, double actual)
    {
        if (!Has(name))
        {
            return false;
        }

        Number(name, actual);
        return true;
    }

    public CaseExpectations Object(string name) =>
        new(Raw(name), _tolerances, $"{_path}.{name}", [.. _scopes, name]);

    /// <summary>Runs each entry of a list of <c>{given, ...outputs}</c> evaluations.</summary>
    public void Each(string name, Action<JsonElement, CaseExpectations> assert)
    {
        var index = 0;
        foreach (var item in Raw(name).EnumerateArray())
        {
            var outputs = new CaseExpectations(item, _tolerances, $"{_path}.{name}[{index}]", [.. _scopes, name]);
            outputs._used.Add("given");
            assert(item.GetProperty("given"), outputs);
            outputs.ShouldAllBeUsed();
            index++;
        }
    }

    public void ShouldAllBeUsed()
    {
        var unused = _object.EnumerateObject().Select(p => p.Name).Where(n => !_used.Contains(n)).ToList();
        unused.Should().BeEmpty($"{_path}: every expected field must be asserted by the mapping");
    }
}

/// <summary>The tolerance rules of a case: <c>tolerance.default</c> and per-field <c>overrides</c>.</summary>
internal sealed class Tolerances
{
    private readonly ToleranceRule _default;
    private readonly Dictionary<string, ToleranceRule> _overrides;

    public Tolerances(JsonElement tolerance)
    {
        _default = ToleranceRule.Parse(tolerance.GetProperty("default"));
        _overrides = tolerance.TryGetProperty("overrides", out var overrides)
            ? overrides.EnumerateObject().ToDictionary(p => p.Name, p => ToleranceRule.Parse(p.Value), StringComparer.Ordinal)
            : [];
        foreach (var property in tolerance.EnumerateObject())
        {
            property.Name.Should().BeOneOf("default", "overrides");
        }
    }

    /// <summary>The rule of a field: its own override, else the nearest enclosing field's override, else the default.</summary>
    public ToleranceRule For(string field, string[] scopes)
    {
        if (_overrides.TryGetValue(field, out var rule))
        {
            return rule;
        }

        for (var i = scopes.Length - 1; i >= 0; i--)
        {
            if (_overrides.TryGetValue(scopes[i], out rule))
            {
                return rule;
            }
        }

        return _default;
    }
}

/// <summary>One tolerance rule of README §1.</summary>
internal sealed record ToleranceRule(string Kind, int Places, double Rtol, double Atol)
{
    public static ToleranceRule Parse(JsonElement rule)
    {
        var kind = rule.GetProperty("kind").GetString();
        foreach (var property in rule.EnumerateObject())
        {
            property.Name.Should().BeOneOf("kind", "places", "rtol", "atol", "rule");
        }

        return kind switch
        {
            "places" => new ToleranceRule("places", rule.GetProperty("places").GetInt32(), 0, 0),
            "exact" => new ToleranceRule("exact", 0, 0, 0),
            "rtol" => new ToleranceRule("rtol", 0, rule.GetProperty("rtol").GetDouble(), rule.TryGetProperty("atol", out var atol) ? atol.GetDouble() : 0),
            _ => throw new InvalidDataException($"Unknown tolerance kind '{kind}'."),
        };
    }

    public void Check(JsonElement expected, double actual, string what)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            // stockpyl's None (e.g. an undefined bound) is NaN in the C# API.
            double.IsNaN(actual).Should().BeTrue($"{what} is None in the reference");
            return;
        }

        var e = expected.GetDouble();
        switch (Kind)
        {
            case "places":
                // Python's assertAlmostEqual: round(actual - expected, places) == 0.
                var rounded = Math.Round(actual - e, Places, MidpointRounding.ToEven);
                if (rounded != 0)
                {
                    Log(what, e, actual);
                }

                rounded.Should().Be(0, $"{what}: expected {e.ToString("R", CultureInfo.InvariantCulture)} to {Places} places, got {actual.ToString("R", CultureInfo.InvariantCulture)}");
                break;
            case "exact":
                if (IsIntegerLiteral(expected))
                {
                    actual.Should().Be(e, what);
                }
                else
                {
                    // README (JRP note): Python compares these floats exactly; in C# a 1e-12 relative tolerance.
                    Math.Abs(actual - e).Should().BeLessThanOrEqualTo(1e-12 * Math.Abs(e), $"{what}: expected {e.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)}");
                }

                break;
            default:
                // numpy assert_allclose: |actual - expected| <= atol + rtol * |expected|.
                Math.Abs(actual - e).Should().BeLessThanOrEqualTo(Atol + (Rtol * Math.Abs(e)), $"{what}: expected {e.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)}");
                break;
        }
    }

    private static bool IsIntegerLiteral(JsonElement expected)
    {
        var text = expected.GetRawText();
        return !text.Contains('.', StringComparison.Ordinal) && !text.Contains('e', StringComparison.OrdinalIgnoreCase);
    }

    private static void Log(string what, double expected, double actual) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: relative error {Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), double.Epsilon):E2}"));
}
