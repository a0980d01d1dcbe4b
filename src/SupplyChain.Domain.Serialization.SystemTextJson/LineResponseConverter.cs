using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="LineResponse"/> as <c>{"line": 10, "action": "accept"}</c> or
/// <c>{"line": 10, "action": "change", "quantity": 432, "promisedDate": "2026-03-25"}</c>: the action in lower case
/// (<c>accept</c>, <c>change</c>, <c>reject</c>); quantity and promised date only when the answer carries them (absent or
/// <c>null</c> means none), and the domain refuses a shape that does not suit the action.
/// </summary>
internal sealed class LineResponseConverter : JsonConverter<LineResponse>
{
    private const string What = "a line response";
    private static readonly string[] Fields = ["line", "action", "quantity", "promisedDate"];

    public override LineResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadResponse(ref reader);

    public override void Write(Utf8JsonWriter writer, LineResponse value, JsonSerializerOptions options) => WriteResponse(writer, value);

    internal static LineResponse ReadResponse(ref Utf8JsonReader reader)
    {
        int? line = null, quantity = null;
        LineResponseAction? action = null;
        LocalDate? promisedDate = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "line": line = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the line number")); break;
                case "action": action = JsonRead.Field(ref reader, name, static (ref r) => Action(ref r)); break;
                case "quantity": quantity = JsonRead.Field<int?>(ref reader, name, static (ref r) => r.TokenType == JsonTokenType.Null ? null : JsonRead.Int32(ref r, "the quantity")); break;
                default: promisedDate = JsonRead.Field<LocalDate?>(ref reader, name, static (ref r) => r.TokenType == JsonTokenType.Null ? null : JsonRead.LocalDate(ref r, "the promised date")); break;
            }
        }

        var (l, a) = (fields.Required(line, "line"), fields.Required(action, "action"));
        return JsonRead.Create(() => new LineResponse(l, a, quantity, promisedDate), What, Fields);
    }

    internal static void WriteResponse(Utf8JsonWriter writer, LineResponse value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("line", value.Line);
        writer.WriteString("action", ActionText(value.Action));
        if (value.Quantity is { } quantity)
        {
            writer.WriteNumber("quantity", quantity);
        }

        if (value.PromisedDate is { } date)
        {
            writer.WriteString("promisedDate", LocalDatePattern.Iso.Format(date));
        }

        writer.WriteEndObject();
    }

    private static string ActionText(LineResponseAction action) => action switch
    {
        LineResponseAction.Accept => "accept",
        LineResponseAction.Change => "change",
        LineResponseAction.Reject => "reject",
        _ => throw JsonRead.Fail(JsonRead.Format("{0} is not a line response action", (int)action)),
    };

    private static LineResponseAction Action(ref Utf8JsonReader reader)
    {
        var text = JsonRead.String(ref reader, "the action");
        return text switch
        {
            "accept" => LineResponseAction.Accept,
            "change" => LineResponseAction.Change,
            "reject" => LineResponseAction.Reject,
            _ => throw JsonRead.Fail(JsonRead.Format("'{0}' is not an action (accept, change or reject, in lower case)", JsonRead.Shorten(text))),
        };
    }
}
