namespace SupplyChain.Domain.Procurement;

/// <summary>
/// A booking taking part in one working day's allocation (<see cref="ICapacityAllocationRule.Allocate"/>): the booking
/// and the units it still has to make at the start of that day.
/// </summary>
/// <remarks>
/// Equality compares the booking (by value) and the remaining units. The default value has a null
/// <see cref="Booking"/> and is never passed to a rule.
/// </remarks>
public readonly record struct AllocationClaim
{
    /// <summary>The share index of a claim built by the public constructor: the rule looks the seller up.</summary>
    internal const int NotIndexed = -2;

    // Index + 2 into the share table of the book's ReservedShareAllocation (1: no share), set by the book's planner
    // for that rule only; 0 (the default) when not indexed. Not part of equality.
    private readonly int _shareSlot;

    /// <summary>Creates a claim (a rule's own tests build claims; a book builds them for its rule).</summary>
    /// <param name="booking">The booking.</param>
    /// <param name="remaining">Units it still has to make; 1 to its <see cref="CapacityBooking.Units"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="booking"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="remaining"/> is less than 1 or more than the booking's units.</exception>
    public AllocationClaim(CapacityBooking booking, int remaining)
    {
        Booking = Guard.NotNull(booking);
        Remaining = remaining >= 1 && remaining <= booking.Units
            ? remaining
            : throw new ArgumentOutOfRangeException(nameof(remaining), remaining, Guard.Format(ErrorMessages.CapacityClaimRemaining, nameof(remaining), booking.Units, remaining));
    }

    /// <summary>A claim built by a book's planner (checked there), with the booking's place in the book's share table.</summary>
    internal AllocationClaim(CapacityBooking booking, int remaining, int shareIndex)
    {
        Booking = booking;
        Remaining = remaining;
        _shareSlot = shareIndex + 2;
    }

    /// <summary>The booking.</summary>
    public CapacityBooking Booking { get; }

    /// <summary>Units the booking still has to make at the start of the day; at least 1.</summary>
    public int Remaining { get; }

    /// <summary>The booking's place in the share table the planner indexed it for (−1: no share), or <see cref="NotIndexed"/>.</summary>
    internal int ShareIndex => _shareSlot - 2;

    /// <summary>Whether both claims have the same booking (by value) and the same remaining units.</summary>
    /// <param name="other">The other claim.</param>
    /// <returns>True when the bookings are equal values and the remaining units match.</returns>
    public bool Equals(AllocationClaim other) => Equals(Booking, other.Booking) && Remaining == other.Remaining;

    /// <summary>A hash of the booking and the remaining units.</summary>
    /// <returns>A hash that agrees with <see cref="Equals(AllocationClaim)"/>.</returns>
    public override int GetHashCode() => HashCode.Combine(Booking, Remaining);

    /// <summary>"SELLER-A: 1800 units from 2026-03-02, 300 left".</summary>
    public override string ToString() => Guard.Format("{0}, {1} left", Booking, Remaining);
}
