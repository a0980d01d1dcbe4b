using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// A value written as one JSON string in its type's own text form (<c>ToString</c>) and read back with its type's own
/// <c>Parse</c>, whose <see cref="FormatException"/> becomes the <see cref="JsonException"/>'s inner exception. Also
/// used for dictionary keys.
/// </summary>
internal sealed class TextConverter<T>(string what, Func<string, T> parse, Func<T, string> format) : JsonConverter<T>
    where T : class
{
    /// <summary>What the text is, e.g. "a GTIN".</summary>
    public string What => what;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadText(ref reader);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Text(value));

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Text(value));

    /// <summary>Reads the value from a JSON string.</summary>
    internal T ReadText(ref Utf8JsonReader reader) => Parse(JsonRead.String(ref reader, what));

    /// <summary>The text written for <paramref name="value"/>; text JSON cannot hold (a lone surrogate) is refused, not replaced.</summary>
    internal string Text(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonRead.WellFormed(format(value), what);
    }

    private T Parse(string text)
    {
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            throw JsonRead.Fail(JsonRead.Format("not {0}: {1}", what, e.Message), e);
        }
    }
}
