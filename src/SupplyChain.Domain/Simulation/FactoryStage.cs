using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The factory in a simulated SKU's supply (<see cref="SimulatedSku.Factory"/>): each order is booked on a copy of a
/// factory's shared <see cref="CapacityBook"/>, queueing behind the peers' bookings and the closures of the factory's
/// working calendar, and arrives on its promised ready date plus a drawn transit leg, instead of after a lead time drawn
/// from the SKU's <see cref="LeadTimeProfile"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>The model.</b> The stage keeps the book's factory, capacity, allocation rule and bookings as they are when the
/// stage is created (the caller's book is never changed, and later bookings on it are not seen). Each SKU's run starts
/// from its own copy of those bookings. On a day t when the SKU orders q units: (1) the peers' background bookings
/// (<see cref="Peers"/>) of every day up to t not yet booked are drawn and booked, day by day and in the order of
/// <see cref="Peers"/>; (2) the order is booked after them for <see cref="Seller"/>, q units, earliest start the date
/// of day t; (3) it arrives on day t + (ready date − date of day t, in calendar days) + a transit of
/// <see cref="Transit"/> drawn for the order, and is received as any order (on day t itself when that is 0). So the
/// peers of day t book before the SKU's order of day t, and peers book on days the SKU does not order too.
/// </para>
/// <para>
/// <b>Randomness.</b> The peers' bookings and the transit legs draw from the stage's own random stream of the SKU
/// (derived from the seed and the SKU's index, apart from the SKU's own stream), so the SKU's demand draws are the
/// same with and without the stage, and a seed gives the same result on every machine and degree of parallelism. SKUs
/// of one run do not see each other's bookings: each has its own copy of the book (model a sibling SKU as a peer).
/// </para>
/// <para>
/// <b>Limits.</b> The policy is still told the mean of the SKU's <see cref="SimulatedSku.LeadTime"/>: set it to the
/// lead time the seller plans with. The copy of the book refuses a booking as a book does (more than
/// <see cref="CapacityBook.MaxBookings"/> bookings, or not made within <see cref="CapacityBook.MaxPlanningDays"/> days of
/// its earliest start), and the run then fails. Under first-come allocation a booking costs the working days it waits;
/// under another rule the whole copy is planned again for each order.
/// </para>
/// <para>The stage compares by reference: it holds a snapshot of a book, which is an aggregate.</para>
/// </remarks>
public sealed class FactoryStage
{
    private readonly CapacityBooking[] _bookings;

    /// <summary>Creates the stage from a snapshot of <paramref name="book"/>.</summary>
    /// <param name="book">The factory's shared capacity book; copied (its bookings as they are now), never changed.</param>
    /// <param name="seller">The seller the simulated SKU's orders are booked for (a reserved share names it).</param>
    /// <param name="transit">The legs from the factory's ready date to the SKU's stock (first mile, main carriage, clearance, check-in…), drawn for each order; <c>LeadTimeProfile.Fixed(0)</c> for none.</param>
    /// <param name="peers">The peers' background bookings, booked each day in this order; null or empty for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="book"/>, <paramref name="seller"/> or <paramref name="transit"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="peers"/> holds null.</exception>
    public FactoryStage(CapacityBook book, PartyId seller, LeadTimeProfile transit, IEnumerable<PeerBookings>? peers = null)
    {
        Guard.NotNull(book);
        Seller = Guard.NotNull(seller);
        Transit = Guard.NotNull(transit);
        Peers = Guard.CopyItems(peers ?? [], requireOne: false, nameof(peers)).AsReadOnly();
        Factory = book.Factory;
        Capacity = book.Capacity;
        AllocationRule = book.AllocationRule;
        _bookings = [.. book.Bookings];
    }

    /// <summary>The factory.</summary>
    public FacilityId Factory { get; }

    /// <summary>The factory's production capacity.</summary>
    public ProductionCapacity Capacity { get; }

    /// <summary>How the factory shares a working day's capacity.</summary>
    public ICapacityAllocationRule AllocationRule { get; }

    /// <summary>The bookings on the book when the stage was created, in arrival order: every run starts from them.</summary>
    public IReadOnlyList<CapacityBooking> Bookings => _bookings.AsReadOnly();

    /// <summary>The seller the SKU's orders are booked for.</summary>
    public PartyId Seller { get; }

    /// <summary>The legs from the ready date to the SKU's stock.</summary>
    public LeadTimeProfile Transit { get; }

    /// <summary>The peers' background bookings.</summary>
    public IReadOnlyList<PeerBookings> Peers { get; }

    /// <summary>A new book with the snapshot's bookings: the copy one SKU's run books on.</summary>
    internal CapacityBook NewBook()
    {
        var book = new CapacityBook(Factory, Capacity, AllocationRule);
        book.Book(_bookings);
        return book;
    }

    /// <summary>The stage, e.g. <c>F-SZ for SELLER-M, 2 peers, 12 bookings, then fixed 20 days: 20 d (sd 0 d) over 1 legs</c>.</summary>
    public override string ToString() =>
        Guard.Format("{0} for {1}, {2} peers, {3} bookings, then {4}", Factory, Seller, Peers.Count, _bookings.Length, Transit);
}
