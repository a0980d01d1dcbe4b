using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="ExchangeRate"/> as <c>{"base": "EUR", "quote": "USD", "rate": "1.0811", "date": "2024-03-28", "source": "ECB"}</c>:
/// the currencies as <see cref="Currency"/> codes, the rate an exact decimal in a JSON string written exactly as held
/// (<c>"1.08110"</c> stays <c>"1.08110"</c>) and read from a string or a JSON number under one grammar
/// (<see cref="JsonRead.Decimal"/>), the date an ISO date, the source any text (empty too). Every field required.
/// </summary>
/// <remarks>
/// The domain has the last word: a rate of zero or below is refused with its rule <c>fx.rate-positive</c> (the
/// <see cref="DomainRuleException"/> inside, at <c>rate</c>), the same currency as base and quote with its
/// <see cref="ArgumentException"/> (at <c>quote</c>).
/// </remarks>
internal sealed class ExchangeRateConverter : JsonConverter<ExchangeRate>
{
    private const string What = "an exchange rate";
    private static readonly string[] Fields = ["base", "quote", "rate", "date", "source"];

    public override ExchangeRate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Currency? baseCurrency = null, quoteCurrency = null;
        decimal? rate = null;
        LocalDate? date = null;
        string? source = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "base": baseCurrency = JsonRead.Field(ref reader, name, static (ref r) => Converters.Currency.ReadText(ref r)); break;
                case "quote": quoteCurrency = JsonRead.Field(ref reader, name, static (ref r) => Converters.Currency.ReadText(ref r)); break;
                case "rate": rate = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Decimal(ref r, "the rate")); break;
                case "date": date = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.LocalDate(ref r, "the date")); break;
                default: source = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.String(ref r, "the source")); break;
            }
        }

        var (b, q, r, d, s) = (fields.Required(baseCurrency, "base"), fields.Required(quoteCurrency, "quote"), fields.Required(rate, "rate"),
            fields.Required(date, "date"), fields.Required(source, "source"));
        return JsonRead.Create(() => new ExchangeRate(b, q, r, d, s), What, Fields, FieldOf);
    }

    public override void Write(Utf8JsonWriter writer, ExchangeRate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var source = JsonRead.WellFormed(value.Source, "the source of an exchange rate");
        writer.WriteStartObject();
        writer.WriteString("base", value.Base.Code);
        writer.WriteString("quote", value.Quote.Code);
        writer.WriteString("rate", value.Rate.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("date", LocalDatePattern.Iso.Format(value.Date));
        writer.WriteString("source", source);
        writer.WriteEndObject();
    }

    /// <summary>The field the domain's refusal is about: the rate for <c>fx.rate-positive</c>, the quote for the same currency twice.</summary>
    private static string? FieldOf(Exception e) => e switch
    {
        DomainRuleException { Rule: DomainRules.FxRatePositive } => "rate",
        ArgumentException { ParamName: "quoteCurrency" } => "quote",
        _ => null,
    };
}
