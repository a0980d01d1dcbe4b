using System.Globalization;
using System.Text.Json;

namespace SupplyChain.Domain.Tests.Reference;

/// <summary>Small readers for the reference files' common shapes (README "Common shape").</summary>
public static class Json
{
    public static string? StringOrNull(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    public static bool Has(this JsonElement element, string name) => element.TryGetProperty(name, out _);

    public static bool IsNull(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null;

    /// <summary>A number as an exact decimal (the files' numbers are decimal).</summary>
    public static decimal Decimal(this JsonElement element, string name) =>
        decimal.Parse(element.GetProperty(name).GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static double Double(this JsonElement element, string name) => element.GetProperty(name).GetDouble();

    public static int Int(this JsonElement element, string name) => element.GetProperty(name).GetInt32();

    public static bool Bool(this JsonElement element, string name) => element.GetProperty(name).GetBoolean();

    public static string Str(this JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new InvalidDataException($"Field {name} is null.");

    /// <summary>Fails when <paramref name="element"/> has a field not in <paramref name="known"/>: a case the mapping cannot interpret fails.</summary>
    public static void OnlyFields(this JsonElement element, string what, params string[] known)
    {
        var unknown = element.EnumerateObject().Select(p => p.Name).Where(n => !known.Contains(n, StringComparer.Ordinal)).ToList();
        unknown.Should().BeEmpty($"{what} has fields the mapping does not interpret");
    }
}
