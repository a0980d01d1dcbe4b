using System.Globalization;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// Mode 3, platform warehouse (pre-stocked, FBA-like): the seller packs stock into cartons that keep the marketplace's
/// <see cref="CartonRules"/>, labels each with an SSCC, sends them by sea, air or express (the caller's
/// <see cref="MainCarriage"/>) to the platform's storage centre, where they are received into stock; the platform then
/// fulfils each buyer order from that stock through the last mile.
/// </summary>
/// <remarks>
/// <para>
/// The inbound shipment is <see cref="UnitsPerInboundShipment"/> units of the product, packed by
/// <see cref="InboundPlanner"/> under <see cref="CartonRules"/> into cartons of shipment <see cref="InboundShipment"/>
/// labelled from <see cref="InboundLabels"/> (<see cref="PlanInbound"/> returns that plan). The freight is charged on
/// the chargeable weight of the planned cartons: their outer volumes and gross weights are added up and the inbound
/// carriage's <see cref="ChargeableWeightRule"/> is applied once to the whole shipment, as the rule of a
/// <see cref="MainCarriage"/> is defined (sea LCL and air cargo bill the consignment, not each carton).
/// </para>
/// <para>
/// Units that cannot be packed are not left out silently: <see cref="CheckEligibility"/> reports them as unmet
/// conditions and <see cref="Plan"/> refuses the request (see there); <see cref="PlanInbound"/> returns them in
/// <see cref="InboundPlan.Unpacked"/> with the reason.
/// </para>
/// <para>
/// Costs per unit: inbound freight on the cartons' chargeable weight shared equally by the shipment's units; duty and
/// import VAT on the shipment as one consignment (<see cref="CustomsTariff.Assess"/>; into the European Union on CIF, with
/// the shipment's inbound freight as the freight to the border), shared equally and paid by the seller as importer; the fulfilment fee (from the size tier
/// and the fee tables of <see cref="Fees"/> when given, else the storage centre's fee per unit); storage; the last mile
/// when it is billed per parcel; the low-inventory-level fee as its own part
/// (<see cref="LandedCostKind.LowInventoryLevelFee"/>) when <see cref="PlatformWarehouseFees.AssessLowInventoryLevelFee"/> says it applies.
/// Risk passes to the buyer on delivery.
/// </para>
/// <para>It is a service configured once and compares by reference.</para>
/// </remarks>
public sealed class PlatformWarehouseMode : IFulfilmentMode
{
    private static readonly ShipmentId EstimateShipment = new("INBOUND-ESTIMATE");

    // GS1's example company prefix 0614141 (GS1 General Specifications), for the estimate constructor only.
    private static readonly SsccSeries EstimateLabels = new(0, "0614141", 1);

    private static readonly PlatformWarehouseFees NoFees = new();

    /// <summary>
    /// Creates the mode from its parts; the preparation time and the shipment size are set by name
    /// (<see cref="InboundPreparation"/>, <see cref="UnitsPerInboundShipment"/>), and so are the optional carton rules,
    /// shipment id, SSCC series, low-value regimes and fees. Without a series of your own, cartons are planned for
    /// estimates: under <see cref="CartonRules.AmazonUs"/>, as shipment <c>INBOUND-ESTIMATE</c>, with placeholder SSCCs
    /// (extension digit 0, GS1's example company prefix 0614141, serial references from 1).
    /// </summary>
    /// <param name="inbound">The inbound main carriage (sea, air or express).</param>
    /// <param name="storageCentre">The storage centre and its terms.</param>
    /// <param name="lastMile">The last-mile options from the storage centre.</param>
    /// <param name="tariff">The customs measures, low-value regimes and import VAT rates.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PlatformWarehouseMode(MainCarriage inbound, StorageCentreTerms storageCentre, LastMileOptions lastMile, CustomsTariff tariff)
    {
        Inbound = Guard.NotNull(inbound);
        StorageCentre = Guard.NotNull(storageCentre);
        LastMile = Guard.NotNull(lastMile);
        Tariff = Guard.NotNull(tariff);
    }

