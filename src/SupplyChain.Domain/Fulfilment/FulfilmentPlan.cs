using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// How a <see cref="FulfilmentRequest"/> is served by one mode: the steps (for the built-in modes, from the seller's
/// facility to the buyer),
/// the custody handovers, the lead time to the buyer, and the landed cost per unit.
/// </summary>
/// <remarks>
/// <para>
/// Steps are ordered and connected: each starts at the node where the previous one ends. <see cref="LegStage.Inbound"/>
/// steps (stock positioning at the platform's storage centre) all come before the <see cref="LegStage.Order"/> steps.
/// Where the first step starts and the last ends is not checked: the built-in modes start at the seller's facility and
/// end at the buyer.
/// </para>
/// <para>
/// <see cref="LeadTime"/> is the buyer's lead time: the sum of the order steps (means and variances add), with the
/// p95 by the normal approximation (<see cref="LeadTimeEstimate"/>). <see cref="PipelineTime"/> is the sum of the
/// inbound steps: how long stock travels before it can be sold, which drives the stock tied up in transit.
/// </para>
/// <para>Results compare by reference: they are read, not compared; compare their figures.</para>
/// </remarks>
public sealed class FulfilmentPlan
{
    private readonly FulfilmentLeg[] _legs;
    private readonly CustodyHandover[] _handovers;

    /// <summary>Creates a plan.</summary>
    /// <param name="modeName">The mode's name.</param>
    /// <param name="request">The request planned.</param>
    /// <param name="legs">The steps, in order; at least one, connected, inbound steps first.</param>
    /// <param name="handovers">The custody handovers, in order.</param>
    /// <param name="costPerUnit">The landed cost per unit.</param>
    /// <param name="dutyDecision">The low-value-regime decision behind the duty part, or null when no import was assessed.</param>
    /// <param name="monthsInStorage">The average months a unit waits at the platform's storage centre; zero when the mode holds no stock there.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="dutyDecision"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="modeName"/> is blank, there is no step, a step does not start where the previous ends, an inbound step follows an order step, or a collection contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthsInStorage"/> is negative.</exception>
    public FulfilmentPlan(
        string modeName,
        FulfilmentRequest request,
        IEnumerable<FulfilmentLeg> legs,
        IEnumerable<CustodyHandover> handovers,
        LandedCostBreakdown costPerUnit,
        DutyFreeDecision? dutyDecision = null,
        decimal monthsInStorage = 0m)
    {
        ModeName = Guard.NotBlank(modeName);
        Request = Guard.NotNull(request);
        var steps = Guard.CopyItems(legs, requireOne: true);
        for (var i = 1; i < steps.Count; i++)
        {
            if (steps[i].From != steps[i - 1].To)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.PlanStepsNotConnected, i, steps[i].From, steps[i - 1].To), nameof(legs));
            }

            if (steps[i].Stage == LegStage.Inbound && steps[i - 1].Stage == LegStage.Order)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.PlanInboundAfterOrder, i), nameof(legs));
            }
        }

        _legs = [.. steps];
        _handovers = [.. Guard.CopyItems(handovers, requireOne: false)];
        CostPerUnit = Guard.NotNull(costPerUnit);
        DutyDecision = dutyDecision;
        MonthsInStorage = Guard.NotNegative(monthsInStorage);
        LeadTime = new LeadTimeEstimate(TransitTimeDistribution.Sum(_legs.Where(l => l.Stage == LegStage.Order).Select(l => l.TransitTime)));
        PipelineTime = new LeadTimeEstimate(TransitTimeDistribution.Sum(_legs.Where(l => l.Stage == LegStage.Inbound).Select(l => l.TransitTime)));
    }

    /// <summary>
    /// For a mode-2 plan under a platform purchase programme (<see cref="PlatformPickupMode.Purchase"/>): the terms and
    /// when title passes and the seller is paid; null when the seller sells to the buyer itself.
    /// </summary>
    public PlatformPurchase? Purchase { get; init; }

    /// <summary>
    /// The customs assessment behind the duty and import VAT parts (of the consignment the mode imports: the parcel, or
    /// the inbound shipment), or null when the plan was made without one.
    /// </summary>
    public CustomsAssessment? Customs { get; init; }

    /// <summary>The mode's name.</summary>
    public string ModeName { get; }

    /// <summary>The request planned.</summary>
    public FulfilmentRequest Request { get; }

    /// <summary>The steps, in order (for the built-in modes, from the seller's facility to the buyer).</summary>
    public IReadOnlyList<FulfilmentLeg> Legs => _legs;

    /// <summary>The custody handovers, in order.</summary>
    public IReadOnlyList<CustodyHandover> Handovers => _handovers;

    /// <summary>Where the plan starts (the first step's start).</summary>
    public PlanNode Origin => _legs[0].From;

    /// <summary>Where the plan ends (the last step's end): the buyer, for the built-in modes.</summary>
    public PlanNode Destination => _legs[^1].To;

    /// <summary>The buyer's lead time: from the order to delivery (the order steps).</summary>
    public LeadTimeEstimate LeadTime { get; }

    /// <summary>The replenishment pipeline: the inbound steps, zero for a mode that ships each order from the seller.</summary>
    public LeadTimeEstimate PipelineTime { get; }

    /// <summary>The landed cost per unit.</summary>
    public LandedCostBreakdown CostPerUnit { get; }

    /// <summary>The low-value-regime decision behind the duty, or null.</summary>
    public DutyFreeDecision? DutyDecision { get; }

    /// <summary>The average months a unit waits at the platform's storage centre before it is sold.</summary>
    public decimal MonthsInStorage { get; }

    /// <summary>The mode, the lead time and the cost per unit in one line.</summary>
    public override string ToString() => $"{ModeName}: {_legs.Length} steps, {LeadTime}, {CostPerUnit.Total} per unit";
}
