using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Procurement;

/// <summary>How much of a factory's capacity book one seller holds: its bookings, their units and its contracted share.</summary>
/// <remarks>Equality compares every member. The default value has a null <see cref="Seller"/> and never appears in a result.</remarks>
public readonly record struct CapacityHolding
{
    internal CapacityHolding(PartyId seller, int bookings, long bookedUnits, decimal shareOfBookedUnits, decimal contractedShare)
    {
        Seller = seller;
        Bookings = bookings;
        BookedUnits = bookedUnits;
        ShareOfBookedUnits = shareOfBookedUnits;
        ContractedShare = contractedShare;
    }

    /// <summary>The seller.</summary>
    public PartyId Seller { get; }

    /// <summary>How many bookings the seller has in the book.</summary>
    public int Bookings { get; }

    /// <summary>The units of those bookings.</summary>
    public long BookedUnits { get; }

    /// <summary>The seller's units as a fraction of every unit booked (0 to 1; 0 when the book is empty).</summary>
    public decimal ShareOfBookedUnits { get; }

    /// <summary>The share of the daily capacity reserved for the seller (<see cref="ReservedShareAllocation.Shares"/>); 0 under any other rule.</summary>
    public decimal ContractedShare { get; }

    /// <summary>"SELLER-A: 2 bookings, 1800 units (0.4186 of booked), contracted 0.3".</summary>
    public override string ToString() =>
        Guard.Format("{0}: {1} bookings, {2} units ({3:0.####} of booked), contracted {4}", Seller, Bookings, BookedUnits, ShareOfBookedUnits, ContractedShare);
}
