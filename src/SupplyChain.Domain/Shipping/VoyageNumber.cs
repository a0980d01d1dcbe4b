using System.Diagnostics.CodeAnalysis;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// Identifies one voyage, flight or trip of a carrier (a vessel voyage "V100", a flight "CX0831", a truck trip
/// "B010"): what goods are loaded onto and unloaded from.
/// </summary>
/// <remarks>
/// Same rule as the typed ids of <see cref="Identifiers"/>: 1 to 64 characters, no leading or trailing white space,
/// no control characters. Equality is ordinal and case-sensitive.
/// </remarks>
public sealed record VoyageNumber
{
    private const string What = "voyage number";

    /// <summary>Creates the voyage number.</summary>
    /// <param name="value">1 to 64 characters, no leading or trailing white space, no control characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the rule in the remarks.</exception>
    public VoyageNumber(string value) => Value = TypedId.Require(value, What, nameof(value));

    /// <summary>The voyage number's text.</summary>
    public string Value { get; }

    /// <summary>Parses a voyage number.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is null or breaks the rule in the remarks.</exception>
    public static VoyageNumber Parse(string? text) => new(TypedId.ParseOrThrow(text, What));

    /// <summary>Parses a voyage number without throwing.</summary>
    /// <param name="text">The text; may be null.</param>
    /// <param name="result">The voyage number, or null.</param>
    /// <returns>Whether <paramref name="text"/> is a valid voyage number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out VoyageNumber? result)
    {
        result = TypedId.IsValid(text, out _) ? new VoyageNumber(text) : null;
        return result is not null;
    }

    /// <summary>The voyage number's text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
