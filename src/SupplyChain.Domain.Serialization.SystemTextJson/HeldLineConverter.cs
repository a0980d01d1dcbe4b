using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Planning;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// The sale-to-shelf loop's <see cref="HeldLine"/> as
/// <c>{"product": "P-MUG", "units": 35, "since": "2027-01-05", "inboundLeadTimeDays": 12, "reason": "ReorderPointReached"}</c>;
/// every field required, the reason a <see cref="ReplenishmentReason"/> member by name.
/// </summary>
internal sealed class HeldLineConverter : JsonConverter<HeldLine>
{
    private const string What = "a held line";
    private static readonly string[] Fields = ["product", "units", "since", "inboundLeadTimeDays", "reason"];

    public override HeldLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ProductId? product = null;
        int? units = null, leadTime = null;
        LocalDate? since = null;
        ReplenishmentReason? reason = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "product": product = JsonRead.Field(ref reader, name, static (ref r) => Converters.ProductId.ReadText(ref r)); break;
                case "units": units = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the units")); break;
                case "since": since = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.LocalDate(ref r, "the first day held")); break;
                case "inboundLeadTimeDays": leadTime = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the inbound lead time")); break;
                default: reason = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Member<ReplenishmentReason>(ref r, "a replenishment reason")); break;
            }
        }

        var (p, u, s, l, why) = (fields.Required(product, "product"), fields.Required(units, "units"), fields.Required(since, "since"),
            fields.Required(leadTime, "inboundLeadTimeDays"), fields.Required(reason, "reason"));
        return JsonRead.Create(() => new HeldLine(p, u, s, l, why), What, Fields);
    }

    public override void Write(Utf8JsonWriter writer, HeldLine value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("product", Converters.ProductId.Text(value.Product));
        writer.WriteNumber("units", value.Units);
        writer.WriteString("since", LocalDatePattern.Iso.Format(value.Since));
        writer.WriteNumber("inboundLeadTimeDays", value.InboundLeadTimeDays);
        writer.WriteString("reason", value.Reason.ToString());
        writer.WriteEndObject();
    }
}
