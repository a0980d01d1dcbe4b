using NodaTime;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// How a factory shares one working day's capacity among the bookings taking part that day. A
/// <see cref="CapacityBook"/> calls its rule once per working day, in date order, from the earliest start of its
/// bookings until every booking is made. Built in: <see cref="FirstComeAllocation"/> and
/// <see cref="ReservedShareAllocation"/>; a downstream team writes its own by implementing this one method.
/// </summary>
/// <remarks>
/// <para>
/// <b>Contract.</b> <c>claims</c> lists the bookings taking part that day (on or after their earliest start, with
/// units left), in arrival order (the order they were booked); <c>units</c> has one entry per claim, set to 0 on
/// entry. The rule writes the units each claim gets that day: each entry between 0 and that claim's
/// <see cref="AllocationClaim.Remaining"/>, all together at most <c>capacity</c>. Capacity a rule leaves unused is
/// lost. A book refuses a rule that breaks the contract (<see cref="InvalidOperationException"/>, the book
/// unchanged); a rule that gives some claim nothing for ever makes the plan run past
/// <see cref="CapacityBook.MaxPlanningDays"/>, and the booking is refused.
/// </para>
/// <para>
/// A rule should be deterministic and free of side effects (a what-if plans with the same rule as the book), and
/// allocate nothing on the heap: it runs once per working day of every plan.
/// </para>
/// </remarks>
public interface ICapacityAllocationRule
{
    /// <summary>Shares one working day's capacity among the bookings taking part (see the contract in the remarks).</summary>
    /// <param name="day">The working day.</param>
    /// <param name="capacity">Units the factory makes that day; at least 1.</param>
    /// <param name="claims">The bookings taking part, in arrival order; never empty.</param>
    /// <param name="units">One entry per claim, 0 on entry: the units each claim gets that day.</param>
    void Allocate(LocalDate day, int capacity, ReadOnlySpan<AllocationClaim> claims, Span<int> units);
}
