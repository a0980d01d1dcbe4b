using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>A policy that orders whole case packs: a positive order is rounded up to a multiple of the pack (Odoo's "multiple quantity").</summary>
/// <remarks>Constraints combine in any order to the same result; two packs make orders multiples of both. See <see cref="ReplenishmentDecision"/>.</remarks>
public sealed record CasePackConstraint : IReplenishmentPolicy
{
    /// <summary>Wraps <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy to constrain.</param>
    /// <param name="unitsPerPack">Units per case pack, greater than zero (1 changes nothing).</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsPerPack"/> is zero or negative.</exception>
    public CasePackConstraint(IReplenishmentPolicy policy, int unitsPerPack)
    {
        Policy = Guard.NotNull(policy);
        UnitsPerPack = Guard.Positive(unitsPerPack);
    }

    /// <summary>The constrained policy.</summary>
    public IReplenishmentPolicy Policy { get; }

    /// <summary>Units per case pack.</summary>
    public int UnitsPerPack { get; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) =>
        Policy.Decide(position, context).WithOrderMultiple(UnitsPerPack);

    /// <summary>The constrained policy, e.g. <c>min-max (s = 10, S = 40), case pack 6</c>.</summary>
    public override string ToString() => Guard.Format("{0}, case pack {1}", Policy, UnitsPerPack);
}
