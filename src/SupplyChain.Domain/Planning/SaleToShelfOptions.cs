using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Planning;

/// <summary>
/// How <see cref="SaleToShelf.Run(Products.SupplyNetwork, IReadOnlyDictionary{FacilityId, Procurement.CapacityBook}, IEnumerable{SkuDay}, NodaTime.LocalDate, NodaTime.Instant, SaleToShelfOptions)"/>
/// runs a day: the start of the order ids, each factory's review cycle, and the lines held from earlier days. Set by
/// name: <c>new SaleToShelfOptions { ReviewCycle = ReviewCycle.Weekly(IsoDayOfWeek.Monday), Held = yesterday.Held }</c>.
/// </summary>
/// <remarks>Options compare by reference: they are settings handed to one run, not a value.</remarks>
public sealed class SaleToShelfOptions
{
    /// <summary>The start of every order id; <c>PO</c> by default; not blank.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string OrderIdPrefix { get; init => field = Guard.NotBlank(value, nameof(OrderIdPrefix)); } = "PO";

    /// <summary>The review cycle of every factory not in <see cref="ReviewCycles"/>; <see cref="ReviewCycle.Daily"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ReviewCycle ReviewCycle { get; init => field = Guard.NotNull(value, nameof(ReviewCycle)); } = ReviewCycle.Daily;

    /// <summary>The review cycle of a factory, by factory; a copy is kept; empty by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null, or holds a null cycle.</exception>
    public IReadOnlyDictionary<FacilityId, ReviewCycle> ReviewCycles
    {
        get;
        init => field = Guard.NotNull(value, nameof(ReviewCycles)).ToDictionary(p => p.Key, p => Guard.NotNull(p.Value, nameof(ReviewCycles))).AsReadOnly();
    } = new Dictionary<FacilityId, ReviewCycle>().AsReadOnly();

    /// <summary>The lines held from earlier days (the previous day's <see cref="SaleToShelfDay.Held"/>), at most one per product; a copy is kept; empty by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value holds null, or two lines of one product.</exception>
    public IReadOnlyList<HeldLine> Held
    {
        get;
        init
        {
            var lines = Guard.CopyItems(value, requireOne: false, nameof(Held));
            Guard.Distinct(lines, l => l.Product, nameof(Held));
            field = lines.AsReadOnly();
        }
    } = [];

    /// <summary>The review cycle of <paramref name="factory"/>: its own in <see cref="ReviewCycles"/>, else <see cref="ReviewCycle"/>.</summary>
    /// <param name="factory">The factory.</param>
    /// <returns>When the factory's lines are consolidated into an order: its own cycle if set, else the default.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is null.</exception>
    public ReviewCycle CycleOf(FacilityId factory) => ReviewCycles.GetValueOrDefault(Guard.NotNull(factory)) ?? ReviewCycle;

    /// <summary>"PO, daily, 0 factory cycles, 2 held lines".</summary>
    /// <returns>The prefix, default cycle, number of factory cycles and of held lines.</returns>
    public override string ToString() => Guard.Format("{0}, {1}, {2} factory cycles, {3} held lines", OrderIdPrefix, ReviewCycle, ReviewCycles.Count, Held.Count);
}
