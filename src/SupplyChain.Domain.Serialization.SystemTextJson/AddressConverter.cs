using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="Address"/> as <c>{"country": "US", "city": "Los Angeles", "postalCode": "90001"}</c>: country and city
/// required, the postal code <c>null</c> (or left out) when there is none.
/// </summary>
internal sealed class AddressConverter : JsonConverter<Address>
{
    private const string What = "an address";
    private static readonly string[] Fields = ["country", "city", "postalCode"];

    public override Address Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadAddress(ref reader);

    public override void Write(Utf8JsonWriter writer, Address value, JsonSerializerOptions options) => WriteAddress(writer, value);

    internal static Address ReadAddress(ref Utf8JsonReader reader)
    {
        CountryCode? country = null;
        string? city = null, postalCode = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "country": country = JsonRead.Field(ref reader, name, static (ref r) => Converters.CountryCode.ReadText(ref r)); break;
                case "city": city = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.String(ref r, "the city")); break;
                default: postalCode = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Optional(ref r, static (ref s) => JsonRead.String(ref s, "the postal code"))); break;
            }
        }

        var (c, t) = (fields.Required(country, "country"), fields.Required(city, "city"));
        return JsonRead.Create(() => new Address(c, t) { PostalCode = postalCode }, What, Fields);
    }

    internal static void WriteAddress(Utf8JsonWriter writer, Address value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("country", Converters.CountryCode.Text(value.Country));
        writer.WriteString("city", JsonRead.WellFormed(value.City, "the city"));
        if (value.PostalCode is { } postalCode)
        {
            writer.WriteString("postalCode", JsonRead.WellFormed(postalCode, "the postal code"));
        }
        else
        {
            writer.WriteNull("postalCode");
        }

        writer.WriteEndObject();
    }
}
