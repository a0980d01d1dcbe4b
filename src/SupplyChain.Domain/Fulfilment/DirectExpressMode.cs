using System.Globalization;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// Mode 1, direct express (merchant fulfilled): each buyer order ships as one parcel from the seller's facility by
/// international express, is cleared by customs at the destination, and is delivered by the express carrier or by a
/// local partner.
/// </summary>
/// <remarks>
/// <para>
/// The parcel holds the order's units; its volume is the units' volume (no packing slack) and its actual weight
/// their weight. The chargeable weight follows the rate card's <see cref="ExpressRateCard.WeightRule"/>, and the price
/// is the zone's first 0.5 kg plus each further 0.5 kg (<see cref="ExpressZone.Price"/>).
/// </para>
/// <para>
/// Under DAP the buyer pays import duty and taxes on delivery; under DDP the seller does (<see cref="Incoterm.ImportClearedBy"/>).
/// The landed cost shows both, each part with its payer. Duty and import VAT are the caller's <see cref="CustomsTariff"/>'s
/// assessment of the parcel as one consignment (<see cref="CustomsTariff.Assess"/>: the order's units, their net mass,
/// the request's unit value, origin and date), shared equally by its units: into the United States on the transaction
/// value; into the European Union on CIF, with the parcel's express price as the freight to the border (the card prices
/// the carriage to the door as one amount); import VAT at the tariff's rate for the member state
/// (<see cref="CustomsTariff.ImportVatRateFor"/>), none when it has none. Risk passes to the buyer on delivery (both are D rules).
/// </para>
/// <para>All amounts must be in the request's currency (the unit value's); a mix throws <see cref="DomainRuleException"/> (rule <see cref="DomainRules.MoneySameCurrency"/>).</para>
/// <para>It is a service configured once and compares by reference.</para>
/// </remarks>
public sealed class DirectExpressMode : IFulfilmentMode
{
    private readonly EffectiveDatedSet<CountryCode, ExpressRateCard> _rateCards;

