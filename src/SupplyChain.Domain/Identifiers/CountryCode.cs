using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace SupplyChain.Domain.Identifiers;

/// <summary>
/// A country (or other territory) of ISO 3166-1, with its alpha-2, alpha-3 and numeric codes and English short name.
/// </summary>
/// <remarks>
/// <para>
/// Every officially assigned ISO 3166-1 entry is known (<see cref="All"/>); user-assigned codes (AA, QM–QZ, XA–XZ,
/// ZZ), exceptionally reserved ones (such as UK, EU) and withdrawn ones are not countries here.
/// </para>
/// <para>
/// Amazon and some carriers write <c>UK</c> for the United Kingdom, whose ISO code is <c>GB</c>. <see cref="Parse"/>
/// rejects <c>UK</c>; <see cref="ParseAllowingMarketplaceAliases"/> accepts it, so that the alias is only ever taken on
/// purpose.
/// </para>
/// <para>There is one instance per country, so equality is identity and compares the codes.</para>
/// </remarks>
public sealed partial class CountryCode
{
    private static readonly CountryCode[] Countries;
    private static readonly FrozenDictionary<string, CountryCode> ByAlpha2;
    private static readonly FrozenDictionary<string, CountryCode> ByAlpha3;
    private static readonly FrozenDictionary<int, CountryCode> ByNumeric;

    // A static constructor, not field initialisers: Entries is initialised in the other part of this partial class,
    // and C# leaves the order of initialisers across parts unspecified; the constructor runs after all of them.
#pragma warning disable CA1810 // Initialize reference type static fields inline: see above.
    static CountryCode()
#pragma warning restore CA1810
    {
        Countries = Array.ConvertAll(Entries, e => new CountryCode(e.Alpha2, e.Alpha3, e.Numeric, e.Name));
        ByAlpha2 = Countries.ToFrozenDictionary(c => c.Alpha2, StringComparer.OrdinalIgnoreCase);
        ByAlpha3 = Countries.ToFrozenDictionary(c => c.Alpha3, StringComparer.OrdinalIgnoreCase);
        ByNumeric = Countries.ToFrozenDictionary(c => (int)c.Numeric);
    }

    private CountryCode(string alpha2, string alpha3, short numeric, string englishName)
    {
        Alpha2 = alpha2;
        Alpha3 = alpha3;
        Numeric = numeric;
        EnglishName = englishName;
    }

    /// <summary>Every officially assigned ISO 3166-1 entry, ordered by <see cref="Alpha2"/>.</summary>
    public static IReadOnlyList<CountryCode> All => Countries;

    /// <summary>The two-letter code, e.g. "CN".</summary>
    public string Alpha2 { get; }

    /// <summary>The three-letter code, e.g. "CHN".</summary>
    public string Alpha3 { get; }

    /// <summary>The numeric code (UN M49), e.g. 156.</summary>
    public short Numeric { get; }

    /// <summary>The English short name, e.g. "China".</summary>
    public string EnglishName { get; }

    /// <summary>Parses an ISO 3166-1 alpha-2 code, ignoring case (not trimmed).</summary>
    /// <param name="text">Two letters, e.g. "CN" or "cn".</param>
    /// <exception cref="FormatException"><paramref name="text"/> is null, not two letters, or not an officially assigned code (e.g. "UK", "XX").</exception>
    public static CountryCode Parse(string? text) =>
        TryParse(text, out var country) ? country : throw new FormatException(Describe(text));

    /// <summary>Parses an ISO 3166-1 alpha-2 code without throwing.</summary>
    /// <param name="text">Two letters; may be null.</param>
    /// <param name="result">The country, or null.</param>
    /// <returns>Whether <paramref name="text"/> is an officially assigned alpha-2 code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CountryCode? result)
    {
        result = null;
        return text is { Length: 2 } && IsAsciiLetters(text) && ByAlpha2.TryGetValue(text, out result);
    }

    /// <summary>
    /// Parses an alpha-2 code as marketplaces write it: like <see cref="Parse"/>, but also accepts <c>UK</c> (Amazon's
    /// and many carriers' code for the United Kingdom) as <c>GB</c>.
    /// </summary>
    /// <param name="text">Two letters.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is neither an alpha-2 code nor a known alias.</exception>
    public static CountryCode ParseAllowingMarketplaceAliases(string? text) =>
        string.Equals(text, "UK", StringComparison.OrdinalIgnoreCase) ? ByAlpha2["GB"] : Parse(text);

    /// <summary>Finds a country by its ISO 3166-1 alpha-3 code, ignoring case.</summary>
    /// <param name="alpha3">Three letters, e.g. "CHN".</param>
    /// <param name="result">The country, or null.</param>
    /// <returns>Whether the code is an officially assigned alpha-3 code.</returns>
    public static bool TryFromAlpha3([NotNullWhen(true)] string? alpha3, [NotNullWhen(true)] out CountryCode? result)
    {
        result = null;
        return alpha3 is { Length: 3 } && IsAsciiLetters(alpha3) && ByAlpha3.TryGetValue(alpha3, out result);
    }

    /// <summary>Finds a country by its ISO 3166-1 numeric code.</summary>
    /// <param name="numeric">The numeric code, e.g. 156 for China.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numeric"/> is not an officially assigned numeric code.</exception>
    public static CountryCode FromNumeric(int numeric) =>
        ByNumeric.TryGetValue(numeric, out var country)
            ? country
            : throw new ArgumentOutOfRangeException(nameof(numeric), numeric, Guard.Format(ErrorMessages.CountryNumericUnknown, numeric));

    /// <summary>The alpha-2 code.</summary>
    /// <returns><see cref="Alpha2"/>.</returns>
    public override string ToString() => Alpha2;

    // OrdinalIgnoreCase would match the Turkish dotless 'ı' with 'I': only ASCII letters are codes.
    private static bool IsAsciiLetters(string text) => text.All(char.IsAsciiLetter);

    private static string Describe(string? text)
    {
        if (text is null)
        {
            return Guard.Format(ErrorMessages.NullInput, "ISO 3166-1 alpha-2 country code");
        }

        var rule = text.Length != 2 || !IsAsciiLetters(text)
            ? "a country code is exactly two ASCII letters"
            : string.Equals(text, "UK", StringComparison.OrdinalIgnoreCase)
                ? "UK is reserved in ISO 3166-1; the United Kingdom is GB (use ParseAllowingMarketplaceAliases for Amazon's UK)"
                : "it is not an officially assigned ISO 3166-1 code";
        return Guard.Format(ErrorMessages.NotA, text, "ISO 3166-1 alpha-2 country code", rule);
    }
}
