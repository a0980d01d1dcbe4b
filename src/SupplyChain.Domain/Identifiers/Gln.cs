using System.Diagnostics.CodeAnalysis;

namespace SupplyChain.Domain.Identifiers;

/// <summary>
/// A Global Location Number: 13 ASCII digits with a valid GS1 mod-10 check digit, identifying a party or a
/// location such as a warehouse dock.
/// </summary>
/// <remarks>Equality compares the digits. Input is never trimmed.</remarks>
public sealed record Gln
{
    private const string What = "GLN";
    private const string LengthRule = "a GLN has 13 digits";

    private Gln(string digits) => Digits = digits;

    /// <summary>The 13 digits, check digit included.</summary>
    public string Digits { get; }

    /// <summary>The GS1 prefix (digits 1–3) and its issuer, which is not the location's country.</summary>
    public Gs1Prefix Gs1Prefix => Gs1Prefix.Lookup(Digits[..3]);

    /// <summary>Parses a GLN.</summary>
    /// <param name="text">13 ASCII digits, not trimmed.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is null, not 13 ASCII digits, or its check digit is wrong.</exception>
    public static Gln Parse(string? text)
    {
        if (!Gs1Key.TryValidate(text, LengthRule, static n => n == 13, out var rule))
        {
            Gs1Key.ThrowFormat(text, What, rule);
        }

        return new Gln(text!);
    }

    /// <summary>Parses a GLN without throwing.</summary>
    /// <param name="text">The digits; may be null.</param>
    /// <param name="result">The GLN, or null.</param>
    /// <returns>Whether <paramref name="text"/> is a valid GLN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Gln? result)
    {
        result = Gs1Key.TryValidate(text, LengthRule, static n => n == 13, out _) ? new Gln(text!) : null;
        return result is not null;
    }

    /// <summary>The 13 digits.</summary>
    /// <returns><see cref="Digits"/>.</returns>
    public override string ToString() => Digits;
}
