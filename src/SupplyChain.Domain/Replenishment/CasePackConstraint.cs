using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>A policy that orders whole case packs: a positive order is rounded up to a multiple of the pack (Odoo's "multiple quantity").</summary>
/// <remarks>Constraints combine in any order to the same result; two packs make orders multiples of both. See <see cref="ReplenishmentDecision"/>.</remarks>
public sealed record CasePackConstraint : IReplenishmentPolicy, IBoundedPolicy
{
    // The innermost policy that is not a fixed-bounds decorator and every bound down to it (OrderBounds.Fuse): Decide
    // calls the root once and constrains once, the chain's decision with one interface call.
    private readonly IReplenishmentPolicy _root;
    private readonly OrderBounds _bounds;
    private readonly BuiltInRoot.Kind _rootKind;

    /// <summary>Wraps <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy to constrain.</param>
    /// <param name="unitsPerPack">Units per case pack, greater than zero (1 changes nothing).</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsPerPack"/> is zero or negative.</exception>
    public CasePackConstraint(IReplenishmentPolicy policy, int unitsPerPack)
    {
        Policy = Guard.NotNull(policy);
        UnitsPerPack = Guard.Positive(unitsPerPack);
        (_root, _bounds) = OrderBounds.Fuse(policy, new OrderBounds(0, UnitsPerPack == 1 ? 0 : UnitsPerPack, 0));
        _rootKind = BuiltInRoot.Of(_root);
    }

    /// <summary>The constrained policy.</summary>
    public IReplenishmentPolicy Policy { get; }

    /// <summary>Units per case pack.</summary>
    public int UnitsPerPack { get; }

    /// <inheritdoc />
    IReplenishmentPolicy IBoundedPolicy.Root => _root;

    /// <inheritdoc />
    OrderBounds IBoundedPolicy.Bounds => _bounds;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) =>
        BuiltInRoot.Decide(_root, _rootKind, position, context, _bounds);

    /// <summary>The constrained policy, e.g. <c>min-max (s = 10, S = 40), case pack 6</c>.</summary>
    public override string ToString() => Guard.Format("{0}, case pack {1}", Policy, UnitsPerPack);
}
