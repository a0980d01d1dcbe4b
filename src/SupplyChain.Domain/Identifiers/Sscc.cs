using System.Diagnostics.CodeAnalysis;
using System.Globalization;

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
    /// Builds an SSCC from its parts and computes the check digit: extension digit, GS1 company prefix and serial
    /// reference make the 17 digits before it. The serial reference is a number the company assigns, written with
    /// leading zeros to the 16 − prefix length digits the prefix leaves (the SSCC has a fixed length), so it is
    /// given as a number and cannot be swapped with the prefix, whose leading zeros are part of it.
    /// </summary>
    /// <param name="extensionDigit">0 to 9.</param>
    /// <param name="companyPrefix">The GS1 company prefix: 4 to 12 ASCII digits.</param>
    /// <param name="serialReference">The serial reference: from 0 to 10^(16 − prefix length) − 1, e.g. at most 999,999,999 with a 7-digit prefix.</param>
    /// <returns>The SSCC with its computed check digit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="extensionDigit"/> is not 0 to 9, or <paramref name="serialReference"/> is negative or has more digits than the prefix leaves.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="companyPrefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="companyPrefix"/> is not 4 to 12 ASCII digits.</exception>
    public static Sscc Create(int extensionDigit, string companyPrefix, long serialReference)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(extensionDigit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(extensionDigit, 9);
        ArgumentNullException.ThrowIfNull(companyPrefix);
        if (companyPrefix.Length is < 4 or > 12 || !Gs1CheckDigit.IsAsciiDigits(companyPrefix))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.CompanyPrefixInvalid, companyPrefix), nameof(companyPrefix));
        }

        CheckSerialReference(serialReference, companyPrefix, nameof(serialReference));
        var payload = string.Concat(
            ((char)('0' + extensionDigit)).ToString(),
            companyPrefix,
            serialReference.ToString("D" + SerialDigits(companyPrefix).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
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

    /// <summary>The number of digits of a serial reference with <paramref name="companyPrefix"/>: 16 − its length.</summary>
    internal static int SerialDigits(string companyPrefix) => 16 - companyPrefix.Length;

    /// <summary>The largest serial reference with a company prefix of <paramref name="serialDigits"/> digits: 10^n − 1.</summary>
    internal static long LastSerialReference(int serialDigits)
    {
        var last = 1L;
        for (var i = 0; i < serialDigits; i++)
        {
            last = checked(last * 10);
        }

        return last - 1;
    }

    /// <summary>Refuses a negative serial reference or one with more digits than <paramref name="companyPrefix"/> leaves.</summary>
    internal static void CheckSerialReference(long serialReference, string companyPrefix, string paramName)
    {
        if (serialReference < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, serialReference, Guard.Format(ErrorMessages.MustNotBeNegative, paramName, serialReference));
        }

        var digits = SerialDigits(companyPrefix);
        if (serialReference > LastSerialReference(digits))
        {
            throw new ArgumentOutOfRangeException(paramName, serialReference,
                Guard.Format(ErrorMessages.SerialReferenceTooLong, paramName, serialReference, digits, companyPrefix.Length, companyPrefix));
        }
    }
}
