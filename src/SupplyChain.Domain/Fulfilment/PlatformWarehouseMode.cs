using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// Mode 3, platform warehouse (pre-stocked, FBA-like): the seller sends stock in cartons by sea, air or express (the
/// caller's <see cref="MainCarriage"/>) to the platform's storage centre, where it is received into stock; the platform
/// then fulfils each buyer order from that stock through the last mile.
/// </summary>
/// <remarks>
/// <para>
/// The inbound shipment is <see cref="UnitsPerInboundShipment"/> units in whole case packs, so the product needs a
/// <see cref="Products.PackagingHierarchy"/> (the carton's outer dimensions and gross weight). Carton packing into an
/// inbound plan with marketplace carton rules and SSCC labels is a separate component; this mode only needs the
/// chargeable weight of the shipment.
/// </para>
/// <para>
/// Costs per unit: inbound freight on the shipment's chargeable weight shared equally; duty and import tax on the
/// shipment as one consignment, paid by the seller as importer; the fulfilment fee; storage; the last mile when it is
/// billed per parcel. Risk passes to the buyer on delivery.
/// </para>
/// </remarks>
public sealed class PlatformWarehouseMode : IFulfilmentMode
{
    private readonly LowValueRegime[]? _regimes;

    /// <summary>Creates the mode.</summary>
    /// <param name="inbound">The inbound main carriage (sea, air or express).</param>
    /// <param name="inboundPreparation">Preparing and labelling the cartons at the seller's facility.</param>
    /// <param name="storageCentre">The storage centre and its terms.</param>
    /// <param name="lastMile">The last-mile options from the storage centre.</param>
    /// <param name="dutyRates">The duty and import-tax rates.</param>
    /// <param name="unitsPerInboundShipment">Units of the product per inbound shipment; at least 1.</param>
    /// <param name="lowValueRegimes">The low-value regimes; null for <see cref="LowValueRegimes.BuiltIn"/>.</param>
    /// <exception cref="ArgumentNullException">A reference argument other than <paramref name="lowValueRegimes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsPerInboundShipment"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="lowValueRegimes"/> contains null.</exception>
    public PlatformWarehouseMode(
        MainCarriage inbound,
        TransitTimeDistribution inboundPreparation,
        StorageCentreTerms storageCentre,
        LastMileOptions lastMile,
        DutyRateTable dutyRates,
        int unitsPerInboundShipment,
        IEnumerable<LowValueRegime>? lowValueRegimes = null)
    {
        Inbound = Guard.NotNull(inbound);
        InboundPreparation = inboundPreparation;
        StorageCentre = Guard.NotNull(storageCentre);
        LastMile = Guard.NotNull(lastMile);
        DutyRates = Guard.NotNull(dutyRates);
        UnitsPerInboundShipment = Guard.Positive(unitsPerInboundShipment);
        _regimes = lowValueRegimes is null ? null : [.. Guard.CopyItems(lowValueRegimes, requireOne: false)];
    }

    /// <inheritdoc/>
    public string Name => $"Platform warehouse ({Inbound.Mode})";

    /// <summary>The inbound main carriage.</summary>
    public MainCarriage Inbound { get; }

    /// <summary>Preparing and labelling the cartons.</summary>
    public TransitTimeDistribution InboundPreparation { get; }

    /// <summary>The storage centre and its terms.</summary>
    public StorageCentreTerms StorageCentre { get; }

    /// <summary>The last-mile options.</summary>
    public LastMileOptions LastMile { get; }

    /// <summary>The duty and import-tax rates.</summary>
    public DutyRateTable DutyRates { get; }

    /// <summary>Units per inbound shipment.</summary>
    public int UnitsPerInboundShipment { get; }

    /// <summary>Checks <c>warehouse.case-pack-known</c> (the product has a case pack) and <c>last-mile.available</c>.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The eligibility.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public ModeEligibility CheckEligibility(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        var pack = request.Product.Packaging?.CasePack;
        return new ModeEligibility(
        [
            new EligibilityReason("warehouse.case-pack-known", pack is not null, pack is null
                ? $"product {request.Product.Id} has no case pack (carton dimensions and weight)"
                : $"product {request.Product.Id} ships in cartons of {pack.UnitsPerCase} units"),
            DirectExpressMode.LastMileReason(LastMile, request),
        ]);
    }

    /// <summary>Plans the request: stock shipped and received at the storage centre, then the order served from there.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// The product has no case pack (rule <see cref="DomainRules.FulfilmentCasePackKnown"/>); no last mile covers the buyer
    /// (rule <see cref="DomainRules.FulfilmentLastMileAvailable"/>); no duty rate (rule <see cref="DomainRules.FulfilmentDutyRateKnown"/>);
    /// amounts mix currencies (rule <see cref="DomainRules.MoneySameCurrency"/>).
    /// </exception>
    public FulfilmentPlan Plan(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        if (request.Product.Packaging is null)
        {
            throw new DomainRuleException(DomainRules.FulfilmentCasePackKnown, Guard.Format(ErrorMessages.NoCasePack, request.Product.Id));
        }

        var lastMile = LastMile.For(request.BuyerAddress);
        var charges = ImportCharges.Assess(request, UnitsPerInboundShipment, DutyRates, _regimes);
        var (volume, mass, load) = PlatformLegs.Load(request.Product, UnitsPerInboundShipment);
        var weight = Inbound.WeightRule.Calculate(volume, mass);
        var plan = new PlanBuilder(request, PlanBuilder.SellerNode(request.SellerFacility))
            .Dwell(LegStage.Inbound, ChainActor.Seller, "prepare and label the inbound cartons", InboundPreparation);
        PlatformLegs.MainCarriageToCentreAndBuyer(plan, request, Inbound, weight, StorageCentre, lastMile);
        PlatformLegs.Costs(plan, request, Inbound, weight, UnitsPerInboundShipment, load, charges, StorageCentre, lastMile);
        return plan.Build(Name, charges.Decision, StorageCentre.AverageMonthsInStorage);
    }

    /// <summary>The mode's name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
