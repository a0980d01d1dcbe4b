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

    // Shipping: parcel dimensions and chargeable weight
    internal const string MustBeAtLeast = "{0} must be at least {1}, but was {2}.";
    internal const string MustBeAtMost = "{0} must be at most {1}, but was {2}.";
    internal const string UnitNotExact = "{0} must be in a unit with an exact definition ({2}), but was in {1}.";
    internal const string UnknownChargeableWeightRule = "'{0}' is not a known chargeable weight rule: expected one of {1}.";
    internal const string ValidityEndsBeforeStart = "{0} ({1}) must not be before {2} ({3}).";

    // Trade: Incoterms 2020
    internal const string IncotermRuleWhat = "Incoterms 2020 rule";
    internal const string IncotermUnknown = "expected one of the 11 rules {0} (case-insensitive, surrounding white space ignored)";
    internal const string IncotermDatReplaced = "DAT (Incoterms 2010) was replaced by DPU (Delivered at Place Unloaded) in Incoterms 2020";
    internal const string IncotermWithdrawnIn2010 = "{0} (Incoterms 2000) was withdrawn in Incoterms 2010; use {1} instead";
    internal const string DeliveryTermsWhat = "Incoterms 2020 delivery term";
    internal const string DeliveryTermsNeedsPlace = "expected an Incoterms rule followed by a named place, such as 'FOB Shenzhen'";
}
