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
    internal const string MustNotExceedLimit = "{0} must be at most {1} ({2}), but was {3}.";

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
    internal const string SearchBeyondLimit = "{0}: the optimal {1} lies beyond {2} ({3}), where the search stops; {4}.";
    internal const string FiniteHorizonTooLarge = "problem: the dynamic program would compare T·N² = {2} transitions (T = {0} periods, N = {1} states), more than FiniteHorizon.MaxTransitions ({3}); use fewer periods or less spread demand (a smaller standard deviation or fixed cost).";
    internal const string FiniteHorizonDataMissing = "problem: {0} has {1} entries, but the problem has {2} periods; set every required list.";
    internal const string MyopicBoundNotComputable = "problem: the myopic bounds of period {0} cannot be computed in double precision; the costs or demand are of too extreme a magnitude.";
    internal const string JointMultipleTooLarge = "individualFixedCosts: the replenishment multiple of product {0} would be {1}, which is not a whole number of cycles up to int.MaxValue; the costs or rates are of too extreme a magnitude.";
    internal const string ListEntryBeyondLimit = "{0} must hold numbers within ±{2} ({3}), but entry {1} was {4}.";
    internal const string LevelPlusQuantityTooLarge = "reorderPoint + orderQuantity must be at most int.MaxValue ({0}), but was {1}.";
    internal const string MyopicTargetBelowMinimum = "{0} must be at least the minimum myopic cost {1}, but was {2}.";

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

    // Money
    internal const string CurrencyNumericUnknown = "{0} is not an active ISO 4217 numeric currency code.";
    internal const string CurrencyWithoutMinorUnit = "{0} has no minor unit in ISO 4217, so its amounts cannot be rounded or allocated.";
    internal const string MoneyCurrencyMismatch = "Cannot {0} {1} and {2}: amounts in different currencies do not mix; convert one first.";
    internal const string AllocateWholeMinorUnits = "Cannot allocate {0}: it is not a whole number of minor units; round it first.";

    // Exchange rates
    internal const string FxCurrencyUnknown = "The {0} currency {1} of the exchange rate dated {2} is not an active ISO 4217 code (upper case); a rate feed's code is never guessed.";
    internal const string FxRateNotPositive = "The exchange rate {0}/{1} dated {2} is {3}: a rate must be a positive number of {1} for 1 {0}.";
    internal const string FxSameCurrency = "An exchange rate needs two different currencies, but base and quote are both {0}.";
    internal const string FxRateDuplicate = "The table has two {0}/{1} rates dated {2} ({3} and {4}): one rate per pair and date, whatever the source.";
    internal const string FxRateMissing = "No rate converts {0} to {1} on {2}: no {0}/{1} or {1}/{0} rate is dated on or before that day{3}.";
    internal const string FxRateMissingNoPivot = ", and the table has no pivot currency";
    internal const string FxRateMissingPivot = ", and the table cannot triangulate through its pivot {0}";
    internal const string FxRateStale = "The rate converting {0} to {1} on {2} is dated {3}, {4} days old, more than the table's maximum age of {5} days.";
    internal const string FxAmountCurrency = "Cannot convert {0} with a rate from {1} to {2}: the amount must be in {1}.";
    internal const string FxMidpointUnsupported = "{0} must be MidpointRounding.ToEven or MidpointRounding.AwayFromZero (a midpoint rule that treats a refund like a payment), but is {1}.";
    internal const string AllocationRatiosInvalid = "ratios must not be empty, must not be negative, and must not all be zero.";
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

    // Collections and series (Demand, Analytics)
    internal const string MustContainAtLeastOne = "{0} must contain at least one {1}.";
    internal const string NullElement = "{0} must not contain null, but element {1} is null.";
    internal const string DefaultElement = "{0} must not contain a default {2} (never constructed), but element {1} is one.";
    internal const string NegativeElement = "{0} must not contain negative values, but element {1} is {2}.";
    internal const string NotFiniteElement = "{0} must contain only finite numbers, but element {1} is {2}.";
    internal const string MustBeBetween = "{0} must be between {1} and {2}, but was {3}.";
    internal const string SeriesLengthsDiffer = "{0} has {1} periods but {2} has {3}: both series must cover the same periods.";
    internal const string SeriesTooShort = "{0} must have at least {1} periods, but has {2}.";
    internal const string SeriesWithoutVariance = "{0} does not vary (its variance is 0), so the ratio is undefined.";

    // Demand
    internal const string DuplicateSalesDate = "{0} holds two records for {1}: a sales history has one record per day.";
    internal const string SalesDayAlreadyRecorded = "Cannot record {0}: {1} is already recorded for that day; correct it instead.";
    internal const string SalesDayNotRecorded = "Cannot correct {0}: nothing is recorded for that day; record it instead.";
    internal const string NoDemandObservations = "{0} has no day to learn from: every day in it is excluded (stock-out{1}) or it is empty.";
    internal const string SmoothingConstantOutOfRange = "{0} must be greater than 0 and at most 1, but was {1}.";

    // Analytics
    internal const string ShareOutOfRange = "{0} must hold shares from 0 to 100 percent, but element {1} is {2}.";
    internal const string SharesMustAddUpTo100 = "{0} must add up to 100 percent (within 0.01), but adds up to {1}; pass percentages, not fractions.";
    internal const string TotalMustBePositive = "{0} must have a total greater than zero.";
    internal const string ReceivedBeforeOrdered = "receivedOn {0} is before orderedOn {1}: goods cannot be received before they are ordered.";
    internal const string ReceiptOfOtherSupplier = "{0} must hold receipts of supplier {1} only, but element {2} is from {3}.";
    internal const string LaneToItself = "A lane goes from one facility to another, but both ends are {0}.";
    internal const string DefectsExceedReceived = "{0} hold {1} defective units, more than the {2} units the supplier shipped in the orders given.";

    // Collections handed to constructors
    internal const string MustHaveAtLeastOneItem = "{0} must have at least one item.";
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
    internal const string InnerPackDoesNotDivideCase = "{0} holds {1} units, which does not divide the {2} units of a case; a case holds whole inner packs.";
    internal const string CaseGtinNotGtin14 = "{0} {1} is a {2}; a case is identified by a GTIN-14.";
    internal const string CaseTooSmall = "{0}: a case of {1} units of {2} each needs at least {3}, but its outer dimensions hold only {4}.";
    internal const string CaseTooLight = "{0}: a case of {1} units of {2} each weighs at least {3}, but its gross weight is only {4}.";
    internal const string PackagingLevelMissing = "Cannot convert to {0}: the packaging of this product has no {0} level.";
    internal const string MoqNotMultipleOfOrderMultiple = "{0} {1} is not a multiple of the order multiple {2}: the smallest order must itself be a valid multiple (the next one up is {3}).";
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
    internal const string NetworkStockingNotAtStorageCentre = "Cannot stock {0} at {1}: facility {1} is a {2}, but products are stocked at an InternationalStorageCentre.";
    internal const string NetworkStockingCycle = "Cannot add {0}: {1} would supply {2}, but {2} already supplies {1} (path {3}), so the supply relationships would form a cycle.";
    internal const string NetworkNoAgreementInForce = "Cannot price the purchase of {0}: it has no sourcing agreement in force on {1:uuuu-MM-dd}.";

    // Procurement: a factory's capacity book (issue 14)
    internal const string CapacityShareNegative = "{0} must not hold a negative share, but the share of {1} was {2}.";
    internal const string CapacitySharesOverOne = "{0} must add up to at most 1 (the whole daily capacity) as an exact decimal sum, but the shares up to {1} already add up to {2}.";
    internal const string CapacityReferenceTooLong = "{0} must be at most 64 characters, but had {1}.";
    internal const string CapacityBeyondHorizon = "{0}: with it the plan would not finish every booking within CapacityBook.MaxPlanningDays ({1}) calendar days of the earliest start {2:uuuu-MM-dd}; booking {3} ({4}) still has {5} units to make.";
    internal const string CapacityRuleBrokeContract = "The allocation rule {0} broke its contract on {1:uuuu-MM-dd}: {2}.";
    internal const string CapacityNoBook = "{0} has no capacity book for factory {1}, which makes {2} on {3:uuuu-MM-dd}.";
    internal const string CapacityBookUnderOtherKey = "{0} holds the capacity book of factory {1} under the key {2}.";
    internal const string CapacityNoAgreementInForce = "Cannot find the capacity book of {0}: it has no sourcing agreement in force on {1:uuuu-MM-dd}.";
    internal const string CapacityClaimRemaining = "{0} must lie in [1, {1}] (the booking's units), but was {2}.";
    // Planning: sale to shelf (issue 14)
    internal const string PlanningOneSeller = "{0} must hold the products of one seller, but it holds products of {1} and {2} of {3}.";
    internal const string PlanningNoAgreementInForce = "Cannot order {0}: it has no sourcing agreement in force on {1:uuuu-MM-dd}.";
    internal const string PlanningHeldAfterDay = "{0} holds {1}, held since {2:uuuu-MM-dd}, after the day run {3:uuuu-MM-dd}.";
    internal const string PlanningNotAnEventOf = "{0} must be an event in the history of order {1}, but was {2}.";
    internal const string ReviewWeekday = "{0} must be a day of the week (Monday to Sunday), but was {1}.";
    internal const string PlanningOrderId = "{0} must make valid order ids (1 to 64 characters, no control characters, no leading or trailing white space), but made '{1}'.";
    // Fulfilment: platform warehouse size tiers and the low-inventory-level fee
    // Effective dating (IEffectiveDated, EffectiveDatedSet)
    internal const string NothingInForceForKey = "No {0} is in force for {1} {2} on {3}: there is none for {2} ({1}s with one: {4}).";
    internal const string NothingInForceYet = "No {0} is in force for {1} {2} on {3}: the earliest for {2} starts on {4}.";
    internal const string NothingInForceAnyMore = "No {0} is in force for {1} {2} on {3}: none for {2} covers that day (the latest ended on {4}).";
    internal const string DuplicateEffectiveDate = "{0} must not hold two entries for {1} {2} starting on the same day, but '{3}' and '{4}' both start on {5}.";
    internal const string KeyOfReturnedNull = "keyOf returned null for '{0}': every entry of an effective-dated set needs a key.";
    internal const string ValidityEndsBeforeItStarts = "{0} {1} is before {2} {3}: a validity period includes both ends and cannot end before it starts.";
    internal const string ValidityStartsAfterEnd = "{0} {1} is after {2} {3}: a validity period includes both ends and cannot start after it ends.";
    internal const string SizeTiersOutOfOrder = "{0} must list tiers from the smallest to the largest without repeats, but {1} follows {2}.";
    internal const string SizeTierNeedsLimit = "{0}: tier {1} has no limit; only the last tier may be the catch-all without limits.";
    internal const string SizeTierLastNotCatchAll = "{0}: the last tier ({1}) must have no limits, so that every item fits a tier.";
    internal const string SizeTierNotInTable = "Size-tier table {0} has no tier {1}.";
    internal const string FeeBandsOutOfOrder = "{0}: the bands of tier {1} must have strictly increasing maximum shipping weights with only the last one open, but the band up to {2} breaks that.";
    internal const string FeeBandsMixCurrencies = "{0} mixes currencies ({1} and {2}); a fee table has one currency.";
    internal const string NoFulfilmentFeeBand = "Fulfilment fee table {0} has no band for {1} at a shipping weight of {2} lb.";
    internal const string NoFeeTableInForce = "No {0} for {1} is in force on {2}.";
    internal const string SizeTierBandsOutOfOrder = "{0} must have strictly increasing maximum weights with only the last band open, but band '{1}' breaks that.";

    // Shipping: legs, itineraries, route specifications, handling events, shipments
    internal const string LegEndsBeforeItStarts = "unloadTime {0} must be after loadTime {1}: a leg ends after it starts.";
    internal const string ItineraryNeedsALeg = "An itinerary needs at least one leg.";
    internal const string LegsNotConnected = "Leg {0} loads at {1}, but the previous leg unloads at {2}: the legs of an itinerary must be connected.";
    internal const string LegsOverlapInTime = "Leg {0} loads at {1}, before the previous leg unloads at {2}: the legs of an itinerary must follow each other in time.";
    internal const string VoyageRequired = "A {0} event needs a voyage (the voyage, flight or trip the goods are loaded onto or unloaded from).";
    internal const string VoyageNotAllowed = "A {0} event must not name a voyage, but names {1}.";
    internal const string RejectionRateOutOfRange = "A quality rejection rate must be at least 0 and less than 1 (a share of the units handed over), but is {0}.";
    internal const string RejectionNeedsTitleAfterCheck = "The purchase terms state a quality rejection rate of {0}, but title passes at pickup: the platform owns what its check rejects then; pass title after the quality check or state no rate.";
    internal const string FailureReasonOnlyForFailedAttempt = "A failure reason ({0}) belongs only to a DeliveryAttemptFailed event, not to a {1} event.";
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
    internal const string ConsignmentNeedsDeclarations = "A consignment needs at least one customs declaration.";
    internal const string ExcludedHsPrefixInvalid = "'{0}' is not an HS code prefix: it must be 2 to 10 ASCII digits.";
    internal const string FlatDutyCurrency = "FlatDutyPerSubheading {0} must be in the currency of the threshold {1}.";
    internal const string CustomsDestinationUnsupported = "Cannot assess customs duty for imports into {0}: only the United States and the 27 member states of the European Union are supported.";
    internal const string CustomsQuantityNotPositive = "Line {0} ({1}) declares {2} units: a customs declaration line declares at least one unit.";
    internal const string CustomsCurrency = "{0} is {1}, but amounts of a consignment into {2} must be in {3}: convert it first (exchange rates are the caller's data).";
    internal const string CustomsMeasureCurrency = "Measure '{0}' charges {1} per {2}, but line {3} of a consignment into {4} is assessed in {5}: convert the measure first.";
    internal const string NoCustomsMeasure = "No customs measure matches line {0} (HS {1} of origin {2}) into {3} on {4}, and the normal measures apply ({5}): add the tariff data for it.";
    internal const string SpecificMeasureKind = "kind {0} is not a specific kind: a specific measure is SpecificPerUnit or SpecificPerKilogram (an ad-valorem measure takes a rate in percent).";
    internal const string MustBeWholeMinorUnits = "{0} must be a whole number of minor units, but was {1}.";
    internal const string ImportVatRateNotEu = "An import VAT rate is a rate of an EU member state; {0} is not one.";
    internal const string ImportVatOnlyInEu = "ImportVatRatePercent applies to consignments into the European Union, not into {0}.";

    // Inventory
    internal const string AdjustmentBuckets = "An adjustment must move units into, out of or between two different buckets, but both sides are {0}.";
    internal const string BucketNotAllowed = "{0} cannot be {1} for a {2} movement.";
    internal const string ReservedAboveOnHand = "Reserved must not exceed OnHand, but {0} units are reserved of {1} on hand.";
    internal const string StockInsufficient = "Cannot post a {0} of {1} units from {2}: it holds only {3} units of {4} at {5}.";
    internal const string ReceiptNoLedger = "{0} has no stock ledger for SKU {1}: every shipped or received SKU needs one.";
    internal const string ReceiptSharedLedger = "{0} gives the same stock ledger ({1} at {2}) to SKUs {3} and {4}; each SKU needs its own.";
    internal const string ReceiptMoreThanInTransit = "Cannot receive the inbound shipment: SKU {0} has {1} units on the packing list, but the ledger of {2} at {3} holds only {4} units in InboundShipped; nothing was posted.";
    internal const string ReceiptDamagedBucket = "{0} must be an unfulfillable bucket for damaged units, but was {1}.";

    // Replenishment
    internal const string MustNotBeBelow = "{0} must not be below {1} ({2}), but was {3}.";
    internal const string ServiceLevelOutOfRange = "{0} must be strictly between 0 and 1, but was {1}.";
    internal const string WeekdaysInvalid = "days must name at least one day of the week (Monday to Sunday), but {0}.";
    // Fulfilment: platform pickup (eligibility, schedule, milk run) and the platform warehouse inbound plan
    internal const string NoPickupDay = "{0} must name at least one day of the week; a schedule without pickup days never picks up.";
    internal const string NoReachablePickupDay = "Facility {0} never gets a pickup: the pickup days ({1}) are none of its working days ({2}).";
    internal const string PickupOwnConsignmentGiven = "{0} must hold only the run's other consignments, but {1} (from {2}) is from the seller's facility {3} or has its id; the mode adds the seller's consignment itself.";
    internal const string PickupConsignmentTooLarge = "The seller's consignment from {0} ({1}: {2:0.######} kg, {3:0.######} m³) does not fit an empty pickup vehicle ({4}): no run can collect it whole; ship fewer units per inbound shipment or use another mode.";
    internal const string InboundSerialRangeExhausted = "The plan needs {0} SSCCs from serial reference {1}, but {2}-digit serial references end at {3}; choose a lower first serial reference or another extension digit.";
    internal const string SerialReferenceTooLong = "{0} {1} has more than the {2} digits a serial reference has with the {3}-digit company prefix {4}.";
    internal const string InboundTooManyCartons = "stock: the inbound plan would need at least {0} cartons, more than InboundPlanner.MaxCartons ({1}); split the stock into several inbound shipments.";
    internal const string NeedByBeforeOrderDate = "{0} {1:uuuu-MM-dd} is before the order date {2:uuuu-MM-dd}: stock cannot be needed before it is ordered.";
    internal const string NoAgreementForRelease = "Cannot release a just-in-time order for {0} on {1:uuuu-MM-dd}: it has no sourcing agreement in force on that date.";
    internal const string LeadTimeMissing = "{0} returned no lead time for the agreement {1}.";

    // Simulation
    internal const string BootstrapNeedsDays = "{0} must give at least one day of demand to draw from.";
    internal const string LeadTimeTooLong = "The legs of lead-time profile '{0}' can add up to {1} days (mean + 4 standard deviations each), more than the {2} days a simulation supports.";
    internal const string PeriodsBeyondCalendar = "periods must end by 9999-12-31, but {0} days from {1:uuuu-MM-dd} run past it.";
    internal const string TraceTooLong = "settings: a trace of {0} SKUs × {1} days = {2} SKU-days is more than Simulator.MaxTracedSkuDays ({3}); run without a trace, or trace fewer SKUs or days.";
    internal const string DegreeOfParallelism = "maxDegreeOfParallelism must be -1 (one per core) or at least 1, but was {0}.";
    internal const string PartitionBeyondLastIndex = "firstIndex {0} with {1} SKUs would put the partition's last SKU past catalogue index int.MaxValue (2147483647).";
    internal const string PartitionsGap = "partitions must be contiguous: no partition holds the SKUs of catalogue index {0} to {1}.";
    internal const string PartitionsOverlap = "partitions must not overlap: catalogue index {0} is in the partition starting at {1} and in the one starting at {2}.";
    internal const string PartitionsSettingsDiffer = "partitions must come from the same run (days, seed, start date, shortages, trace), but the partition starting at {0} ran '{1}' (trace {2}) and the one starting at {3} ran '{4}' (trace {5}).";
    // Fulfilment: modes, plans, landed cost, last mile, rate cards
    internal const string DwellStepMoves = "A dwell step ('{0}') has no transport mode and must end where it starts, but starts at {1} and ends at {2}.";
    internal const string HandoverToItself = "A custody handover passes the goods to another actor, but {0} hands over to itself at {1}.";
    internal const string ProbabilityOpenUnit = "{0} must lie strictly between 0 and 1, but was {1}.";
    internal const string LandedCostCurrencyMismatch = "Cannot add the {0} cost of {1} to a landed cost in {2}, the currency of the request's unit value: amounts in different currencies do not mix; convert one first.";
    internal const string CostPartNotWholeMinorUnits = "Cost part {0} of {1} must be a whole number of minor units of {2}.";
    internal const string PlanStepsNotConnected = "Step {0} starts at {1}, but the previous step ends at {2}: the steps of a plan must connect end to end.";
    internal const string PlanInboundAfterOrder = "Step {0} is an inbound step after an order step: stock is positioned before the order is served.";
    internal const string NoLastMile = "No last-mile option serves {0}: the options cover {1}.";
    internal const string NotANetworkFacility = "{0} is a {1}; a last-mile network node is an international storage centre, a regional central warehouse or a delivery station.";
    internal const string CapacityOnlyForStations = "{0} is not a delivery station; only a station has a daily delivery capacity.";
    internal const string LineHaulToItself = "A line haul from {0} must go to another facility.";
    internal const string PostalRangeInvalid = "Postal-code range '{0}'-'{1}' is invalid: both ends must have the same length and the first must not be above the last.";
    internal const string NetworkNeedsStation = "Network '{0}' needs at least one delivery station.";
    internal const string NetworkUnknownFacility = "{0}: this {1} names a facility that is not a node of the network.";
    internal const string NoStationServes = "No delivery station of {1} serves {0}: the postal-code table covers {2}.";
    internal const string NetworkUnknownOrigin = "{0} is not a facility of {1}.";
    internal const string NoRouteToStation = "No line haul of {2} leads from {0} to station {1}.";
    internal const string NotALocalPartner = "{0} is not a local partner's option.";
    internal const string NotAStation = "{0} is not a delivery station.";
    internal const string AttemptNotRouted = "Shipment {0} is not routed: delivery attempts are placed on its itinerary's last leg.";
    internal const string AttemptNotAfterLatest = "Shipment {0}: an attempt at {1} must come after its latest event ({2}).";
    internal const string AttemptChainBroken = "Shipment {0}'s delivery events do not form a valid chain: {1} breaks it.";
    internal const string AttemptOutOfSequence = "{0} is refused for shipment {1}: its delivery attempts stand at {2}.";
    internal const string ZonePricesMixCurrencies = "Zone {0} prices the first 0.5 kg in {1} but further 0.5 kg in {2}; a zone has one currency.";
    internal const string RateCardMixesCurrencies = "Rate card {0} mixes currencies; a card has one currency.";
    internal const string NoRateCard = "No express rate card from {0} is in force on {1}.";
    internal const string NoRateCardZone = "Rate card {0} has no zone for {1}: the express carrier does not serve that destination on this card.";
    internal const string DirectExpressTerms = "Direct express sells delivered: the incoterm must be DAP or DDP, but was {0}.";
    internal const string PickupNotEligible = "The seller is not eligible for platform pickup: {0}.";
    internal const string NoCasePack = "Product {0} has no case pack: the platform warehouse mode packs inbound stock in cartons and needs the case pack's outer dimensions and gross weight.";
    // No final period: the text is also an eligibility reason's description.
    internal const string InboundNotPackable = "{0} of the {1} units of product {2} cannot be packed into cartons under {3}: {4}";
    internal const string InboundLabelsExhausted = "The inbound shipment {0} needs {1} cartons, but the SSCC series ({2}) has only {3} serial references left.";
    internal const string StorageCentreKind = "{0} must be a facility of kind InternationalStorageCentre, but {1} is a {2}.";

    // Procurement: purchase orders
    internal const string ChangeCarriesNothing = "A change to line {0} must carry a quantity, a promised date or both; to take the line as ordered, accept it.";
    internal const string AnswerCarriesChange = "An answer '{0}' to line {1} carries neither a quantity nor a promised date; only a change does.";
    internal const string DamagedAboveReceived = "Damaged units ({0}) are part of the units received and cannot exceed them ({1}).";
    internal const string ToleranceOutOfRange = "{0} must lie in [0, {1}] percent, but was {2}.";
    internal const string OrderLinesMixCurrencies = "Line {0} is priced in {1}, but line {2} in {3}: a purchase order has one currency.";
    internal const string CommandBeforeLastAccepted = "{0} at {1} is refused: order {2} last changed at {3}, and commands are recorded in time order.";
    internal const string CommandNotAllowedInStatus = "{0} is refused: order {1} is {2}, which accepts {3}.";
    internal const string ResponseMustAnswerEveryLine = "The response to order {0} must answer each of its lines ({1}) exactly once, but answered {2}.";
    internal const string LineNotOnOrder = "Line {0} is not a line of order {1}; its lines are {2}.";
    internal const string DespatchAboveTolerance = "Despatching {0} units of line {1} of order {2} would make {3} despatched, more than its {4} confirmed with {5} % over-delivery tolerance allow ({6}).";
    internal const string ReceiptAboveDespatched = "Receiving {0} units of line {1} of order {2} would make {3} received, more than the {4} despatched.";
    internal const string HistoryMustStartWithDraft = "A purchase order's history starts with its PurchaseOrderDrafted event (version 1), but began with {0}.";
    internal const string HistoryEventDoesNotFollow = "Event {0} of the history ({1}) does not follow from the events before it: {2}";
    internal const string ShipmentHistoryEmpty = "A shipment's history must hold at least its booking (ShipmentBooked or PartialShipmentBooked).";
    internal const string ShipmentHistoryMustStartWithBooking = "A shipment's history starts with its booking (ShipmentBooked or PartialShipmentBooked, version 1), but began with {0}.";
    internal const string CapacityHistoryDoesNotFollow = "Booking {0} of the history ({1}) does not follow from the bookings before it: {2}";
    internal const string HistoryEmpty = "A purchase order's history must hold at least its PurchaseOrderDrafted event.";

    // Orders: buyer orders (issue 16)
    internal const string LedgerOfOtherFacility = "The ledger of {0} is kept at {1}, not at stock location {2}.";
    internal const string OrderLineWithoutUnits = "The line of {0} orders no units; an order line has at least one.";
    internal const string OrderSkuWithoutProduct = "No product is given for SKU {0} of order {1}.";
    internal const string OrderNoSingleLocation = "Order {0} cannot be allocated: no single location holds its {1} units free and can deliver by {2}, and the split rules do not allow a split across locations.";
    internal const string OrderStockShort = "Order {0} cannot be allocated: the locations that can deliver by {3} hold {1} of its {2} units too few free.";
    internal const string OrderTooManyParcels = "Order {0} would ship in more than the {1} parcels the split rules allow.";
    internal const string UnitOverParcelLimits = "A unit of {0} (order {1}), {2} and {3:0.###} kg, does not fit in one parcel of the carrier at {4}, which takes {5}.";
    internal const string ParcelNotShippable = "Parcel {0} of order {1} cannot be shipped: the order has parcels 1 to {2}, and parcels shipped so far are {3}.";
    internal const string ReturnExceedsShipped = "A return of {0} units of {1} from parcel {2} of order {3} exceeds what the parcel shipped ({4} units of the SKU; {5} already returned).";

    internal const string ReturnedMoreThanShipped = "Returned units ({0}) cannot exceed the units shipped ({1}).";

    internal const string DeliveredBeforeOrdered = "Order {0} is delivered on {1}, before the day it was placed ({2}).";
    internal const string ParcelDeliveredBeforeOrdered = "Parcel {0} of order {1} is delivered on {2:uuuu'-'MM'-'dd}, before the day the order was placed ({3:uuuu'-'MM'-'dd}).";
    internal const string DeliveredParcelNotShipped = "Parcel {0} of order {1} is given a delivery day, but the order has not shipped it; parcels shipped so far are {2}.";

    internal const string ReturnLedgerMissing = "The storage centre {1} holds no ledger of {0}, returned from order {2}.";

    internal const string ReservationLedgerMissing = "The ledger of {0} at {1}, which holds units reserved for order {2}, is not among the locations given.";
    internal const string BuyerOrderHistoryEmpty = "A buyer order's history must hold at least its BuyerOrderPlaced event.";
    internal const string BuyerOrderHistoryMustStartWithPlacement = "A buyer order's history starts with its BuyerOrderPlaced event (version 1), but began with {0}.";

    // Simulation: lead times from fulfilment plans
    internal const string PricesCurrency = "The seller's prices ({0} selling, {1} unit cost) must be in {2}, the currency of the request's unit value; convert them first.";
    internal const string LedgerHistoryDoesNotFollow = "Movement {0} of the history ({1}) does not follow from the movements before it: {2}";
    internal const string PlanHasNoLegsOfStage = "The {0} plan has no {1} legs to simulate as a lead time.";
}
