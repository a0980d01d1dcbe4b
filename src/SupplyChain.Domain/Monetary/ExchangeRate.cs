using NodaTime;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Monetary;

/// <summary>
/// One exchange rate, as a rate feed publishes it: <see cref="Rate"/> units of <see cref="Quote"/> for 1
/// <see cref="Base"/>, for the day <see cref="Date"/>, from <see cref="Source"/>. The ECB's "1 EUR = 1.0811 USD" of
/// 2024-03-28 is base EUR, quote USD, rate 1.0811.
/// </summary>
/// <remarks>
/// <para>
/// A rate is a fact about one day, not a validity period, so it is not <see cref="IEffectiveDated"/>: which rate a
/// conversion uses on a later day, and how old it may be, is the rule of an <see cref="ExchangeRateTable"/> (the latest
/// rate on or before the day, at most <see cref="ExchangeRateTable.MaxAgeDays"/> old).
/// </para>
/// <para>
/// <see cref="Date"/> is an ISO date (a date of another calendar is converted). The rate is kept exactly as given; the
/// library never rounds it. Equality compares every property: the rate's value (1.0811 equals 1.08110), the two
/// currencies, the date and the source (ordinal).
/// </para>
/// </remarks>
public sealed record ExchangeRate
{
    /// <summary>Creates a rate.</summary>
    /// <param name="baseCurrency">The currency of which one unit is priced (EUR in "1 EUR = 1.0811 USD").</param>
    /// <param name="quoteCurrency">The currency the price is in (USD in "1 EUR = 1.0811 USD"); not the base.</param>
    /// <param name="rate">Units of <paramref name="quoteCurrency"/> for 1 <paramref name="baseCurrency"/>; above zero.</param>
    /// <param name="date">The day the rate is for (any calendar; kept as an ISO date).</param>
    /// <param name="source">Where the rate comes from, e.g. "ECB"; free text, not interpreted (may be empty).</param>
    /// <exception cref="ArgumentNullException"><paramref name="baseCurrency"/>, <paramref name="quoteCurrency"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="quoteCurrency"/> is <paramref name="baseCurrency"/>.</exception>
    /// <exception cref="DomainRuleException"><paramref name="rate"/> is zero or negative (rule <see cref="DomainRules.FxRatePositive"/>).</exception>
    public ExchangeRate(Currency baseCurrency, Currency quoteCurrency, decimal rate, LocalDate date, string source)
    {
        Base = Guard.NotNull(baseCurrency);
        Quote = Guard.NotNull(quoteCurrency);
        Source = Guard.NotNull(source);
        if (ReferenceEquals(baseCurrency, quoteCurrency))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.FxSameCurrency, baseCurrency), nameof(quoteCurrency));
        }

        Date = Validity.Iso(date);
        Rate = rate > 0m
            ? rate
            : throw new DomainRuleException(
                DomainRules.FxRatePositive,
                Guard.Format(ErrorMessages.FxRateNotPositive, baseCurrency, quoteCurrency, InvariantText.Iso(Date), rate));
    }

    /// <summary>The currency of which one unit is priced.</summary>
    public Currency Base { get; }

    /// <summary>The currency the price is in.</summary>
    public Currency Quote { get; }

    /// <summary>Units of <see cref="Quote"/> for 1 <see cref="Base"/>, exactly as given; always above zero.</summary>
    public decimal Rate { get; }

    /// <summary>The day the rate is for, as an ISO date.</summary>
    public LocalDate Date { get; }

    /// <summary>Where the rate comes from (free text).</summary>
    public string Source { get; }

    /// <summary>
    /// Creates a rate from a feed's text codes, refusing a code that is not an active ISO 4217 code with a rule rather
    /// than a format error: a feed that names an unknown currency is refused as a whole, and the caller learns which rule.
    /// </summary>
    /// <param name="baseCode">The base currency's code, e.g. "EUR" (upper case, not trimmed); may be null.</param>
    /// <param name="quoteCode">The quote currency's code, e.g. "USD"; may be null.</param>
    /// <param name="rate">Units of the quote currency for 1 unit of the base; above zero.</param>
    /// <param name="date">The day the rate is for.</param>
    /// <param name="source">Where the rate comes from.</param>
    /// <returns>The rate, with the currencies the two codes name.</returns>
    /// <exception cref="DomainRuleException">A code is null or not an active ISO 4217 code (rule <see cref="DomainRules.FxCurrencyKnown"/>, checked first, the base first).</exception>
    /// <exception cref="DomainRuleException"><paramref name="rate"/> is zero or negative (rule <see cref="DomainRules.FxRatePositive"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The two codes are the same currency.</exception>
    public static ExchangeRate FromCodes(string? baseCode, string? quoteCode, decimal rate, LocalDate date, string source) =>
        new(Known(baseCode, "base", date), Known(quoteCode, "quote", date), rate, date, source);

    /// <summary>The rate in one line, invariant culture: "2024-03-28 EUR/USD 1.0811 (ECB)".</summary>
    /// <returns>The date, the pair, the rate and the source.</returns>
    public override string ToString() =>
        $"{InvariantText.Iso(Date)} {Base}/{Quote} {Rate.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({Source})";

    private static Currency Known(string? code, string role, LocalDate date) =>
        Currency.TryParse(code, out var currency)
            ? currency
            : throw new DomainRuleException(
                DomainRules.FxCurrencyKnown,
                Guard.Format(ErrorMessages.FxCurrencyUnknown, role, code is null ? "null" : "'" + code + "'", InvariantText.Iso(Validity.Iso(date))));
}
