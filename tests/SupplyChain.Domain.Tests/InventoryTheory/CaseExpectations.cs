using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SupplyChain.Domain.Tests.InventoryTheory;

/// <summary>
/// What one library call produced, under the reference's field names: numbers, lists of numbers, or nested outputs
/// (an approximation's (r, Q, cost), a variant's bounds). Values are computed when first asserted.
/// </summary>
internal sealed class Outputs
{
    private readonly Dictionary<string, Func<object>> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _computed = new(StringComparer.Ordinal);

    public Outputs Scalar(string name, Func<double> value)
    {
        _values.Add(name, () => value());
        return this;
    }

    public Outputs List(string name, Func<IEnumerable<double>> values)
    {
        _values.Add(name, () => values().ToArray());
        return this;
    }

    public Outputs Nested(string name, Func<Outputs> nested)
    {
        _values.Add(name, () => nested());
        return this;
    }

    public bool TryGet(string name, out object value)
    {
        if (_computed.TryGetValue(name, out value!))
        {
            return true;
        }

        if (_values.TryGetValue(name, out var compute))
        {
            value = compute();
            _computed.Add(name, value);
            return true;
        }

        value = 0.0;
        return false;
    }

    public string Names => string.Join(", ", _values.Keys);
}

/// <summary>
/// Compares an <c>expected</c> value (or a nested part of it) with what the library produced, with the case's tolerance
/// rules (README §1), and counts the comparisons. A field the call does not produce fails, and so does an object
/// that asserts nothing.
/// </summary>
internal sealed class ExpectationChecker(Tolerances tolerances)
{
    public int Assertions { get; private set; }

    /// <summary>Checks every field of an expected object against <paramref name="actual"/>; at least one must exist.</summary>
    public void Fields(IEnumerable<JsonProperty> expected, Outputs actual, string path, string[] scopes)
    {
        var any = false;
        foreach (var field in expected)
        {
            any = true;
            actual.TryGet(field.Name, out var value).Should()
                .BeTrue($"{path}.{field.Name} must be an output the mapping interprets for this call (known: {actual.Names})");
            Value(field.Value, value, $"{path}.{field.Name}", scopes, field.Name);
        }

        any.Should().BeTrue($"{path} asserts nothing: a case or evaluation with no expected output fails");
    }

    private void Value(JsonElement expected, object actual, string path, string[] scopes, string field)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                actual.Should().BeOfType<Outputs>($"{path} is an object in the reference");
                Fields(expected.EnumerateObject(), (Outputs)actual, path, [.. scopes, field]);
                break;
            case JsonValueKind.Array:
                actual.Should().BeOfType<double[]>($"{path} is a list in the reference");
                var list = (double[])actual;
                var items = expected.EnumerateArray().ToArray();
                list.Should().HaveCount(items.Length, $"{path} length");
                var rule = tolerances.For(field, scopes);
                for (var i = 0; i < items.Length; i++)
                {
                    rule.Check(items[i], list[i], $"{path}[{i}]");
                }

                Assertions++;
                break;
            case JsonValueKind.Number or JsonValueKind.Null:
                var scalar = actual switch
                {
                    double d => d,
                    double[] { Length: 1 } one => one[0],
                    _ => throw new InvalidDataException($"{path} is a single number in the reference, but the call produced {actual}."),
                };
                tolerances.For(field, scopes).Check(expected, scalar, path);
                Assertions++;
                break;
            default:
                throw new InvalidDataException($"{path}: the mapping cannot interpret a {expected.ValueKind} here.");
        }
    }
}

/// <summary>
/// The tolerance rules of a case: <c>tolerance.default</c>, per-field <c>overrides</c>, and the float relaxation of
/// <c>exact</c> that a case's <c>notes</c> may state ("a ~1e-12 relative tolerance for the floats"). Nothing else relaxes
/// <c>exact</c>.
/// </summary>
internal sealed partial class Tolerances
{
    private readonly ToleranceRule _default;
    private readonly Dictionary<string, ToleranceRule> _overrides;
    private readonly HashSet<string> _usedOverrides = new(StringComparer.Ordinal);