    /// <inheritdoc/>
    public string Name => $"Platform warehouse ({Inbound.Mode})";

    /// <summary>The inbound main carriage.</summary>
    public MainCarriage Inbound { get; }

    /// <summary>Preparing and labelling the cartons at the seller's facility.</summary>
    public required TransitTimeDistribution InboundPreparation { get; init; }

    /// <summary>The storage centre and its terms.</summary>
    public StorageCentreTerms StorageCentre { get; }

    /// <summary>The last-mile options.</summary>
    public LastMileOptions LastMile { get; }

    /// <summary>The customs measures, low-value regimes and import VAT rates.</summary>
    public CustomsTariff Tariff { get; }

    /// <summary>Units of the product per inbound shipment; at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is less than 1.</exception>
    public required int UnitsPerInboundShipment { get; init => field = Guard.Positive(value, nameof(UnitsPerInboundShipment)); }

    /// <summary>The marketplace's carton rules the inbound shipment is packed under; <see cref="CartonRules.AmazonUs"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The rules are null.</exception>
    public CartonRules CartonRules { get; init => field = Guard.NotNull(value, nameof(CartonRules)); } = CartonRules.AmazonUs;

    /// <summary>The shipment every planned carton belongs to; <c>INBOUND-ESTIMATE</c> by default.</summary>
    /// <exception cref="ArgumentNullException">The id is null.</exception>
    public ShipmentId InboundShipment { get; init => field = Guard.NotNull(value, nameof(InboundShipment)); } = EstimateShipment;

    /// <summary>
    /// The SSCC series the planned cartons are labelled from (the first carton gets its first serial reference);
    /// placeholder SSCCs for estimates by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">The series is null.</exception>
    public SsccSeries InboundLabels { get; init => field = Guard.NotNull(value, nameof(InboundLabels)); } = EstimateLabels;

    /// <summary>
    /// The fees priced from data (fulfilment fee by size tier, low-inventory-level fee); by default none, so the
    /// fulfilment fee is <see cref="StorageCentreTerms.FulfilmentFeePerUnit"/> and no low-inventory-level fee is assessed.
    /// </summary>
    /// <exception cref="ArgumentNullException">The fees are null.</exception>
    public PlatformWarehouseFees Fees { get; init => field = Guard.NotNull(value, nameof(Fees)); } = NoFees;

    /// <summary>
    /// Checks <see cref="DomainRules.InboundCasePackKnown"/> (the units do not lack a case pack to be packed in: the
    /// product has one, or each unit exceeds the carton limits and ships alone), <see cref="DomainRules.InboundPackable"/>
    /// (every unit of the inbound shipment fits a carton under <see cref="CartonRules"/>, and the SSCC series has a label
    /// for every carton) and <see cref="DomainRules.LastMileAvailable"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The inbound shipment of <see cref="UnitsPerInboundShipment"/> units would need more than <see cref="InboundPlanner.MaxCartons"/> cartons.</exception>
    public ModeEligibility CheckEligibility(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        var product = request.Product;
        var (drafts, unpacked) = InboundPlanner.Drafts([new InboundStockLine(product, UnitsPerInboundShipment)], CartonRules);
        var noCasePack = unpacked.Any(u => u.Reason == UnpackedReason.NoCasePack);
        var otherwise = unpacked.Where(u => u.Reason != UnpackedReason.NoCasePack).ToArray();
        var casePackText = product.Packaging?.CasePack is { } pack
            ? $"product {product.Id} ships in cartons of {pack.UnitsPerCase} units"
            : noCasePack
                ? $"product {product.Id} has no case pack (carton dimensions and weight)"
                : $"product {product.Id} has no case pack, but each unit exceeds the carton limits of {CartonRules.Name} and ships in its own carton";
        var labelsLeft = InboundLabels.Count >= drafts.Count;
        var packableText = otherwise.Length > 0
            ? Refusal(otherwise[0], CartonRules)
            : labelsLeft
                ? string.Create(CultureInfo.InvariantCulture, $"the inbound shipment of {UnitsPerInboundShipment} units packs into {drafts.Count} cartons under {CartonRules.Name}")
                : Guard.Format(ErrorMessages.InboundLabelsExhausted, InboundShipment, drafts.Count, InboundLabels, InboundLabels.Count);
        return new ModeEligibility(
        [
            new EligibilityReason(DomainRules.InboundCasePackKnown, !noCasePack, casePackText),
            new EligibilityReason(DomainRules.InboundPackable, otherwise.Length == 0 && labelsLeft, packableText),
            EligibilityReason.LastMile(LastMile.Check(request.BuyerAddress)),
        ]);
    }

