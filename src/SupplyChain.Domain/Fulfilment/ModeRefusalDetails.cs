using SupplyChain.Domain.Fulfilment.Inbound;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// The details of a fulfilment mode's refusal to plan a request (<see cref="DomainRuleException.Details"/>): the mode's
/// eligibility for the request and, when the platform warehouse mode could not pack the inbound shipment, its carton plan.
/// </summary>
/// <remarks>
/// Every <see cref="DomainRuleException"/> thrown by the <c>Plan</c> methods of <see cref="DirectExpressMode"/>,
/// <see cref="PlatformPickupMode"/> and <see cref="PlatformWarehouseMode"/> carries one. A downstream
/// <see cref="IFulfilmentMode"/> may attach one to its own refusals in the same way.
/// Results compare by reference: they are read, not compared; compare their figures.
/// </remarks>
public sealed class ModeRefusalDetails : RefusalDetails
{
    /// <summary>Creates the details of a mode's refusal.</summary>
    /// <param name="eligibility">The mode's eligibility for the refused request.</param>
    /// <param name="inboundPlan">The inbound carton plan with the units left unpacked, or null when packing is not the reason.</param>
    /// <exception cref="ArgumentNullException"><paramref name="eligibility"/> is null.</exception>
    public ModeRefusalDetails(ModeEligibility eligibility, InboundPlan? inboundPlan = null)
    {
        Eligibility = Guard.NotNull(eligibility);
        InboundPlan = inboundPlan;
    }

    /// <summary>
    /// The mode's eligibility for the request: <see cref="IFulfilmentMode.CheckEligibility"/>'s result, except for
    /// <see cref="PlatformPickupMode"/>'s refusal of a seller (rule <see cref="DomainRules.FulfilmentPickupEligible"/>),
    /// which carries the platform rule's own check (<see cref="IPickupEligibilityRule.Check"/>, without the last-mile
    /// condition). A refusal found only when planning (a missing duty rate, say) has every condition met here.
    /// </summary>
    public ModeEligibility Eligibility { get; }

    /// <summary>
    /// For <see cref="PlatformWarehouseMode"/>'s refusals with rule <see cref="DomainRules.InboundCasePackKnown"/> or
    /// <see cref="DomainRules.InboundPackable"/> for units that could not be packed: the carton plan, whose
    /// <see cref="Inbound.InboundPlan.Unpacked"/> says which units and why. Null for every other refusal (also when the
    /// SSCC series runs out, since the plan is never labelled then).
    /// </summary>
    public InboundPlan? InboundPlan { get; }

    /// <summary>The eligibility, and the units left unpacked when there is a carton plan.</summary>
    public override string ToString() =>
        InboundPlan is null ? Eligibility.ToString() : $"{Eligibility}; {InboundPlan.UnitsUnpacked} units not packed";
}
