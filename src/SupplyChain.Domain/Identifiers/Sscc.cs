using System.Diagnostics.CodeAnalysis;

namespace SupplyChain.Domain.Identifiers;

/// <summary>
/// A Serial Shipping Container Code: 18 ASCII digits (extension digit, GS1 company prefix, serial reference, check
/// digit) identifying one logistic unit such as a carton or a pallet.
/// </summary>
/// <remarks>Equality compares the digits. Input is never trimmed.</remarks>
public sealed record Sscc
{
    private const string What = "SSCC";
    private const string LengthRule = "an SSCC has 18 digits";

    private Sscc(string digits) => Digits = digits;

    /// <summary>The 18 digits, check digit included.</summary>
    public string Digits { get; }

    /// <summary>The extension digit (digit 1), chosen freely by the company to extend the serial reference.</summary>
    public int ExtensionDigit => Digits[0] - '0';

    /// <summary>The GS1 prefix (digits 2–4, after the extension digit) and its issuer.</summary>
    public Gs1Prefix Gs1Prefix => Gs1Prefix.Lookup(Digits.Substring(1, 3));

    /// <summary>
    /// Builds an SSCC from its parts and computes the check digit: extension digit + GS1 company prefix + serial
    /// reference must make 17 digits.
    /// </summary>
    /// <param name="extensionDigit">0 to 9.</param>
    /// <param name="companyPrefix">The GS1 company prefix: 4 to 12 ASCII digits.</param>
    /// <param name="serialReference">The serial reference: ASCII digits, as many as make the payload 17 digits long.</param>
    /// <returns>The SSCC with its computed check digit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="extensionDigit"/> is not 0 to 9.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="companyPrefix"/> or <paramref name="serialReference"/> is null.</exception>
    /// <exception cref="ArgumentException">A part is not ASCII digits, the company prefix is not 4 to 12 digits long, or the parts do not make 17 digits.</exception>
    public static Sscc Create(int extensionDigit, string companyPrefix, string serialReference)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(extensionDigit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(extensionDigit, 9);
        ArgumentNullException.ThrowIfNull(companyPrefix);
        ArgumentNullException.ThrowIfNull(serialReference);
        if (companyPrefix.Length is < 4 or > 12 || !Gs1CheckDigit.IsAsciiDigits(companyPrefix))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.CompanyPrefixInvalid, companyPrefix), nameof(companyPrefix));
        }

        if (!Gs1CheckDigit.IsAsciiDigits(serialReference) || 1 + companyPrefix.Length + serialReference.Length != 17)
        {
            throw new ArgumentException(
                Guard.Format(ErrorMessages.SerialReferenceInvalid, serialReference, 16 - companyPrefix.Length, companyPrefix.Length),
                nameof(serialReference));
        }

        var payload = string.Concat(((char)('0' + extensionDigit)).ToString(), companyPrefix, serialReference);
        return new Sscc(payload + (char)('0' + Gs1CheckDigit.ComputeUnchecked(payload)));
    }

    /// <summary>Parses an SSCC.</summary>
    /// <param name="text">18 ASCII digits, not trimmed.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is null, not 18 ASCII digits, or its check digit is wrong.</exception>
    public static Sscc Parse(string? text)
    {
        if (!Gs1Key.TryValidate(text, LengthRule, static n => n == 18, out var rule))
        {
            Gs1Key.ThrowFormat(text, What, rule);
        }

        return new Sscc(text!);
    }

    /// <summary>Parses an SSCC without throwing.</summary>
    /// <param name="text">The digits; may be null.</param>
    /// <param name="result">The SSCC, or null.</param>
    /// <returns>Whether <paramref name="text"/> is a valid SSCC.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Sscc? result)
    {
        result = Gs1Key.TryValidate(text, LengthRule, static n => n == 18, out _) ? new Sscc(text!) : null;
        return result is not null;
    }

    /// <summary>The 18 digits.</summary>
    /// <returns><see cref="Digits"/>.</returns>
    public override string ToString() => Digits;
}
