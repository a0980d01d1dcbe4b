namespace SupplyChain.Domain;

/// <summary>
/// The stable identifiers of the business rules of the library: every <see cref="DomainRuleException.Rule"/> it throws
/// and every eligibility reason code its fulfilment modes report is one of these constants. One rule has one id, whether
/// it refuses a command or is reported as a condition.
/// </summary>
/// <remarks>
/// <para>
/// An id is <c>part.rule-name</c>: <c>part</c> is the last segment of the namespace whose types state the rule, in
/// lower case with words joined by hyphens (<c>demand</c>, <c>parties</c>, <c>products</c>,
/// <c>shipping</c>, <c>inventory</c>, <c>trade</c>, <c>fulfilment</c>, <c>pickup</c>, <c>inbound</c>,
/// <c>platform-fees</c>, <c>last-mile</c>); <c>rule-name</c> is lower-case words joined by hyphens. The constant's name
/// is the id in Pascal case (<c>customs.measure-known</c> is <see cref="CustomsMeasureKnown"/>). Three parts are
/// named after their subject rather than their folder: the rules of <c>Monetary</c> are <c>money.*</c>, after its main
/// type (the folder is not called <c>Money</c> only because a namespace named like its type would force
/// <c>Money.Money</c> on every caller), and <c>fx.*</c> for its exchange rates; the customs rules of <c>Trade</c> (duty
/// measures, customs value, import VAT) are <c>customs.*</c>. Once released, an id
/// never changes meaning.
/// </para>
/// <para>
/// A rule may be raised outside its part (a fulfilment mode refuses a request with the customs rule
/// <see cref="CustomsMeasureKnown"/>); the id stays that of the part that states the rule. Ids a downstream extension
/// chooses for its own conditions (a custom pickup eligibility rule, say) are its own and are not listed here.
/// </para>
/// </remarks>
public static class DomainRules
{
    /// <summary>
    /// Arithmetic and comparison of <see cref="Monetary.Money"/> need both amounts in the same currency. Raised by
    /// <c>Money</c>'s operators, <c>Add</c>, <c>Subtract</c> and <c>CompareTo</c>, and wherever amounts are combined (the
    /// fulfilment modes' landed cost, the inventory ratios of <c>Analytics.InventoryKpis</c>, a low-value regime's total, a
    /// <c>Trade.CustomsConsignment</c>'s amounts and the specific measures <c>Trade.CustomsTariff.Assess</c> applies to it).
    /// </summary>
    public const string MoneySameCurrency = "money.same-currency";

    /// <summary>
    /// Only an amount that is a whole number of minor units can be allocated without losing a fraction. Raised by
    /// <c>Money.Allocate</c>.
    /// </summary>
    public const string MoneyWholeMinorUnits = "money.whole-minor-units";

    /// <summary>
    /// Rounding and allocation need a currency with a minor unit (not XAU, XDR, XTS, XXX, ...). Raised by
    /// <c>Money.Round</c>, <c>Money.IsWholeMinorUnits</c>, <c>Money.Allocate</c>, the landed-cost breakdown of a plan, and
    /// a conversion into such a currency (<c>Monetary.ExchangeRateTable.Convert</c>, <c>Monetary.ConversionRate.Apply</c>).
    /// </summary>
    public const string MoneyCurrencyHasMinorUnit = "money.currency-has-minor-unit";

    /// <summary>
    /// An exchange rate names two active ISO 4217 currencies: a rate feed's code that is not one (a withdrawn code such as
    /// HRK, a colloquial one such as RMB) is refused, never guessed. Raised by <c>Monetary.ExchangeRate.FromCodes</c>.
    /// </summary>
    public const string FxCurrencyKnown = "fx.currency-known";

    /// <summary>
    /// An exchange rate is a positive number of quote units for one base unit; a zero or negative rate is refused.
    /// Raised by the constructor of <c>Monetary.ExchangeRate</c> and by <c>ExchangeRate.FromCodes</c>.
    /// </summary>
    public const string FxRatePositive = "fx.rate-positive";

    /// <summary>
    /// A rate table holds at most one rate per base, quote and date, whatever the sources: two would leave the rate in
    /// force ambiguous. Raised by the constructor of <c>Monetary.ExchangeRateTable</c>.
    /// </summary>
    public const string FxRateUnique = "fx.rate-unique";

