using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary><see cref="DespatchLine"/> as <c>{"line": 10, "quantity": 200}</c>; both fields required.</summary>
internal sealed class DespatchLineConverter : JsonConverter<DespatchLine>
{
    private const string What = "a despatch line";
    private static readonly string[] Fields = ["line", "quantity"];

    public override DespatchLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadLine(ref reader);

    public override void Write(Utf8JsonWriter writer, DespatchLine value, JsonSerializerOptions options) => WriteLine(writer, value);

    internal static DespatchLine ReadLine(ref Utf8JsonReader reader)
    {
        int? line = null, quantity = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            int? value = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "a count"));
            if (name == "line")
            {
                line = value;
            }
            else
            {
                quantity = value;
            }
        }

        var (l, q) = (fields.Required(line, "line"), fields.Required(quantity, "quantity"));
        return JsonRead.Create(() => new DespatchLine { Line = l, Quantity = q }, What, Fields);
    }

    internal static void WriteLine(Utf8JsonWriter writer, DespatchLine value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("line", value.Line);
        writer.WriteNumber("quantity", value.Quantity);
        writer.WriteEndObject();
    }
}
