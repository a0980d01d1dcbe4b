namespace SupplyChain.Domain;

/// <summary>
/// Every message template of the library, in one place. Tests assert the formatted messages word for word,
/// so a change here is a visible change of behaviour (and a CHANGELOG line).
/// </summary>
internal static class ErrorMessages
{
    // General arguments
    internal const string MustNotBeNull = "{0} must not be null.";
    internal const string MustNotBeBlank = "{0} must not be empty or white space.";
    internal const string MustBePositive = "{0} must be greater than zero, but was {1}.";
    internal const string MustNotBeNegative = "{0} must not be negative, but was {1}.";
    internal const string MustBeFinite = "{0} must be a finite number, but was {1}.";

    // Parsing: "'{input}' is not a {what}: {rule}."
    internal const string NotA = "'{0}' is not a valid {1}: {2}.";
    internal const string NullInput = "null is not a valid {0}: the text must not be null.";
}
