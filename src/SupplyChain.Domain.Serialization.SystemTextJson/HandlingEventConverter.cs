using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="HandlingEvent"/> as
/// <c>{"type": "Loaded", "location": "CNSHA", "voyage": "V100", "completionTime": "2026-03-01T08:00:00Z", "registrationTime": "2026-03-01T08:05:00Z", "facility": null, "failureReason": null}</c>:
/// the type a member name of <see cref="HandlingEventType"/> (exact case), the voyage and facility <c>null</c> (or left
/// out) when there is none, the failure reason a member name of <see cref="DeliveryFailureReason"/> on a failed
/// delivery attempt and <c>null</c> (or left out) otherwise, the registration time left out meaning the completion time (as in the domain). The voyage
/// rule of the type is the domain's: a load without a voyage is refused.
/// </summary>
internal sealed class HandlingEventConverter : JsonConverter<HandlingEvent>
{
    private const string What = "a handling event";
    private static readonly string[] Fields = ["type", "location", "voyage", "completionTime", "registrationTime", "facility", "failureReason"];

    public override HandlingEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadEvent(ref reader);

    public override void Write(Utf8JsonWriter writer, HandlingEvent value, JsonSerializerOptions options) => WriteEvent(writer, value);

    internal static HandlingEvent ReadEvent(ref Utf8JsonReader reader)
    {
        HandlingEventType? type = null;
        UnLocode? location = null;
        VoyageNumber? voyage = null;
        Instant? completion = null, registration = null;
        FacilityId? facility = null;
        DeliveryFailureReason? failure = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "type": type = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Member<HandlingEventType>(ref r, "a handling event type")); break;
                case "location": location = JsonRead.Field(ref reader, name, static (ref r) => Converters.UnLocode.ReadText(ref r)); break;
                case "voyage": voyage = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Optional(ref r, Converters.VoyageNumber.ReadText)); break;
                case "completionTime": completion = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Instant(ref r, "the completion time")); break;
                case "registrationTime": registration = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Instant(ref r, "the registration time")); break;
                case "failureReason": failure = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.OptionalMember<DeliveryFailureReason>(ref r, "a delivery failure reason")); break;
                default: facility = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Optional(ref r, Converters.FacilityId.ReadText)); break;
            }
        }

        var (t, l, c) = (fields.Required(type, "type"), fields.Required(location, "location"), fields.Required(completion, "completionTime"));
        return JsonRead.Create(() => new HandlingEvent(t, l, voyage, c) { RegistrationTime = registration ?? c, Facility = facility, FailureReason = failure }, What, Fields);
    }

    internal static void WriteEvent(Utf8JsonWriter writer, HandlingEvent value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("type", value.Type.ToString());
        writer.WriteString("location", Converters.UnLocode.Text(value.Location));
        WriteOptional(writer, "voyage", value.Voyage, Converters.VoyageNumber);
        writer.WriteString("completionTime", InstantPattern.ExtendedIso.Format(value.CompletionTime));
        writer.WriteString("registrationTime", InstantPattern.ExtendedIso.Format(value.RegistrationTime));
        WriteOptional(writer, "facility", value.Facility, Converters.FacilityId);
        if (value.FailureReason is { } reason)
        {
            writer.WriteString("failureReason", reason.ToString());
        }
        else
        {
            writer.WriteNull("failureReason");
        }

        writer.WriteEndObject();
    }

    internal static void WriteOptional<T>(Utf8JsonWriter writer, string name, T? value, TextConverter<T> converter)
        where T : class
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, converter.Text(value));
        }
    }
}
