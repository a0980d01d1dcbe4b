using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="PurchaseOrderLine"/> as
/// <c>{"line": 10, "sku": "LAMP-01", "quantity": 400, "unitPrice": {"amount": "6.25", "currency": "USD"}, "requestedDate": "2026-03-20"}</c>;
/// every field required.
/// </summary>
internal sealed class PurchaseOrderLineConverter : JsonConverter<PurchaseOrderLine>
{
    private const string What = "a purchase order line";
    private static readonly string[] Fields = ["line", "sku", "quantity", "unitPrice", "requestedDate"];

    public override PurchaseOrderLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadLine(ref reader);

    public override void Write(Utf8JsonWriter writer, PurchaseOrderLine value, JsonSerializerOptions options) => WriteLine(writer, value);

    internal static PurchaseOrderLine ReadLine(ref Utf8JsonReader reader)
    {
        int? line = null, quantity = null;
        Sku? sku = null;
        Money? unitPrice = null;
        LocalDate? requestedDate = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "line": line = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the line number")); break;
                case "sku": sku = JsonRead.Field(ref reader, name, static (ref r) => Converters.Sku.ReadText(ref r)); break;
                case "quantity": quantity = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the quantity")); break;
                case "unitPrice": unitPrice = JsonRead.Field(ref reader, name, MoneyConverter.ReadMoney); break;
                default: requestedDate = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.LocalDate(ref r, "the requested date")); break;
            }
        }

        var (l, s, q, p, d) = (fields.Required(line, "line"), fields.Required(sku, "sku"), fields.Required(quantity, "quantity"),
            fields.Required(unitPrice, "unitPrice"), fields.Required(requestedDate, "requestedDate"));
        return JsonRead.Create(() => new PurchaseOrderLine(l, s, q, p, d), What, Fields);
    }

    internal static void WriteLine(Utf8JsonWriter writer, PurchaseOrderLine value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("line", value.Line);
        writer.WriteString("sku", Converters.Sku.Text(value.Sku));
        writer.WriteNumber("quantity", value.Quantity);
        writer.WritePropertyName("unitPrice");
        MoneyConverter.WriteMoney(writer, value.UnitPrice);
        writer.WriteString("requestedDate", LocalDatePattern.Iso.Format(value.RequestedDate));
        writer.WriteEndObject();
    }
}
