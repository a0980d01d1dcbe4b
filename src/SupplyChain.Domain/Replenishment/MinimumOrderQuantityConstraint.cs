using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>A policy with a minimum order quantity (MOQ): a positive order below the minimum is raised to it; no order stays no order.</summary>
/// <remarks>Constraints combine in any order to the same result; see <see cref="ReplenishmentDecision"/>.</remarks>
public sealed record MinimumOrderQuantityConstraint : IReplenishmentPolicy, IBoundedPolicy
{
    // The innermost policy that is not a fixed-bounds decorator and every bound down to it (OrderBounds.Fuse): Decide
    // calls the root once and constrains once, the chain's decision with one interface call.
    private readonly IReplenishmentPolicy _root;
    private readonly OrderBounds _bounds;
    private readonly BuiltInRoot.Kind _rootKind;

    /// <summary>Wraps <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy to constrain.</param>
    /// <param name="minimumOrderQuantity">The MOQ, greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumOrderQuantity"/> is zero or negative.</exception>
    public MinimumOrderQuantityConstraint(IReplenishmentPolicy policy, int minimumOrderQuantity)
    {
        Policy = Guard.NotNull(policy);
        MinimumOrderQuantity = Guard.Positive(minimumOrderQuantity);
        (_root, _bounds) = OrderBounds.Fuse(policy, new OrderBounds(MinimumOrderQuantity, 0, 0));
        _rootKind = BuiltInRoot.Of(_root);
    }

    /// <summary>The constrained policy.</summary>
    public IReplenishmentPolicy Policy { get; }

    /// <summary>The MOQ.</summary>
    public int MinimumOrderQuantity { get; }

    /// <inheritdoc />
    IReplenishmentPolicy IBoundedPolicy.Root => _root;

    /// <inheritdoc />
    OrderBounds IBoundedPolicy.Bounds => _bounds;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) =>
        BuiltInRoot.Decide(_root, _rootKind, position, context, _bounds);

    /// <summary>The constrained policy, e.g. <c>min-max (s = 10, S = 40), MOQ 50</c>.</summary>
    public override string ToString() => Guard.Format("{0}, MOQ {1}", Policy, MinimumOrderQuantity);
}
