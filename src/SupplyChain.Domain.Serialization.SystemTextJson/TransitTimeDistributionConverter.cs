using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="TransitTimeDistribution"/> as <c>{"meanDays": 27, "standardDeviationDays": 1.5}</c>: two JSON numbers
/// (doubles in their shortest round-trip form), both required, finite and not negative.
/// </summary>
internal sealed class TransitTimeDistributionConverter : JsonConverter<TransitTimeDistribution>
{
    private const string What = "a transit time distribution";
    private static readonly string[] Fields = ["meanDays", "standardDeviationDays"];

    public override TransitTimeDistribution Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadDistribution(ref reader);

    public override void Write(Utf8JsonWriter writer, TransitTimeDistribution value, JsonSerializerOptions options) => WriteDistribution(writer, value);

    internal static TransitTimeDistribution ReadDistribution(ref Utf8JsonReader reader)
    {
        double? mean = null, deviation = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            var value = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Double(ref r, "a number of days"));
            if (name == "meanDays")
            {
                mean = value;
            }
            else
            {
                deviation = value;
            }
        }

        var (m, d) = (fields.Required(mean, "meanDays"), fields.Required(deviation, "standardDeviationDays"));
        return JsonRead.Create(() => new TransitTimeDistribution(m, d), What, Fields);
    }

    internal static void WriteDistribution(Utf8JsonWriter writer, TransitTimeDistribution value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("meanDays", value.MeanDays);
        writer.WriteNumber("standardDeviationDays", value.StandardDeviationDays);
        writer.WriteEndObject();
    }
}
