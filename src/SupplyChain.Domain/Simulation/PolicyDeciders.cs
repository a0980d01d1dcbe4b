using System.Runtime.CompilerServices;
using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The deciders of the simulation's day step: how it calls the policy, as struct type arguments (so the JIT compiles the
/// day step once per policy type, with the rule inlined).
/// </summary>
internal static class PolicyDeciders
{
    /// <summary>
    /// How the day step calls the policy: the order quantity (the decision's <see cref="ReplenishmentDecision.Quantity"/>)
    /// for the net stock, the units on order (position p = net + on order), the day's date and the units sold. The day step
    /// calls it exactly once a day, in order, so a decider may count days.
    /// </summary>
    internal interface IPolicyDecider
    {
        /// <summary>Whether the decider reads the date (when false, <c>default</c> is passed and no date is computed).</summary>
        bool NeedsDate { get; }

        long Decide(int net, int onOrder, LocalDate date, int unitsSold);
    }

    /// <summary>Any policy, through <see cref="IReplenishmentPolicy"/> with a full position and context.</summary>
    internal readonly struct InterfaceDecider : IPolicyDecider
    {
        private readonly IReplenishmentPolicy _policy;
        private readonly double _dailyDemand;
        private readonly double _leadTimeDays;

        internal InterfaceDecider(IReplenishmentPolicy policy, double dailyDemand, double leadTimeDays)
        {
            // The public constructor checks the demand and the lead time once (the same exceptions as before, when every
            // day's context was built that way); Decide then builds each day's context with the trusted constructor.
            _ = new ReplenishmentContext(default, dailyDemand) { LeadTimeDays = leadTimeDays };
            _policy = policy;
            _dailyDemand = dailyDemand;
            _leadTimeDays = leadTimeDays;
        }

        public bool NeedsDate => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Decide(int net, int onOrder, LocalDate date, int unitsSold)
        {
            // Trusted constructors: the day step's figures are never negative (net is split into on hand and backorders)
            // and the demand and lead time were checked when the SKU was built.
            var position = new InventoryPosition(net > 0 ? net : 0, onOrder, net < 0 ? -net : 0);
            var context = new ReplenishmentContext(date, _dailyDemand, _leadTimeDays, unitsSold);
            return _policy.Decide(in position, in context).Quantity;
        }
    }

    // The built-in policies' rules applied to integers, without building a position, a context and a 72-byte decision a
    // day. Each gives the quantity of the policy's Decide for the same position (SimulatorFastPathTests runs every one
    // against the interface path, day by day). None reads the date: the periodic review counts days instead.

    /// <summary>
    /// <see cref="MinMaxPolicy"/>: S − p when p ≤ s; also <see cref="BaseStockPolicy"/>, whose "S − p when p &lt; S" is
    /// the same rule with s = S − 1 for whole-unit positions.
    /// </summary>
    internal readonly struct MinMaxDecider(long minimum, long maximum) : IPolicyDecider
    {
        internal MinMaxDecider(MinMaxPolicy policy)
            : this(policy.Minimum, policy.Maximum)
        {
        }

        internal MinMaxDecider(BaseStockPolicy policy)
            : this(policy.Level - 1L, policy.Level)
        {
        }

        public bool NeedsDate => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Decide(int net, int onOrder, LocalDate date, int unitsSold)
        {
            var position = (long)net + onOrder;
            return position > minimum ? 0 : maximum - position;
        }
    }

    /// <summary><see cref="ReorderPointPolicy"/>: (⌊(r − p)/Q⌋ + 1)·Q when p ≤ r.</summary>
    internal readonly struct ReorderPointDecider(ReorderPointPolicy policy) : IPolicyDecider
    {
        private readonly int _reorderPoint = policy.ReorderPoint;
        private readonly int _lotSize = policy.LotSize;

        public bool NeedsDate => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Decide(int net, int onOrder, LocalDate date, int unitsSold)
        {
            var position = (long)net + onOrder;
            if (position > _reorderPoint)
            {
                return 0;
            }

            // r − p ≥ 0; a 32-bit division where it fits (a 64-bit one costs several times more), the same quotient.
            var gap = _reorderPoint - position;
            var lots = gap <= int.MaxValue ? (int)gap / _lotSize : gap / _lotSize;
            return checked((lots + 1) * _lotSize);
        }
    }

