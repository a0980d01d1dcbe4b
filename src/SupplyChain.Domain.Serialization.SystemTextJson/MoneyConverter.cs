using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="Money"/> as <c>{"amount": "12.50", "currency": "USD"}</c>: the amount an exact decimal in a JSON string,
/// written with at least the currency's minor-unit decimals (as <see cref="Money.ToString"/> does); read from a string
/// or a JSON number under one grammar (<see cref="JsonRead.Decimal"/>). Amounts finer than the minor unit (a unit cost
/// of 0.0125 USD) are valid money and are kept.
/// </summary>
internal sealed class MoneyConverter : JsonConverter<Money>
{
    private const string What = "an amount of money";
    private static readonly string[] Fields = ["amount", "currency"];

    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadMoney(ref reader);

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => WriteMoney(writer, value);

    internal static Money ReadMoney(ref Utf8JsonReader reader)
    {
        decimal? amount = null;
        Currency? currency = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            if (name == "amount")
            {
                amount = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Decimal(ref r, "the amount"));
            }
            else
            {
                currency = JsonRead.Field(ref reader, name, static (ref r) => Converters.Currency.ReadText(ref r));
            }
        }

        var (a, c) = (fields.Required(amount, "amount"), fields.Required(currency, "currency"));
        return new Money(a, c);
    }

    internal static void WriteMoney(Utf8JsonWriter writer, Money value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("amount", AmountText(value));
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }

    /// <summary>The amount with at least the currency's minor-unit decimals and no fewer than it has: "12.50", "1500", "0.0125".</summary>
    internal static string AmountText(Money value)
    {
        var decimals = Math.Max(value.Amount.Scale, value.Currency.MinorUnit ?? 0);
        return value.Amount.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