    /// <summary>
    /// A conversion needs a route on its date: a direct or an inverse rate in force, or two legs through the table's
    /// pivot. Raised by <c>Monetary.ExchangeRateTable.Find</c> and <c>Convert</c>.
    /// </summary>
    public const string FxRateMissing = "fx.rate-missing";

    /// <summary>
    /// The rate a conversion uses (for a triangulation, its older leg) is at most the table's maximum age old, in
    /// calendar days. Raised by <c>Monetary.ExchangeRateTable.Find</c> and <c>Convert</c>.
    /// </summary>
    public const string FxRateStale = "fx.rate-stale";

    /// <summary>
    /// A sales history holds one record per product and day; a recorded day is changed with a correction. Raised by
    /// <c>Demand.SalesHistory.Record</c>.
    /// </summary>
    public const string DemandOneRecordPerDay = "demand.one-record-per-day";

    /// <summary>Only a day that is recorded can be corrected. Raised by <c>Demand.SalesHistory.Correct</c>.</summary>
    public const string DemandCorrectRecordedDay = "demand.correct-recorded-day";

    /// <summary>
    /// A party holds each role at most once; to change a role's data, remove the role and add it again. Raised by
    /// <c>Parties.Party.AddRole</c>.
    /// </summary>
    public const string PartiesRoleOnce = "parties.role-once";

    /// <summary>Only a role the party holds can be removed. Raised by <c>Parties.Party.RemoveRole</c>.</summary>
    public const string PartiesRoleHeld = "parties.role-held";

    /// <summary>A party always holds at least one role. Raised by <c>Parties.Party.RemoveRole</c> for the last role.</summary>
    public const string PartiesAtLeastOneRole = "parties.at-least-one-role";

    /// <summary>
    /// A conversion to a packaging level (inner pack, pallet) needs that level to be defined. Raised by
    /// <c>Products.PackagingHierarchy.InnerPacksForUnits</c>, <c>PalletsForCases</c> and <c>PalletsForUnits</c>.
    /// </summary>
    public const string ProductsPackagingLevelDefined = "products.packaging-level-defined";

    /// <summary>
    /// A product needs a sourcing agreement in force on the date asked about. Raised by
    /// <c>Analytics.SupplierConcentration.SpendByManufacturer</c> and <c>ByManufacturer</c> (to price what a seller
    /// buys), by <c>Replenishment.JustInTimeReplenishment.Release</c> (to send the order to the product's manufacturer)
    /// and by <c>Procurement.SharedCapacity.Of</c> (to find the capacity book the product draws on).
    /// </summary>
    public const string ProductsAgreementInForce = "products.agreement-in-force";

    /// <summary>
    /// Every facility and product of a supply network has its own id. Raised by <c>Products.SupplyNetwork.AddFacility</c>
    /// and <c>AddProduct</c>.
    /// </summary>
    public const string ProductsNetworkUniqueId = "products.network-unique-id";

    /// <summary>
    /// A relationship of a supply network refers only to products and facilities already in it. Raised by the
    /// <c>Products.SupplyNetwork</c> commands that add agreements, bills of materials and stocking locations.
    /// </summary>
    public const string ProductsNetworkKnownNode = "products.network-known-node";

    /// <summary>
    /// A sourcing agreement names a facility of kind Factory. Raised by
    /// <c>Products.SupplyNetwork.AddSourcingAgreement</c>.
    /// </summary>
    public const string ProductsNetworkSourcingFromFactory = "products.network-sourcing-from-factory";

    /// <summary>
    /// Two sourcing agreements of one product with the same priority never overlap in time, so one agreement is in
    /// force on any date. Raised by <c>Products.SupplyNetwork.AddSourcingAgreement</c>.
    /// </summary>
    public const string ProductsNetworkUnambiguousSourcing = "products.network-unambiguous-sourcing";

    /// <summary>
    /// A product has at most one bill of materials per factory. Raised by
    /// <c>Products.SupplyNetwork.AddBillOfMaterials</c>.
    /// </summary>
    public const string ProductsNetworkOneBomPerFactory = "products.network-one-bom-per-factory";

    /// <summary>
    /// Supply relationships never form a cycle (no facility supplies itself, directly or indirectly). Raised by the
    /// <c>Products.SupplyNetwork</c> commands that add agreements, bills of materials and stocking locations.
    /// </summary>
    public const string ProductsNetworkAcyclic = "products.network-acyclic";