    /// <summary>
    /// The carton plan of the inbound shipment for the request: <see cref="UnitsPerInboundShipment"/> units of the
    /// product (without expiry date) packed under <see cref="CartonRules"/> into cartons of <see cref="InboundShipment"/>
    /// labelled from <see cref="InboundLabels"/>. Units that cannot be packed are in <see cref="InboundPlan.Unpacked"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="InboundLabels"/> has fewer serial references left than the plan has cartons (rule <see cref="DomainRules.InboundPackable"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The inbound shipment of <see cref="UnitsPerInboundShipment"/> units would need more than <see cref="InboundPlanner.MaxCartons"/> cartons.</exception>
    public InboundPlan PlanInbound(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        InboundStockLine[] stock = [new InboundStockLine(request.Product, UnitsPerInboundShipment)];
        var (drafts, unpacked) = InboundPlanner.Drafts(stock, CartonRules);
        if (drafts.Count > InboundLabels.Count)
        {
            throw new DomainRuleException(DomainRules.InboundPackable,
                Guard.Format(ErrorMessages.InboundLabelsExhausted, InboundShipment, drafts.Count, InboundLabels, InboundLabels.Count));
        }

        return InboundPlanner.Label(InboundShipment, CartonRules, InboundLabels, drafts, unpacked);
    }

    /// <summary>Plans the request: stock packed, shipped and received at the storage centre, then the order served from there.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="DomainRuleException">The product has no case pack and its units fit the carton limits (rule <see cref="DomainRules.InboundCasePackKnown"/>); the details hold the inbound plan.</exception>
    /// <exception cref="DomainRuleException">Units cannot be packed under <see cref="CartonRules"/> (case too large or too heavy) or the SSCC series runs out (rule <see cref="DomainRules.InboundPackable"/>); the details hold the inbound plan.</exception>
    /// <exception cref="DomainRuleException">No last mile covers the buyer (rule <see cref="DomainRules.LastMileAvailable"/>).</exception>
    /// <exception cref="DomainRuleException">The destination is neither the United States nor an EU member state (rule <see cref="DomainRules.CustomsDestinationSupported"/>).</exception>
    /// <exception cref="DomainRuleException">The normal measures apply and the tariff has no measure for the product (rule <see cref="DomainRules.CustomsMeasureKnown"/>).</exception>
    /// <exception cref="DomainRuleException">The fulfilment fee cannot be priced from <see cref="Fees"/> (rule <see cref="DomainRules.PlatformFeesFulfilmentFeeKnown"/>).</exception>
    /// <exception cref="DomainRuleException">Amounts mix currencies (rule <see cref="DomainRules.MoneySameCurrency"/>); every refusal carries <see cref="ModeRefusalDetails"/> with <see cref="CheckEligibility"/>'s result.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The inbound shipment of <see cref="UnitsPerInboundShipment"/> units would need more than <see cref="InboundPlanner.MaxCartons"/> cartons.</exception>
    public FulfilmentPlan Plan(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        return ModeRefusal.WithEligibility(this, request, () => PlanEligible(request));
    }

