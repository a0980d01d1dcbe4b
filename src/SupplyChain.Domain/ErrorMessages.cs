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
    internal const string UndefinedEnumValue = "{0} is not a defined {1} value.";
    internal const string MustBeFinite = "{0} must be a finite number, but was {1}.";

    // Parsing: "'{input}' is not a {what}: {rule}."
    internal const string NotA = "'{0}' is not a valid {1}: {2}.";
    internal const string NullInput = "null is not a valid {0}: the text must not be null.";

    // Identifiers
    internal const string OnlyAsciiDigits = "only the ASCII digits 0-9 are allowed, but character '{0}' at position {1} is not one";
    internal const string WrongLength = "{0}, but this has {1}";
    internal const string WrongCheckDigit = "the GS1 mod-10 check digit should be {0}, but is {1}";
    internal const string Gs1PayloadInvalid = "'{0}' is not a GS1 payload: it must be 1 to 17 ASCII digits.";
    internal const string Gs1PrefixInvalid = "'{0}' is not a GS1 prefix: it must be exactly 3 ASCII digits.";
    internal const string CompanyPrefixInvalid = "'{0}' is not a GS1 company prefix: it must be 4 to 12 ASCII digits.";
    internal const string CountryNumericUnknown = "{0} is not an officially assigned ISO 3166-1 numeric country code.";
    internal const string SerialReferenceInvalid = "'{0}' is not a serial reference for this SSCC: with a {2}-digit company prefix it must be exactly {1} ASCII digits.";

    // Money
    internal const string CurrencyNumericUnknown = "{0} is not an active ISO 4217 numeric currency code.";
    internal const string CurrencyWithoutMinorUnit = "{0} has no minor unit in ISO 4217, so its amounts cannot be rounded or allocated.";
    internal const string MoneyCurrencyMismatch = "Cannot {0} {1} and {2}: amounts in different currencies do not mix; convert one first.";
    internal const string AllocateWholeMinorUnits = "Cannot allocate {0}: it is not a whole number of minor units; round it first.";
    internal const string AllocationRatiosInvalid = "ratios must not be empty, must not be negative, and must not all be zero.";

    // Inventory
    internal const string AdjustmentBuckets = "An adjustment must move units into, out of or between two different buckets, but both sides are {0}.";
    internal const string BucketNotAllowed = "{0} cannot be {1} for a {2} movement.";
    internal const string ReservedAboveOnHand = "reserved must not exceed onHand, but {0} units are reserved of {1} on hand.";
    internal const string StockInsufficient = "Cannot post a {0} of {1} units from {2}: it holds only {3} units of {4} at {5}.";

    // Replenishment
    internal const string MustNotBeBelow = "{0} must not be below {1} ({2}), but was {3}.";
    internal const string ServiceLevelOutOfRange = "{0} must be strictly between 0 and 1, but was {1}.";
    internal const string WeekdaysInvalid = "days must name at least one day of the week (Monday to Sunday), but {0}.";
}
