using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// Mode 2, platform pickup (milk run): the platform collects the seller's goods on a scheduled pickup run, consolidates
/// them at its hub, sends them by line-haul to its international storage centre, and fulfils each buyer order from
/// there through the last mile.
/// </summary>
/// <remarks>
/// <para>
/// Eligibility is the platform's <see cref="IPickupEligibilityRule"/> (cluster served, trailing sales above the
/// threshold); the pickup day is its <see cref="IPickupTimetable"/>. The steps before the order (waiting for pickup,
/// the pickup run, consolidation, line-haul, clearance, transfer, receiving) are <see cref="LegStage.Inbound"/>: they
/// position stock and make the pipeline, not the buyer's lead time. The buyer's lead time is order handling at the
/// storage centre plus the last mile.
/// </para>
/// <para>
/// Costs per unit: the pickup fee; line-haul freight on the chargeable weight of one inbound shipment of
/// <see cref="UnitsPerInboundShipment"/> units (case packs if the product has them, else loose units) shared equally;
/// duty and import tax on that shipment as one consignment (the seller imports, so the seller pays); the fulfilment
/// fee; storage; the last mile when it is billed per parcel. Risk passes to the buyer on delivery.
/// </para>
/// </remarks>
public sealed class PlatformPickupMode : IFulfilmentMode
{
    private readonly LowValueRegime[]? _regimes;