    /// <summary>
    /// Creates the mode; the order handling and customs clearance times are required by name
    /// (<see cref="OrderHandling"/>, <see cref="CustomsClearance"/>), local partners and IOSS are optional
    /// (<see cref="LocalLastMile"/>, <see cref="Ioss"/>).
    /// </summary>
    /// <param name="rateCards">The express rate cards (effective-dated, per origin country; no two of one origin starting on the same day).</param>
    /// <param name="incoterm">The delivery terms of the sale: <see cref="Incoterm.Dap"/> or <see cref="Incoterm.Ddp"/>.</param>
    /// <param name="tariff">The customs measures, low-value regimes and import VAT rates.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rateCards"/>, <paramref name="incoterm"/> or <paramref name="tariff"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rateCards"/> is empty or contains null.</exception>
    /// <exception cref="ArgumentException">Two cards of one origin start on the same day.</exception>
    /// <exception cref="ArgumentException"><paramref name="incoterm"/> is neither DAP nor DDP.</exception>
    public DirectExpressMode(
        IEnumerable<ExpressRateCard> rateCards,
        Incoterm incoterm,
        CustomsTariff tariff)
    {
        _rateCards = new EffectiveDatedSet<CountryCode, ExpressRateCard>(
            Guard.CopyItems(rateCards, requireOne: true), c => c.Origin, "express rate card", "origin", nameof(rateCards), c => c.Name);
        Incoterm = Guard.NotNull(incoterm);
        if (incoterm != Incoterm.Dap && incoterm != Incoterm.Ddp)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.DirectExpressTerms, incoterm.Code), nameof(incoterm));
        }

        Tariff = Guard.NotNull(tariff);
    }

    /// <inheritdoc/>
    public string Name => $"Direct express ({Incoterm.Code})";

    /// <summary>The delivery terms: DAP or DDP.</summary>
    public Incoterm Incoterm { get; }

    /// <summary>The customs measures, low-value regimes and import VAT rates.</summary>
    public CustomsTariff Tariff { get; }

    /// <summary>From the order to the parcel's hand-over to the express carrier (pick, pack, label); required.</summary>
    public required TransitTimeDistribution OrderHandling { get; init; }

    /// <summary>Import customs clearance at the destination gateway; required.</summary>
    public required TransitTimeDistribution CustomsClearance { get; init; }

    /// <summary>Local partners that take over after clearance; null (the default) when the express carrier delivers itself.</summary>
    public LastMileOptions? LocalLastMile { get; init; }

    /// <summary>
    /// Whether the seller declares its parcels into the European Union under the Import One-Stop Shop (it collected the
    /// VAT at sale: no import VAT up to EUR 150, and the flat duty of <see cref="LowValueRegimes.EuFlatDuty2026"/>);
    /// false (the default). Not read for other destinations.
    /// </summary>
    public bool Ioss { get; init; }

    /// <summary>The rate cards.</summary>
    public IReadOnlyList<ExpressRateCard> RateCards => _rateCards.Items;

    /// <summary>
    /// Checks <see cref="DomainRules.FulfilmentRateCardInForce"/> (a card for the origin on the date),
    /// <see cref="DomainRules.FulfilmentRateCardCoversDestination"/> (the card has a zone for the destination) and, with
    /// local partners, <see cref="DomainRules.LastMileAvailable"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public ModeEligibility CheckEligibility(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        var card = CardFor(request);
        var reasons = new List<EligibilityReason>
        {
            new(DomainRules.FulfilmentRateCardInForce, card is not null, card is null
                ? $"no express rate card from {request.SellerFacility.Address.Country} is in force on {InvariantText.Iso(request.Date)}"
                : $"rate card {card.Name} is in force on {InvariantText.Iso(request.Date)}"),
        };
        if (card is not null)
        {
            var zone = card.ZoneOf(request.Destination);
            reasons.Add(new(DomainRules.FulfilmentRateCardCoversDestination, zone is not null, zone is null
                ? $"rate card {card.Name} has no zone for {request.Destination}"
                : $"{request.Destination} is in zone {zone.Zone} of {card.Name}"));
        }

        if (LocalLastMile is not null)
        {
            reasons.Add(EligibilityReason.LastMile(LocalLastMile.Check(request.BuyerAddress)));
        }

        return new ModeEligibility(reasons);
    }

    /// <summary>Plans one order as one express parcel.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The plan: order handling, express carriage to the import gateway, customs clearance, delivery.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="DomainRuleException">No rate card is in force for the seller's country on the date (rule <see cref="DomainRules.FulfilmentRateCardInForce"/>).</exception>
    /// <exception cref="DomainRuleException">The card has no zone for the destination (rule <see cref="DomainRules.FulfilmentRateCardCoversDestination"/>).</exception>
    /// <exception cref="DomainRuleException">No local partner covers the buyer's address (rule <see cref="DomainRules.LastMileAvailable"/>).</exception>
    /// <exception cref="DomainRuleException">The destination is neither the United States nor an EU member state (rule <see cref="DomainRules.CustomsDestinationSupported"/>).</exception>
    /// <exception cref="DomainRuleException">The normal measures apply and the tariff has no measure for the product (rule <see cref="DomainRules.CustomsMeasureKnown"/>).</exception>
    /// <exception cref="DomainRuleException">Amounts mix currencies (rule <see cref="DomainRules.MoneySameCurrency"/>); every refusal carries <see cref="ModeRefusalDetails"/> with <see cref="CheckEligibility"/>'s result.</exception>
    public FulfilmentPlan Plan(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        return ModeRefusal.WithEligibility(this, request, () => PlanEligible(request));
    }

    /// <summary>The mode's name.</summary>
    public override string ToString() => Name;

    private FulfilmentPlan PlanEligible(FulfilmentRequest request)
    {
        var card = CardFor(request) ?? throw new DomainRuleException(DomainRules.FulfilmentRateCardInForce,
            Guard.Format(ErrorMessages.NoRateCard, request.SellerFacility.Address.Country, InvariantText.Iso(request.Date)));
        var zone = card.ZoneOf(request.Destination) ?? throw new DomainRuleException(DomainRules.FulfilmentRateCardCoversDestination,
            Guard.Format(ErrorMessages.NoRateCardZone, card.Name, request.Destination));
        var lastMile = LocalLastMile?.For(request.BuyerAddress);

        var q = request.Quantity;
        var product = request.Product;
        var weight = card.WeightRule.Calculate(product.UnitDimensions.Volume * q, product.UnitMass * q);
        var kg = decimal.Round((decimal)weight.Chargeable.Kilograms, 6);
        var steps = ExpressZone.HalfKilogramSteps(kg);
        var price = zone.Price(kg);
        var charges = ImportCosts.Assess(Tariff, request, q, price, Ioss);

        var sellerNode = PlanBuilder.SellerNode(request.SellerFacility);
        var gateway = PlanBuilder.GatewayNode(request.BuyerAddress);
        var importer = Incoterm.ImportClearedBy;
        var plan = new PlanBuilder(request, sellerNode)
            .Dwell(LegStage.Order, ChainActor.Seller, "pick, pack and label the parcel", OrderHandling)
            .Move(LegStage.Order, ChainActor.ExpressCarrier, TransportMode.InternationalExpress, gateway, zone.TransitTime,
                $"{card.CarrierName}: express carriage, zone {zone.Zone}", weight.Chargeable)
            .Dwell(LegStage.Order, ChainActor.Customs, $"import customs clearance ({Incoterm.Code}: duties and taxes paid by the {importer.ToString().ToLowerInvariant()})", CustomsClearance);
        if (lastMile is null)
        {
            plan.Move(LegStage.Order, ChainActor.ExpressCarrier, TransportMode.InternationalExpress, PlanBuilder.BuyerNode(request.BuyerAddress), zone.DeliveryTime, $"{card.CarrierName}: delivery to the buyer")
                .HandTo(ChainActor.Buyer, riskPasses: true);
        }
        else
        {
            plan.LastMile(lastMile);
        }

        var freightBasis = string.Format(
            CultureInfo.InvariantCulture,
            "{0} zone {1}: parcel of {2} unit(s), actual {3} kg, volumetric {4} kg, chargeable {5} kg = {6} × 0.5 kg; {7} + {8} × {9} = {10} per parcel",
            card.Name, zone.Zone, q, Kg(weight.Actual), Kg(weight.Volumetric), InvariantText.Number(kg), steps,
            zone.FirstHalfKilogram, steps - 1, zone.AdditionalHalfKilogram, price);
        plan.Cost(LandedCostKind.Freight, TradeParty.Seller, new Money(price.Amount / q, price.Currency), freightBasis);
        if (lastMile is not null)
        {
            plan.Cost(LandedCostKind.LastMile, TradeParty.Seller, new Money(lastMile.PricePerParcel.Amount / q, lastMile.PricePerParcel.Currency), $"{lastMile.CarrierName} ({lastMile.Region}): {lastMile.PricePerParcel} per parcel of {q} unit(s)");
        }

        plan.Cost(LandedCostKind.Duty, importer, charges.DutyPerUnit, charges.DutyBasis)
            .Cost(LandedCostKind.ImportTax, importer, charges.VatPerUnit, charges.VatBasis);
        return plan.Build(Name, charges.Assessment);
    }

    private static string Kg(Mass mass) => InvariantText.Number(decimal.Round((decimal)mass.Kilograms, 4));

    private ExpressRateCard? CardFor(FulfilmentRequest request) =>
        _rateCards.TryGetInForce(request.SellerFacility.Address.Country, request.Date, out var card) ? card : null;
}
