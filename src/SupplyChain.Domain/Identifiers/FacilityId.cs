using System.Diagnostics.CodeAnalysis;

namespace SupplyChain.Domain.Identifiers;

/// <summary>Identifies a facility: a factory, a warehouse, a hub, a storage centre or a delivery station.</summary>
/// <remarks>
/// 1 to 64 characters, no leading or trailing white space, no control characters. Equality is ordinal and
/// case-sensitive ("a-1" and "A-1" differ).
/// </remarks>
public sealed record FacilityId
{
    private const string What = "facility id";

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">1 to 64 characters, no leading or trailing white space, no control characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the rule in the remarks.</exception>
    public FacilityId(string value) => Value = TypedId.Require(value, What, nameof(value));

    /// <summary>The identifier's text.</summary>
    public string Value { get; }

    /// <summary>Parses an identifier.</summary>
    /// <param name="text">The identifier's text.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is null or breaks the rule in the remarks.</exception>
    public static FacilityId Parse(string? text) => new(TypedId.ParseOrThrow(text, What));

    /// <summary>Parses an identifier without throwing.</summary>
    /// <param name="text">The identifier's text; may be null.</param>
    /// <param name="result">The identifier, or null.</param>
    /// <returns>Whether <paramref name="text"/> is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out FacilityId? result)
    {
        result = TypedId.IsValid(text, out _) ? new FacilityId(text) : null;
        return result is not null;
    }

    /// <summary>The identifier's text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
