using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="PackedCarton"/> as <c>{"sscc": "106141411234567897", "lines": [{"product": "LAMP-01", "quantity": 24}]}</c>:
/// the SSCC <c>null</c> (or left out) for an unlabelled carton; at least one line, each product once (the domain's rule).
/// </summary>
internal sealed class PackedCartonConverter : JsonConverter<PackedCarton>
{
    private const string What = "a packed carton";
    private static readonly string[] Fields = ["sscc", "lines"];

    public override PackedCarton Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCarton(ref reader);

    public override void Write(Utf8JsonWriter writer, PackedCarton value, JsonSerializerOptions options) => WriteCarton(writer, value);

    internal static PackedCarton ReadCarton(ref Utf8JsonReader reader)
    {
        Sscc? sscc = null;
        List<ShipmentLine>? lines = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            if (name == "sscc")
            {
                sscc = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Optional(ref r, Converters.Sscc.ReadText));
            }
            else
            {
                lines = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Array(ref r, "shipment lines", ShipmentLineConverter.ReadLine));
            }
        }

        var l = fields.Required(lines, "lines");
        return JsonRead.Create(() => new PackedCarton(l, sscc), What, Fields);
    }

    internal static void WriteCarton(Utf8JsonWriter writer, PackedCarton value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        HandlingEventConverter.WriteOptional(writer, "sscc", value.Sscc, Converters.Sscc);
        writer.WriteStartArray("lines");
        foreach (var line in value.Lines)
        {
            ShipmentLineConverter.WriteLine(writer, line);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static void WriteCartons(Utf8JsonWriter writer, IEnumerable<PackedCarton> cartons)
    {
        writer.WriteStartArray("cartons");
        foreach (var carton in cartons)
        {
            WriteCarton(writer, carton);
        }

        writer.WriteEndArray();
    }
}