    /// <summary>
    /// A product is stocked only at a facility of kind international storage centre (a platform's). Raised by
    /// <c>Products.SupplyNetwork.AddStockingLocation</c>.
    /// </summary>
    public const string ProductsNetworkStockedAtStorageCentre = "products.network-stocked-at-storage-centre";

    /// <summary>
    /// A customs assessment knows the valuation and low-value rules of the United States and of the 27 member states
    /// of the European Union only, so a consignment to any other country is refused rather than assessed under rules
    /// that are not its own. Raised by <c>Trade.CustomsConsignment</c>'s constructor.
    /// </summary>
    public const string CustomsDestinationSupported = "customs.destination-supported";

    /// <summary>
    /// Every line of a customs declaration declares at least one unit: a line of zero or fewer units has no value to
    /// assess. Raised by <c>Trade.CustomsConsignment</c>'s constructor.
    /// </summary>
    public const string CustomsQuantityPositive = "customs.quantity-positive";

    /// <summary>
    /// Where the normal customs measures apply (no low-value regime decides the duty), every line needs at least one
    /// measure of the caller's tariff that matches it: missing tariff data is refused, never charged as zero. Raised by
    /// <c>Trade.CustomsTariff.Assess</c>.
    /// </summary>
    public const string CustomsMeasureKnown = "customs.measure-known";

    /// <summary>
    /// A shipment's itinerary must depart before its arrival deadline: a deadline that lies before the departure can
    /// never be met, so such an itinerary or route specification is refused rather than recorded as misrouted. Raised by
    /// <c>Shipping.Shipment.AssignToRoute</c> and <c>SpecifyNewRoute</c>.
    /// </summary>
    public const string ShippingDeadlineAfterDeparture = "shipping.deadline-after-departure";

    /// <summary>
    /// The goods counted in on a shipment (intact plus damaged) never exceed what was shipped, per product; the
    /// difference is what is missing. Raised by <c>Shipping.Shipment.RecordGoodsReceipt</c>.
    /// </summary>
    public const string ShippingReceiveAtMostShipped = "shipping.receive-at-most-shipped";

    /// <summary>
    /// A shipment can only be split into partial shipments before it starts moving (no handling event, no goods
    /// receipt). Raised by <c>Shipping.Shipment.SplitOff</c>.
    /// </summary>
    public const string ShippingSplitBeforeHandling = "shipping.split-before-handling";

    /// <summary>
    /// A partial shipment is split off by whole cartons that the shipment holds, and the shipment keeps at least one
    /// carton. Raised by <c>Shipping.Shipment.SplitOff</c>.
    /// </summary>
    public const string ShippingSplitHeldCartons = "shipping.split-held-cartons";

    /// <summary>
    /// A stock movement cannot take more units out of a bucket than it holds. Raised by
    /// <c>Inventory.StockLedger.Post</c> and <c>Inventory.InboundReceiving.Receive</c> (a receipt above the units in
    /// transit).
    /// </summary>
    public const string InventoryBalanceNotNegative = "inventory.balance-not-negative";

    /// <summary>
    /// A purchase order records its commands in time order: a command may not be dated before the order's last accepted
    /// change (the same instant is fine). Raised by <c>Procurement.PurchaseOrder</c>'s <c>Issue</c>, <c>Respond</c>,
    /// <c>Despatch</c>, <c>Receive</c>, <c>Cancel</c> and <c>Close</c>.
    /// </summary>
    public const string ProcurementCommandsInTimeOrder = "procurement.commands-in-time-order";

    /// <summary>
    /// A purchase order accepts a command only in the statuses of the EANCOM flow that allow it (issue a draft; respond to
    /// an issued order; despatch once confirmed; receive once despatched; cancel before a despatch; close after a receipt).
    /// Raised by <c>Procurement.PurchaseOrder</c>'s <c>Issue</c>, <c>Respond</c>, <c>Despatch</c>, <c>Receive</c>,
    /// <c>Cancel</c> and <c>Close</c>.
    /// </summary>
    public const string ProcurementCommandAllowedInStatus = "procurement.command-allowed-in-status";

    /// <summary>
    /// A purchase order response answers every line of the order exactly once, and no other line. Raised by
    /// <c>Procurement.PurchaseOrder.Respond</c>.
    /// </summary>
    public const string ProcurementResponseAnswersEveryLine = "procurement.response-answers-every-line";

    /// <summary>
    /// A despatch or receipt names only lines of the order. Raised by <c>Procurement.PurchaseOrder.Despatch</c> and
    /// <c>Receive</c>.
    /// </summary>
    public const string ProcurementLineOnOrder = "procurement.line-on-order";

