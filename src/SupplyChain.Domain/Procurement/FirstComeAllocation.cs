using NodaTime;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// First come, first served: the bookings taking part take the day's capacity in arrival order, each as much as it
/// still has to make. An earlier booking has priority on every day it takes part, also over a later booking that
/// started before it (the later one then pauses until the earlier one is done).
/// </summary>
/// <remarks>
/// The rule has no settings: all instances are equal (record equality over no members). Use <see cref="Instance"/>.
/// Under this rule a new booking never moves an earlier booking's dates.
/// </remarks>
public sealed record FirstComeAllocation : ICapacityAllocationRule
{
    /// <summary>Creates the rule (all instances are equal; <see cref="Instance"/> is one).</summary>
    public FirstComeAllocation()
    {
    }

    /// <summary>The rule.</summary>
    public static FirstComeAllocation Instance { get; } = new();

    /// <inheritdoc />
    public void Allocate(LocalDate day, int capacity, ReadOnlySpan<AllocationClaim> claims, Span<int> units) =>
        TakeInArrivalOrder(capacity, claims, units);

    /// <summary>"first-come".</summary>
    public override string ToString() => "first-come";

    /// <summary>
    /// Gives <paramref name="free"/> units to the claims in arrival order, each up to what it still has to make after
    /// what <paramref name="units"/> already gives it; returns the units left over.
    /// </summary>
    internal static int TakeInArrivalOrder(int free, ReadOnlySpan<AllocationClaim> claims, Span<int> units)
    {
        for (var i = 0; i < claims.Length && free > 0; i++)
        {
            var take = Math.Min(claims[i].Remaining - units[i], free);
            units[i] += take;
            free -= take;
        }

        return free;
    }
}
