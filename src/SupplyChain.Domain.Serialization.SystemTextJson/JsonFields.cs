using System.Text.Json;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// Reads the fields of a JSON object strictly: names are case-sensitive, a name the type does not know or a name given
/// twice is refused, and <see cref="Required{T}(T?, string)"/> refuses a missing field.
/// </summary>
internal sealed class JsonFields
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly IReadOnlyCollection<string> _known;
    private readonly string _what;

    private JsonFields(IReadOnlyCollection<string> known, string what) => (_known, _what) = (known, what);

    /// <summary>Starts reading the object at the reader's current token.</summary>
    internal static JsonFields Start(ref Utf8JsonReader reader, IReadOnlyCollection<string> known, string what)
    {
        JsonRead.Expect(ref reader, JsonTokenType.StartObject, what);
        return new JsonFields(known, what);
    }

    /// <summary>Moves to the next field's value; false at the end of the object.</summary>
    internal bool Next(ref Utf8JsonReader reader, out string name)
    {
        if (JsonRead.Next(ref reader) == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        if (!_known.Contains(name, StringComparer.Ordinal))
        {
            throw JsonRead.Fail(JsonRead.Format("{0} has no field '{1}' (its fields are {2})", _what, JsonRead.Shorten(name), string.Join(", ", _known))).InField(name);
        }

        if (!_seen.Add(name))
        {
            throw JsonRead.Fail(JsonRead.Format("the field '{0}' of {1} appears twice", name, _what)).InField(name);
        }

        reader.Read();
        return true;
    }

    /// <summary>The value of a field that must be present.</summary>
    internal T Required<T>(T? value, string name)
        where T : struct =>
        value ?? throw Missing(name);

    /// <summary>The value of a field that must be present.</summary>
    internal T Required<T>(T? value, string name)
        where T : class =>
        value ?? throw Missing(name);

    private InvalidDomainJsonException Missing(string name) =>
        JsonRead.Fail(JsonRead.Format("{0} is missing its field '{1}' (its fields are {2})", _what, name, string.Join(", ", _known)));
}
