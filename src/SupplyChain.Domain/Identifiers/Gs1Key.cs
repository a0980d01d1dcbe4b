using System.Diagnostics.CodeAnalysis;

namespace SupplyChain.Domain.Identifiers;

/// <summary>The one parsing core of the fixed-length GS1 keys: reports the broken rule, never throws.</summary>
internal static class Gs1Key
{
    internal static bool TryValidate(string? text, string lengthRule, Func<int, bool> lengthAllowed, [NotNullWhen(false)] out string? brokenRule)
    {
        if (text is null)
        {
            brokenRule = "the text must not be null";
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                brokenRule = Guard.Format(ErrorMessages.OnlyAsciiDigits, text[i], i + 1);
                return false;
            }
        }

        if (!lengthAllowed(text.Length))
        {
            brokenRule = Guard.Format(ErrorMessages.WrongLength, lengthRule, text.Length);
            return false;
        }

        var expected = Gs1CheckDigit.ComputeUnchecked(text.AsSpan(0, text.Length - 1));
        if (expected != text[^1] - '0')
        {
            brokenRule = Guard.Format(ErrorMessages.WrongCheckDigit, expected, text[^1]);
            return false;
        }

        brokenRule = null;
        return true;
    }

    [DoesNotReturn]
    internal static void ThrowFormat(string? text, string what, string rule) =>
        throw new FormatException(text is null
            ? Guard.Format(ErrorMessages.NullInput, what)
            : Guard.Format(ErrorMessages.NotA, text, what, rule));
}
