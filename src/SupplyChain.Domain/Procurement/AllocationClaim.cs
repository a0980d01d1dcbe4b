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

    /// <summary>The booking.</summary>
    public CapacityBooking Booking { get; }

    /// <summary>Units the booking still has to make at the start of the day; at least 1.</summary>
    public int Remaining { get; }

    /// <summary>"SELLER-A: 1800 units from 2026-03-02, 300 left".</summary>
    public override string ToString() => Guard.Format("{0}, {1} left", Booking, Remaining);
}
