using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace SupplyChain.Domain.Monetary;

/// <summary>
/// An active ISO 4217 currency (or fund, precious metal or special code) with its numeric code and minor unit.
/// </summary>
/// <remarks>
/// <para>
/// The minor unit is the number of decimal places of the currency's smallest unit: 2 for USD and EUR, 0 for JPY and
/// KRW, 3 for BHD and KWD, 4 for CLF. A few codes have none (gold XAU, special drawing rights XDR, test XTS, no
/// currency XXX): <see cref="MinorUnit"/> is null for them, and rounding or allocating such amounts is refused.
/// </para>
/// <para>There is one instance per code, so equality is identity and compares the codes.</para>
/// </remarks>
public sealed partial class Currency
{
    private static readonly Currency[] Currencies;
    private static readonly FrozenDictionary<string, Currency> ByCode;
    private static readonly FrozenDictionary<int, Currency> ByNumeric;

    // A static constructor, not field initialisers: Entries is initialised in the other part of this partial class,
    // and C# leaves the order of initialisers across parts unspecified; the constructor runs after all of them.
#pragma warning disable CA1810 // Initialize reference type static fields inline: see above.
    static Currency()
#pragma warning restore CA1810
    {
        Currencies = Array.ConvertAll(Entries, e => new Currency(e.Code, e.Numeric, e.MinorUnit, e.Name));
        ByCode = Currencies.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        ByNumeric = Currencies.ToFrozenDictionary(c => (int)c.Numeric);
    }

    private Currency(string code, short numeric, int? minorUnit, string englishName)
    {
        Code = code;
        Numeric = numeric;
        MinorUnit = minorUnit;
        EnglishName = englishName;
    }

    /// <summary>Every active ISO 4217 code, ordered by <see cref="Code"/>.</summary>
    public static IReadOnlyList<Currency> All => Currencies;

    /// <summary>US dollar (2 decimals).</summary>
    public static Currency USD => ByCode["USD"];

    /// <summary>Euro (2 decimals).</summary>
    public static Currency EUR => ByCode["EUR"];

    /// <summary>Chinese yuan renminbi (2 decimals).</summary>
    public static Currency CNY => ByCode["CNY"];

    /// <summary>Pound sterling (2 decimals).</summary>
    public static Currency GBP => ByCode["GBP"];

    /// <summary>Japanese yen (0 decimals).</summary>
    public static Currency JPY => ByCode["JPY"];

    /// <summary>The three-letter code, e.g. "USD".</summary>
    public string Code { get; }

    /// <summary>The numeric code, e.g. 840.</summary>
    public short Numeric { get; }

    /// <summary>The number of decimal places of the minor unit (0 to 4), or null where ISO 4217 defines none.</summary>
    public int? MinorUnit { get; }

    /// <summary>The English name of the currency, e.g. "US Dollar".</summary>
    public string EnglishName { get; }

    /// <summary>Parses an ISO 4217 alphabetic code (three upper-case letters, not trimmed).</summary>
    /// <param name="text">The code, e.g. "EUR".</param>
    /// <exception cref="FormatException"><paramref name="text"/> is null or not an active ISO 4217 code.</exception>
    public static Currency Parse(string? text) =>
        TryParse(text, out var currency)
            ? currency
            : throw new FormatException(text is null
                ? Guard.Format(ErrorMessages.NullInput, "ISO 4217 currency code")
                : Guard.Format(ErrorMessages.NotA, text, "ISO 4217 currency code", "it must be one of the active ISO 4217 codes, in upper case"));

    /// <summary>Parses an ISO 4217 alphabetic code without throwing.</summary>
    /// <param name="text">The code; may be null.</param>
    /// <param name="result">The currency, or null.</param>
    /// <returns>Whether <paramref name="text"/> is an active ISO 4217 code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Currency? result)
    {
        result = null;
        return text is not null && ByCode.TryGetValue(text, out result);
    }

    /// <summary>Finds a currency by its ISO 4217 numeric code.</summary>
    /// <param name="numeric">The numeric code, e.g. 978 for the euro.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numeric"/> is not an active ISO 4217 numeric code.</exception>
    public static Currency FromNumeric(int numeric) =>
        ByNumeric.TryGetValue(numeric, out var currency)
            ? currency
            : throw new ArgumentOutOfRangeException(nameof(numeric), numeric, Guard.Format(ErrorMessages.CurrencyNumericUnknown, numeric));

    /// <summary>The three-letter code.</summary>
    /// <returns><see cref="Code"/>.</returns>
    public override string ToString() => Code;

    /// <summary>The minor unit, or a <see cref="DomainRuleException"/> for codes that have none.</summary>
    internal int RequireMinorUnit() =>
        MinorUnit ?? throw new DomainRuleException(DomainRules.MoneyCurrencyHasMinorUnit, Guard.Format(ErrorMessages.CurrencyWithoutMinorUnit, Code));
}
