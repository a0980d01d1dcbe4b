using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// A factory's capacity book: its <see cref="ProductionCapacity"/> (units per working day on its working calendar),
/// shared by the sellers that buy there under an <see cref="ICapacityAllocationRule"/>, and the bookings in the order
/// they arrived. Booking returns the new booking's promise (units per day, completion date, ready date); a what-if
/// answers "if my peer books 5,000 units first, when is my order ready?" without changing the book.
/// </summary>
/// <remarks>
/// <para>
/// <b>Allocation.</b> The book plans day by day from the earliest <see cref="CapacityBooking.EarliestStart"/> of its
/// bookings; nothing has been produced yet (there is no "today"). Production happens on working days only. A booking
/// takes part on a working day on or after its earliest start while it has units left, so it starts on its earliest
/// start or the next working day, never earlier even if capacity is idle. Each working day the rule shares
/// <see cref="ProductionCapacity.UnitsPerWorkingDay"/> among the bookings taking part, in arrival order; what a day
/// does not use is lost. A booking completes on the working day of its last unit and is ready
/// <see cref="ProductionCapacity.FinishingWorkingDays"/> working days later.
/// </para>
/// <para>
/// <b>Derived, not stored twice.</b> Every promise is worked out again from the bookings whenever they change
/// (<see cref="Promises"/> keeps the last plan). Under <see cref="FirstComeAllocation"/> a new booking never moves an
/// earlier one; under <see cref="ReservedShareAllocation"/> it can (its seller's reserved units stop flowing to the
/// pool).
/// </para>
/// <para>
/// <b>Bounded work.</b> A book holds at most <see cref="MaxBookings"/> bookings, and every booking must be made within
/// <see cref="MaxPlanningDays"/> calendar days of the earliest start (a calendar closed for years, or a rule that
/// starves a booking, would otherwise plan for ever); a booking beyond either limit is refused and the book is
/// unchanged. Planning costs time in proportion to the days planned times the bookings taking part.
/// </para>
/// <para>The book is an aggregate with its own history of bookings and compares by reference.</para>
/// </remarks>
public sealed class CapacityBook
{
    /// <summary>The most bookings a book holds.</summary>
    public const int MaxBookings = 20_000;

    /// <summary>The most calendar days after the earliest start within which every booking must be made (five years).</summary>
    public const int MaxPlanningDays = 1_830;

    private readonly List<CapacityBooking> _bookings = [];
    private CapacityPromise[] _promises = [];

    /// <summary>Creates an empty book.</summary>
    /// <param name="factory">The factory (a facility of kind Factory in a supply network).</param>
    /// <param name="capacity">Its units per working day, calendar and finishing working days.</param>
    /// <param name="rule">How a working day's capacity is shared: <see cref="FirstComeAllocation.Instance"/>, a <see cref="ReservedShareAllocation"/>, or the caller's own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/>, <paramref name="capacity"/> or <paramref name="rule"/> is null.</exception>
    public CapacityBook(FacilityId factory, ProductionCapacity capacity, ICapacityAllocationRule rule)
    {
        Factory = Guard.NotNull(factory);
        Capacity = Guard.NotNull(capacity);
        AllocationRule = Guard.NotNull(rule);
    }

    /// <summary>The factory.</summary>
    public FacilityId Factory { get; }

    /// <summary>The factory's production capacity.</summary>
    public ProductionCapacity Capacity { get; }

    /// <summary>How a working day's capacity is shared.</summary>
    public ICapacityAllocationRule AllocationRule { get; }

    /// <summary>The bookings, in arrival order.</summary>
    public IReadOnlyList<CapacityBooking> Bookings => _bookings.AsReadOnly();

    /// <summary>The book's version: the number of bookings it accepted (0 for a new book).</summary>
    public int Version => _bookings.Count;

