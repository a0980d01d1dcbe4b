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

    // Shipping: legs, itineraries, route specifications, handling events, shipments
    internal const string LegEndsBeforeItStarts = "unloadTime {0} must be after loadTime {1}: a leg ends after it starts.";
    internal const string ItineraryNeedsALeg = "An itinerary needs at least one leg.";
    internal const string LegsNotConnected = "Leg {0} loads at {1}, but the previous leg unloads at {2}: the legs of an itinerary must be connected.";
    internal const string LegsOverlapInTime = "Leg {0} loads at {1}, before the previous leg unloads at {2}: the legs of an itinerary must follow each other in time.";
    internal const string VoyageRequired = "A {0} event needs a voyage (the voyage, flight or trip the goods are loaded onto or unloaded from).";
    internal const string VoyageNotAllowed = "A {0} event must not name a voyage, but names {1}.";
    internal const string DeadlineBeforeDeparture = "Shipment {0} cannot arrive by {1}: its itinerary only departs at {2}, after that deadline.";
    internal const string ShipmentNeedsContents = "A shipment needs at least one carton.";
    internal const string CartonNeedsLines = "A carton needs at least one line.";
    internal const string ProductTwiceInCarton = "Product {0} appears twice in the carton; give it one line with the total quantity.";
    internal const string SsccTwiceInShipment = "SSCC {0} labels two cartons; an SSCC identifies exactly one logistic unit.";
    internal const string ReceiveMoreThanShipped = "Cannot receive {0} intact and {1} damaged units of {2} on shipment {3}: {4} of the {5} shipped units are already counted, so at most {6} more can be received.";
    internal const string SplitAfterHandling = "Cannot split shipment {0}: it already has handling events or goods receipts; only a shipment that has not started moving can be split.";
    internal const string SplitCartonNotInShipment = "Cannot split shipment {0}: carton {1} is not (or not that many times) in it.";
    internal const string SplitWouldEmpty = "Cannot split shipment {0}: splitting off every carton would leave it empty.";
    internal const string SplitNeedsCartons = "At least one carton must be split off.";
    internal const string SplitSameId = "The partial shipment needs its own id, not {0}.";
    internal const string TransitTimeNegative = "{0} must be a finite number of days that is not negative, but was {1}.";

    // Trade: customs declarations and low-value regimes
    internal const string RegimeNeedsCountries = "A low-value regime applies to at least one importing country.";
    internal const string EndsBeforeItStarts = "{0} {1:uuuu-MM-dd} is before {2} {3:uuuu-MM-dd}: the period ends before it starts.";
    internal const string ConsignmentNeedsDeclarations = "A consignment needs at least one customs declaration.";
    internal const string ExcludedHsPrefixInvalid = "'{0}' is not an HS code prefix: it must be 2 to 10 ASCII digits.";
}
