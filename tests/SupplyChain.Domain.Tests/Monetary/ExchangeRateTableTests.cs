using NodaTime;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Tests.Monetary;

/// <summary>
/// Hand-worked conversions for each route and each refusal of <see cref="ExchangeRateTable"/>; the arithmetic is in the
/// comments. Rates are example data unless a comment names their source.
/// </summary>
public sealed class ExchangeRateTableTests
{
    private static readonly Currency EUR = Currency.EUR, USD = Currency.USD, JPY = Currency.JPY, CHF = Currency.Parse("CHF"), GBP = Currency.GBP;
    private static readonly LocalDate Thursday = new(2024, 3, 28);     // Maundy Thursday 2024, an ECB fixing day
    private static readonly LocalDate EasterMonday = new(2024, 4, 1);  // TARGET holiday: no ECB fixing
    private static readonly LocalDate Tuesday = new(2024, 4, 2);

    private static ExchangeRate Rate(Currency @base, Currency quote, decimal rate, LocalDate date, string source = "example") =>
        new(@base, quote, rate, date, source);

    private static string RuleOf(Action act) => act.Should().Throw<DomainRuleException>().Which.Rule;

    // ---- Routes ----

    [Fact]
    public void Direct_multiplies_by_the_rate_and_rounds_once()
    {
        // ECB 2024-03-28: 1 EUR = 1.0811 USD. 1,234.56 × 1.0811 = 1,234.56 + 1,234.56 × 0.0811 = 1,234.56 + 100.122816
        // = 1,334.682816 USD → 1,334.68.
        var table = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday, "ECB")]);

        var conversion = table.Convert(new Money(1234.56m, EUR), USD, Thursday, MidpointRounding.ToEven);

        conversion.Converted.Should().Be(new Money(1334.68m, USD));
        conversion.Original.Should().Be(new Money(1234.56m, EUR));
        conversion.ConversionRate.Route.Should().Be(ConversionRoute.Direct);
        conversion.ConversionRate.Rate.Should().Be(1.0811m);
        conversion.ConversionRate.RateDate.Should().Be(Thursday);
        conversion.ConversionRate.UsedRates.Should().Equal(Rate(EUR, USD, 1.0811m, Thursday, "ECB"));
        conversion.Date.Should().Be(Thursday);
        conversion.Midpoint.Should().Be(MidpointRounding.ToEven);
        conversion.ToString().Should().Be("1234.56 EUR → 1334.68 USD at 1.0811 (direct, 2024-03-28)");
    }

    [Fact]
    public void Inverse_divides_by_the_opposite_rate()
    {
        // Only EUR→USD 1.25 is quoted: USD→EUR is 1 / 1.25 = 0.8; 100.00 USD / 1.25 = 80.00 EUR.
        var table = new ExchangeRateTable([Rate(EUR, USD, 1.25m, Thursday)]);

        var conversion = table.Convert(new Money(100m, USD), EUR, Thursday, MidpointRounding.ToEven);

        conversion.Converted.Should().Be(new Money(80m, EUR));
        conversion.ConversionRate.Route.Should().Be(ConversionRoute.Inverse);
        conversion.ConversionRate.Rate.Should().Be(0.8m);
        conversion.ConversionRate.UsedRates.Should().ContainSingle().Which.Base.Should().Be(EUR);
    }

    [Fact]
    public void Inverse_divides_rather_than_multiplying_by_a_rounded_reciprocal()
    {
        // 1 EUR = 3 USD, so 30,000.015 USD is 30,000.015 / 3 = 10,000.005 EUR exactly, a midpoint: away from zero
        // 10,000.01 EUR, to even 10,000.00. Multiplying by 1/3 rounded to decimal's 28 digits (0.3333…3) would give
        // 10,000.00499…9 and round to 10,000.00 either way.
        var table = new ExchangeRateTable([Rate(EUR, USD, 3m, Thursday)]);

        table.Convert(new Money(30_000.015m, USD), EUR, Thursday, MidpointRounding.AwayFromZero).Converted.Should().Be(new Money(10_000.01m, EUR));
        table.Convert(new Money(30_000.015m, USD), EUR, Thursday, MidpointRounding.ToEven).Converted.Should().Be(new Money(10_000.00m, EUR));
        (30_000.015m * (1m / 3m)).Should().BeLessThan(10_000.005m, "the rounded reciprocal the library avoids falls short of the midpoint");
    }

    [Fact]
    public void Triangulation_multiplies_the_legs_without_rounding_either()
    {
        // Pivot EUR; 1 EUR = 3 USD and 1 EUR = 1.5 JPY (round example rates). USD→EUR is the inverse leg (÷ 3), EUR→JPY
        // the direct one (× 1.5): 5 USD × 1.5 / 3 = 2.5 JPY exactly, a midpoint: away from zero 3 JPY, to even 2 JPY.
        // With 1/3 rounded first, 5 × 0.3333…3 × 1.5 = 2.4999…9975 would give 2 JPY either way.
        var table = new ExchangeRateTable([Rate(EUR, USD, 3m, Thursday), Rate(EUR, JPY, 1.5m, Thursday)]) { Pivot = EUR };

        var away = table.Convert(new Money(5m, USD), JPY, Thursday, MidpointRounding.AwayFromZero);
        var even = table.Convert(new Money(5m, USD), JPY, Thursday, MidpointRounding.ToEven);

        away.Converted.Should().Be(new Money(3m, JPY));
        even.Converted.Should().Be(new Money(2m, JPY));
        away.ConversionRate.Route.Should().Be(ConversionRoute.Triangulated);
        away.ConversionRate.Rate.Should().Be(0.5m);                  // 1.5 / 3
        away.ConversionRate.UsedRates.Select(r => r.Quote).Should().Equal(USD, JPY);   // the leg into the pivot first
        (5m * (1m / 3m) * 1.5m).Should().BeLessThan(2.5m, "the rounded reciprocal the library avoids falls short of the midpoint");
    }

    [Fact]
    public void Triangulation_with_two_inverse_legs_divides_by_both()
    {
        // Pivot EUR; 1 EUR = 3 USD (USD→EUR: ÷ 3) and 1 CHF = 2 EUR (EUR→CHF: ÷ 2): 0.03 USD / 6 = 0.005 CHF exactly,
        // away from zero 0.01 CHF. Rate 1/6 = 0.1666…7.
        var table = new ExchangeRateTable([Rate(EUR, USD, 3m, Thursday), Rate(CHF, EUR, 2m, Thursday)]) { Pivot = EUR };

        var conversion = table.Convert(new Money(0.03m, USD), CHF, Thursday, MidpointRounding.AwayFromZero);

        conversion.Converted.Should().Be(new Money(0.01m, CHF));
        conversion.ConversionRate.Rate.Should().BeApproximately(1m / 6m, 1e-27m);
    }

    [Fact]
    public void Triangulation_with_two_direct_legs_is_dated_by_the_older_leg()
    {
        // Pivot EUR; 1 USD = 0.9 EUR (2024-03-28), 1 EUR = 160 JPY (2024-04-02): USD→JPY = 0.9 × 160 = 144, dated 03-28.
        // 10.00 USD × 144 = 1,440 JPY.
        var table = new ExchangeRateTable([Rate(USD, EUR, 0.9m, Thursday), Rate(EUR, JPY, 160m, Tuesday)]) { Pivot = EUR };

        var conversion = table.Convert(new Money(10m, USD), JPY, Tuesday, MidpointRounding.ToEven);

        conversion.Converted.Should().Be(new Money(1440m, JPY));
        conversion.ConversionRate.Rate.Should().Be(144m);
        conversion.ConversionRate.RateDate.Should().Be(Thursday);
    }

    [Fact]
    public void Identity_still_rounds_to_the_minor_unit()
    {
        // 10.125 EUR → EUR: rate 1, no rate date; 10.125 is a midpoint: to even 10.12, away from zero 10.13.
        var table = new ExchangeRateTable([]) { MaxAgeDays = 0 };

        var even = table.Convert(new Money(10.125m, EUR), EUR, Tuesday, MidpointRounding.ToEven);

        even.Converted.Should().Be(new Money(10.12m, EUR));
        table.Convert(new Money(10.125m, EUR), EUR, Tuesday, MidpointRounding.AwayFromZero).Converted.Should().Be(new Money(10.13m, EUR));
        even.ConversionRate.Route.Should().Be(ConversionRoute.Identity);
        even.ConversionRate.Rate.Should().Be(1m);
        even.ConversionRate.RateDate.Should().BeNull();
        even.ConversionRate.UsedRates.Should().BeEmpty();
        even.ConversionRate.ToString().Should().Be("EUR→EUR 1 (identity)");
    }

    [Fact]
    public void A_refund_rounds_symmetrically()
    {
        // −150.00 EUR × 1.0811 = −162.165 USD exactly: away from zero −162.17, to even −162.16 (6 is even).
        var table = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday, "ECB")]);

        table.Convert(new Money(-150m, EUR), USD, Thursday, MidpointRounding.AwayFromZero).Converted.Should().Be(new Money(-162.17m, USD));
        table.Convert(new Money(-150m, EUR), USD, Thursday, MidpointRounding.ToEven).Converted.Should().Be(new Money(-162.16m, USD));
        table.Convert(new Money(150m, EUR), USD, Thursday, MidpointRounding.AwayFromZero).Converted.Should().Be(new Money(162.17m, USD));
    }

    // ---- Rate in force ----

    [Fact]
    public void The_rate_in_force_is_the_latest_on_or_before_the_day()
    {
        // Rates of 03-26 (1.08), 03-27 (1.09), 03-28 (1.10) and 04-02 (1.20). On 03-27 its own rate; on Easter Monday
        // Thursday's; before 03-26 none (and no inverse, no pivot).
        var table = new ExchangeRateTable(
        [
            Rate(EUR, USD, 1.20m, Tuesday), Rate(EUR, USD, 1.08m, new LocalDate(2024, 3, 26)),
            Rate(EUR, USD, 1.10m, Thursday), Rate(EUR, USD, 1.09m, new LocalDate(2024, 3, 27)),
        ]);

        table.Find(EUR, USD, new LocalDate(2024, 3, 27)).Rate.Should().Be(1.09m);
        table.Find(EUR, USD, EasterMonday).Rate.Should().Be(1.10m);
        table.Find(EUR, USD, EasterMonday).RateDate.Should().Be(Thursday);
        table.Find(EUR, USD, new LocalDate(2030, 1, 1)).Rate.Should().Be(1.20m);
        RuleOf(() => table.Find(EUR, USD, new LocalDate(2024, 3, 25))).Should().Be("fx.rate-missing");
    }

    [Fact]
    public void A_date_of_another_calendar_is_the_same_day()
    {
        // 2024-03-28 (ISO) is 15 March 2024 in the Julian calendar.
        var julian = new LocalDate(2024, 3, 15, CalendarSystem.Julian);
        var table = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, julian)]);

        table.All[0].Date.Should().Be(Thursday);
        table.Find(EUR, USD, julian).RateDate.Should().Be(Thursday);
    }

    [Fact]
    public void A_direct_rate_in_force_wins_over_a_newer_inverse_and_a_pivot()
    {
        // EUR→USD 1.0811 of 03-28 is in force on 04-02, so the bank's USD→EUR 0.9302 of 04-02 is not used:
        // 640.00 × 1.0811 = 691.904 → 691.90 USD.
        var table = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday, "ECB"), Rate(USD, EUR, 0.9302m, Tuesday, "bank")]) { Pivot = CHF };

        var conversion = table.Convert(new Money(640m, EUR), USD, Tuesday, MidpointRounding.ToEven);

        conversion.Converted.Should().Be(new Money(691.90m, USD));
        conversion.ConversionRate.Route.Should().Be(ConversionRoute.Direct);
    }

    [Fact]
    public void A_direct_rate_not_yet_in_force_leaves_the_inverse()
    {
        // EUR→USD is only dated 04-02; on 03-28 USD→EUR 0.92 is in force, so EUR→USD = 1 / 0.92: 92.00 EUR / 0.92 = 100.00 USD.
        var table = new ExchangeRateTable([Rate(EUR, USD, 1.09m, Tuesday), Rate(USD, EUR, 0.92m, Thursday)]);

        var conversion = table.Convert(new Money(92m, EUR), USD, Thursday, MidpointRounding.ToEven);

        conversion.Converted.Should().Be(new Money(100m, USD));
        conversion.ConversionRate.Route.Should().Be(ConversionRoute.Inverse);
    }

    [Fact]
    public void The_pivot_is_not_used_for_a_pair_it_belongs_to()
    {
        // Pivot EUR and a conversion from EUR to JPY: the pivot is one of the two currencies, so there is no
        // triangulation (through USD or otherwise), only direct or inverse, and neither exists.
        var table = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday), Rate(USD, JPY, 151m, Thursday)]) { Pivot = EUR };

        RuleOf(() => table.Find(EUR, JPY, Thursday)).Should().Be("fx.rate-missing");
    }

    // ---- Age ----

    [Fact]
    public void A_rate_exactly_the_maximum_age_old_is_used_and_one_day_older_is_refused()
    {
        // Thursday 2024-03-28 → Easter Monday 2024-04-01 is 4 calendar days.
        var rates = new[] { Rate(EUR, USD, 1.0811m, Thursday, "ECB") };

        new ExchangeRateTable(rates) { MaxAgeDays = 4 }.Find(EUR, USD, EasterMonday).RateDate.Should().Be(Thursday);
        RuleOf(() => new ExchangeRateTable(rates) { MaxAgeDays = 3 }.Find(EUR, USD, EasterMonday)).Should().Be("fx.rate-stale");
        new ExchangeRateTable(rates) { MaxAgeDays = 0 }.Find(EUR, USD, Thursday).RateDate.Should().Be(Thursday);
        RuleOf(() => new ExchangeRateTable(rates) { MaxAgeDays = 0 }.Find(EUR, USD, Thursday.PlusDays(1))).Should().Be("fx.rate-stale");
    }

    [Fact]
    public void A_stale_direct_rate_does_not_fall_back_to_a_fresh_inverse()
    {
        // EUR→USD of 03-28 is 5 days old on 04-02 (> 3); the fresh USD→EUR of 04-02 is not a fallback.
        var table = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday), Rate(USD, EUR, 0.93m, Tuesday)]) { MaxAgeDays = 3 };

        var refusal = table.Invoking(t => t.Find(EUR, USD, Tuesday)).Should().Throw<DomainRuleException>().Which;

        refusal.Rule.Should().Be("fx.rate-stale");
        refusal.Message.Should().Be("The rate converting EUR to USD on 2024-04-02 is dated 2024-03-28, 5 days old, more than the table's maximum age of 3 days.");
    }

    [Fact]
    public void A_triangulation_is_as_old_as_its_older_leg()
    {
        // Legs dated 03-28 and 04-02; on 04-02 the route is 5 days old: refused at 4, used at 5.
        var rates = new[] { Rate(EUR, USD, 1.0749m, Thursday), Rate(EUR, JPY, 162.75m, Tuesday) };

        RuleOf(() => new ExchangeRateTable(rates) { Pivot = EUR, MaxAgeDays = 4 }.Find(USD, JPY, Tuesday)).Should().Be("fx.rate-stale");
        new ExchangeRateTable(rates) { Pivot = EUR, MaxAgeDays = 5 }.Find(USD, JPY, Tuesday).RateDate.Should().Be(Thursday);
    }

    [Fact]
    public void An_identity_is_never_stale() =>
        new ExchangeRateTable([]) { MaxAgeDays = 0 }.Find(JPY, JPY, Tuesday).Route.Should().Be(ConversionRoute.Identity);

    // ---- Refusals, in the order of the reference README ----

    [Theory]
    [InlineData("HRK")]   // withdrawn from ISO 4217 in 2023, when Croatia adopted the euro
    [InlineData("RMB")]   // colloquial for CNY
    [InlineData("ECB")]
    [InlineData("usd")]   // codes are upper case
    [InlineData(" EUR")]  // not trimmed
    [InlineData(null)]
    public void A_feed_code_that_is_not_an_active_ISO_4217_code_is_refused(string? code)
    {
        RuleOf(() => ExchangeRate.FromCodes(code, "USD", 1.1m, Thursday, "feed")).Should().Be("fx.currency-known");
        RuleOf(() => ExchangeRate.FromCodes("EUR", code, 1.1m, Thursday, "feed")).Should().Be("fx.currency-known");
    }

    [Fact]
    public void A_feed_code_is_refused_before_the_rate_is_looked_at()
    {
        // Both codes and the rate are wrong: the code rule comes first (README rule 0.1 before 0.2), the base before the quote.
        var refusal = FluentActions.Invoking(() => ExchangeRate.FromCodes("HRK", "RMB", 0m, Thursday, "feed")).Should().Throw<DomainRuleException>().Which;

        refusal.Rule.Should().Be("fx.currency-known");
        refusal.Message.Should().Be("The base currency 'HRK' of the exchange rate dated 2024-03-28 is not an active ISO 4217 code (upper case); a rate feed's code is never guessed.");
    }

    [Fact]
    public void Known_feed_codes_make_the_same_rate_as_the_currencies() =>
        ExchangeRate.FromCodes("EUR", "USD", 1.0811m, Thursday, "ECB").Should().Be(Rate(EUR, USD, 1.0811m, Thursday, "ECB"));

    [Theory]
    [InlineData("0")]
    [InlineData("-1.0811")]
    public void A_rate_that_is_not_positive_is_refused(string rate)
    {
        var value = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);
        RuleOf(() => Rate(EUR, GBP, value, Thursday)).Should().Be("fx.rate-positive");
        RuleOf(() => ExchangeRate.FromCodes("EUR", "GBP", value, Thursday, "feed")).Should().Be("fx.rate-positive");
    }

    [Fact]
    public void Two_rates_for_one_pair_and_date_are_refused_whatever_their_sources()
    {
        var refusal = FluentActions.Invoking(() => new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday, "ECB"), Rate(EUR, USD, 1.0812m, Thursday, "bank")]))
            .Should().Throw<DomainRuleException>().Which;

        refusal.Rule.Should().Be("fx.rate-unique");
        refusal.Message.Should().Be("The table has two EUR/USD rates dated 2024-03-28 (2024-03-28 EUR/USD 1.0811 (ECB) and 2024-03-28 EUR/USD 1.0812 (bank)): one rate per pair and date, whatever the source.");
    }

    [Fact]
    public void A_pair_and_its_opposite_on_one_date_are_two_pairs()
    {
        // EUR→USD 1.0811 and USD→EUR 0.9302 on the same day: both kept; EUR→USD uses its direct rate.
        var table = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday), Rate(USD, EUR, 0.9302m, Thursday)]);

        table.All.Should().HaveCount(2);
        table.Find(USD, EUR, Thursday).Rate.Should().Be(0.9302m);
    }

    [Fact]
    public void A_target_without_a_minor_unit_is_refused_before_any_rate_is_looked_up()
    {
        // Gold (XAU) has no minor unit: refused with the money rule, even though no route to it exists either.
        var xau = Currency.Parse("XAU");
        var withRate = new ExchangeRateTable([Rate(xau, USD, 2330.5m, Tuesday)]);

        RuleOf(() => withRate.Convert(new Money(5000m, USD), xau, Tuesday, MidpointRounding.ToEven)).Should().Be("money.currency-has-minor-unit");
        RuleOf(() => new ExchangeRateTable([]).Convert(new Money(5000m, USD), xau, Tuesday, MidpointRounding.ToEven)).Should().Be("money.currency-has-minor-unit");
        withRate.Find(USD, xau, Tuesday).Route.Should().Be(ConversionRoute.Inverse, "finding the rate needs no minor unit");
    }

    [Fact]
    public void No_route_is_refused_with_a_message_naming_the_pair_and_the_pivot()
    {
        var noPivot = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday)]);
        var withPivot = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday)]) { Pivot = EUR };

        var refusal = noPivot.Invoking(t => t.Convert(new Money(100m, EUR), Currency.CNY, Thursday, MidpointRounding.ToEven)).Should().Throw<DomainRuleException>().Which;
        refusal.Rule.Should().Be("fx.rate-missing");
        refusal.Message.Should().Be("No rate converts EUR to CNY on 2024-03-28: no EUR/CNY or CNY/EUR rate is dated on or before that day, and the table has no pivot currency.");
        withPivot.Invoking(t => t.Find(USD, Currency.CNY, Thursday)).Should().Throw<DomainRuleException>()
            .WithMessage("*the table cannot triangulate through its pivot EUR.");
    }

    // ---- Arguments ----

    [Fact]
    public void Bad_arguments_name_the_parameter()
    {
        var table = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday)]);

        FluentActions.Invoking(() => Rate(EUR, EUR, 1m, Thursday)).Should().Throw<ArgumentException>().WithParameterName("quoteCurrency");
        FluentActions.Invoking(() => new ExchangeRateTable([]) { MaxAgeDays = -1 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxAgeDays");
        table.Invoking(t => t.Convert(new Money(1m, EUR), USD, Thursday, MidpointRounding.ToZero)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("midpoint");
        table.Invoking(t => t.Convert(new Money(1m, EUR), USD, Thursday, MidpointRounding.ToPositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("midpoint");
        table.Find(EUR, USD, Thursday).Invoking(r => r.Apply(new Money(1m, USD), MidpointRounding.ToEven)).Should().Throw<ArgumentException>().WithParameterName("amount");
        FluentActions.Invoking(() => new ExchangeRateTable([Rate(EUR, USD, 1m, Thursday), null!])).Should().Throw<ArgumentException>().WithParameterName("rates");
    }

    [Fact]
    public void A_found_rate_converts_many_amounts()
    {
        // One lookup, several unit costs: 12.40 × 1.0811 = 13.40564 → 13.41; 0.99 × 1.0811 = 1.070289 → 1.07.
        var rate = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday)]).Find(EUR, USD, Thursday);

        rate.Apply(new Money(12.40m, EUR), MidpointRounding.AwayFromZero).Should().Be(new Money(13.41m, USD));
        rate.Apply(new Money(0.99m, EUR), MidpointRounding.AwayFromZero).Should().Be(new Money(1.07m, USD));
    }

    [Fact]
    public void Texts_are_invariant()
    {
        var table = new ExchangeRateTable([Rate(EUR, USD, 1.0811m, Thursday, "ECB")]) { Pivot = EUR, MaxAgeDays = 7 };

        table.ToString().Should().Be("1 exchange rate, pivot EUR, at most 7 days old");
        table.All[0].ToString().Should().Be("2024-03-28 EUR/USD 1.0811 (ECB)");
        table.Find(USD, EUR, Thursday).ToString().Should().StartWith("USD→EUR 0.92498381");
    }
}
