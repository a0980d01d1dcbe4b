using System.Buffers;
using System.Runtime.CompilerServices;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// The plan of a book under first-come allocation (<see cref="FirstComeAllocation"/>, or a
/// <see cref="ReservedShareAllocation"/> without shares, which allocates the same way), worked out booking by booking
/// instead of day by day, and kept between calls so that a new booking is planned against what the earlier ones left.
/// </summary>
/// <remarks>
/// <para>
/// <b>Why booking by booking gives the same plan.</b> Each working day first-come gives the day's capacity to the
/// bookings taking part in arrival order, each up to what it still has to make. What booking k gets on a day therefore
/// depends only on the bookings that arrived before it: min(its units left, the capacity those left free that day).
/// Planning the bookings one after the other in arrival order, each taking from its first working day on or after its
/// earliest start what the earlier ones left free, gives every booking the same units on the same days. A booking that
/// still has units left at the horizon is the first one (in arrival order) that the day-by-day plan would find
/// unfinished, with the same units left, so the same refusal is raised.
/// </para>
/// <para>
/// <b>Kept between calls.</b> A plan's capacity left per working day (and the next working day with capacity left,
/// with path halving, so that full days are skipped) is attached to the promise array of the plan it belongs to. A
/// book replaces that array whenever its bookings change, and never changes an array it has made, so the state of an
/// array can never be stale: it is invalidated by construction. A new booking (a quote, a what-if, a booking) is
/// planned on a copy of the state of the book's current plan: its cost is the working days it walks, plus copying the
/// promise array and the state. When no state is attached, or a new booking starts before the book's earliest start
/// (the horizon would move), or anything would be refused, the whole plan is worked out again, which raises exactly
/// the refusal the day-by-day plan raises.
/// </para>
/// </remarks>
internal sealed class FirstComePlanner
{
    private static readonly ConditionalWeakTable<CapacityPromise[], FirstComePlanner> States = new();

    private readonly ProductionCapacity _capacity;
    private readonly WorkingDayIndex _index;
    private readonly int[] _free;
    private readonly int[] _next;

    private FirstComePlanner(ProductionCapacity capacity, WorkingDayIndex index)
    {
        _capacity = capacity;
        _index = index;
        _free = new int[index.Count];
        Array.Fill(_free, capacity.UnitsPerWorkingDay);
        _next = new int[index.Count + 1];
        for (var w = 0; w < _next.Length; w++)
        {
            _next[w] = w;
        }
    }

    private FirstComePlanner(FirstComePlanner from)
    {
        _capacity = from._capacity;
        _index = from._index;
        _free = (int[])from._free.Clone();
        _next = (int[])from._next.Clone();
    }

    /// <summary>Whether <paramref name="rule"/> allocates first-come (so this planner gives its plan).</summary>
    internal static bool Handles(ICapacityAllocationRule rule) =>
        rule is FirstComeAllocation || (rule is ReservedShareAllocation reserved && reserved.Shares.Count == 0);

