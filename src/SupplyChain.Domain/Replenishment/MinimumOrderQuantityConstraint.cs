using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>A policy with a minimum order quantity (MOQ): a positive order below the minimum is raised to it; no order stays no order.</summary>
/// <remarks>Constraints combine in any order to the same result; see <see cref="ReplenishmentDecision"/>.</remarks>
public sealed record MinimumOrderQuantityConstraint : IReplenishmentPolicy
{
    /// <summary>Wraps <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy to constrain.</param>
    /// <param name="minimumOrderQuantity">The MOQ, greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumOrderQuantity"/> is zero or negative.</exception>
    public MinimumOrderQuantityConstraint(IReplenishmentPolicy policy, int minimumOrderQuantity)
    {
        Policy = Guard.NotNull(policy);
        MinimumOrderQuantity = Guard.Positive(minimumOrderQuantity);
    }

    /// <summary>The constrained policy.</summary>
    public IReplenishmentPolicy Policy { get; }

    /// <summary>The MOQ.</summary>
    public int MinimumOrderQuantity { get; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) =>
        Policy.Decide(position, context).WithMinimumOrderQuantity(MinimumOrderQuantity);

    /// <summary>The constrained policy, e.g. <c>min-max (s = 10, S = 40), MOQ 50</c>.</summary>
    public override string ToString() => Guard.Format("{0}, MOQ {1}", Policy, MinimumOrderQuantity);
}