    private FulfilmentPlan PlanEligible(FulfilmentRequest request)
    {
        var inbound = PackedInbound(request);
        var lastMile = LastMile.For(request.BuyerAddress);
        var weight = inbound.ChargeableWeight(Inbound.WeightRule);
        var charges = ImportCosts.Assess(Tariff, request, UnitsPerInboundShipment, PlatformLegs.Freight(Inbound, weight));
        var load = string.Format(CultureInfo.InvariantCulture, "{0} cartons ({1}) in the {2} carton plan",
            inbound.Cartons.Count, CartonMix(inbound), CartonRules.Name);
        var plan = new PlanBuilder(request, PlanBuilder.SellerNode(request.SellerFacility))
            .Dwell(LegStage.Inbound, ChainActor.Seller, "prepare and label the inbound cartons", InboundPreparation);
        PlatformLegs.MainCarriageToCentreAndBuyer(plan, request, Inbound, weight, StorageCentre, lastMile);
        var quote = Fees.QuoteFulfilmentFee(request.Product, request.Destination, request.Date);
        PlatformLegs.Costs(plan, request, Inbound, weight, UnitsPerInboundShipment, load, charges, StorageCentre, lastMile,
            quote is null ? null : (quote.Fee, $"fulfilment fee {quote.Fee}: {quote.Item.Tier.Name()}, shipping weight {InvariantText.Number(decimal.Round(quote.Item.ShippingPounds, 4))} lb, band {quote.Band} ({quote.Table.Name})"));
        if (Fees.AssessLowInventoryLevelFee(request.Destination, request.Date) is { Applies: true } assessment)
        {
            var fee = Fees.LowInventoryLevel!.FeePerUnit;
            plan.Cost(LandedCostKind.LowInventoryLevelFee, TradeParty.Seller, fee, string.Create(CultureInfo.InvariantCulture,
                $"low-inventory-level fee {fee} per unit: days of supply {assessment.ShortTermDaysOfSupply} and {assessment.LongTermDaysOfSupply} both below {assessment.Rule.ThresholdDays} ({assessment.Rule.Name})"));
        }

        return plan.Build(Name, charges.Assessment, StorageCentre.AverageMonthsInStorage);
    }

    /// <summary>The mode's name.</summary>
    public override string ToString() => Name;

    private InboundPlan PackedInbound(FulfilmentRequest request)
    {
        var inbound = PlanInbound(request);
        if (inbound.Unpacked.Count == 0)
        {
            return inbound;
        }

        var first = inbound.Unpacked[0];
        var details = new ModeRefusalDetails(CheckEligibility(request), inbound);
        throw first.Reason == UnpackedReason.NoCasePack
            ? new DomainRuleException(DomainRules.InboundCasePackKnown, Guard.Format(ErrorMessages.NoCasePack, request.Product.Id), details)
            : new DomainRuleException(DomainRules.InboundPackable, Refusal(first, CartonRules) + ".", details);
    }

    private string Refusal(UnpackedStock unpacked, CartonRules rules)
    {
        var why = unpacked.Reason switch
        {
            UnpackedReason.CaseTooLarge => "a side of the case pack is longer than the side limit",
            UnpackedReason.CaseTooHeavy => "the empty case pack with one unit is already heavier than the weight limit",
            _ => "the product has no case pack",
        };
        return Guard.Format(ErrorMessages.InboundNotPackable, unpacked.Units, UnitsPerInboundShipment, unpacked.Product, rules, why);
    }

    private static string CartonMix(InboundPlan plan)
    {
        var full = plan.Cartons.Count(c => c.IsFullCase);
        var single = plan.Cartons.Count(c => c.Exemption != CartonExemption.None);
        var partial = plan.Cartons.Count - full - single;
        var parts = new List<string>();
        if (full > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{full} full case{(full == 1 ? "" : "s")}"));
        }

        if (partial > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{partial} part-filled"));
        }

        if (single > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{single} single-unit"));
        }

        return string.Join(", ", parts);
    }
}