    /// <summary>
    /// The events of the bookings the book accepted, oldest first: one <see cref="CapacityBooked"/> per booking, version
    /// = arrival position + 1. Derived from <see cref="Bookings"/> on each call (not stored twice).
    /// </summary>
    public IReadOnlyList<CapacityBooked> History => [.. _bookings.Select((b, i) => new CapacityBooked(Factory, i + 1, b))];

    /// <summary>Every booking's promise, in arrival order (<see cref="CapacityPromise.Position"/> is the index).</summary>
    public IReadOnlyList<CapacityPromise> Promises => _promises.AsReadOnly();

    /// <summary>Books <paramref name="booking"/> after every booking so far and returns its promise.</summary>
    /// <param name="booking">The new booking.</param>
    /// <returns>The new booking's promise; <see cref="Promises"/> holds every booking's, worked out again.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="booking"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The book already holds <see cref="MaxBookings"/> bookings, or with the booking some booking would not be made within <see cref="MaxPlanningDays"/> days of the earliest start, or a ready date would lie beyond the dates NodaTime supports; the book is unchanged.</exception>
    /// <exception cref="InvalidOperationException">The allocation rule broke its contract (<see cref="ICapacityAllocationRule"/>); the book is unchanged.</exception>
    public CapacityPromise Book(CapacityBooking booking) => Commit(booking, Prepare(booking));

    /// <summary>
    /// The whole plan with <paramref name="booking"/> added, without changing the book: what <see cref="Book(CapacityBooking)"/>
    /// would commit. A caller that must check several books before changing any (Planning's sale-to-shelf run) prepares
    /// each, then commits each plan, so that no book plans twice.
    /// </summary>
    internal CapacityPromise[] Prepare(CapacityBooking booking) => PlanWith([Guard.NotNull(booking)], nameof(booking));

    /// <summary>Adds <paramref name="booking"/> with the plan <see cref="Prepare"/> made for it on this book as it still is.</summary>
    internal CapacityPromise Commit(CapacityBooking booking, CapacityPromise[] plan)
    {
        // Every check passed: now, and only now, change state.
        _bookings.Add(booking);
        _promises = plan;
        return plan[^1];
    }

    /// <summary>
    /// Books <paramref name="bookings"/> in their order after every booking so far, planning once (to load a book, or
    /// to book a review cycle's orders together); all or nothing.
    /// </summary>
    /// <param name="bookings">The new bookings, in arrival order; may be empty.</param>
    /// <returns>The new bookings' promises, in their order; <see cref="Promises"/> holds every booking's, worked out again.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bookings"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="bookings"/> holds null; the book is unchanged.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Book(CapacityBooking)"/>, for any of the bookings; the book is unchanged.</exception>
    /// <exception cref="InvalidOperationException">As <see cref="Book(CapacityBooking)"/>; the book is unchanged.</exception>
    public IReadOnlyList<CapacityPromise> Book(IEnumerable<CapacityBooking> bookings)
    {
        var added = Guard.CopyItems(bookings, requireOne: false);
        if (added.Count == 0)
        {
            return [];
        }

        var plan = PlanWith(added, nameof(bookings));

        // Every check passed: now, and only now, change state.
        _bookings.AddRange(added);
        _promises = plan;
        return plan.AsSpan(plan.Length - added.Count).ToArray();
    }

    /// <summary>The promise <paramref name="booking"/> would get if it were booked now; the book is unchanged.</summary>
    /// <param name="booking">The booking to quote.</param>
    /// <returns>Its promise, as <see cref="Book(CapacityBooking)"/> would return it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="booking"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Book(CapacityBooking)"/>.</exception>
    /// <exception cref="InvalidOperationException">As <see cref="Book(CapacityBooking)"/>.</exception>
    public CapacityPromise Quote(CapacityBooking booking) => PlanWith([Guard.NotNull(booking)], nameof(booking))[^1];