    /// <summary>The whole first-come plan of <paramref name="bookings"/> (at least one), refused as the day-by-day plan refuses it.</summary>
    internal static CapacityPromise[] Plan(ProductionCapacity capacity, IReadOnlyList<CapacityBooking> bookings, string paramName)
    {
        var origin = bookings[0].EarliestStart;
        for (var b = 1; b < bookings.Count; b++)
        {
            if (bookings[b].EarliestStart < origin)
            {
                origin = bookings[b].EarliestStart;
            }
        }

        var state = new FirstComePlanner(capacity, new WorkingDayIndex(capacity.Calendar, origin));
        var days = new ProductionDay[bookings.Count][];
        var completions = new int[bookings.Count];
        var ordinals = ArrayPool<int>.Shared.Rent(state._index.Count);
        var units = ArrayPool<int>.Shared.Rent(state._index.Count);
        try
        {
            for (var b = 0; b < bookings.Count; b++)
            {
                var left = state.Take(bookings[b], ordinals, units, out days[b], out completions[b]);
                if (left > 0)
                {
                    throw CapacityPlanner.BeyondHorizon(bookings, b, left, origin, paramName);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ordinals);
            ArrayPool<int>.Shared.Return(units);
        }

        // Ready dates once every booking is planned, in arrival order (as the day-by-day plan works them out).
        var promises = new CapacityPromise[bookings.Count];
        for (var b = 0; b < bookings.Count; b++)
        {
            promises[b] = new CapacityPromise(bookings[b], b, days[b], state._index.ReadyDate(completions[b], capacity.FinishingWorkingDays));
        }

        States.AddOrUpdate(promises, state);
        return promises;
    }

    /// <summary>
    /// The plan of a book whose plan is <paramref name="plan"/> with <paramref name="added"/> booked after it, planned
    /// on a copy of the state kept for <paramref name="plan"/>; null when that is not possible without a refusal or a
    /// moved horizon (the caller then plans everything again).
    /// </summary>
    internal static CapacityPromise[]? TryAppend(ProductionCapacity capacity, CapacityPromise[] plan, IReadOnlyList<CapacityBooking> added)
    {
        if (plan.Length == 0 || !States.TryGetValue(plan, out var kept) || !ReferenceEquals(kept._capacity, capacity))
        {
            return null;
        }

        var state = new FirstComePlanner(kept);
        var index = state._index;
        var days = new ProductionDay[added.Count][];
        var completions = new int[added.Count];
        var ordinals = ArrayPool<int>.Shared.Rent(index.Count);
        var units = ArrayPool<int>.Shared.Rent(index.Count);
        try
        {
            for (var a = 0; a < added.Count; a++)
            {
                if (added[a].EarliestStart < index.Origin
                    || state.Take(added[a], ordinals, units, out days[a], out completions[a]) > 0
                    || !index.ReadyWithin(completions[a], capacity.FinishingWorkingDays))
                {
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ordinals);
            ArrayPool<int>.Shared.Return(units);
        }

        // The earlier bookings keep their promises: under first-come a later booking never moves them.
        var promises = new CapacityPromise[plan.Length + added.Count];
        Array.Copy(plan, promises, plan.Length);
        for (var a = 0; a < added.Count; a++)
        {
            promises[plan.Length + a] = new CapacityPromise(added[a], plan.Length + a, days[a], index.ReadyDate(completions[a], capacity.FinishingWorkingDays));
        }

        States.AddOrUpdate(promises, state);
        return promises;
    }

    /// <summary>
    /// Gives <paramref name="booking"/> what the bookings before it left, working day by working day from its earliest
    /// start, until it is made or the horizon ends; returns the units it still has to make (0 when made).
    /// </summary>
    private int Take(CapacityBooking booking, int[] ordinals, int[] units, out ProductionDay[] days, out int completion)
    {
        var left = booking.Units;
        var count = 0;
        var w = Find(_index.FirstOnOrAfter(booking.EarliestStart));
        while (left > 0 && w < _free.Length)
        {
            var take = Math.Min(left, _free[w]);
            _free[w] -= take;
            left -= take;
            ordinals[count] = w;
            units[count++] = take;
            if (_free[w] == 0)
            {
                _next[w] = w + 1;
                w = Find(w + 1);
            }
        }

        completion = count == 0 ? -1 : ordinals[count - 1];
        if (left > 0)
        {
            days = [];
            return left;
        }

        days = new ProductionDay[count];
        for (var i = 0; i < count; i++)
        {
            days[i] = new ProductionDay(_index.Dates[ordinals[i]], units[i]);
        }

        return 0;
    }

    /// <summary>The first working day on or after ordinal <paramref name="w"/> with capacity left (path halving).</summary>
    private int Find(int w)
    {
        while (_next[w] != w)
        {
            _next[w] = _next[_next[w]];
            w = _next[w];
        }

        return w;
    }
}
