using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
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
/// duty and import VAT on that shipment as one consignment (<see cref="CustomsTariff.Assess"/>; into the European Union on
/// CIF, with the shipment's line-haul freight as the freight to the border), shared equally (the seller imports, so the
/// seller pays); the fulfilment
/// fee; storage; the last mile when it is billed per parcel. Risk passes to the buyer on delivery.
/// </para>
/// <para>
/// <b>A platform purchase.</b> With <see cref="Purchase"/> set, the mode is what the fully managed programmes of
/// cross-border marketplaces do: the platform buys the goods at the programme's supply price, title and risk pass at
/// pickup or after its quality check at the hub, and the platform is the importer of record. The steps are the same;
/// every cost but the pickup fee is paid by the platform (<see cref="TradeParty.Buyer"/> of the stocking order), and the
/// plan's <see cref="FulfilmentPlan.Purchase"/> says when title passes and when the seller is paid.
/// <see cref="SellerEconomics"/> then counts the supply price as the seller's revenue.
/// </para>
/// <para>
/// <b>The pickup leg.</b> <see cref="Plan(FulfilmentRequest)"/> (the <see cref="IFulfilmentMode"/> call, used by
/// <see cref="ModeComparison"/>) takes the fixed estimate <see cref="PickupRun"/>, because a plan through the interface
/// knows nothing of the other sellers waiting on the same day.
/// <see cref="Plan(FulfilmentRequest, MilkRunPickup, PlanarPosition, IEnumerable{PickupConsignment})"/> plans the actual
/// run with <see cref="MilkRunPlanner"/> from the run's other consignments and the seller's own, takes the pickup leg's
/// time from that run, and lets a consignment that does not fit wait for the next pickup slot.
/// </para>
/// <para>It is a service configured once and compares by reference.</para>
/// </remarks>
public sealed class PlatformPickupMode : IFulfilmentMode
{
    /// <summary>
    /// Creates the mode from its parts; the times, the fee and the shipment size are set by name
    /// (<see cref="PickupRun"/>, <see cref="Consolidation"/>, <see cref="PickupFeePerUnit"/>,
    /// <see cref="UnitsPerInboundShipment"/>), so that the two times cannot be swapped unnoticed.
    /// </summary>
    /// <param name="eligibility">The platform's eligibility rule.</param>
    /// <param name="timetable">The platform's pickup schedule.</param>
    /// <param name="consolidationHub">The platform's hub where pickup runs end and goods are consolidated.</param>
    /// <param name="lineHaul">The line-haul from the hub to the destination's import gateway.</param>
    /// <param name="storageCentre">The storage centre and its terms.</param>
    /// <param name="lastMile">The last-mile options from the storage centre.</param>
    /// <param name="tariff">The customs measures, low-value regimes and import VAT rates.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PlatformPickupMode(
        IPickupEligibilityRule eligibility,
        IPickupTimetable timetable,
        PlanNode consolidationHub,
        MainCarriage lineHaul,
        StorageCentreTerms storageCentre,
        LastMileOptions lastMile,
        CustomsTariff tariff)
    {
        Eligibility = Guard.NotNull(eligibility);
        Timetable = Guard.NotNull(timetable);
        ConsolidationHub = Guard.NotNull(consolidationHub);
        LineHaul = Guard.NotNull(lineHaul);
        StorageCentre = Guard.NotNull(storageCentre);
        LastMile = Guard.NotNull(lastMile);
        Tariff = Guard.NotNull(tariff);
    }

    /// <inheritdoc/>
    public string Name => "Platform pickup";

    /// <summary>The platform's eligibility rule.</summary>
    public IPickupEligibilityRule Eligibility { get; }

    /// <summary>The platform's pickup schedule.</summary>
    public IPickupTimetable Timetable { get; }

    /// <summary>The consolidation hub.</summary>
    public PlanNode ConsolidationHub { get; }

    /// <summary>
    /// From the seller's facility to the hub on the pickup run: the estimate <see cref="Plan(FulfilmentRequest)"/>
    /// uses; the milk-run overload of <c>Plan</c> uses the planned run's time instead.
    /// </summary>
    public required TransitTimeDistribution PickupRun { get; init; }

    /// <summary>Consolidation at the hub until the line-haul departs.</summary>
    public required TransitTimeDistribution Consolidation { get; init; }

    /// <summary>The platform's pickup fee per unit; not negative.</summary>
    /// <exception cref="ArgumentNullException">The fee is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fee is negative.</exception>
    public required Money PickupFeePerUnit { get; init => field = Money.NotNegative(value, nameof(PickupFeePerUnit)); }

    /// <summary>The line-haul to the destination.</summary>
    public MainCarriage LineHaul { get; }

    /// <summary>The storage centre and its terms.</summary>
    public StorageCentreTerms StorageCentre { get; }

    /// <summary>The last-mile options.</summary>
    public LastMileOptions LastMile { get; }

    /// <summary>The customs measures, low-value regimes and import VAT rates.</summary>
    public CustomsTariff Tariff { get; }

    /// <summary>Units of the product per inbound shipment; at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is less than 1.</exception>
    public required int UnitsPerInboundShipment { get; init => field = Guard.Positive(value, nameof(UnitsPerInboundShipment)); }

    /// <summary>
    /// The platform's purchase programme, or null (the default) when the seller sells to the buyer itself and pays the
    /// logistics (the seller is the importer of record).
    /// </summary>
    /// <exception cref="ArgumentException">The terms pass title at pickup and state a quality rejection rate (the platform owns what its check rejects then).</exception>
    public PlatformPurchaseTerms? Purchase
    {
        get;
        init => field = value is { TitlePasses: TitleTransferPoint.AtPickup, QualityRejectionRate: > 0m }
            ? throw Guard.Refused(Guard.Format(ErrorMessages.RejectionNeedsTitleAfterCheck, value.QualityRejectionRate), nameof(Purchase))
            : value;
    }

    /// <summary>The platform rule's conditions, then <see cref="DomainRules.LastMileAvailable"/>.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public ModeEligibility CheckEligibility(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        return new ModeEligibility([.. Eligibility.Check(request).Reasons, EligibilityReason.LastMile(LastMile.Check(request.BuyerAddress))]);
    }

    /// <summary>Plans the request: stock collected and positioned at the storage centre, then the order served from there.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="DomainRuleException">The platform's rule refuses the seller (rule <see cref="DomainRules.FulfilmentPickupEligible"/>); the details hold that rule's own <see cref="ModeEligibility"/>.</exception>
    /// <exception cref="DomainRuleException">The timetable finds no pickup: a <see cref="PickupSchedule"/> whose days are none of the facility's working days (rule <see cref="DomainRules.PickupReachableDay"/>).</exception>
    /// <exception cref="DomainRuleException">No last mile covers the buyer (rule <see cref="DomainRules.LastMileAvailable"/>).</exception>
    /// <exception cref="DomainRuleException">The destination is neither the United States nor an EU member state (rule <see cref="DomainRules.CustomsDestinationSupported"/>).</exception>
    /// <exception cref="DomainRuleException">The normal measures apply and the tariff has no measure for the product (rule <see cref="DomainRules.CustomsMeasureKnown"/>).</exception>
    /// <exception cref="DomainRuleException">Amounts mix currencies (rule <see cref="DomainRules.MoneySameCurrency"/>); every refusal carries <see cref="ModeRefusalDetails"/> with <see cref="CheckEligibility"/>'s result.</exception>
    public FulfilmentPlan Plan(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        return ModeRefusal.WithEligibility(this, request, () =>
        {
            RequireEligible(request);
            var pickupDay = Timetable.NextPickup(request.SellerFacility, request.Date);
            return Build(request, pickupDay, $"wait for the scheduled pickup on {InvariantText.Iso(pickupDay)}", PickupRun, "milk-run pickup");
        });
    }

    /// <summary>
    /// Plans the request with the pickup run planned by <see cref="MilkRunPlanner"/>: the seller's consignment (the
    /// inbound shipment of <see cref="UnitsPerInboundShipment"/> units) joins the run's other consignments, and the
    /// pickup leg takes the collecting run's time (<see cref="MilkRunPickup.RunTime"/>) instead of <see cref="PickupRun"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The seller's consignment has the id of the seller's facility, the gross weight and volume of the inbound
    /// shipment (whole case packs, or loose units), and <paramref name="sellerPosition"/>. The first run is the
    /// timetable's first pickup for the request's date.
    /// </para>
    /// <para>
    /// <b>Does not fit: the next run.</b> When the run has no room left for the seller's consignment, it is left over
    /// (never dropped) and waits for the timetable's next pickup slot, whose run is planned with the consignments left
    /// over from the previous run (consignments that only become ready later are not known and are not included); this
    /// repeats until a run collects it, so the wait grows by one pickup interval per run missed. The missed pickup
    /// days are in <see cref="MilkRunPickupPlan.MissedPickups"/> and in the wait step's description.
    /// </para>
    /// <para>
    /// The seller's place in the collecting run is in <see cref="MilkRunPickupPlan.SellerStop"/> and in the pickup
    /// step's description ("milk-run pickup: stop 2 of 3, …").
    /// </para>
    /// </remarks>
    /// <param name="request">The request.</param>
    /// <param name="milkRun">The platform's pickup vehicle: depot, capacity, average speed and stop time.</param>
    /// <param name="sellerPosition">Where the seller's facility is, on the same map as the depot.</param>
    /// <param name="otherConsignments">The other consignments waiting for the same run; may be empty. None is from the seller's facility or has its id, and none twice.</param>
    /// <returns>The plan, the runs planned and the seller's stop.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="otherConsignments"/> holds null, a consignment twice (by id), or a consignment from the seller's facility or with its id.</exception>
    /// <exception cref="DomainRuleException">Any refusal of <see cref="Plan(FulfilmentRequest)"/>, with the same rule.</exception>
    /// <exception cref="DomainRuleException">The seller's consignment is heavier or bulkier than an empty vehicle takes, so no run can collect it whole (rule <see cref="DomainRules.PickupFitsVehicle"/>).</exception>
    public MilkRunPickupPlan Plan(FulfilmentRequest request, MilkRunPickup milkRun, PlanarPosition sellerPosition, IEnumerable<PickupConsignment> otherConsignments)
    {
        Guard.NotNull(request);
        Guard.NotNull(milkRun);
        var others = Guard.CopyItems(otherConsignments, requireOne: false);
        Guard.Distinct(others, c => c.Id, nameof(otherConsignments));
        var facility = request.SellerFacility.Id;
        var sellerId = new ShipmentId(facility.Value);
        if (others.Find(c => c.Facility == facility || c.Id == sellerId) is { } clash)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.PickupOwnConsignmentGiven, nameof(otherConsignments), clash.Id, clash.Facility, facility), nameof(otherConsignments));
        }

        return ModeRefusal.WithEligibility(this, request, () => PlanWithRun(request, milkRun, sellerPosition, others));
    }

    /// <summary>The mode's name.</summary>
    public override string ToString() => Name;

    private MilkRunPickupPlan PlanWithRun(FulfilmentRequest request, MilkRunPickup milkRun, PlanarPosition sellerPosition, List<PickupConsignment> others)
    {
        var facility = request.SellerFacility.Id;
        var sellerId = new ShipmentId(facility.Value);
        RequireEligible(request);
        var (volume, mass, load) = PlatformLegs.Load(request.Product, UnitsPerInboundShipment);
        var seller = new PickupConsignment(sellerId, facility, sellerPosition, mass, volume);
        var empty = milkRun.PlanRun([seller]);
        if (empty.Stops.Count == 0)
        {
            throw new DomainRuleException(DomainRules.PickupFitsVehicle,
                Guard.Format(ErrorMessages.PickupConsignmentTooLarge, facility, load, seller.Kilograms, seller.CubicMillimetres / 1_000_000_000m, milkRun.Capacity));
        }

        var runs = new List<MilkRunPlan>();
        var days = new List<LocalDate>();
        var waiting = new List<PickupConsignment>(others) { seller };
        var day = Timetable.NextPickup(request.SellerFacility, request.Date);
        MilkRunStop? stop;
        while (true)
        {
            // Terminates: the seller's consignment fits an empty vehicle, so every run collects at least one consignment.
            var run = milkRun.PlanRun(waiting);
            runs.Add(run);
            days.Add(day);
            stop = run.Stops.FirstOrDefault(s => ReferenceEquals(s.Consignment, seller));
            if (stop is not null)
            {
                break;
            }

            waiting = [.. run.LeftOver.Select(l => l.Consignment)];
            day = Timetable.NextPickup(request.SellerFacility, day.PlusDays(1));
        }

        var runTime = milkRun.RunTime(runs[^1]);
        var wait = days.Count == 1
            ? $"wait for the scheduled pickup on {InvariantText.Iso(day)}"
            : string.Create(CultureInfo.InvariantCulture,
                $"wait for the pickup on {InvariantText.Iso(day)}: no room on the run(s) of {string.Join(", ", days.Take(days.Count - 1).Select(InvariantText.Iso))}");
        var leg = string.Create(CultureInfo.InvariantCulture,
            $"milk-run pickup: stop {stop.Sequence} of {runs[^1].Stops.Count}, {runs[^1].TotalDistance.Kilometers:0.###} km at {milkRun.AverageSpeed.KilometersPerHour:0.###} km/h + {runs[^1].Stops.Count} × {milkRun.StopTime.TotalMinutes:0.###} min");
        var plan = Build(request, day, wait, runTime, leg);
        return new MilkRunPickupPlan(plan, seller, [.. runs], [.. days], stop, runTime);
    }

    private void RequireEligible(FulfilmentRequest request)
    {
        var eligibility = Eligibility.Check(request);
        if (!eligibility.IsEligible)
        {
            throw new DomainRuleException(DomainRules.FulfilmentPickupEligible,
                Guard.Format(ErrorMessages.PickupNotEligible, string.Join("; ", eligibility.Unmet.Select(r => r.Description))),
                new ModeRefusalDetails(eligibility));
        }
    }

    private FulfilmentPlan Build(FulfilmentRequest request, LocalDate pickupDay, string waitDescription, TransitTimeDistribution pickupRun, string pickupDescription)
    {
        var lastMile = LastMile.For(request.BuyerAddress);
        var (volume, mass, load) = PlatformLegs.Load(request.Product, UnitsPerInboundShipment);
        var weight = LineHaul.WeightRule.Calculate(volume, mass);
        var charges = ImportCosts.Assess(Tariff, request, UnitsPerInboundShipment, PlatformLegs.Freight(LineHaul, weight));
        var wait = Math.Max(0, Period.Between(request.Date, pickupDay, PeriodUnits.Days).Days);

        var plan = new PlanBuilder(request, PlanBuilder.SellerNode(request.SellerFacility))
            .Dwell(LegStage.Inbound, ChainActor.Seller, waitDescription, TransitTimeDistribution.Fixed(wait))
            .Move(LegStage.Inbound, ChainActor.Platform, TransportMode.Road, ConsolidationHub, pickupRun, pickupDescription)
            .Dwell(LegStage.Inbound, ChainActor.Platform, "consolidate for the line-haul", Consolidation);
        var payer = Purchase is null ? TradeParty.Seller : TradeParty.Buyer;
        PlatformLegs.MainCarriageToCentreAndBuyer(plan, request, LineHaul, weight, StorageCentre, lastMile, importer: payer);
        plan.Cost(LandedCostKind.PlatformFee, TradeParty.Seller, PickupFeePerUnit, $"pickup fee {PickupFeePerUnit} per unit");
        PlatformLegs.Costs(plan, request, LineHaul, weight, UnitsPerInboundShipment, load, charges, StorageCentre, lastMile, payer: payer);

        // Title passes when the goods are collected (after the wait), or after the quality check at the hub (after the
        // wait, the pickup run and consolidation): the first one or three steps above.
        var purchase = Purchase is null
            ? null
            : new PlatformPurchase(Purchase, wait + (Purchase.TitlePasses == TitleTransferPoint.AfterQualityCheck ? (decimal)(pickupRun.MeanDays + Consolidation.MeanDays) : 0m));
        return plan.Build(Name, charges.Assessment, StorageCentre.AverageMonthsInStorage, purchase);
    }
}
