using System.Buffers;
using NodaTime;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// The day-by-day allocation of a capacity book (README "capacity-promise.json"): from the earliest start, on each
/// working day, the bookings taking part (on or after their earliest start, with units left) in arrival order get what
/// the rule gives them; unused capacity is lost.
/// </summary>
/// <remarks>
/// <para>
/// Under first-come allocation the plan is worked out booking by booking by <see cref="FirstComePlanner"/>, which gives
/// the same promises and keeps its state between calls (a new booking is planned against what the others left). Any
/// other rule is planned day by day here.
/// </para>
/// <para>
/// Work is bounded by <see cref="CapacityBook.MaxPlanningDays"/> × the bookings taking part. The days are the working
/// days of a <see cref="WorkingDayIndex"/> built once per plan (no calendar test per day; ready dates are look-ups).
/// The day loop allocates nothing: the claims, units and active lists are sized once per plan (the two that would
/// reach the large-object heap are rented from the shared array pool); only the production entries grow.
/// </para>
/// </remarks>
internal static class CapacityPlanner
{
    /// <summary>
    /// The plan of a book holding <paramref name="existing"/> (planned as <paramref name="existingPlan"/>) with
    /// <paramref name="added"/> booked after them: incrementally under first-come when the book's plan state allows,
    /// otherwise the whole plan again.
    /// </summary>
    internal static CapacityPromise[] PlanAppended(
        ProductionCapacity capacity, ICapacityAllocationRule rule, IReadOnlyList<CapacityBooking> existing, CapacityPromise[] existingPlan, IReadOnlyList<CapacityBooking> added, string paramName)
    {
        if (FirstComePlanner.Handles(rule) && existingPlan.Length == existing.Count
            && FirstComePlanner.TryAppend(capacity, existingPlan, added) is { } appended)
        {
            return appended;
        }

        var all = new List<CapacityBooking>(existing.Count + added.Count);
        all.AddRange(existing);
        all.AddRange(added);
        return Plan(capacity, rule, all, paramName);
    }

    internal static CapacityPromise[] Plan(ProductionCapacity capacity, ICapacityAllocationRule rule, IReadOnlyList<CapacityBooking> bookings, string paramName)
    {
        var n = bookings.Count;
        if (n == 0)
        {
            return [];
        }

        if (FirstComePlanner.Handles(rule))
        {
            return FirstComePlanner.Plan(capacity, bookings, paramName);
        }

        var perDay = capacity.UnitsPerWorkingDay;
        var remaining = new int[n];
        var starts = new int[n];
        var byStart = new int[n];
        var first = bookings[0].EarliestStart;
        for (var b = 0; b < n; b++)
        {
            remaining[b] = bookings[b].Units;
            byStart[b] = b;
            if (bookings[b].EarliestStart < first)
            {
                first = bookings[b].EarliestStart;
            }
        }

        // Each booking's start as the ordinal of its first working day on or after its earliest start (the index's
        // count when none is within the horizon): a booking takes part from that working day on.
        var index = new WorkingDayIndex(capacity.Calendar, first);
        var horizon = index.Count;
        for (var b = 0; b < n; b++)
        {
            starts[b] = index.FirstOnOrAfter(bookings[b].EarliestStart);
        }

        // Bookings in order of start, then arrival (a stable order), to let them in as their day comes. Books usually
        // receive bookings in start order already, so the sort runs only when they do not.
        var ordered = true;
        for (var b = 1; b < n && ordered; b++)
        {
            ordered = starts[b - 1] <= starts[b];
        }

        if (!ordered)
        {
            Array.Sort(byStart, (x, y) => starts[x] != starts[y] ? starts[x].CompareTo(starts[y]) : x.CompareTo(y));
        }

        // For the built-in reserved-share rule, each booking's place in its share table, looked up once per plan.
        var shareIndex = new int[n];
        var reserved = rule as ReservedShareAllocation;
        for (var b = 0; b < n; b++)
        {
            shareIndex[b] = reserved?.IndexOf(bookings[b].Seller) ?? AllocationClaim.NotIndexed;
        }

        var active = new int[n];
        var merged = new int[n];
        // The two buffers that reach the large-object heap on a big book (claims hold references; production entries
        // grow with the plan) are rented, so that a quote or what-if does not trigger full collections.
        var claims = ArrayPool<AllocationClaim>.Shared.Rent(n);
        var produced = ArrayPool<(int Booking, int Day, int Units)>.Shared.Rent(n);
        var producedCount = 0;
        try
        {
            var units = new int[n];
            var activeCount = 0;
            var next = 0;
            var done = 0;
            var w = starts[byStart[0]];
            while (true)
            {
                if (activeCount == 0 && starts[byStart[next]] > w)
                {
                    w = starts[byStart[next]];
                }

                if (w >= horizon)
                {
                    throw BeyondHorizon(bookings, remaining, first, paramName);
                }

                var day = index.Dates[w];

                // Let in the bookings whose start has come, keeping the active list in arrival order.
                var from = next;
                while (next < n && starts[byStart[next]] <= w)
                {
                    next++;
                }

                if (next > from)
                {
                    // Newcomers usually arrived after every active booking (the list is in arrival order): then they are
                    // appended; otherwise the two lists are merged and the claims rebuilt in the new order.
                    var incoming = byStart.AsSpan(from, next - from);
                    incoming.Sort();
                    if (activeCount == 0 || incoming[0] > active[activeCount - 1])
                    {
                        foreach (var b in incoming)
                        {
                            claims[activeCount] = new AllocationClaim(bookings[b], remaining[b], shareIndex[b]);
                            active[activeCount++] = b;
                        }
                    }
                    else
                    {
                        activeCount = Merge(active.AsSpan(0, activeCount), incoming, merged);
                        (active, merged) = (merged, active);
                        for (var i = 0; i < activeCount; i++)
                        {
                            claims[i] = new AllocationClaim(bookings[active[i]], remaining[active[i]], shareIndex[active[i]]);
                        }
                    }
                }

                var given = units.AsSpan(0, activeCount);
                given.Clear();
                rule.Allocate(day, perDay, claims.AsSpan(0, activeCount), given);

                // Checked while applied: a broken contract throws out of the plan, whose state is all local, so the
                // book is unchanged. Claims stay built between days: only a claim that got units (or moves up) is
                // built again.
                long total = 0;
                var kept = 0;
                for (var i = 0; i < activeCount; i++)
                {
                    var b = active[i];
                    if (given[i] != 0)
                    {
                        if (given[i] < 0 || given[i] > remaining[b])
                        {
                            throw BrokenContract(rule, day, Guard.Format("it gave {0} units to {1}", given[i], claims[i]));
                        }

                        total += given[i];
                        if (producedCount == produced.Length)
                        {
                            var bigger = ArrayPool<(int Booking, int Day, int Units)>.Shared.Rent(produced.Length * 2);
                            Array.Copy(produced, bigger, producedCount);
                            ArrayPool<(int Booking, int Day, int Units)>.Shared.Return(produced);
                            produced = bigger;
                        }

                        produced[producedCount++] = (b, w, given[i]);
                        remaining[b] -= given[i];
                    }

                    if (remaining[b] == 0)
                    {
                        done++;
                    }
                    else
                    {
                        if (given[i] > 0)
                        {
                            claims[kept] = new AllocationClaim(bookings[b], remaining[b], shareIndex[b]);
                        }
                        else if (kept != i)
                        {
                            claims[kept] = claims[i];
                        }

                        active[kept++] = b;
                    }
                }

                if (total > perDay)
                {
                    throw BrokenContract(rule, day, Guard.Format("it gave {0} units of a capacity of {1}", total, perDay));
                }

                activeCount = kept;
                if (done == n)
                {
                    break;
                }

                w++;
            }

            return Promises(capacity, index, bookings, produced.AsSpan(0, producedCount));
        }
        finally
        {
            ArrayPool<AllocationClaim>.Shared.Return(claims, clearArray: true);
            ArrayPool<(int Booking, int Day, int Units)>.Shared.Return(produced);
        }
    }

