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
/// no last mile, no rate), with a rule id from <see cref="DomainRules"/> and the same data as the check.</item>
/// <item>The plan's steps connect end to end from the seller's facility to the buyer (the <see cref="FulfilmentPlan"/>
/// constructor checks it), and its landed cost is per unit, in whole minor units that sum exactly to the total.</item>
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
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="DomainRuleException">The mode cannot serve the request; the rule id says why.</exception>
    FulfilmentPlan Plan(FulfilmentRequest request);
}
