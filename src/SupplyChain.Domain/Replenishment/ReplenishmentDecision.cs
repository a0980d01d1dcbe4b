using System.Runtime.CompilerServices;
using System.Text;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// A policy's decision for one SKU: the <see cref="Quantity"/> to order (0 for none) and why, as data: the
/// <see cref="Reason"/> (the rule that fired) with its numbers (<see cref="Position"/>, <see cref="TriggerLevel"/>,
/// <see cref="Target"/>), and the order constraints that bounded the quantity. <see cref="Explain"/> puts it in words
/// on demand.
/// </summary>
/// <remarks>
/// <para>
/// A small value: deciding allocates nothing. The meaning of the numbers depends on the <see cref="Reason"/>:
/// <see cref="TriggerLevel"/> is the level at or below which the rule orders (r, s, the reorder level, the cover
/// target) and <see cref="Target"/> the position the rule aims for (S, or the position after the unconstrained order).
/// </para>
/// <para>
/// Constraints (<see cref="WithMinimumOrderQuantity"/>, <see cref="WithOrderMultiple"/>,
/// <see cref="WithMaximumOrderQuantity"/>) are collected, not applied one after the other: minimums combine by the
/// largest, multiples by their least common multiple, maximums by the smallest, and <see cref="Quantity"/> is then
/// computed once from <see cref="UnconstrainedQuantity"/>: raised to the minimum, rounded up to the multiple, and, above
/// the maximum, lowered to the largest multiple within it. So the order in which constraints are added never changes
/// the result. When the maximum leaves no multiple at or above the minimum, nothing is ordered and
/// <see cref="BindingConstraints"/> reports <see cref="OrderConstraints.Conflict"/>.
/// </para>
/// <para><c>default</c> is "no decision": quantity 0, reason <see cref="ReplenishmentReason.Unspecified"/>.</para>
/// </remarks>
public readonly record struct ReplenishmentDecision
{
    // Constraints are collected, not applied one by one: the quantity is computed once from all of them when the
    // decision is built (so a decision that does not order costs nothing more, and a caller reads one field). 0 stands
    // for "none" in all three, so that `default` has no constraint; the maximum is stored plus one.
    private readonly long _quantity;
    private readonly long _minimum;
    private readonly long _multiple;
    private readonly long _maximumPlusOne;
    private readonly double _triggerLevel;
    private readonly double _target;

    /// <summary>
    /// Creates a decision without constraints; the levels the rule compared are set by name (<see cref="TriggerLevel"/>,
    /// <see cref="Target"/>, both 0 by default), so that the two cannot be swapped.
    /// </summary>
    /// <param name="quantity">Units to order, 0 for none.</param>
    /// <param name="reason">The rule that fired; a library value or a custom code from <see cref="ReplenishmentReason.Custom"/> up.</param>
    /// <param name="position">The inventory position the rule looked at.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReplenishmentDecision(long quantity, ReplenishmentReason reason, long position)
    {
        if (quantity < 0)
        {
            Guard.NotNegative(quantity);
        }

        UnconstrainedQuantity = quantity;
        _quantity = quantity;
        Reason = reason;
        Position = position;
    }

    /// <summary>
    /// A built-in policy's decision with whole-unit levels (always finite, so nothing is checked on the hot path) and the
    /// constraints already collected: one construction instead of one per constraint.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReplenishmentDecision(long quantity, ReplenishmentReason reason, long position, long triggerLevel, long target, OrderBounds bounds = default)
    {
        UnconstrainedQuantity = quantity;
        Reason = reason;
        Position = position;
        _triggerLevel = triggerLevel;
        _target = target;
        _minimum = bounds.Minimum;
        _multiple = bounds.Multiple;
        _maximumPlusOne = bounds.MaximumPlusOne;
        _quantity = Constrained(quantity, bounds.Minimum, bounds.Multiple, bounds.MaximumPlusOne);
    }

    /// <summary>A built-in policy's decision with fractional levels (checked finite) and the constraints already collected.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReplenishmentDecision(long quantity, ReplenishmentReason reason, long position, double triggerLevel, double target, OrderBounds bounds = default)
        : this(quantity, Constrained(quantity, bounds.Minimum, bounds.Multiple, bounds.MaximumPlusOne), reason, position, triggerLevel, target, bounds)
    {
    }

    /// <summary>
    /// A built-in policy's decision with fractional levels (checked finite), the constraints already collected and the
    /// constrained quantity computed by the policy (equal to what the constraints give; see <see cref="DaysOfCoverPolicy"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReplenishmentDecision(long quantity, long constrainedQuantity, ReplenishmentReason reason, long position, double triggerLevel, double target, OrderBounds bounds)
    {
        System.Diagnostics.Debug.Assert(constrainedQuantity == Constrained(quantity, bounds.Minimum, bounds.Multiple, bounds.MaximumPlusOne), "The policy's quantity is the constraints' quantity.");
        UnconstrainedQuantity = quantity;
        _quantity = constrainedQuantity;
        Reason = reason;
        Position = position;
        TriggerLevel = triggerLevel;
        Target = target;
        _minimum = bounds.Minimum;
        _multiple = bounds.Multiple;
        _maximumPlusOne = bounds.MaximumPlusOne;
    }

    /// <summary>A copy of <paramref name="from"/> with the given bounds, stored as they are (a multiple of 1 is stored as 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReplenishmentDecision(in ReplenishmentDecision from, long minimum, long multiple, long maximumPlusOne)
    {
        UnconstrainedQuantity = from.UnconstrainedQuantity;
        Reason = from.Reason;
        Position = from.Position;
        _triggerLevel = from._triggerLevel;
        _target = from._target;
        _minimum = minimum;
        _multiple = multiple;
        _maximumPlusOne = maximumPlusOne;
        _quantity = Constrained(from.UnconstrainedQuantity, minimum, multiple, maximumPlusOne);
    }

    /// <summary>Units to order after the constraints; 0 means no order. Computed once, when the decision is built.</summary>
    public long Quantity
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _quantity;
    }

    /// <summary>Whether anything is ordered.</summary>
    public bool IsOrder => Quantity > 0;

    /// <summary>The rule that fired.</summary>
    public ReplenishmentReason Reason { get; }

    /// <summary>The inventory position the rule looked at.</summary>
    public long Position { get; }

    /// <summary>The level at or below which the rule orders; finite.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is infinite or NaN.</exception>
    public double TriggerLevel
    {
        get => _triggerLevel;
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        init
        {
            if (!double.IsFinite(value))
            {
                Guard.ThrowNotFinite(value, nameof(TriggerLevel));
            }

            _triggerLevel = value;
        }
    }

    /// <summary>The position the rule aims for; finite.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The position is infinite or NaN.</exception>
    public double Target
    {
        get => _target;
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        init
        {
            if (!double.IsFinite(value))
            {
                Guard.ThrowNotFinite(value, nameof(Target));
            }

            _target = value;
        }
    }

    /// <summary>The quantity the rule asked for before any constraint.</summary>
    public long UnconstrainedQuantity { get; }

    /// <summary>The minimum order quantity; 0 when there is none.</summary>
    public long MinimumOrderQuantity => _minimum;

    /// <summary>The order multiple (case pack); 1 when there is none.</summary>
    public long OrderMultiple => _multiple == 0 ? 1 : _multiple;

    /// <summary>The maximum order quantity, or null when there is none.</summary>
    public long? MaximumOrderQuantity => _maximumPlusOne == 0 ? null : _maximumPlusOne - 1;

    /// <summary>The constraints that are set.</summary>
    public OrderConstraints Constraints =>
        (MinimumOrderQuantity > 0 ? OrderConstraints.MinimumOrderQuantity : OrderConstraints.None)
        | (_multiple > 1 ? OrderConstraints.OrderMultiple : OrderConstraints.None)
        | (_maximumPlusOne != 0 ? OrderConstraints.MaximumOrderQuantity : OrderConstraints.None);

    /// <summary>The constraints that changed the quantity (with <see cref="OrderConstraints.Conflict"/> when they cannot all be met).</summary>
    public OrderConstraints BindingConstraints
    {
        get
        {
            Constrain(UnconstrainedQuantity, _minimum, OrderMultiple, MaximumOrderQuantity, out var binding);
            return binding;
        }
    }

    /// <summary>Adds a minimum order quantity: a positive order below it is raised to it.</summary>
    /// <param name="minimum">The minimum, not negative (0 adds nothing).</param>
    /// <returns>The constrained decision; the larger minimum wins when one is already set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is negative.</exception>
    /// <exception cref="OverflowException">The constrained quantity (rounded up to a multiple already set) exceeds <see cref="long.MaxValue"/>.</exception>
    public ReplenishmentDecision WithMinimumOrderQuantity(long minimum) =>
        new(this, Math.Max(_minimum, Guard.NotNegative(minimum)), _multiple, _maximumPlusOne);

    /// <summary>Adds an order multiple (a case pack): a positive order is rounded up to a multiple of it.</summary>
    /// <param name="multiple">The multiple, greater than zero (1 adds nothing).</param>
    /// <returns>The constrained decision; with a multiple already set, orders become multiples of both (their least common multiple).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiple"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">The least common multiple, or the quantity rounded up to it, exceeds <see cref="long.MaxValue"/>.</exception>
    public ReplenishmentDecision WithOrderMultiple(long multiple) =>
        new(this, _minimum, LeastCommonMultiple(OrderMultiple, Guard.Positive(multiple)), _maximumPlusOne);

    /// <summary>Adds the collected bounds of a chain of the library's decorators (see <see cref="OrderBounds.Fuse"/>).</summary>
    /// <exception cref="OverflowException">The least common multiple of the multiples, or the quantity rounded up to it, exceeds <see cref="long.MaxValue"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReplenishmentDecision Within(in OrderBounds bounds) =>
        (_minimum | _multiple | _maximumPlusOne) == 0
            ? new(this, bounds.Minimum, bounds.Multiple, bounds.MaximumPlusOne)
            : new(this, Math.Max(_minimum, bounds.Minimum), bounds.Multiple == 0 ? _multiple : LeastCommonMultiple(OrderMultiple, bounds.Multiple),
                OrderBounds.SmallerMaximumPlusOne(_maximumPlusOne, bounds.MaximumPlusOne));

    /// <summary>Adds a maximum order quantity: an order above it is lowered to the largest multiple within it.</summary>
    /// <param name="maximum">The maximum, not negative (0 forbids ordering; <see cref="long.MaxValue"/> adds nothing).</param>
    /// <returns>The constrained decision; the smaller maximum wins when one is already set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is negative.</exception>
    /// <exception cref="OverflowException">The quantity rounded up to the multiple, before the maximum lowers it, exceeds <see cref="long.MaxValue"/>.</exception>
    public ReplenishmentDecision WithMaximumOrderQuantity(long maximum)
    {
        Guard.NotNegative(maximum);
        var plusOne = maximum == long.MaxValue ? 0 : maximum + 1;
        return new(this, _minimum, _multiple, OrderBounds.SmallerMaximumPlusOne(_maximumPlusOne, plusOne));
    }

    /// <summary>The decision in words, with its numbers, for a seller who wants to know why.</summary>
    /// <returns>Invariant-culture text, e.g. <c>Order 30: position 10 is at or below the minimum 10; ordering up to the maximum 40.</c></returns>
    public string Explain()
    {
        var u = UnconstrainedQuantity;
        var text = new StringBuilder(Reason switch
        {
            ReplenishmentReason.PositionAboveReorderPoint => Guard.Format("No order: position {0} is above the reorder point {1}.", Position, TriggerLevel),
            ReplenishmentReason.ReorderPointReached => Guard.Format("Order {0}: position {1} is at or below the reorder point {2}; whole lots lift it to {3}, above the reorder point.", u, Position, TriggerLevel, Target),
            ReplenishmentReason.ReorderLevelInactive => "No order: the reorder level and the reorder quantity are both 0, so the rule is inactive.",
            ReplenishmentReason.PositionAboveReorderLevel => Guard.Format("No order: position {0} is above the reorder level {1}.", Position, TriggerLevel),
            ReplenishmentReason.ReorderLevelReached => Guard.Format("Order {0}: position {1} is at or below the reorder level {2}; the larger of the reorder quantity and the shortfall to the level lifts it to {3}.", u, Position, TriggerLevel, Target),
            ReplenishmentReason.PositionAboveMinimum => Guard.Format("No order: position {0} is above the minimum {1}.", Position, TriggerLevel),
            ReplenishmentReason.MinimumReached => Guard.Format("Order {0}: position {1} is at or below the minimum {2}; ordering up to the maximum {3}.", u, Position, TriggerLevel, Target),
            ReplenishmentReason.NotAReviewDay => Guard.Format("No order: not a review day (position {0}, order-up-to level {1}).", Position, Target),
            ReplenishmentReason.ReviewPositionAtOrAboveTarget => Guard.Format("No order: review day, and position {0} is already at or above the order-up-to level {1}.", Position, Target),
            ReplenishmentReason.ReviewOrderUpToTarget => Guard.Format("Order {0}: review day, and position {1} is below the order-up-to level {2}.", u, Position, Target),
            ReplenishmentReason.NoUnitsSold => Guard.Format("No order: nothing was sold since the last decision (position {0}).", Position),
            ReplenishmentReason.ReplaceUnitsSold => Guard.Format("Order {0}: one for one, the {0} units sold are ordered again (position {1}).", u, Position),
            ReplenishmentReason.CoverSufficient => Guard.Format("No order: position {0} covers the target {1} (cover days x daily sales).", Position, Target),
            ReplenishmentReason.CoverShortfall => Guard.Format("Order {0}: position {1} falls short of the target {2} (cover days x daily sales); the shortfall is rounded up to whole units.", u, Position, Target),
            _ => Guard.Format("{0} {1}: reason {2} (position {3}, trigger level {4}, target {5}).", u > 0 ? "Order" : "No order", u, Reason, Position, TriggerLevel, Target),
        });

        var binding = BindingConstraints;
        if (binding.HasFlag(OrderConstraints.Conflict))
        {
            text.Append(Guard.Format(" No order after constraints: no multiple of {0} lies between the minimum order quantity {1} and the maximum {2}.",
                OrderMultiple, MinimumOrderQuantity, MaximumOrderQuantity));
        }
        else if (binding != OrderConstraints.None)
        {
            text.Append(Guard.Format(" Order {0} after constraints:", Quantity));
            var first = true;
            void Part(string part)
            {
                text.Append(first ? " " : "; ").Append(part);
                first = false;
            }

            if (binding.HasFlag(OrderConstraints.MinimumOrderQuantity))
            {
                Part(Guard.Format("raised to the minimum order quantity {0}", MinimumOrderQuantity));
            }

            if (binding.HasFlag(OrderConstraints.OrderMultiple))
            {
                Part(Guard.Format("rounded up to a multiple of {0}", OrderMultiple));
            }

            if (binding.HasFlag(OrderConstraints.MaximumOrderQuantity))
            {
                Part(Guard.Format("lowered to the maximum {0}", MaximumOrderQuantity));
            }

            text.Append('.');
        }

        return text.ToString();
    }

    /// <summary>The same as <see cref="Explain"/>.</summary>
    public override string ToString() => Explain();

    /// <summary>
    /// The quantity from the requested one (never negative) and the constraints: the requested quantity itself when it
    /// is 0 or there is no constraint, else raised, rounded and capped.
    /// </summary>
    /// <remarks>
    /// Both shortcuts fold away when the JIT inlines a policy with two branches (order, no order): the branch that does
    /// not order (requested 0) reads no bound, and a bare policy (bounds 0) tests nothing. A policy that builds one
    /// decision for both cases pays a branch on the request here when it has bounds; days of cover, which decides without
    /// a branch, computes its constrained quantity itself (<see cref="DaysOfCoverPolicy"/>).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Constrained(long requested, long minimum, long multiple, long maximumPlusOne)
    {
        System.Diagnostics.Debug.Assert(requested >= 0, "The requested quantity is never negative.");
        return requested == 0 || (minimum | multiple | maximumPlusOne) == 0 ? requested
            : maximumPlusOne != 0 ? WithinMaximum(requested, minimum, multiple, maximumPlusOne)
            : RoundedUp(requested, minimum, multiple);
    }

    /// <summary>
    /// The quantity when a maximum is set, out of line (the rarer path): the fields by value, so that no decision's address
    /// is taken and the JIT can keep a decision in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long WithinMaximum(long requested, long minimum, long multiple, long maximumPlusOne) =>
        Constrain(requested, minimum, multiple == 0 ? 1 : multiple, maximumPlusOne - 1, out _);

    /// <summary>The one place where constraints turn a requested quantity into an order.</summary>
    internal static long Constrain(long requested, long minimum, long multiple, long? maximum, out OrderConstraints binding)
    {
        binding = OrderConstraints.None;
        if (requested <= 0)
        {
            return 0;
        }

        var atLeast = requested;
        if (requested < minimum)
        {
            atLeast = minimum;
            binding |= OrderConstraints.MinimumOrderQuantity;
        }

        var quantity = atLeast;
        // A 32-bit remainder where the numbers allow it: a 64-bit division costs several times more.
        var remainder = unchecked((ulong)atLeast <= uint.MaxValue && (ulong)multiple <= uint.MaxValue ? (uint)atLeast % (uint)multiple : atLeast % multiple);
        if (remainder != 0)
        {
            quantity = checked(atLeast + (multiple - remainder));
            binding |= OrderConstraints.OrderMultiple;
        }

        if (maximum is { } max && quantity > max)
        {
            binding |= OrderConstraints.MaximumOrderQuantity;
            quantity = max - (max % multiple);
            if (quantity < minimum || quantity == 0)
            {
                binding = minimum > 0 && quantity < minimum ? binding | OrderConstraints.Conflict : binding;
                quantity = 0;
            }
        }

        return quantity;
    }

    /// <summary>
    /// <see cref="Constrain"/> without a maximum for a positive request (the hot path of case pack and MOQ): raised to the
    /// minimum, rounded up to the multiple (0 = none). A request of 0 must not come here (it would be raised to the
    /// minimum): <see cref="Constrained"/> returns it first. No branch depends on the data while the numbers stay below
    /// 2³¹: whether a row has a MOQ or a pack varies from SKU to SKU, and a mispredicted branch costs more than the
    /// division by 1 it would save.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long RoundedUp(long requested, long minimum, long multiple)
    {
        if (unchecked((ulong)(requested | minimum | multiple)) <= int.MaxValue)
        {
            unchecked
            {
                // All three in [0, 2³¹): max(requested, minimum) and max(multiple, 1) by masks, then ⌈q / k⌉ × k with a
                // 32-bit division (q + k − 1 < 2³²), cheaper than a 64-bit one.
                var atLeast = requested - ((requested - minimum) & ((requested - minimum) >> 63));
                var pack = OrderBounds.Divisor(multiple);
                return (long)((uint)(atLeast + pack - 1) / (uint)pack) * pack;
            }
        }

        var least = Math.Max(requested, minimum);
        var by = Math.Max(multiple, 1);
        var rest = least % by;
        return rest == 0 ? least : checked(least + (by - rest));
    }

    /// <summary>The least common multiple of two multiples (1 = none) in the stored form: 0 when it is 1.</summary>
    private static long LeastCommonMultiple(long a, long b) =>
        OrderBounds.TryLeastCommonMultiple(a == 1 ? 0 : a, b == 1 ? 0 : b, out var multiple) ? multiple : throw new OverflowException();
}
