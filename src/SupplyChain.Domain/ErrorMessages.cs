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

    // Collections handed to constructors
    internal const string MustNotBeEmpty = "{0} must have at least one item.";
    internal const string MustNotContainNull = "{0} must not contain null items.";
    internal const string MustNotRepeat = "{0} lists {1} more than once.";

    // Parties
    internal const string NoWorkingWeekday = "{0} must name at least one day of the week; a calendar without working days never reaches a date.";
    internal const string UnLocodeCountryMismatch = "{0} {1} is in country {2}, but the address is in {3}.";
    internal const string PartyRoleAlreadyHeld = "Cannot add the {0} role to party {1}: it already holds that role; remove it first to replace its data.";
    internal const string PartyRoleNotHeld = "Cannot remove the {0} role from party {1}: it does not hold that role.";
    internal const string PartyLastRole = "Cannot remove the {0} role from party {1}: it is the only role, and a party holds at least one.";
    internal const string WorkingDaysOutOfRange = "{0} must be between -{1} and {1} working days, but was {2}.";

    // Products
    internal const string LengthBelowResolution = "{0} must be at least 0.01 mm (the resolution dimensions are stored at), but was {1}.";
    internal const string InnerPackDoesNotDivideCase = "{0} holds {1} units, which does not divide the {2} units of a case; a case holds whole inner packs.";
    internal const string CaseGtinNotGtin14 = "{0} {1} is a {2}; a case is identified by a GTIN-14.";
    internal const string CaseTooSmall = "{0}: a case of {1} units of {2} each needs at least {3}, but its outer dimensions hold only {4}.";
    internal const string CaseTooLight = "{0}: a case of {1} units of {2} each weighs at least {3}, but its gross weight is only {4}.";
    internal const string PackagingLevelMissing = "Cannot convert to {0}: the packaging of this product has no {0} level.";
    internal const string MoqNotMultipleOfOrderMultiple = "{0} {1} is not a multiple of the order multiple {2}: the smallest order must itself be a valid multiple (the next one up is {3}).";
    internal const string ValidToBeforeValidFrom = "{0} {1:uuuu-MM-dd} is before validFrom {2:uuuu-MM-dd}; the validity period includes both ends.";
    internal const string UnitCostNotPositive = "{0} must be greater than zero, but was {1}.";
    internal const string SharesPercentMustSumTo100 = "{0} must not be negative and must add up to 100 (within 0.5), but they add up to {1}.";
    internal const string AmountsMustBePositive = "{0} must not be negative and must not all be zero.";
    internal const string HhiOutOfRange = "{0} must be between 0 and 10,000, but was {1}.";

    // Supply network
    internal const string NetworkDuplicateId = "Cannot add {0} {1}: the network already has a {0} with that id.";
    internal const string NetworkUnknown = "Cannot add {0}: {1} {2} is not in the network; add it first.";
    internal const string NetworkSourcingNotFromFactory = "Cannot add the sourcing agreement of {0}: facility {1} is a {2}, but products are sourced from a Factory.";
    internal const string NetworkAmbiguousSourcing = "Cannot add the sourcing agreement of {0} at {1}: the agreement at {2} has the same priority {3} and an overlapping validity, so neither would be the one in force.";
    internal const string NetworkDuplicateBom = "Cannot add the bill of materials of {0} at {1}: the network already has one for that product and factory.";
    internal const string NetworkCycle = "Cannot add the bill of materials of {0} at {1}: {2} would supply {1}, but {1} already supplies {2} (path {3}), so the supply relationships would form a cycle.";
    internal const string NetworkSelfSupply = "Cannot add the bill of materials of {0} at {1}: {1} cannot supply a component to itself, so the supply relationships would form a cycle.";
    internal const string NetworkUnknownProduct = "{0} {1} is not in the network.";
    internal const string NetworkProductOfOtherSeller = "{0} lists product {1}, which seller {2} sells, not {3}.";
    internal const string NetworkNoAgreementInForce = "Cannot price the purchase of {0}: it has no sourcing agreement in force on {1:uuuu-MM-dd}.";
}
