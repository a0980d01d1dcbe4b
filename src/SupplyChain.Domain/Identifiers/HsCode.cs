using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SupplyChain.Domain.Identifiers;

/// <summary>
/// A Harmonized System code: the 6-digit international subheading (WCO HS), optionally followed by a national
/// extension of up to 4 more digits (e.g. an 8-digit EU CN code or a 10-digit US HTS number).
/// </summary>
/// <remarks>
/// <para>
/// Input is ASCII digits, optionally grouped by a single <c>.</c> or space between two digits ("8517.13.00",
/// "95 03 00"); no leading, trailing or doubled separator. 6 to 10 digits in all. The chapter must be 01–97 except
/// 77 (reserved for future use); chapters 98 and 99 are for national use and 00 does not exist. The national
/// extension is not checked against any national tariff.
/// </para>
/// <para>Equality compares <see cref="Digits"/> (separators removed).</para>
/// </remarks>
public sealed record HsCode
{
    private const string What = "HS code";

    private HsCode(string digits) => Digits = digits;

    /// <summary>All digits, separators removed, e.g. "85171300".</summary>
    public string Digits { get; }

    /// <summary>The chapter: the first 2 digits, e.g. "85".</summary>
    public string Chapter => Digits[..2];

    /// <summary>The heading: the first 4 digits, e.g. "8517".</summary>
    public string Heading => Digits[..4];

    /// <summary>The international subheading: the first 6 digits, e.g. "851713" (the HS code proper).</summary>
    public string Subheading => Digits[..6];

    /// <summary>The digits after the sixth (a national tariff line), or null when there are none.</summary>
    public string? NationalExtension => Digits.Length > 6 ? Digits[6..] : null;

    /// <summary>Parses an HS code.</summary>
    /// <param name="text">6 to 10 digits, optionally grouped by single dots or spaces between digits.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is null or breaks one of the rules in the remarks; the message names the rule.</exception>
    public static HsCode Parse(string? text) =>
        TryCreate(text, out var code, out var rule)
            ? code
            : throw new FormatException(text is null ? Guard.Format(ErrorMessages.NullInput, What) : Guard.Format(ErrorMessages.NotA, text, What, rule));

    /// <summary>Parses an HS code without throwing.</summary>
    /// <param name="text">The code; may be null.</param>
    /// <param name="result">The code, or null.</param>
    /// <returns>Whether <paramref name="text"/> is a well-formed HS code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out HsCode? result) =>
        TryCreate(text, out result, out _);

    /// <summary>The digits, separators removed.</summary>
    /// <returns><see cref="Digits"/>.</returns>
    public override string ToString() => Digits;

    private static bool TryCreate(string? text, [NotNullWhen(true)] out HsCode? result, [NotNullWhen(false)] out string? rule)
    {
        result = null;
        if (text is null)
        {
            rule = "the text must not be null";
            return false;
        }

        var digits = new StringBuilder(10);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is '.' or ' ')
            {
                if (i == 0 || i == text.Length - 1 || !char.IsAsciiDigit(text[i - 1]) || !char.IsAsciiDigit(text[i + 1]))
                {
                    rule = Guard.Format("the separator '{0}' at position {1} must stand alone between two digits", c, i + 1);
                    return false;
                }
            }
            else
            {
                rule = Guard.Format("character '{0}' at position {1} is neither an ASCII digit nor a '.' or ' ' separator", c, i + 1);
                return false;
            }
        }

        if (digits.Length is < 6 or > 10)
        {
            rule = Guard.Format("an HS code has 6 to 10 digits, but this has {0}", digits.Length);
            return false;
        }

        var chapter = (digits[0] - '0') * 10 + (digits[1] - '0');
        if (chapter is < 1 or > 97 or 77)
        {
            rule = Guard.Format("chapter {0:00} does not exist in the Harmonized System (chapters are 01-97 except 77; 98 and 99 are for national use)", chapter);
            return false;
        }

        result = new HsCode(digits.ToString());
        rule = null;
        return true;
    }
}
