using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// The min–max policy (s, S), as in Odoo's reordering rules: when the position is <b>at or below</b> the minimum s,
/// order up to the maximum S.
/// </summary>
/// <remarks>
/// With position p ≤ s the order is S − p. The trigger includes the minimum itself, a deliberate choice: Odoo's code
/// compares with a strict "&lt;" while its documentation says the forecast "falls below" the minimum and works its
/// example at the minimum. For Odoo's "multiple quantity" wrap the policy in
/// <see cref="ReplenishmentPolicyExtensions.RoundedUpToMultipleOf"/>. Reads only the position.
/// </remarks>
public sealed record MinMaxPolicy : IReplenishmentPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="minimum">s: the position at or below which the policy orders.</param>
    /// <param name="maximum">S: the position an order lifts it to, not below <paramref name="minimum"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    public MinMaxPolicy(int minimum, int maximum)
    {
        if (maximum < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, Guard.Format(ErrorMessages.MustNotBeBelow, nameof(maximum), nameof(minimum), minimum, maximum));
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>s: the position at or below which the policy orders.</summary>
    public int Minimum { get; }

    /// <summary>S: the position an order lifts it to.</summary>
    public int Maximum { get; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context)
    {
        var p = position.Value;
        return p > Minimum
            ? new(0, ReplenishmentReason.PositionAboveMinimum, p, Minimum, Maximum)
            : new(Maximum - p, ReplenishmentReason.MinimumReached, p, Minimum, Maximum);
    }

    /// <summary>The policy, e.g. <c>min-max (s = 10, S = 40)</c>.</summary>
    public override string ToString() => Guard.Format("min-max (s = {0}, S = {1})", Minimum, Maximum);
}