    /// <summary><see cref="ReorderLevelPolicy"/>: max(quantity, level − p) when active and p ≤ level.</summary>
    internal readonly struct ReorderLevelDecider(ReorderLevelPolicy policy) : IPolicyDecider
    {
        // An inactive rule never orders: its level is taken as below every position.
        private readonly long _level = policy.IsActive ? policy.ReorderLevel : long.MinValue;
        private readonly long _quantity = policy.ReorderQuantity;

        public bool NeedsDate => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Decide(int net, int onOrder, LocalDate date, int unitsSold)
        {
            var position = (long)net + onOrder;
            return position > _level ? 0 : Math.Max(_quantity, _level - position);
        }
    }

    /// <summary><see cref="JustInTimePolicy"/>: the units sold.</summary>
    internal readonly struct JustInTimeDecider : IPolicyDecider
    {
        public bool NeedsDate => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Decide(int net, int onOrder, LocalDate date, int unitsSold) => unitsSold;
    }

    /// <summary><see cref="DaysOfCoverPolicy"/>: the whole units short of cover days × the model's mean daily demand (the context's daily demand), computed once.</summary>
    internal readonly struct DaysOfCoverDecider(double target) : IPolicyDecider
    {
        public bool NeedsDate => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Decide(int net, int onOrder, LocalDate date, int unitsSold) =>
            DaysOfCoverPolicy.WholeUnitsShort(target, (long)net + onOrder);
    }

    /// <summary>
    /// <see cref="PeriodicReviewPolicy"/>: S − p when p &lt; S on a review day. The review days are counted, not computed
    /// from dates: the calendar repeats every n days (every n days) or every week (weekdays), so the decider keeps the day's
    /// phase in that cycle, set once from the first day's date, and moves it on by one a call.
    /// </summary>
    internal struct PeriodicReviewDecider : IPolicyDecider
    {
        private readonly long _orderUpTo;
        private readonly int _cycle;
        private readonly int _reviewMask;   // weekly: bit k set when phase k (0 = Monday) is a review day; every n days: bit 0
        private int _phase;

        internal PeriodicReviewDecider(PeriodicReviewPolicy policy, LocalDate firstDay)
        {
            _orderUpTo = policy.OrderUpTo;
            var (everyDays, firstDayNumber, weekdayMask) = policy.Calendar.Rule;
            if (everyDays == 0)
            {
                _cycle = 7;
                _reviewMask = weekdayMask >> 1;
                _phase = (int)firstDay.DayOfWeek - 1;
            }
            else
            {
                // The calendar's test (day number − first) mod n = 0, as a phase in [0, n).
                _cycle = everyDays;
                _reviewMask = 1;
                var phase = (firstDay.ToDateOnly().DayNumber - firstDayNumber) % everyDays;
                _phase = phase < 0 ? phase + everyDays : phase;
            }
        }

        public readonly bool NeedsDate => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Decide(int net, int onOrder, LocalDate date, int unitsSold)
        {
            var phase = _phase;
            _phase = phase + 1 == _cycle ? 0 : phase + 1;
            var position = (long)net + onOrder;
            var review = phase < 7 && ((_reviewMask >> phase) & 1) != 0;
            return review && position < _orderUpTo ? _orderUpTo - position : 0;
        }
    }

