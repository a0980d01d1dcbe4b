using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>A policy with a maximum order quantity: a larger order is lowered to the largest allowed quantity within the maximum.</summary>
/// <remarks>Constraints combine in any order to the same result; see <see cref="ReplenishmentDecision"/> for the one conflict (a minimum above the maximum).</remarks>
public sealed record MaximumOrderQuantityConstraint : IReplenishmentPolicy
{
    /// <summary>Wraps <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy to constrain.</param>
    /// <param name="maximumOrderQuantity">The largest order, not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumOrderQuantity"/> is negative.</exception>
    public MaximumOrderQuantityConstraint(IReplenishmentPolicy policy, int maximumOrderQuantity)
    {
        Policy = Guard.NotNull(policy);
        MaximumOrderQuantity = Guard.NotNegative(maximumOrderQuantity);
    }

    /// <summary>The constrained policy.</summary>
    public IReplenishmentPolicy Policy { get; }

    /// <summary>The largest order.</summary>
    public int MaximumOrderQuantity { get; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) =>
        Policy.Decide(position, context).WithMaximumOrderQuantity(MaximumOrderQuantity);

    /// <summary>The constrained policy, e.g. <c>min-max (s = 10, S = 40), at most 500</c>.</summary>
    public override string ToString() => Guard.Format("{0}, at most {1}", Policy, MaximumOrderQuantity);
}
