using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Simulation;

/// <summary>One SKU to simulate: its replenishment policy, demand, lead time, costs and starting stock.</summary>
/// <remarks>
/// The policy is called once per simulated day through <see cref="IReplenishmentPolicy"/>; it must be pure and safe to
/// call from the thread that simulates this SKU (the library's policies are immutable). One policy instance may be shared
/// by several SKUs.
/// SKUs compare by reference: each one is a distinct simulated item, even with the same settings.
/// </remarks>
public sealed class SimulatedSku
{
    /// <summary>Creates the SKU.</summary>
    /// <param name="name">A name for the results (a SKU code, a product and mode…); not blank.</param>
    /// <param name="policy">The replenishment policy.</param>
    /// <param name="demand">The daily demand.</param>
    /// <param name="leadTime">The replenishment lead time.</param>
    /// <param name="costs">The cost rates.</param>
    /// <param name="initialOnHand">
    /// Units on hand before the first day, not negative; null to start with what the policy orders at position 0 on the
    /// first day (the textbook's convention: S for base stock and (s, S), so a one-for-one policy needs an explicit
    /// value). Nothing is on order at the start.
    /// </param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialOnHand"/> is negative.</exception>
    public SimulatedSku(string name, IReplenishmentPolicy policy, DemandModel demand, LeadTimeProfile leadTime, CostRates costs, int? initialOnHand = null)
    {
        Name = Guard.NotBlank(name);
        Policy = Guard.NotNull(policy);
        Demand = Guard.NotNull(demand);
        LeadTime = Guard.NotNull(leadTime);
        Costs = costs;
        InitialOnHand = initialOnHand is { } units ? Guard.NotNegative(units, nameof(initialOnHand)) : null;
    }

    /// <summary>The name used in the results.</summary>
    public string Name { get; }

    /// <summary>The replenishment policy.</summary>
    public IReplenishmentPolicy Policy { get; }

    /// <summary>The daily demand.</summary>
    public DemandModel Demand { get; }

    /// <summary>The replenishment lead time.</summary>
    public LeadTimeProfile LeadTime { get; }

    /// <summary>The cost rates.</summary>
    public CostRates Costs { get; }

    /// <summary>Units on hand before the first day, or null for the policy's order at position 0.</summary>
    public int? InitialOnHand { get; }

    /// <summary>
    /// The factory stage, or null (the default) for none: with a stage, each order is booked on a copy of a factory's
    /// shared capacity book and arrives on its ready date plus the stage's transit (see <see cref="FactoryStage"/>),
    /// and <see cref="LeadTime"/> is only the lead time the policy is told (its mean); without one, each order's lead
    /// time is drawn from <see cref="LeadTime"/>.
    /// </summary>
    public FactoryStage? Factory { get; init; }

    /// <summary>The SKU, e.g. <c>MUG-350: min-max (s = 10, S = 40), Poisson (mean 3), fixed 2 days: 2 d (sd 0 d) over 1 legs</c>.</summary>
    public override string ToString() => Guard.Format("{0}: {1}, {2}, {3}", Name, Policy, Demand, LeadTime);
}
