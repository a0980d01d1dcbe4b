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
/// <para>
/// A maximum below the minimum: the constructor refuses it (a policy written by hand that way is a mistake), while
/// <see cref="FromCatalogue"/> applies the rule of <see cref="BatchReplenishment"/> for catalogue data, where one bad row
/// must not stop a run: the maximum is raised to the minimum and <see cref="MaximumRaisedToMinimum"/> says so.
/// </para>
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

    /// <summary>
    /// Whether <see cref="FromCatalogue"/> raised a catalogue maximum below the minimum to the minimum (the flag
    /// <see cref="BatchReason.MaximumRaisedToMinimum"/> of the batch path); false for a policy made by the constructor.
    /// </summary>
    public bool MaximumRaisedToMinimum { get; private init; }

    /// <summary>
    /// The policy of one catalogue row, with the batch path's rule for a maximum below the minimum: it is raised to the
    /// minimum (the SKU orders up to s when at or below s) and <see cref="MaximumRaisedToMinimum"/> is set, so that the
    /// data can be fixed; a valid row gives <c>new MinMaxPolicy(minimum, maximum)</c>.
    /// </summary>
    /// <param name="minimum">s.</param>
    /// <param name="maximum">S as the catalogue holds it; below s it is raised to s.</param>
    /// <returns>The policy; it decides as <see cref="BatchReplenishment.MinMax"/> does for the row.</returns>
    public static MinMaxPolicy FromCatalogue(int minimum, int maximum) =>
        maximum < minimum ? new(minimum, minimum) { MaximumRaisedToMinimum = true } : new(minimum, maximum);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) => DecideWithin(position, context, default);

    /// <summary>The decision with the bounds of a chain of the library's decorators built into each branch (see <see cref="BuiltInRoot"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReplenishmentDecision DecideWithin(in InventoryPosition position, in ReplenishmentContext context, in OrderBounds bounds)
    {
        // The levels are read first (that read is the null check) and the difference is unchecked: a 32-bit maximum minus
        // a position of three 32-bit figures cannot overflow 64 bits.
        long minimum = Minimum, maximum = Maximum;
        var p = position.Value;
        return p > minimum
            ? new(0, ReplenishmentReason.PositionAboveMinimum, p, minimum, maximum, bounds)
            : new(unchecked(maximum - p), ReplenishmentReason.MinimumReached, p, minimum, maximum, bounds);
    }

    /// <summary>The policy, e.g. <c>min-max (s = 10, S = 40)</c>, saying when its maximum was raised to the minimum.</summary>
    public override string ToString() =>
        Guard.Format(MaximumRaisedToMinimum ? "min-max (s = {0}, S = {1}, raised from a maximum below the minimum)" : "min-max (s = {0}, S = {1})", Minimum, Maximum);
}