    /// <summary>Merges two ascending lists of booking positions into <paramref name="into"/>; returns the count.</summary>
    private static int Merge(ReadOnlySpan<int> active, ReadOnlySpan<int> incoming, int[] into)
    {
        int a = 0, c = 0, k = 0;
        while (a < active.Length || c < incoming.Length)
        {
            into[k++] = c >= incoming.Length || (a < active.Length && active[a] < incoming[c]) ? active[a++] : incoming[c++];
        }

        return k;
    }

    private static CapacityPromise[] Promises(ProductionCapacity capacity, WorkingDayIndex index, IReadOnlyList<CapacityBooking> bookings, ReadOnlySpan<(int Booking, int Day, int Units)> produced)
    {
        var n = bookings.Count;
        var days = new ProductionDay[n][];
        var counts = new int[n];
        foreach (var entry in produced)
        {
            counts[entry.Booking]++;
        }

        for (var b = 0; b < n; b++)
        {
            days[b] = new ProductionDay[counts[b]];
            counts[b] = 0;
        }

        // The entries are in date order, so each booking's days are too; the last is its completion.
        var completions = new int[n];
        foreach (var (booking, day, units) in produced)
        {
            days[booking][counts[booking]++] = new ProductionDay(index.Dates[day], units);
            completions[booking] = day;
        }

        var promises = new CapacityPromise[n];
        for (var b = 0; b < n; b++)
        {
            promises[b] = new CapacityPromise(bookings[b], b, days[b], index.ReadyDate(completions[b], capacity.FinishingWorkingDays));
        }

        return promises;
    }

    private static ArgumentOutOfRangeException BeyondHorizon(IReadOnlyList<CapacityBooking> bookings, int[] remaining, LocalDate first, string paramName)
    {
        var late = Array.FindIndex(remaining, r => r > 0);
        return BeyondHorizon(bookings, late, remaining[late], first, paramName);
    }

    /// <summary>The refusal of a plan in which booking <paramref name="late"/> (the first in arrival order not made) still has <paramref name="left"/> units to make at the horizon.</summary>
    internal static ArgumentOutOfRangeException BeyondHorizon(IReadOnlyList<CapacityBooking> bookings, int late, int left, LocalDate first, string paramName) =>
        new(paramName, bookings[^1], Guard.Format(ErrorMessages.CapacityBeyondHorizon, paramName, CapacityBook.MaxPlanningDays, first, late, bookings[late], left));

    private static InvalidOperationException BrokenContract(ICapacityAllocationRule rule, LocalDate day, string what) =>
        new(Guard.Format(ErrorMessages.CapacityRuleBrokeContract, rule, day, what));
}
