using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="ReceiptLine"/> as <c>{"line": 10, "quantity": 200, "damaged": 3}</c>; line and quantity required,
/// damaged optional on read (0, as in the domain) and always written.
/// </summary>
internal sealed class ReceiptLineConverter : JsonConverter<ReceiptLine>
{
    private const string What = "a receipt line";
    private static readonly string[] Fields = ["line", "quantity", "damaged"];

    public override ReceiptLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadLine(ref reader);

    public override void Write(Utf8JsonWriter writer, ReceiptLine value, JsonSerializerOptions options) => WriteLine(writer, value);

    internal static ReceiptLine ReadLine(ref Utf8JsonReader reader)
    {
        int? line = null, quantity = null, damaged = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            int? value = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "a count"));
            switch (name)
            {
                case "line": line = value; break;
                case "quantity": quantity = value; break;
                default: damaged = value; break;
            }
        }

        var (l, q, d) = (fields.Required(line, "line"), fields.Required(quantity, "quantity"), damaged ?? 0);
        return JsonRead.Create(() => new ReceiptLine { Line = l, Quantity = q, Damaged = d }, What, Fields);
    }

    internal static void WriteLine(Utf8JsonWriter writer, ReceiptLine value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("line", value.Line);
        writer.WriteNumber("quantity", value.Quantity);
        writer.WriteNumber("damaged", value.Damaged);
        writer.WriteEndObject();
    }
}
