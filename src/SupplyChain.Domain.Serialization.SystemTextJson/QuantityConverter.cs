using System.Text.Json;
using System.Text.Json.Serialization;
using UnitsNet;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// A UnitsNet quantity as <c>{"value": 1.5, "unit": "kg"}</c>: the value a JSON number (a <see cref="double"/>, written
/// in its shortest round-trip form, so it reads back to the same double), the unit as <see cref="UnitTexts{TUnit}"/>
/// writes it. The quantity keeps its unit: 1500 g is written as 1500 g, not as 1.5 kg.
/// </summary>
internal sealed class QuantityConverter<TQuantity, TUnit>(string what, Func<double, TUnit, TQuantity> create) : JsonConverter<TQuantity>
    where TQuantity : struct, IQuantity<TUnit>
    where TUnit : struct, Enum
{
    private static readonly string[] Fields = ["value", "unit"];
    private static readonly UnitTexts<TUnit> Units = new();

    public override TQuantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        double? value = null;
        TUnit? unit = null;
        var fields = JsonFields.Start(ref reader, Fields, what);
        while (fields.Next(ref reader, out var name))
        {
            if (name == "value")
            {
                value = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Double(ref r, "the value"));
            }
            else
            {
                unit = JsonRead.Field(ref reader, name, (ref r) => Unit(ref r, what));
            }
        }

        var (v, u) = (fields.Required(value, "value"), fields.Required(unit, "unit"));
        return JsonRead.Create(() => create(v, u), what, Fields);
    }

    public override void Write(Utf8JsonWriter writer, TQuantity value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("value", (double)value.Value);
        writer.WriteString("unit", Units.Text(value.Unit));
        writer.WriteEndObject();
    }

    private static TUnit Unit(ref Utf8JsonReader reader, string what)
    {
        var text = JsonRead.String(ref reader, "the unit");
        return Units.TryParse(text, out var unit)
            ? unit
            : throw JsonRead.Fail(JsonRead.Format("'{0}' is not a unit of {1} (a case-sensitive abbreviation such as {2}, or the UnitsNet name of the unit)", JsonRead.Shorten(text), what, Units.Examples));
    }
}
