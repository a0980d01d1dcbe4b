using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// An immutable set of fulfilment-fee tables, and the lookup "the table in force on a day for a marketplace" through an
/// <see cref="EffectiveDatedSet{TKey, T}"/> keyed by marketplace: among the marketplace\'s entries in force on the day
/// (<see cref="FulfilmentFeeTable.IsInForce(LocalDate)"/>), the one that started last.
/// </summary>
/// <remarks>There is no built-in set (see <see cref="FulfilmentFeeTable"/>); <see cref="With"/> returns a new set. Tables compare by reference; compare their entries to compare two tables.</remarks>
public sealed class FulfilmentFeeTables
{
    private const string What = "fulfilment-fee table";
    private readonly EffectiveDatedSet<CountryCode, FulfilmentFeeTable> _tables;

    /// <summary>Creates a set of tables.</summary>
    /// <param name="tables">The tables; at most one per marketplace and start date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two tables have the same marketplace and start date.</exception>
    public FulfilmentFeeTables(IEnumerable<FulfilmentFeeTable> tables)
    {
        _tables = new EffectiveDatedSet<CountryCode, FulfilmentFeeTable>(tables, e => e.Marketplace, What, "marketplace", nameof(tables), e => e.Name);
    }

    /// <summary>Every table of the set, in the order given.</summary>
    public IReadOnlyList<FulfilmentFeeTable> All => _tables.Items;

    /// <summary>A new set with every table of this one plus <paramref name="table"/>.</summary>
    /// <param name="table">The table to add.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The set already has a table for that marketplace starting on the same day.</exception>
    public FulfilmentFeeTables With(FulfilmentFeeTable table) => new([.. _tables.Items, Guard.NotNull(table)]);

    /// <summary>The table in force on <paramref name="date"/> for <paramref name="marketplace"/>.</summary>
    /// <param name="marketplace">The marketplace (country).</param>
    /// <param name="date">The day.</param>
    /// <returns>Among the marketplace's tables in force on <paramref name="date"/>, the one that started last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="marketplace"/> is null.</exception>
    /// <exception cref="ArgumentException">No table is in force for the marketplace (parameter <c>marketplace</c>) or yet (parameter <c>date</c>).</exception>
    public FulfilmentFeeTable InForce(CountryCode marketplace, LocalDate date) => _tables.InForce(marketplace, date, nameof(marketplace));

    /// <summary>Looks up the table in force on <paramref name="date"/> for <paramref name="marketplace"/>; never throws.</summary>
    /// <param name="marketplace">The marketplace; may be null.</param>
    /// <param name="date">The day.</param>
    /// <param name="table">The table, or null when none is in force.</param>
    /// <returns>Whether a table is in force.</returns>
    public bool TryGetInForce(CountryCode? marketplace, LocalDate date, [NotNullWhen(true)] out FulfilmentFeeTable? table) =>
        _tables.TryGetInForce(marketplace, date, out table);
}