    public Tolerances(JsonElement tolerance, string? notes)
    {
        foreach (var property in tolerance.EnumerateObject())
        {
            property.Name.Should().BeOneOf(["default", "overrides"], "tolerance has no other fields");
        }

        var match = notes is null ? Match.Empty : RelativeToleranceForFloats().Match(notes);
        double? floatRtol = match.Success ? double.Parse(match.Groups["rtol"].Value, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
        _default = ToleranceRule.Parse(tolerance.GetProperty("default"), floatRtol);
        _overrides = tolerance.TryGetProperty("overrides", out var overrides)
            ? overrides.EnumerateObject().ToDictionary(p => p.Name, p => ToleranceRule.Parse(p.Value, floatRtol), StringComparer.Ordinal)
            : [];
    }

    /// <summary>The rule of a field: its own override, else the nearest enclosing field's override, else the default.</summary>
    public ToleranceRule For(string field, string[] scopes)
    {
        foreach (var name in scopes.Reverse().Prepend(field))
        {
            if (_overrides.TryGetValue(name, out var rule))
            {
                _usedOverrides.Add(name);
                return rule;
            }
        }

        return _default;
    }

    /// <summary>An override of a field the case does not assert is a field the mapping cannot interpret.</summary>
    public void ShouldAllBeUsed(string caseId)
    {
        _overrides.Keys.Where(k => !_usedOverrides.Contains(k)).Should()
            .BeEmpty($"case {caseId}: every tolerance override must name an asserted field or an enclosing field");
    }

    [GeneratedRegex(@"(?<rtol>\d+(?:\.\d+)?[eE]-\d+) relative tolerance for the floats", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RelativeToleranceForFloats();
}

/// <summary>One tolerance rule of README §1.</summary>
/// <param name="Kind"><c>places</c>, <c>exact</c> or <c>rtol</c>.</param>
/// <param name="Places">Decimal places (places).</param>
/// <param name="Rtol">Relative tolerance (rtol), or the case's float relaxation of exact (0: none).</param>
/// <param name="Atol">Absolute tolerance (rtol).</param>
internal sealed record ToleranceRule(string Kind, int Places, double Rtol, double Atol)
{
    public static ToleranceRule Parse(JsonElement rule, double? exactFloatRtol)
    {
        var kind = rule.GetProperty("kind").GetString();
        string[] fields = kind switch
        {
            "places" => ["kind", "places", "rule"],
            "exact" => ["kind", "rule"],
            "rtol" => ["kind", "rtol", "atol", "rule"],
            _ => throw new InvalidDataException($"Unknown tolerance kind '{kind}'."),
        };
        foreach (var property in rule.EnumerateObject())
        {
            property.Name.Should().BeOneOf(fields, $"a '{kind}' tolerance has only these fields");
        }

        return kind switch
        {
            "places" => new ToleranceRule(kind, rule.GetProperty("places").GetInt32(), 0, 0),
            "exact" => new ToleranceRule(kind, 0, exactFloatRtol ?? 0, 0),
            _ => new ToleranceRule(kind, 0, rule.GetProperty("rtol").GetDouble(), rule.TryGetProperty("atol", out var atol) ? atol.GetDouble() : 0),
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
        string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        switch (Kind)
        {
            case "places":
                // Python's assertAlmostEqual: round(actual - expected, places) == 0.
                var rounded = Math.Round(actual - e, Places, MidpointRounding.ToEven);
                if (rounded != 0)
                {
                    Log(what, e, actual);
                }

                rounded.Should().Be(0, $"{what}: expected {Text(e)} to {Places} places, got {Text(actual)}");
                break;
            case "exact" when Rtol > 0 && !IsIntegerLiteral(expected):
                // Only where the case's notes say so: Python compares these floats exactly, C# within a relative tolerance.
                Math.Abs(actual - e).Should().BeLessThanOrEqualTo(Rtol * Math.Abs(e), $"{what}: expected {Text(e)}, got {Text(actual)} (relative tolerance from the case's notes)");
                break;
            case "exact":
                actual.Should().Be(e, $"{what}: exact");
                break;
            default:
                // numpy assert_allclose: |actual - expected| <= atol + rtol * |expected|.
                Math.Abs(actual - e).Should().BeLessThanOrEqualTo(Atol + (Rtol * Math.Abs(e)), $"{what}: expected {Text(e)}, got {Text(actual)}");
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
