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

    // Inventory theory
    internal const string MustBeGreaterThanOther = "{0} must be greater than {1} ({2}), but was {3}.";
    internal const string MustBeInRange = "{0} must lie in [{1}, {2}], but was {3}.";
    internal const string MustBeDiscountFactor = "{0} must lie in (0, 1], but was {1}.";
    internal const string MustNotBeEmpty = "{0} must not be empty.";
    internal const string ListEntryMustNotBeNegative = "{0} must hold finite non-negative numbers, but entry {1} was {2}.";
    internal const string ListEntryMustBePositive = "{0} must hold finite positive numbers, but entry {1} was {2}.";
    internal const string ListLengthMismatch = "{0} must have {1} entries (one per {2}), but had {3}.";
    internal const string BreakpointsInvalid = "breakpoints must start at 0 and increase strictly, but entry {0} was {1}.";
    internal const string ProbabilitiesExceedOne = "{0} must sum to at most 1, but summed to {1}.";
    internal const string SupportNotIncreasing = "{0} must list distinct demand values in increasing order, but {1} follows {2}.";
    internal const string ProfitPricesOutOfOrder = "The profit newsvendor needs revenue > purchaseCost > salvageValue, but they were {0}, {1} and {2}.";
    internal const string MyopicCostOutOfRange = "The myopic policy needs -holdingCost <= purchaseCost - discountFactor * purchaseCostNextPeriod <= stockoutCost, but that difference was {0} (holdingCost {1}, stockoutCost {2}).";
    internal const string EilFractileOutOfRange = "The EIL approximation needs 1 - Q*holdingCost/(stockoutCost*demandRate) in (0, 1), but it was {0} at Q = {1}; raise stockoutCost.";
    internal const string NoRealizableQuantity = "No order quantity is realizable in any price region of {0}.";
    internal const string StateOutsideGrid = "{0} must lie on the state grid [{1}, {2}], but was {3}.";
    internal const string MyopicTargetBelowMinimum = "{0} must be at least the minimum myopic cost {1}, but was {2}.";

    // Parsing: "'{input}' is not a {what}: {rule}."
    internal const string NotA = "'{0}' is not a valid {1}: {2}.";
    internal const string NullInput = "null is not a valid {0}: the text must not be null.";
}