    /// <summary>
    /// A line is despatched, over all despatches, at most its confirmed quantity × (1 + over-delivery tolerance / 100),
    /// compared exactly; a rejected line not at all. Raised by <c>Procurement.PurchaseOrder.Despatch</c>.
    /// </summary>
    public const string ProcurementDespatchWithinTolerance = "procurement.despatch-within-tolerance";

    /// <summary>
    /// A line is received, over all receipts, at most what was despatched on it. Raised by
    /// <c>Procurement.PurchaseOrder.Receive</c>.
    /// </summary>
    public const string ProcurementReceiptWithinDespatched = "procurement.receipt-within-despatched";

    /// <summary>
    /// A buyer order records its commands in time order: a command may not be dated before the order's last accepted
    /// change (the same instant is fine). Raised by <c>Orders.BuyerOrder</c>'s <c>Allocate</c>, <c>ShipParcel</c> and
    /// <c>Cancel</c>.
    /// </summary>
    public const string OrdersCommandsInTimeOrder = "orders.commands-in-time-order";

    /// <summary>
    /// A buyer order accepts a command only in a status that allows it (allocate a placed order; ship a parcel of an
    /// allocated or partially shipped order; cancel an order not shipped in full and not cancelled), so a cancelled order
    /// is never shipped. Raised by <c>Orders.BuyerOrder</c>'s <c>Allocate</c>, <c>ShipParcel</c> and <c>Cancel</c>.
    /// </summary>
    public const string OrdersCommandAllowedInStatus = "orders.command-allowed-in-status";

    /// <summary>
    /// A buyer order is allocated only when the free (fulfillable) stock at the locations that can meet its promised
    /// date covers every unit: at one location, or across several when the split rules allow a split. Raised by
    /// <c>Orders.BuyerOrder.Allocate</c>.
    /// </summary>
    public const string OrdersStockAvailable = "orders.stock-available";

    /// <summary>
    /// Every unit of a buyer order fits in a parcel its location's carrier accepts (weight and box). Raised by
    /// <c>Orders.BuyerOrder.Allocate</c> when a single unit is over the carrier's parcel limits.
    /// </summary>
    public const string OrdersParcelWithinCarrierLimits = "orders.parcel-within-carrier-limits";

    /// <summary>
    /// A buyer order ships in at most the split rules' maximum number of parcels. Raised by
    /// <c>Orders.BuyerOrder.Allocate</c>.
    /// </summary>
    public const string OrdersParcelsWithinMaximum = "orders.parcels-within-maximum";

    /// <summary>
    /// Only a planned parcel of the order that has not shipped yet is shipped, each once. Raised by
    /// <c>Orders.BuyerOrder.ShipParcel</c>.
    /// </summary>
    public const string OrdersParcelPlannedAndUnshipped = "orders.parcel-planned-and-unshipped";

    /// <summary>
    /// A buyer return never creates units that were not shipped: at most the units of the SKU a parcel shipped, minus
    /// those already returned from it. Raised by <c>Orders.BuyerOrder.ReceiveReturn</c>.
    /// </summary>
    public const string OrdersReturnWithinShipped = "orders.return-within-shipped";

    /// <summary>
    /// Delivery attempts follow their chain: out for delivery, then delivered or failed; a re-attempt not before the
    /// station's next working day; after the last allowed failure, back to the station, then to the sender; each event
    /// after the shipment's latest. Raised by <c>Orders.DeliveryAttemptPolicy.SendOutForDelivery</c>,
    /// <c>RecordAttempt</c> and <c>ReturnToSender</c>.
    /// </summary>
    public const string OrdersAttemptInSequence = "orders.attempt-in-sequence";

    /// <summary>
    /// Platform pickup serves only sellers that meet the platform's conditions (by default cluster served and trailing
    /// sales above the threshold: <see cref="PickupClusterServed"/>, <see cref="PickupTrailingSales"/>). Raised by
    /// <c>Fulfilment.PlatformPickupMode.Plan</c>; the refusal's <see cref="DomainRuleException.Details"/> hold the
    /// platform rule's reasons.
    /// </summary>
    public const string FulfilmentPickupEligible = "fulfilment.pickup-eligible";

    /// <summary>
    /// An express parcel is priced by a rate card from the seller's country in force on the order date. Reported by
    /// <c>Fulfilment.DirectExpressMode.CheckEligibility</c> and raised by its <c>Plan</c>.
    /// </summary>
    public const string FulfilmentRateCardInForce = "fulfilment.rate-card-in-force";