    /// <summary>Creates the mode.</summary>
    /// <param name="eligibility">The platform's eligibility rule.</param>
    /// <param name="timetable">The platform's pickup schedule.</param>
    /// <param name="consolidationHub">The platform's hub where pickup runs end and goods are consolidated.</param>
    /// <param name="pickupRun">From the seller's facility to the hub on the pickup run.</param>
    /// <param name="consolidation">Consolidation at the hub until the line-haul departs.</param>
    /// <param name="pickupFeePerUnit">The platform's pickup fee per unit; not negative.</param>
    /// <param name="lineHaul">The line-haul from the hub to the destination's import gateway.</param>
    /// <param name="storageCentre">The storage centre and its terms.</param>
    /// <param name="lastMile">The last-mile options from the storage centre.</param>
    /// <param name="dutyRates">The duty and import-tax rates.</param>
    /// <param name="unitsPerInboundShipment">Units of the product per inbound shipment; at least 1.</param>
    /// <param name="lowValueRegimes">The low-value regimes; null for <see cref="LowValueRegimes.BuiltIn"/>.</param>
    /// <exception cref="ArgumentNullException">A reference argument other than <paramref name="lowValueRegimes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pickupFeePerUnit"/> is negative or <paramref name="unitsPerInboundShipment"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="lowValueRegimes"/> contains null.</exception>
    public PlatformPickupMode(
        IPickupEligibilityRule eligibility,
        IPickupTimetable timetable,
        PlanNode consolidationHub,
        TransitTimeDistribution pickupRun,
        TransitTimeDistribution consolidation,
        Money pickupFeePerUnit,
        MainCarriage lineHaul,
        StorageCentreTerms storageCentre,
        LastMileOptions lastMile,
        DutyRateTable dutyRates,
        int unitsPerInboundShipment,
        IEnumerable<LowValueRegime>? lowValueRegimes = null)
    {
        Eligibility = Guard.NotNull(eligibility);
        Timetable = Guard.NotNull(timetable);
        ConsolidationHub = Guard.NotNull(consolidationHub);
        PickupRun = pickupRun;
        Consolidation = consolidation;
        PickupFeePerUnit = Guard.NotNull(pickupFeePerUnit);
        if (pickupFeePerUnit.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(pickupFeePerUnit), pickupFeePerUnit, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(pickupFeePerUnit), pickupFeePerUnit));
        }

        LineHaul = Guard.NotNull(lineHaul);
        StorageCentre = Guard.NotNull(storageCentre);
        LastMile = Guard.NotNull(lastMile);
        DutyRates = Guard.NotNull(dutyRates);
        UnitsPerInboundShipment = Guard.Positive(unitsPerInboundShipment);
        _regimes = lowValueRegimes is null ? null : [.. Guard.CopyItems(lowValueRegimes, requireOne: false)];
    }

    /// <inheritdoc/>
    public string Name => "Platform pickup";

    /// <summary>The platform's eligibility rule.</summary>
    public IPickupEligibilityRule Eligibility { get; }

    /// <summary>The platform's pickup schedule.</summary>
    public IPickupTimetable Timetable { get; }

    /// <summary>The consolidation hub.</summary>
    public PlanNode ConsolidationHub { get; }

    /// <summary>From the seller's facility to the hub on the pickup run.</summary>
    public TransitTimeDistribution PickupRun { get; }

    /// <summary>Consolidation at the hub.</summary>
    public TransitTimeDistribution Consolidation { get; }

    /// <summary>The pickup fee per unit.</summary>
    public Money PickupFeePerUnit { get; }

    /// <summary>The line-haul to the destination.</summary>
    public MainCarriage LineHaul { get; }

    /// <summary>The storage centre and its terms.</summary>
    public StorageCentreTerms StorageCentre { get; }

    /// <summary>The last-mile options.</summary>
    public LastMileOptions LastMile { get; }

    /// <summary>The duty and import-tax rates.</summary>
    public DutyRateTable DutyRates { get; }

    /// <summary>Units per inbound shipment.</summary>
    public int UnitsPerInboundShipment { get; }

    /// <summary>The platform rule's conditions, then <c>last-mile.available</c>.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The eligibility.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public ModeEligibility CheckEligibility(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        return new ModeEligibility([.. Eligibility.Check(request).Reasons, DirectExpressMode.LastMileReason(LastMile, request)]);
    }

    /// <summary>Plans the request: stock collected and positioned at the storage centre, then the order served from there.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// The platform's rule refuses the seller (rule <see cref="DomainRules.FulfilmentPickupEligible"/>; the
    /// <see cref="ModeEligibility"/> is in the exception's <see cref="Exception.Data"/> under the key
    /// <c>"eligibility"</c>); no last mile covers the buyer (rule <see cref="DomainRules.FulfilmentLastMileAvailable"/>);
    /// no duty rate (rule <see cref="DomainRules.FulfilmentDutyRateKnown"/>); amounts mix currencies (rule <see cref="DomainRules.MoneySameCurrency"/>).
    /// </exception>
    public FulfilmentPlan Plan(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        var eligibility = Eligibility.Check(request);
        if (!eligibility.IsEligible)
        {
            var refusal = new DomainRuleException(DomainRules.FulfilmentPickupEligible,
                Guard.Format(ErrorMessages.PickupNotEligible, string.Join("; ", eligibility.Unmet.Select(r => r.Description))));
            refusal.Data["eligibility"] = eligibility;
            throw refusal;
        }

        var lastMile = LastMile.For(request.BuyerAddress);
        var charges = ImportCharges.Assess(request, UnitsPerInboundShipment, DutyRates, _regimes);
        var (volume, mass, load) = PlatformLegs.Load(request.Product, UnitsPerInboundShipment);
        var weight = LineHaul.WeightRule.Calculate(volume, mass);
        var pickupDay = Timetable.NextPickup(request.SellerFacility, request.Date);
        var wait = Math.Max(0, NodaTime.Period.Between(request.Date, pickupDay, NodaTime.PeriodUnits.Days).Days);

        var plan = new PlanBuilder(request, PlanBuilder.SellerNode(request.SellerFacility))
            .Dwell(LegStage.Inbound, ChainActor.Seller, $"wait for the scheduled pickup on {FulfilmentText.Iso(pickupDay)}", TransitTimeDistribution.Fixed(wait))
            .Move(LegStage.Inbound, ChainActor.Platform, TransportMode.Road, ConsolidationHub, PickupRun, "milk-run pickup")
            .Dwell(LegStage.Inbound, ChainActor.Platform, "consolidate for the line-haul", Consolidation);
        PlatformLegs.MainCarriageToCentreAndBuyer(plan, request, LineHaul, weight, StorageCentre, lastMile);
        plan.Cost(LandedCostKind.PlatformFee, TradeParty.Seller, PickupFeePerUnit, $"pickup fee {PickupFeePerUnit} per unit");
        PlatformLegs.Costs(plan, request, LineHaul, weight, UnitsPerInboundShipment, load, charges, StorageCentre, lastMile);
        return plan.Build(Name, charges.Decision, StorageCentre.AverageMonthsInStorage);
    }

    /// <summary>The mode's name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
