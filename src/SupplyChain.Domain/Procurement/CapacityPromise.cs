using NodaTime;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// What a factory's <see cref="CapacityBook"/> promises one booking: the units it makes on each working day, the
/// completion date (the working day of its last unit) and the ready date after the factory's finishing working days.
/// </summary>
/// <remarks>
/// A promise holds only while the book's bookings stay as they were when it was made: under
/// <see cref="ReservedShareAllocation"/> a later booking can move it (read <see cref="CapacityBook.Promises"/> again).
/// Promises compare by reference: a promise is a result to read, not a value to compare.
/// </remarks>
public sealed class CapacityPromise
{
    internal CapacityPromise(CapacityBooking booking, int position, IReadOnlyList<ProductionDay> unitsByDay, LocalDate readyDate)
    {
        Booking = booking;
        Position = position;
        UnitsByDay = unitsByDay;
        ReadyDate = readyDate;
    }

    /// <summary>The booking.</summary>
    public CapacityBooking Booking { get; }

    /// <summary>The booking's place in arrival order, from 0 (the first booking of the book).</summary>
    public int Position { get; }

    /// <summary>The working days on which the booking gets at least one unit, in date order; the units add up to <see cref="CapacityBooking.Units"/>.</summary>
    public IReadOnlyList<ProductionDay> UnitsByDay { get; }

    /// <summary>The first working day the booking gets a unit.</summary>
    public LocalDate StartDate => UnitsByDay[0].Date;

    /// <summary>The working day the booking's last unit is made.</summary>
    public LocalDate CompletionDate => UnitsByDay[^1].Date;

    /// <summary>The completion date plus the factory's finishing working days (<see cref="ProductionCapacity.FinishingWorkingDays"/>).</summary>
    public LocalDate ReadyDate { get; }

    /// <summary>"SELLER-A: 1800 units from 2026-03-02: 2026-03-04 to 2026-03-06, ready 2026-03-09".</summary>
    public override string ToString() =>
        Guard.Format("{0}: {1} to {2}, ready {3}", Booking, InvariantText.Iso(StartDate), InvariantText.Iso(CompletionDate), InvariantText.Iso(ReadyDate));
}