    /// <summary>
    /// The express rate card in force has a zone for the destination country. Reported by
    /// <c>Fulfilment.DirectExpressMode.CheckEligibility</c> and raised by its <c>Plan</c>.
    /// </summary>
    public const string FulfilmentRateCardCoversDestination = "fulfilment.rate-card-covers-destination";

    /// <summary>
    /// The seller's facility lies in an industrial cluster the pickup programme serves. Reported by
    /// <c>Fulfilment.PickupProgrammeRule.Check</c> (and so by <c>Fulfilment.PlatformPickupMode.CheckEligibility</c>).
    /// </summary>
    public const string PickupClusterServed = "pickup.cluster-served";

    /// <summary>
    /// The seller's trailing unit sales exceed the pickup programme's threshold. Reported by
    /// <c>Fulfilment.PickupProgrammeRule.Check</c> (and so by <c>Fulfilment.PlatformPickupMode.CheckEligibility</c>).
    /// </summary>
    public const string PickupTrailingSales = "pickup.trailing-sales";

    /// <summary>
    /// A pickup schedule reaches a facility only when at least one pickup day of the week is one of the facility's
    /// working days; otherwise no next pickup exists. Raised by <c>Fulfilment.Pickup.PickupSchedule.NextPickup</c> (and so
    /// by the platform pickup mode's plans).
    /// </summary>
    public const string PickupReachableDay = "pickup.reachable-day";

    /// <summary>
    /// A milk run collects a seller's consignment whole, so the consignment must fit an empty pickup vehicle in both
    /// weight and volume. Raised by the milk-run overload of <c>Fulfilment.PlatformPickupMode.Plan</c>.
    /// </summary>
    public const string PickupFitsVehicle = "pickup.fits-vehicle";

    /// <summary>
    /// The platform warehouse mode packs inbound stock in cartons, so the product needs a case pack (outer dimensions and
    /// gross weight), unless each unit exceeds the carton limits and ships in its own carton. Reported by
    /// <c>Fulfilment.PlatformWarehouseMode.CheckEligibility</c> and raised by its <c>Plan</c>.
    /// </summary>
    public const string InboundCasePackKnown = "inbound.case-pack-known";

    /// <summary>
    /// Every unit of an inbound shipment goes in a carton that keeps the marketplace's carton rules and carries an SSCC of
    /// the seller's series: a case too large or too heavy for the rules, or a series without enough serial references
    /// left, stops the plan. Reported by <c>Fulfilment.PlatformWarehouseMode.CheckEligibility</c> and raised by its
    /// <c>Plan</c> and <c>PlanInbound</c>.
    /// </summary>
    public const string InboundPackable = "inbound.packable";

    /// <summary>
    /// When the fulfilment fee is priced from data, a size-tier table and a fulfilment-fee table must be in force for
    /// the marketplace on the order date, with a band for the product's tier and shipping weight. Raised by
    /// <c>Fulfilment.PlatformFees.FulfilmentFeeTable.Quote</c> and <c>Fulfilment.PlatformFees.PlatformWarehouseFees.QuoteFulfilmentFee</c>
    /// (and so by that mode's plan).
    /// </summary>
    public const string PlatformFeesFulfilmentFeeKnown = "platform-fees.fulfilment-fee-known";

    /// <summary>
    /// A plan reaches the buyer only where a last-mile option covers the buyer's region. Raised by
    /// <c>Fulfilment.LastMile.LastMileOptions.For</c>, so by every mode's plan, and reported by the modes'
    /// <c>CheckEligibility</c> (by direct express only with local partners).
    /// </summary>
    public const string LastMileAvailable = "last-mile.available";

    /// <summary>
    /// The platform's network delivers only to addresses its postal-code table maps to a delivery station. Raised by
    /// <c>Fulfilment.LastMile.LastMileNetwork.StationFor</c> and <c>LastMileNetwork.Promise</c>.
    /// </summary>
    public const string LastMileStationServesAddress = "last-mile.station-serves-address";

    /// <summary>
    /// The network promises a date only when its line hauls lead from the parcel's facility to the buyer's station.
    /// Raised by <c>Fulfilment.LastMile.LastMileNetwork.Promise</c>.
    /// </summary>
    public const string LastMileRouteToStation = "last-mile.route-to-station";
}
