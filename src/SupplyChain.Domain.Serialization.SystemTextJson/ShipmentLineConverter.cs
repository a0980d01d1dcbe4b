using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary><see cref="ShipmentLine"/> as <c>{"product": "LAMP-01", "quantity": 24}</c>; both required, the quantity at least 1.</summary>
internal sealed class ShipmentLineConverter : JsonConverter<ShipmentLine>
{
    private const string What = "a shipment line";
    private static readonly string[] Fields = ["product", "quantity"];

    public override ShipmentLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadLine(ref reader);

    public override void Write(Utf8JsonWriter writer, ShipmentLine value, JsonSerializerOptions options) => WriteLine(writer, value);

    internal static ShipmentLine ReadLine(ref Utf8JsonReader reader)
    {
        ProductId? product = null;
        int? quantity = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            if (name == "product")
            {
                product = JsonRead.Field(ref reader, name, static (ref r) => Converters.ProductId.ReadText(ref r));
            }
            else
            {
                quantity = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the quantity"));
            }
        }

        var (p, q) = (fields.Required(product, "product"), fields.Required(quantity, "quantity"));
        return JsonRead.Create(() => new ShipmentLine(p, q), What, Fields);
    }

    internal static void WriteLine(Utf8JsonWriter writer, ShipmentLine value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("product", Converters.ProductId.Text(value.Product));
        writer.WriteNumber("quantity", value.Quantity);
        writer.WriteEndObject();
    }
}
