using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="CapacityBooking"/> as <c>{"seller": "SELLER-A", "units": 1800, "earliestStart": "2026-03-02", "reference": "PO-1"}</c>:
/// the reference <c>null</c> (or left out) when there is none; the other fields required.
/// </summary>
internal sealed class CapacityBookingConverter : JsonConverter<CapacityBooking>
{
    private const string What = "a capacity booking";
    private static readonly string[] Fields = ["seller", "units", "earliestStart", "reference"];

    public override CapacityBooking Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadBooking(ref reader);

    public override void Write(Utf8JsonWriter writer, CapacityBooking value, JsonSerializerOptions options) => WriteBooking(writer, value);

    internal static CapacityBooking ReadBooking(ref Utf8JsonReader reader)
    {
        PartyId? seller = null;
        int? units = null;
        LocalDate? start = null;
        string? reference = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "seller": seller = JsonRead.Field(ref reader, name, static (ref r) => Converters.PartyId.ReadText(ref r)); break;
                case "units": units = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the units")); break;
                case "earliestStart": start = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.LocalDate(ref r, "the earliest start")); break;
                default: reference = JsonRead.Field(ref reader, name, static (ref r) => r.TokenType == JsonTokenType.Null ? null : JsonRead.String(ref r, "the reference")); break;
            }
        }

        var (s, u, e) = (fields.Required(seller, "seller"), fields.Required(units, "units"), fields.Required(start, "earliestStart"));
        return JsonRead.Create(() => new CapacityBooking(s, u, e, reference), What, Fields);
    }

    internal static void WriteBooking(Utf8JsonWriter writer, CapacityBooking value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("seller", Converters.PartyId.Text(value.Seller));
        writer.WriteNumber("units", value.Units);
        writer.WriteString("earliestStart", LocalDatePattern.Iso.Format(value.EarliestStart));
        if (value.Reference is null)
        {
            writer.WriteNull("reference");
        }
        else
        {
            writer.WriteString("reference", JsonRead.WellFormed(value.Reference, "the reference"));
        }

        writer.WriteEndObject();
    }
}
