using System.Diagnostics.CodeAnalysis;

namespace SupplyChain.Domain.Identifiers;

/// <summary>
/// A Global Trade Item Number: GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) or GTIN-14, with a valid GS1 mod-10 check
/// digit.
/// </summary>
/// <remarks>
/// <para>
/// GS1 treats a GTIN as one 14-digit number: shorter forms are the same number with zeros added on the left. So
/// equality compares <see cref="Gtin14"/>: the UPC-A 012345678905 and the EAN-13 0012345678905 are the same trade
/// item. <see cref="Format"/> and <see cref="ToString"/> keep the form the GTIN was written in, so
/// <c>Gtin.Parse(g.ToString())</c> gives back <c>g</c> with the same format.
/// </para>
/// <para>
/// <see cref="Gs1Prefix"/> tells which GS1 member organisation issued the number, not where the goods were made.
/// </para>
/// <para>Input is never trimmed; only the ASCII digits 0–9 are accepted.</para>
/// </remarks>
public sealed class Gtin : IEquatable<Gtin>
{
    private const string What = "GTIN";
    private const string LengthRule = "a GTIN has 8, 12, 13 or 14 digits";

    private Gtin(string digits)
    {
        Digits = digits;
        Format = (GtinFormat)digits.Length;
        Gtin14 = digits.PadLeft(14, '0');
    }

    /// <summary>The digits as written, check digit included.</summary>
    public string Digits { get; }

    /// <summary>The form the GTIN was written in.</summary>
    public GtinFormat Format { get; }

    /// <summary>The canonical 14-digit form: <see cref="Digits"/> with zeros added on the left.</summary>
    public string Gtin14 { get; }

    /// <summary>The check digit, 0–9.</summary>
    public int CheckDigit => Digits[^1] - '0';

    /// <summary>
    /// The indicator digit of a GTIN-14 (1–8: a packaging level such as a case of the item; 9: variable measure); 0
    /// for the shorter forms, whose 14-digit form starts with a zero.
    /// </summary>
    public int Indicator => Gtin14[0] - '0';

    /// <summary>
    /// The three-digit GS1 prefix and its issuer: digits 1–3 of a GTIN-8 or GTIN-13, digits 1–3 of "0" + GTIN-12, and
    /// digits 2–4 of a GTIN-14 (after the indicator).
    /// </summary>
    public Gs1Prefix Gs1Prefix => Identifiers.Gs1Prefix.Lookup(Format == GtinFormat.Gtin8 ? Digits[..3] : Gtin14.Substring(1, 3));

    /// <summary>Parses a GTIN of 8, 12, 13 or 14 ASCII digits with a valid check digit.</summary>
    /// <param name="text">The digits, not trimmed.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is null, has a character other than 0–9, has another length, or its check digit is wrong; the message names the input and the rule.</exception>
    public static Gtin Parse(string? text)
    {
        if (!Gs1Key.TryValidate(text, LengthRule, IsGtinLength, out var rule))
        {
            Gs1Key.ThrowFormat(text, What, rule);
        }

        return new Gtin(text!);
    }

    /// <summary>Parses a GTIN without throwing.</summary>
    /// <param name="text">The digits, not trimmed; may be null.</param>
    /// <param name="result">The GTIN, or null when <paramref name="text"/> is not one.</param>
    /// <returns>Whether <paramref name="text"/> is a valid GTIN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Gtin? result)
    {
        result = Gs1Key.TryValidate(text, LengthRule, IsGtinLength, out _) ? new Gtin(text!) : null;
        return result is not null;
    }

    /// <summary>Parses a GTIN that must be written in one given format (e.g. an EAN-13 field).</summary>
    /// <param name="text">The digits, not trimmed.</param>
    /// <param name="format">The required format; its value is the number of digits.</param>
    /// <returns>The GTIN, whose <see cref="Format"/> is <paramref name="format"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is null, not ASCII digits, not of the format's length, or its check digit is wrong.</exception>
    public static Gtin Parse(string? text, GtinFormat format)
    {
        var (what, lengthRule) = Describe(format);
        if (!Gs1Key.TryValidate(text, lengthRule, n => n == (int)format, out var rule))
        {
            Gs1Key.ThrowFormat(text, what, rule);
        }

        return new Gtin(text!);
    }

    /// <summary>Parses a GTIN of one given format without throwing.</summary>
    /// <param name="text">The digits; may be null.</param>
    /// <param name="format">The required format.</param>
    /// <param name="result">The GTIN, or null.</param>
    /// <returns>Whether <paramref name="text"/> is a valid GTIN written in <paramref name="format"/>; false also for an undefined format.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, GtinFormat format, [NotNullWhen(true)] out Gtin? result)
    {
        result = Enum.IsDefined(format) && Gs1Key.TryValidate(text, LengthRule, n => n == (int)format, out _) ? new Gtin(text!) : null;
        return result is not null;
    }

    private static (string What, string LengthRule) Describe(GtinFormat format) => format switch
    {
        GtinFormat.Gtin8 => ("GTIN-8", "a GTIN-8 has 8 digits"),
        GtinFormat.Gtin12 => ("GTIN-12", "a GTIN-12 has 12 digits"),
        GtinFormat.Gtin13 => ("GTIN-13", "a GTIN-13 has 13 digits"),
        GtinFormat.Gtin14 => ("GTIN-14", "a GTIN-14 has 14 digits"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, Guard.Format(ErrorMessages.UndefinedEnumValue, format, nameof(GtinFormat))),
    };

    private static bool IsGtinLength(int length) => length is 8 or 12 or 13 or 14;

    /// <inheritdoc />
    public bool Equals(Gtin? other) => other is not null && Gtin14 == other.Gtin14;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Gtin);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Gtin14);

    /// <summary>Whether two GTINs identify the same trade item (same 14-digit form).</summary>
    /// <param name="left">The first GTIN.</param>
    /// <param name="right">The second GTIN.</param>
    /// <returns>True when both are null or have the same <see cref="Gtin14"/>.</returns>
    public static bool operator ==(Gtin? left, Gtin? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two GTINs identify different trade items.</summary>
    /// <param name="left">The first GTIN.</param>
    /// <param name="right">The second GTIN.</param>
    /// <returns>The negation of <see cref="op_Equality"/>.</returns>
    public static bool operator !=(Gtin? left, Gtin? right) => !(left == right);

    /// <summary>The digits as written.</summary>
    /// <returns><see cref="Digits"/>.</returns>
    public override string ToString() => Digits;
}
