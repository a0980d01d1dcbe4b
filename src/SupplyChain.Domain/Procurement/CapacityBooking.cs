using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// A seller's request for a factory's production: a number of units, to be made on or after a date. Booked in a
/// <see cref="CapacityBook"/>, it takes part in the day-by-day allocation from its <see cref="EarliestStart"/> until
/// its last unit is made.
/// </summary>
/// <remarks>
/// Equality compares every member: two bookings with the same seller, units, start and reference are equal values, and
/// a book still holds them as two bookings (a book knows its bookings by arrival position).
/// </remarks>
public sealed record CapacityBooking
{
    /// <summary>The longest <see cref="Reference"/>, in characters.</summary>
    public const int MaxReferenceLength = 64;

    /// <summary>Creates a booking.</summary>
    /// <param name="seller">The seller that books (the buyer of the production); matched ordinally against the shares of a <see cref="ReservedShareAllocation"/>.</param>
    /// <param name="units">Units to make; at least 1.</param>
    /// <param name="earliestStart">The first day production may start (as an ISO date); it need not be a working day.</param>
    /// <param name="reference">The caller's reference, such as a purchase order id, or null; at most <see cref="MaxReferenceLength"/> characters, not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="seller"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is blank or longer than <see cref="MaxReferenceLength"/> characters.</exception>
    public CapacityBooking(PartyId seller, int units, LocalDate earliestStart, string? reference = null)
    {
        Seller = Guard.NotNull(seller);
        Units = Guard.Positive(units);
        EarliestStart = Validity.Iso(earliestStart);
        if (reference is not null)
        {
            Guard.NotBlank(reference);
            if (reference.Length > MaxReferenceLength)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.CapacityReferenceTooLong, nameof(reference), reference.Length), nameof(reference));
            }
        }

        Reference = reference;
    }

    /// <summary>The seller that books.</summary>
    public PartyId Seller { get; }

    /// <summary>Units to make; at least 1.</summary>
    public int Units { get; }

    /// <summary>The first day production may start; production starts on the first working day on or after it.</summary>
    public LocalDate EarliestStart { get; }

    /// <summary>The caller's reference (a purchase order id, say), or null.</summary>
    public string? Reference { get; }

    /// <summary>"SELLER-A: 1800 units from 2026-03-02 (PO-1)".</summary>
    public override string ToString() =>
        Guard.Format("{0}: {1} units from {2}{3}", Seller, Units, InvariantText.Iso(EarliestStart), Reference is null ? string.Empty : " (" + Reference + ")");
}
