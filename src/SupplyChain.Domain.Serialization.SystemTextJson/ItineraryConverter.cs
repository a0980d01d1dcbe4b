using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="Itinerary"/> as <c>{"legs": [leg, …]}</c>; the legs must join up and follow in time (the domain's rule).
/// </summary>
internal sealed class ItineraryConverter : JsonConverter<Itinerary>
{
    private const string What = "an itinerary";
    private static readonly string[] Fields = ["legs"];

    public override Itinerary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadItinerary(ref reader);

    public override void Write(Utf8JsonWriter writer, Itinerary value, JsonSerializerOptions options) => WriteItinerary(writer, value);

    internal static Itinerary ReadItinerary(ref Utf8JsonReader reader)
    {
        List<Leg>? legs = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            legs = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Array(ref r, "legs", LegConverter.ReadLeg));
        }

        var l = fields.Required(legs, "legs");
        return JsonRead.Create(() => new Itinerary(l), What, Fields);
    }

    internal static void WriteItinerary(Utf8JsonWriter writer, Itinerary value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteStartArray("legs");
        foreach (var leg in value.Legs)
        {
            LegConverter.WriteLeg(writer, leg);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
