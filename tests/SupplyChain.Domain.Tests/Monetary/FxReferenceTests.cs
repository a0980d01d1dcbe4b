using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Tests.Reference;

namespace SupplyChain.Domain.Tests.Monetary;

/// <summary>
/// The <c>fx</c> reference family (Reference/Data/domain/README.md, "fx.json"): one generic mapping that builds the
/// case's rate table with the library (<see cref="ExchangeRate.FromCodes"/>, <see cref="ExchangeRateTable"/>) and
/// converts with <see cref="ExchangeRateTable.Convert"/>. Every rule (route, age, rounding, refusals) is the library's;
/// the mapping only reads fields and compares. An unknown field, midpoint, route or refusal id fails the case.
/// </summary>
public sealed class FxReferenceTests
{
    /// <summary>The refusal ids of the README's rule 0, in its order.</summary>
    private static readonly string[] RefusalIds =
        ["fx.currency-known", "fx.rate-positive", "fx.rate-unique", "money.currency-has-minor-unit", "fx.rate-missing", "fx.rate-stale"];

    private static readonly string[] ResultFields = ["expectedAmount", "expectedRate", "expectedRateDate", "expectedRoute"];

    public static TheoryData<ReferenceCase> Cases => ReferenceCases.Domain("fx");

    [Theory, Trait("Family", "fx"), MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c) => c.Map(j =>
    {
        c.ShouldOnlyHaveFields("rates", "pivot", "maxAgeDays", "conversion", "expectedAmount", "expectedRate", "expectedRateDate", "expectedRoute", "expectedRefusal");
        var tolerance = (decimal)c.Tolerance;

        // Inputs, read as text and numbers; nothing is interpreted here but the midpoint's name.
        var rates = j.GetProperty("rates").EnumerateArray().Select(rate =>
        {
            OnlyFields(rate, "a rate", "base", "quote", "rate", "date", "source");
            return (Base: Code(rate, "base"), Quote: Code(rate, "quote"), Rate: rate.Decimal("rate"), Date: DateOf(rate.Str("date")), Source: rate.Str("source"));
        }).ToList();
        var pivotCode = j.Has("pivot") ? j.StringOrNull("pivot") : null;
        int? maxAgeDays = j.Has("maxAgeDays") && !j.IsNull("maxAgeDays") ? j.Int("maxAgeDays") : null;
        var conversion = j.GetProperty("conversion");
        OnlyFields(conversion, "conversion", "amount", "to", "date", "midpoint");
        var amount = conversion.GetProperty("amount");
        OnlyFields(amount, "conversion.amount", "amount", "currency");
        var toCode = Code(conversion, "to");
        var date = DateOf(conversion.Str("date"));
        var midpoint = MidpointOf(conversion.Str("midpoint"));

        string? refusedWith = null;
        string? refusal = null;
        CurrencyConversion? result = null;
        Currency? pivot = null, to = null, from = null;
        try
        {
            // The codes outside the rate table are built with the library's own parser: its FormatException is the
            // refusal fx.currency-known (README rule 0.1 allows exactly this); they come first, as rule 0.1 comes first.
            pivot = pivotCode is null ? null : Currency.Parse(pivotCode);
            to = Currency.Parse(toCode);
            from = Currency.Parse(Code(amount, "currency"));
        }
        catch (FormatException e)
        {
            (refusedWith, refusal) = ("fx.currency-known", e.Message);
        }

        if (refusedWith is null)
        {
            try
            {
                // The table's codes come as text, as from a rate feed: the library refuses an unknown one itself.
                var table = new ExchangeRateTable(rates.Select(r => ExchangeRate.FromCodes(r.Base, r.Quote, r.Rate, r.Date, r.Source)).ToList())
                {
                    Pivot = pivot,
                    MaxAgeDays = maxAgeDays,
                };
                result = table.Convert(new Money(amount.Decimal("amount"), from!), to!, date, midpoint);
            }
            catch (DomainRuleException e)
            {
                (refusedWith, refusal) = (e.Rule, e.Message);
            }
        }

        if (j.Has("expectedRefusal"))
        {
            var expected = j.Str("expectedRefusal");
            RefusalIds.Should().Contain(expected, $"case {c.Id}: an unknown refusal id fails the case");
            ResultFields.Where(j.Has).Should().BeEmpty($"case {c.Id}: a refused case carries no other expected field");
            refusedWith.Should().Be(expected, $"case {c.Id} must be refused (got: {result?.ToString() ?? refusal})");
            return;
        }

        refusedWith.Should().BeNull($"case {c.Id} must convert, but was refused: {refusal}");
        var converted = result!;

        if (j.Has("expectedAmount"))
        {
            var expected = j.GetProperty("expectedAmount");
            OnlyFields(expected, "expectedAmount", "amount", "currency");
            converted.Converted.Currency.Code.Should().Be(expected.Str("currency"));
            // Rounded to minor units, so equal as decimals (README: "they must be equal"); 5.6 equals 5.60.
            converted.Converted.Amount.Should().Be(expected.Decimal("amount"), $"case {c.Id}: {converted}");
        }

        if (j.Has("expectedRate"))
        {
            Math.Abs(converted.ConversionRate.Rate - j.Decimal("expectedRate")).Should().BeLessThanOrEqualTo(tolerance, $"case {c.Id}: rate {converted.ConversionRate.Rate}");
        }

        if (j.Has("expectedRateDate"))
        {
            var expected = j.StringOrNull("expectedRateDate");
            converted.ConversionRate.RateDate.Should().Be(expected is null ? null : DateOf(expected), $"case {c.Id}: rate date");
        }

        if (j.Has("expectedRoute"))
        {
            converted.ConversionRate.Route.Should().Be(RouteOf(j.Str("expectedRoute")), $"case {c.Id}: route");
        }
    });

    /// <summary>A currency code: the field must be there; its value is text or null (README: a parser gets null).</summary>
    private static string? Code(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetString();

    private static LocalDate DateOf(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    private static MidpointRounding MidpointOf(string text) => text switch
    {
        "to-even" => MidpointRounding.ToEven,
        "away-from-zero" => MidpointRounding.AwayFromZero,
        _ => throw new InvalidDataException($"Unknown midpoint rule '{text}'."),
    };

    private static ConversionRoute RouteOf(string text) => text switch
    {
        "identity" => ConversionRoute.Identity,
        "direct" => ConversionRoute.Direct,
        "inverse" => ConversionRoute.Inverse,
        "triangulated" => ConversionRoute.Triangulated,
        _ => throw new InvalidDataException($"Unknown route '{text}'."),
    };

    private static void OnlyFields(JsonElement element, string what, params string[] known) =>
        element.EnumerateObject().Select(p => p.Name).Where(n => !known.Contains(n, StringComparer.Ordinal))
            .Should().BeEmpty($"{what} has fields the mapping does not interpret");
}