    /// <summary>
    /// Every booking's promise if <paramref name="arrivals"/> were booked now, in their order, after the bookings so
    /// far; the book is unchanged. "If my peer books 5,000 units first, when is my order ready?" is
    /// <c>WhatIf([peersBooking, myBooking])[^1].ReadyDate</c>.
    /// </summary>
    /// <param name="arrivals">The bookings that would arrive, in arrival order; may be empty (the plan as it is).</param>
    /// <returns>The promises of the bookings so far, then of the arrivals, in arrival order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrivals"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="arrivals"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">With the arrivals the book would hold more than <see cref="MaxBookings"/> bookings, or a booking would not be made within <see cref="MaxPlanningDays"/> days of the earliest start, or a ready date would lie beyond the dates NodaTime supports.</exception>
    /// <exception cref="InvalidOperationException">As <see cref="Book(CapacityBooking)"/>.</exception>
    public IReadOnlyList<CapacityPromise> WhatIf(IEnumerable<CapacityBooking> arrivals)
    {
        var added = Guard.CopyItems(arrivals, requireOne: false);
        return added.Count == 0 ? Promises : PlanWith(added, nameof(arrivals)).AsReadOnly();
    }

    /// <summary>
    /// Rebuilds a book from its history: a new book of <paramref name="factory"/> with <paramref name="capacity"/> and
    /// <paramref name="rule"/> (which the events do not carry: the rule is code), then every booking in version order,
    /// planned once. The result has the same bookings, promises and version as the book that recorded the history, when
    /// given the same capacity and rule.
    /// </summary>
    /// <param name="factory">The factory.</param>
    /// <param name="capacity">Its production capacity.</param>
    /// <param name="rule">How a working day's capacity is shared.</param>
    /// <param name="history">The events, oldest first: versions 1, 2, … of this factory's book; may be empty.</param>
    /// <returns>A new book in the state the history leads to.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="history"/> holds null.</exception>
    /// <exception cref="ArgumentException">An event belongs to another factory or has a version out of sequence (the next version of this book is expected).</exception>
    /// <exception cref="ArgumentException">The book refuses the bookings (too many, or one not made within <see cref="MaxPlanningDays"/>; the refusal is the inner exception).</exception>
    /// <exception cref="InvalidOperationException">The allocation rule broke its contract (<see cref="ICapacityAllocationRule"/>).</exception>
    public static CapacityBook Rebuild(FacilityId factory, ProductionCapacity capacity, ICapacityAllocationRule rule, IEnumerable<CapacityBooked> history)
    {
        var book = new CapacityBook(factory, capacity, rule);
        var events = Guard.CopyItems(history, requireOne: false);
        for (var k = 0; k < events.Count; k++)
        {
            if (events[k].Factory != book.Factory || events[k].Version != k + 1)
            {
                throw new ArgumentException(
                    Guard.Format(ErrorMessages.CapacityHistoryDoesNotFollow, k, events[k], Guard.Format("expected version {0} of the book of {1}", k + 1, book.Factory)), nameof(history));
            }
        }

        try
        {
            book.Book(events.Select(e => e.Booking));
        }
        catch (ArgumentOutOfRangeException refusal)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.CapacityHistoryDoesNotFollow, events.Count - 1, events[^1], refusal.Message), nameof(history), refusal);
        }

        return book;
    }

    /// <summary>"FACTORY-1: 1000 units per working day, 2 finishing working days, first-come, 3 bookings".</summary>
    public override string ToString() => Guard.Format("{0}: {1}, {2}, {3} bookings", Factory, Capacity, AllocationRule, _bookings.Count);

    private CapacityPromise[] PlanWith(List<CapacityBooking> added, string paramName)
    {
        var count = (long)_bookings.Count + added.Count;
        if (count > MaxBookings)
        {
            throw new ArgumentOutOfRangeException(paramName, count, Guard.Format(ErrorMessages.MustNotExceedLimit, "the number of bookings", "CapacityBook.MaxBookings", MaxBookings, count));
        }

        return CapacityPlanner.PlanAppended(Capacity, AllocationRule, _bookings, _promises, added, paramName);
    }
}
