using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="Leg"/> as
/// <c>{"mode": "SeaFcl", "carrier": "OCEAN-LINE", "voyage": "V100", "loadLocation": "CNSHA", "unloadLocation": "NLRTM", "loadTime": "…", "unloadTime": "…", "loadFacility": null, "unloadFacility": null, "transitTime": {"meanDays": 27, "standardDeviationDays": 0}}</c>:
/// the mode a member name of <see cref="TransportMode"/>; the facilities <c>null</c> (or left out) when not known; the
/// transit time left out meaning the planned interval (as in the domain). The first seven fields are required.
/// </summary>
internal sealed class LegConverter : JsonConverter<Leg>
{
    private const string What = "a leg";
    private static readonly string[] Fields = ["mode", "carrier", "voyage", "loadLocation", "unloadLocation", "loadTime", "unloadTime", "loadFacility", "unloadFacility", "transitTime"];

    public override Leg Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadLeg(ref reader);

    public override void Write(Utf8JsonWriter writer, Leg value, JsonSerializerOptions options) => WriteLeg(writer, value);

    internal static Leg ReadLeg(ref Utf8JsonReader reader)
    {
        TransportMode? mode = null;
        PartyId? carrier = null;
        VoyageNumber? voyage = null;
        UnLocode? load = null, unload = null;
        Instant? loadTime = null, unloadTime = null;
        FacilityId? loadFacility = null, unloadFacility = null;
        TransitTimeDistribution? transit = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "mode": mode = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Member<TransportMode>(ref r, "a transport mode")); break;
                case "carrier": carrier = JsonRead.Field(ref reader, name, static (ref r) => Converters.PartyId.ReadText(ref r)); break;
                case "voyage": voyage = JsonRead.Field(ref reader, name, static (ref r) => Converters.VoyageNumber.ReadText(ref r)); break;
                case "loadLocation": load = JsonRead.Field(ref reader, name, static (ref r) => Converters.UnLocode.ReadText(ref r)); break;
                case "unloadLocation": unload = JsonRead.Field(ref reader, name, static (ref r) => Converters.UnLocode.ReadText(ref r)); break;
                case "loadTime": loadTime = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Instant(ref r, "the load time")); break;
                case "unloadTime": unloadTime = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Instant(ref r, "the unload time")); break;
                case "loadFacility": loadFacility = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Optional(ref r, Converters.FacilityId.ReadText)); break;
                case "unloadFacility": unloadFacility = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Optional(ref r, Converters.FacilityId.ReadText)); break;
                default: transit = JsonRead.Field(ref reader, name, TransitTimeDistributionConverter.ReadDistribution); break;
            }
        }

        var (m, c, v) = (fields.Required(mode, "mode"), fields.Required(carrier, "carrier"), fields.Required(voyage, "voyage"));
        var (from, to) = (fields.Required(load, "loadLocation"), fields.Required(unload, "unloadLocation"));
        var (departs, arrives) = (fields.Required(loadTime, "loadTime"), fields.Required(unloadTime, "unloadTime"));
        return JsonRead.Create(
            () =>
            {
                var leg = new Leg(m, c, v, from, to, departs, arrives) { LoadFacility = loadFacility, UnloadFacility = unloadFacility };
                return transit is { } t ? leg with { TransitTime = t } : leg;
            },
            What,
            Fields);
    }

    internal static void WriteLeg(Utf8JsonWriter writer, Leg value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("mode", value.Mode.ToString());
        writer.WriteString("carrier", Converters.PartyId.Text(value.Carrier));
        writer.WriteString("voyage", Converters.VoyageNumber.Text(value.Voyage));
        writer.WriteString("loadLocation", Converters.UnLocode.Text(value.LoadLocation));
        writer.WriteString("unloadLocation", Converters.UnLocode.Text(value.UnloadLocation));
        writer.WriteString("loadTime", InstantPattern.ExtendedIso.Format(value.LoadTime));
        writer.WriteString("unloadTime", InstantPattern.ExtendedIso.Format(value.UnloadTime));
        HandlingEventConverter.WriteOptional(writer, "loadFacility", value.LoadFacility, Converters.FacilityId);
        HandlingEventConverter.WriteOptional(writer, "unloadFacility", value.UnloadFacility, Converters.FacilityId);
        writer.WritePropertyName("transitTime");
        TransitTimeDistributionConverter.WriteDistribution(writer, value.TransitTime);
        writer.WriteEndObject();
    }
}