    /// <summary>
    /// A built-in policy inside the built-in order constraints (<see cref="CasePackConstraint"/>,
    /// <see cref="MinimumOrderQuantityConstraint"/>, <see cref="MaximumOrderQuantityConstraint"/>,
    /// <see cref="CapacityConstraint"/>, in any order and number): the decision records the constraints and applies them
    /// once when its quantity is read, so the chain is the largest minimum, the least common multiple of the multiples, the
    /// smallest maximum and the smallest capacity (its maximum max(0, capacity − p) falls with the capacity), applied to the
    /// inner policy's quantity by <see cref="ReplenishmentDecision"/>'s own rule.
    /// </summary>
    internal struct ConstrainedDecider<TInner> : IPolicyDecider
        where TInner : struct, IPolicyDecider
    {
        private readonly long _minimum;
        private readonly long _multiple;
        private readonly long _maximum;     // long.MaxValue: none
        private readonly long _capacity;    // long.MaxValue: none
        private TInner _inner;

        internal ConstrainedDecider(TInner inner, in OrderConstraintChain chain)
        {
            _inner = inner;
            _minimum = chain.Minimum;
            _multiple = chain.Multiple;
            _maximum = chain.Maximum;
            _capacity = chain.Capacity;
        }

        public readonly bool NeedsDate => _inner.NeedsDate;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Decide(int net, int onOrder, LocalDate date, int unitsSold)
        {
            var requested = _inner.Decide(net, onOrder, date, unitsSold);
            if (requested <= 0)
            {
                return 0;
            }

            var maximum = _maximum;
            if (_capacity != long.MaxValue)
            {
                maximum = Math.Min(maximum, Math.Max(0, _capacity - ((long)net + onOrder)));
            }

            return ReplenishmentDecision.Constrain(requested, _minimum, _multiple, maximum == long.MaxValue ? null : maximum, out _);
        }
    }

    /// <summary>A chain of built-in order constraints around a policy, flattened (see <see cref="ConstrainedDecider{TInner}"/>).</summary>
    internal readonly record struct OrderConstraintChain(IReplenishmentPolicy Inner, long Minimum, long Multiple, long Maximum, long Capacity)
    {
        /// <summary>Whether any constraint wraps the policy.</summary>
        internal bool IsConstrained => Minimum != 0 || Multiple != 1 || Maximum != long.MaxValue || Capacity != long.MaxValue;

        /// <summary>
        /// Peels the built-in constraints off <paramref name="policy"/>. False when the multiples' least common multiple
        /// overflows (the decision would throw at each call: left to the interface path).
        /// </summary>
        internal static bool TryFlatten(IReplenishmentPolicy policy, out OrderConstraintChain chain)
        {
            long minimum = 0, multiple = 1, maximum = long.MaxValue, capacity = long.MaxValue;
            while (true)
            {
                switch (policy)
                {
                    case CasePackConstraint c:
                        if (!TryLeastCommonMultiple(multiple, c.UnitsPerPack, out multiple))
                        {
                            chain = default;
                            return false;
                        }

                        policy = c.Policy;
                        continue;
                    case MinimumOrderQuantityConstraint c:
                        minimum = Math.Max(minimum, c.MinimumOrderQuantity);
                        policy = c.Policy;
                        continue;
                    case MaximumOrderQuantityConstraint c:
                        maximum = Math.Min(maximum, c.MaximumOrderQuantity);
                        policy = c.Policy;
                        continue;
                    case CapacityConstraint c:
                        capacity = Math.Min(capacity, c.Capacity);
                        policy = c.Policy;
                        continue;
                }

                chain = new(policy, minimum, multiple, maximum, capacity);
                return true;
            }
        }

        private static bool TryLeastCommonMultiple(long a, long b, out long multiple)
        {
            var (x, y) = (a, b);
            while (y != 0)
            {
                (x, y) = (y, x % y);
            }

            var quotient = a / x;
            multiple = quotient <= long.MaxValue / b ? quotient * b : 0;
            return multiple != 0;
        }
    }
}
