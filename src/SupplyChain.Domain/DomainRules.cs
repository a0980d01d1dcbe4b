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
}
