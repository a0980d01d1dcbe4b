using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="CapacityBooked"/>, the capacity book's event, as
/// <c>{"factory": "FACTORY-1", "version": 3, "booking": {"seller": "SELLER-A", "units": 1800, "earliestStart": "2026-03-02", "reference": null}}</c>;
/// every field required.
/// </summary>
internal sealed class CapacityBookedConverter : JsonConverter<CapacityBooked>
{
    private const string What = "a capacity booked event";
    private static readonly string[] Fields = ["factory", "version", "booking"];

    public override CapacityBooked Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        FacilityId? factory = null;
        int? version = null;
        CapacityBooking? booking = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "factory": factory = JsonRead.Field(ref reader, name, static (ref r) => Converters.FacilityId.ReadText(ref r)); break;
                case "version": version = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the version")); break;
                default: booking = JsonRead.Field(ref reader, name, CapacityBookingConverter.ReadBooking); break;
            }
        }

        var (f, v, b) = (fields.Required(factory, "factory"), fields.Required(version, "version"), fields.Required(booking, "booking"));
        return JsonRead.Create(() => new CapacityBooked(f, v, b), What, Fields);
    }

    public override void Write(Utf8JsonWriter writer, CapacityBooked value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("factory", Converters.FacilityId.Text(value.Factory));
        writer.WriteNumber("version", value.Version);
        writer.WritePropertyName("booking");
        CapacityBookingConverter.WriteBooking(writer, value.Booking);
        writer.WriteEndObject();
    }
}
