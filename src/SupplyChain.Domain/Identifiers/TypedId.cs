using System.Diagnostics.CodeAnalysis;

namespace SupplyChain.Domain.Identifiers;

/// <summary>The one rule of the typed identifiers (<see cref="ProductId"/>, <see cref="Sku"/>, ...).</summary>
internal static class TypedId
{
    internal const int MaxLength = 64;

    internal static bool IsValid([NotNullWhen(true)] string? value, [NotNullWhen(false)] out string? rule)
    {
        if (value is null)
        {
            rule = "the text must not be null";
        }
        else if (value.Length is 0 or > MaxLength)
        {
            rule = Guard.Format("an identifier has 1 to {0} characters, but this has {1}", MaxLength, value.Length);
        }
        else if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            rule = "an identifier must not start or end with white space";
        }
        else if (value.Any(char.IsControl))
        {
            rule = "an identifier must not contain control characters";
        }
        else
        {
            rule = null;
            return true;
        }

        return false;
    }

    internal static string Require(string? value, string what, string paramName) =>
        IsValid(value, out var rule)
            ? value
            : value is null
                ? throw new ArgumentNullException(paramName, Guard.Format(ErrorMessages.NullInput, what))
                : throw new ArgumentException(Guard.Format(ErrorMessages.NotA, value, what, rule), paramName);

    internal static string ParseOrThrow(string? text, string what) =>
        IsValid(text, out var rule)
            ? text
            : throw new FormatException(text is null ? Guard.Format(ErrorMessages.NullInput, what) : Guard.Format(ErrorMessages.NotA, text, what, rule));
}
