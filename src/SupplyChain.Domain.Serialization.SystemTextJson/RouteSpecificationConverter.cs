using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary><see cref="RouteSpecification"/> as <c>{"origin": "CNSHA", "destination": "SEGOT", "arrivalDeadline": "2026-04-10T00:00:00Z"}</c>; every field required.</summary>
internal sealed class RouteSpecificationConverter : JsonConverter<RouteSpecification>
{
    private const string What = "a route specification";
    private static readonly string[] Fields = ["origin", "destination", "arrivalDeadline"];

    public override RouteSpecification Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadSpecification(ref reader);

    public override void Write(Utf8JsonWriter writer, RouteSpecification value, JsonSerializerOptions options) => WriteSpecification(writer, value);

    internal static RouteSpecification ReadSpecification(ref Utf8JsonReader reader)
    {
        UnLocode? origin = null, destination = null;
        Instant? deadline = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            if (name == "arrivalDeadline")
            {
                deadline = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Instant(ref r, "the arrival deadline"));
            }
            else
            {
                var place = JsonRead.Field(ref reader, name, static (ref r) => Converters.UnLocode.ReadText(ref r));
                (origin, destination) = name == "origin" ? (place, destination) : (origin, place);
            }
        }

        var (o, d, a) = (fields.Required(origin, "origin"), fields.Required(destination, "destination"), fields.Required(deadline, "arrivalDeadline"));
        return JsonRead.Create(() => new RouteSpecification(o, d, a), What, Fields);
    }

    internal static void WriteSpecification(Utf8JsonWriter writer, RouteSpecification value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("origin", Converters.UnLocode.Text(value.Origin));
        writer.WriteString("destination", Converters.UnLocode.Text(value.Destination));
        writer.WriteString("arrivalDeadline", InstantPattern.ExtendedIso.Format(value.ArrivalDeadline));
        writer.WriteEndObject();
    }
}
