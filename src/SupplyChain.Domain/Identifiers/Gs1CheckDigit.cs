namespace SupplyChain.Domain.Identifiers;

/// <summary>
/// The GS1 mod-10 check digit shared by every GS1 key of fixed length (GTIN-8/12/13/14, GLN, SSCC).
/// </summary>
/// <remarks>
/// GS1 General Specifications §7.9.1: weight the payload digits 3, 1, 3, 1, … starting from the <em>rightmost</em>
/// payload digit, sum the products, and the check digit is (10 − sum mod 10) mod 10. The algorithm detects every
/// single-digit error and every transposition of adjacent digits except those whose difference is 5 (e.g. 0↔5,
/// 1↔6), because 3a + b ≡ 3b + a (mod 10) exactly when 2(a − b) ≡ 0 (mod 10).
/// </remarks>
public static class Gs1CheckDigit
{
    /// <summary>Computes the check digit of <paramref name="payload"/> (the key without its check digit).</summary>
    /// <param name="payload">One to 17 ASCII digits.</param>
    /// <returns>The check digit, 0 to 9.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payload"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="payload"/> is empty, longer than 17 digits or has a character other than 0–9.</exception>
    public static int Compute(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Length is 0 or > 17 || !IsAsciiDigits(payload))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.Gs1PayloadInvalid, payload), nameof(payload));
        }

        return ComputeUnchecked(payload);
    }

    /// <summary>Whether the last digit of <paramref name="key"/> is the check digit of the digits before it.</summary>
    /// <param name="key">A complete GS1 key (payload and check digit), 2 to 18 ASCII digits.</param>
    /// <returns>True when the key's check digit is right; false for any other text, including null.</returns>
    public static bool IsValid(string? key) =>
        key is { Length: >= 2 and <= 18 } && IsAsciiDigits(key) && ComputeUnchecked(key.AsSpan(0, key.Length - 1)) == key[^1] - '0';

    /// <summary>Only ASCII '0'–'9' (not full-width or other Unicode digits, which <see cref="char.IsDigit(char)"/> accepts).</summary>
    internal static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static int ComputeUnchecked(ReadOnlySpan<char> payload)
    {
        var sum = 0;
        var weight = 3;
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            sum += (payload[i] - '0') * weight;
            weight = 4 - weight; // 3, 1, 3, 1, ...
        }

        return (10 - (sum % 10)) % 10;
    }
}
