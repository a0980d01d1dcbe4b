using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// A booking a factory's <see cref="CapacityBook"/> accepted, with the book's version after it: the book's event. A
/// book's <see cref="CapacityBook.History"/> is the list of them, and <see cref="CapacityBook.Rebuild"/> turns that list
/// back into an equal book.
/// </summary>
/// <remarks>
/// <para>
/// Versions count a book's bookings from 1 without gaps (the booking's arrival position + 1): an application that stores
/// them can refuse a writer whose version is not the next one. A batch <see cref="CapacityBook.Book(IEnumerable{CapacityBooking})"/>
/// records one event per booking.
/// </para>
/// <para>
/// <b>No instant.</b> A booking carries no instant and the book reads no clock: the book knows only the order in which
/// bookings arrived, and that order is the version. An application that wants to know when it stored a booking keeps
/// that instant beside the event, in its store. The promises are not part of the event: they are derived from the
/// bookings (and may move when a later booking arrives under <see cref="ReservedShareAllocation"/>).
/// </para>
/// <para>Equality compares every value.</para>
/// </remarks>
public sealed record CapacityBooked
{
    /// <summary>Creates the event.</summary>
    /// <param name="factory">The factory whose book accepted the booking.</param>
    /// <param name="version">The book's version after the booking, at least 1.</param>
    /// <param name="booking">The booking.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> or <paramref name="booking"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public CapacityBooked(FacilityId factory, int version, CapacityBooking booking)
    {
        Factory = Guard.NotNull(factory);
        Version = Guard.Positive(version);
        Booking = Guard.NotNull(booking);
    }

    /// <summary>The factory whose book accepted the booking.</summary>
    public FacilityId Factory { get; }

    /// <summary>The book's version after the booking: 1 for its first booking.</summary>
    public int Version { get; }

    /// <summary>The booking.</summary>
    public CapacityBooking Booking { get; }

    /// <summary>The event as text, e.g. <c>FACTORY-1 v2: SELLER-A: 1800 units from 2026-03-02 (PO-1)</c>.</summary>
    /// <returns>The factory, version and booking.</returns>
    public override string ToString() => Guard.Format("{0} v{1}: {2}", Factory, Version, Booking);
}
