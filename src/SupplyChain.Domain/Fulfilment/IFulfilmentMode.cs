namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// A way to get a seller's goods to a buyer abroad: turns a <see cref="FulfilmentRequest"/> into a
/// <see cref="FulfilmentPlan"/> of steps, custody handovers, lead time and landed cost.
/// </summary>
/// <remarks>
/// <para>
/// The built-in modes are <see cref="DirectExpressMode"/>, <see cref="PlatformPickupMode"/> and
/// <see cref="PlatformWarehouseMode"/>. A downstream implementation (a forwarder's consolidated service, a rail
/// product) must follow the same contract, which <see cref="ModeComparison"/> relies on:
/// </para>
/// <list type="bullet">
/// <item><see cref="CheckEligibility"/> never throws for a valid request; it reports every condition as data.</item>
/// <item><see cref="Plan"/> throws <see cref="DomainRuleException"/> when the mode cannot serve the request (not eligible,
/// no last mile, no rate, no fee table), with a rule id from <see cref="DomainRules"/>. The built-in modes also attach
/// <see cref="ModeRefusalDetails"/> (<see cref="DomainRuleException.Details"/>) whose <see cref="ModeRefusalDetails.Eligibility"/>
/// is the result of <see cref="CheckEligibility"/> (for <see cref="PlatformPickupMode"/>'s refusal of an ineligible
/// seller, the platform rule's own check); an implementation may do the same. A passing check does not guarantee a plan (a missing duty rate or fee table is found only
/// when planning); <see cref="ModeComparison"/> turns such a refusal into the mode's row, as data.</item>
/// <item>The <see cref="FulfilmentPlan"/> constructor checks that each step starts where the previous one ends and that
/// inbound steps come before order steps; it does not check where the plan starts or ends. The built-in modes start at the
/// seller's facility and end at the buyer's address; an implementation should do the same. The landed cost is per unit,
/// in whole minor units that sum exactly to the total.</item>
/// <item>No clock, no I/O: the same request gives the same plan.</item>
/// </list>
/// </remarks>
public interface IFulfilmentMode
{
    /// <summary>A short, stable name for tables and logs, e.g. "Direct express (DDP)".</summary>
    string Name { get; }

    /// <summary>Whether the mode can serve the request, with every condition checked.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The eligibility; <see cref="ModeEligibility.Unconditional"/> for a mode without conditions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    ModeEligibility CheckEligibility(FulfilmentRequest request);

    /// <summary>Plans the request.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="DomainRuleException">The mode cannot serve the request; the rule id says why.</exception>
    FulfilmentPlan Plan(FulfilmentRequest request);
}
