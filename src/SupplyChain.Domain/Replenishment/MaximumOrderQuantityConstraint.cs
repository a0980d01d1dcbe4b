using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>A policy with a maximum order quantity: a larger order is lowered to the largest allowed quantity within the maximum.</summary>
/// <remarks>Constraints combine in any order to the same result; see <see cref="ReplenishmentDecision"/> for the one conflict (a minimum above the maximum).</remarks>
public sealed record MaximumOrderQuantityConstraint : IReplenishmentPolicy, IBoundedPolicy
{
    // The innermost policy that is not a fixed-bounds decorator and every bound down to it (OrderBounds.Fuse): Decide
    // calls the root once and constrains once, the chain's decision with one interface call.
    private readonly IReplenishmentPolicy _root;
    private readonly OrderBounds _bounds;
    private readonly BuiltInRoot.Kind _rootKind;

    /// <summary>Wraps <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy to constrain.</param>
    /// <param name="maximumOrderQuantity">The largest order, not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumOrderQuantity"/> is negative.</exception>
    public MaximumOrderQuantityConstraint(IReplenishmentPolicy policy, int maximumOrderQuantity)
    {
        Policy = Guard.NotNull(policy);
        MaximumOrderQuantity = Guard.NotNegative(maximumOrderQuantity);
        (_root, _bounds) = OrderBounds.Fuse(policy, new OrderBounds(0, 0, MaximumOrderQuantity + 1L));
        _rootKind = BuiltInRoot.Of(_root);
    }

    /// <summary>The constrained policy.</summary>
    public IReplenishmentPolicy Policy { get; }

    /// <summary>The largest order.</summary>
    public int MaximumOrderQuantity { get; }

    /// <inheritdoc />
    IReplenishmentPolicy IBoundedPolicy.Root => _root;

    /// <inheritdoc />
    OrderBounds IBoundedPolicy.Bounds => _bounds;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) =>
        BuiltInRoot.Decide(_root, _rootKind, position, context, _bounds);

    /// <summary>The constrained policy, e.g. <c>min-max (s = 10, S = 40), at most 500</c>.</summary>
    public override string ToString() => Guard.Format("{0}, at most {1}", Policy, MaximumOrderQuantity);
}
