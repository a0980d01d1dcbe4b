using System.Diagnostics.CodeAnalysis;

namespace SupplyChain.Domain.Identifiers;

/// <summary>
/// A UN/LOCODE (United Nations Code for Trade and Transport Locations): an ISO 3166-1 alpha-2 country code followed
/// by three characters from A–Z and 2–9, e.g. <c>CNSZX</c> (Shenzhen), <c>USLAX</c> (Los Angeles).
/// </summary>
/// <remarks>
/// <para>
/// Letters are case-insensitive and normalised to upper case; the text is not trimmed. The country must be an
/// officially assigned ISO 3166-1 code, except <c>XZ</c>, which UN/LOCODE uses for installations in international
/// waters. Whether the location exists in the UN/LOCODE list is not checked: <c>CNHKG</c> is well-formed although
/// Hong Kong is <c>HKHKG</c>.
/// </para>
/// <para>Equality compares <see cref="Value"/> (upper case).</para>
/// </remarks>
public sealed record UnLocode
{
    private const string What = "UN/LOCODE";
    private const string InternationalWaters = "XZ";

    private UnLocode(string value, CountryCode? country)
    {
        Value = value;
        Country = country;
    }

    /// <summary>The five characters in upper case.</summary>
    public string Value { get; }

    /// <summary>The first two characters, the country part (e.g. "CN", or "XZ" for international waters).</summary>
    public string CountryPart => Value[..2];

    /// <summary>The country, or null for <c>XZ</c> (installations in international waters).</summary>
    public CountryCode? Country { get; }

    /// <summary>The last three characters, the location within the country.</summary>
    public string LocationPart => Value[2..];

    /// <summary>Parses a UN/LOCODE.</summary>
    /// <param name="text">Five characters, not trimmed, any case.</param>
    /// <returns>The location code, normalised to upper case.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is null, not five characters, has a country part that is not an ISO 3166-1 code, or a location part outside A–Z and 2–9.</exception>
    public static UnLocode Parse(string? text) =>
        TryCreate(text, out var code, out var rule)
            ? code
            : throw new FormatException(text is null ? Guard.Format(ErrorMessages.NullInput, What) : Guard.Format(ErrorMessages.NotA, text, What, rule));

    /// <summary>Parses a UN/LOCODE without throwing.</summary>
    /// <param name="text">Five characters; may be null.</param>
    /// <param name="result">The location code, or null.</param>
    /// <returns>Whether <paramref name="text"/> is a well-formed UN/LOCODE.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out UnLocode? result) =>
        TryCreate(text, out result, out _);

    /// <summary>The five characters in upper case.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    private static bool TryCreate(string? text, [NotNullWhen(true)] out UnLocode? result, [NotNullWhen(false)] out string? rule)
    {
        result = null;
        if (text is null)
        {
            rule = "the text must not be null";
            return false;
        }

        if (text.Length != 5)
        {
            rule = Guard.Format("a UN/LOCODE has exactly 5 characters, but this has {0}", text.Length);
            return false;
        }

        var upper = text.ToUpperInvariant();
        CountryCode? country = null;
        if (upper[..2] != InternationalWaters && !CountryCode.TryParse(upper[..2], out country))
        {
            rule = Guard.Format("'{0}' is not an officially assigned ISO 3166-1 alpha-2 country code", text[..2]);
            return false;
        }

        for (var i = 2; i < 5; i++)
        {
            var c = text[i];
            if (!(char.IsAsciiLetter(c) || c is >= '2' and <= '9'))
            {
                rule = Guard.Format("character '{0}' at position {1} is not one of A-Z and 2-9", text[i], i + 1);
                return false;
            }
        }

        result = new UnLocode(upper, country);
        rule = null;
        return true;
    }
}
