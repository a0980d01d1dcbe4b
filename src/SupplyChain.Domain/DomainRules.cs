namespace SupplyChain.Domain;

/// <summary>
/// The stable identifiers of the business rules that <see cref="DomainRuleException"/> reports. Identifiers are
/// <c>area.rule-name</c>; once released they never change meaning.
/// </summary>
public static class DomainRules
{
    /// <summary>Arithmetic and comparison of <see cref="Monetary.Money"/> need both amounts in the same currency.</summary>
    public const string MoneySameCurrency = "money.same-currency";

    /// <summary>Only an amount that is a whole number of minor units can be allocated without losing a fraction.</summary>
    public const string MoneyWholeMinorUnits = "money.whole-minor-units";

    /// <summary>Rounding and allocation need a currency with a minor unit (not XAU, XDR, XTS, XXX, ...).</summary>
    public const string CurrencyHasMinorUnit = "money.currency-has-minor-unit";

    /// <summary>A sales history holds one record per product and day; a recorded day is changed with a correction.</summary>
    public const string SalesOneRecordPerDay = "demand.one-record-per-day";

    /// <summary>Only a day that is recorded can be corrected.</summary>
    public const string SalesCorrectRecordedDay = "demand.correct-recorded-day";
    /// <summary>A party holds each role at most once; to change a role's data, remove the role and add it again.</summary>
    public const string PartyRoleOnce = "parties.role-once";

    /// <summary>Only a role the party holds can be removed.</summary>
    public const string PartyRoleHeld = "parties.role-held";

    /// <summary>A party always holds at least one role.</summary>
    public const string PartyAtLeastOneRole = "parties.at-least-one-role";

    /// <summary>A conversion to a packaging level (inner pack, pallet) needs that level to be defined.</summary>
    public const string PackagingLevelDefined = "products.packaging-level-defined";

    /// <summary>Every facility and product of a supply network has its own id.</summary>
    public const string NetworkUniqueId = "supply-network.unique-id";

    /// <summary>A relationship of a supply network refers only to products and facilities already in it.</summary>
    public const string NetworkKnownNode = "supply-network.known-node";

    /// <summary>A sourcing agreement names a facility of kind Factory.</summary>
    public const string NetworkSourcingFromFactory = "supply-network.sourcing-from-factory";

    /// <summary>
    /// Two sourcing agreements of one product with the same priority never overlap in time, so one agreement is in
    /// force on any date.
    /// </summary>
    public const string NetworkUnambiguousSourcing = "supply-network.unambiguous-sourcing";

    /// <summary>A product has at most one bill of materials per factory.</summary>
    public const string NetworkOneBomPerFactory = "supply-network.one-bom-per-factory";

    /// <summary>Supply relationships never form a cycle (no facility supplies itself, directly or indirectly).</summary>
    public const string NetworkAcyclic = "supply-network.acyclic";

    /// <summary>Pricing a purchase needs a sourcing agreement in force on the date asked about.</summary>
    public const string NetworkAgreementInForce = "supply-network.agreement-in-force";

    /// <summary>A product is stocked only at a facility of kind international storage centre (a platform's).</summary>
    public const string NetworkStockedAtStorageCentre = "supply-network.stocked-at-storage-centre";
    /// <summary>
    /// A shipment's itinerary must depart before its arrival deadline: a deadline that lies before the departure can
    /// never be met, so such an itinerary or route specification is refused rather than recorded as misrouted.
    /// </summary>
    public const string ShippingDeadlineAfterDeparture = "shipping.deadline-after-departure";

    /// <summary>
    /// The goods counted in on a shipment (intact plus damaged) never exceed what was shipped, per product; the
    /// difference is what is missing.
    /// </summary>
    public const string ShippingReceiveAtMostShipped = "shipping.receive-at-most-shipped";

    /// <summary>
    /// A shipment can only be split into partial shipments before it starts moving (no handling event, no goods
    /// receipt).
    /// </summary>
    public const string ShippingSplitBeforeHandling = "shipping.split-before-handling";

    /// <summary>
    /// A partial shipment is split off by whole cartons that the shipment holds, and the shipment keeps at least one
    /// carton.
    /// </summary>
    public const string ShippingSplitHeldCartons = "shipping.split-held-cartons";

    /// <summary>A stock movement cannot take more units out of a bucket than it holds.</summary>
    public const string InventoryBalanceNotNegative = "inventory.balance-not-negative";

    /// <summary>
    /// A pickup schedule reaches a facility only when at least one pickup day of the week is one of the facility's
    /// working days; otherwise no next pickup exists.
    /// </summary>
    public const string PickupReachableDay = "fulfilment.pickup-reachable-day";

    /// <summary>
    /// A just-in-time replenishment order goes to the manufacturer of the product, so the product needs a sourcing
    /// agreement in force on the decision date.
    /// </summary>
    public const string ReplenishmentAgreementInForce = "replenishment.agreement-in-force";
    /// <summary>Platform pickup serves only sellers that meet the platform's conditions (cluster served, trailing sales above the threshold).</summary>
    public const string FulfilmentPickupEligible = "fulfilment.pickup-eligible";

    /// <summary>
    /// A milk run collects a seller's consignment whole, so the consignment must fit an empty pickup vehicle in both
    /// weight and volume.
    /// </summary>
    public const string FulfilmentPickupFitsVehicle = "fulfilment.pickup-fits-vehicle";

    /// <summary>A plan reaches the buyer only where a last-mile option covers the buyer's region.</summary>
    public const string FulfilmentLastMileAvailable = "fulfilment.last-mile-available";

    /// <summary>An express parcel is priced by a rate card in force on the order date with a zone for the destination.</summary>
    public const string FulfilmentRateCardInForce = "fulfilment.rate-card-in-force";

    /// <summary>Duty and import tax are computed from a duty rate the caller supplied for the product's HS code and destination, in force on the request's date.</summary>
    public const string FulfilmentDutyRateKnown = "fulfilment.duty-rate-known";

    /// <summary>The platform warehouse mode packs inbound stock in cartons, so the product needs a case pack (outer dimensions and gross weight).</summary>
    public const string FulfilmentCasePackKnown = "fulfilment.case-pack-known";

    /// <summary>
    /// The platform warehouse mode sends every unit of an inbound shipment in a carton that keeps the marketplace's
    /// carton rules and carries an SSCC of the mode's series: a case too large or too heavy for the rules, or a series
    /// without enough serial references left, stops the plan.
    /// </summary>
    public const string FulfilmentInboundPackable = "fulfilment.inbound-packable";

    /// <summary>
    /// When the platform warehouse mode prices the fulfilment fee from data, a size-tier table and a fulfilment-fee
    /// table must be in force for the marketplace on the order date, with a band for the product's tier and shipping weight.
    /// </summary>
    public const string FulfilmentFeeKnown = "fulfilment.fee-known";
}
