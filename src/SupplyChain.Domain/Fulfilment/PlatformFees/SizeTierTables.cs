using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// An immutable set of size-tier tables, and the lookup "the table in force on a day for a marketplace" through an
/// <see cref="EffectiveDatedSet{TKey, T}"/> keyed by marketplace: among the marketplace\'s entries in force on the day
/// (<see cref="SizeTierTable.IsInForce(LocalDate)"/>), the one that started last.
/// </summary>
/// <remarks>
/// <see cref="BuiltIn"/> holds <see cref="SizeTierTable.AmazonUs2024"/>. Add a later year's table (or another
/// marketplace's) with <see cref="With(SizeTierTable)"/>, which returns a new set; nothing global changes.
/// Tables compare by reference; compare their entries to compare two tables.
/// </remarks>
public sealed class SizeTierTables
{
    private const string What = "size-tier table";
    private readonly EffectiveDatedSet<CountryCode, SizeTierTable> _tables;

    /// <summary>Creates a set of tables.</summary>
    /// <param name="tables">The tables; at most one per marketplace and start date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two tables have the same marketplace and start date.</exception>
    public SizeTierTables(IEnumerable<SizeTierTable> tables)
    {
        _tables = new EffectiveDatedSet<CountryCode, SizeTierTable>(tables, e => e.Marketplace, What, "marketplace", nameof(tables), e => e.Name);
    }

    /// <summary>The built-in tables: <see cref="SizeTierTable.AmazonUs2024"/>.</summary>
    public static SizeTierTables BuiltIn { get; } = new([SizeTierTable.AmazonUs2024]);

    /// <summary>Every table of the set, in the order given.</summary>
    public IReadOnlyList<SizeTierTable> All => _tables.Items;

    /// <summary>A new set with every table of this one plus <paramref name="table"/>.</summary>
    /// <param name="table">The table to add.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The set already has a table for that marketplace starting on the same day.</exception>
    public SizeTierTables With(SizeTierTable table) => new([.. _tables.Items, Guard.NotNull(table)]);

    /// <summary>The table in force on <paramref name="date"/> for <paramref name="marketplace"/>.</summary>
    /// <param name="marketplace">The marketplace (country).</param>
    /// <param name="date">The day.</param>
    /// <returns>Among the marketplace's tables in force on <paramref name="date"/>, the one that started last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="marketplace"/> is null.</exception>
    /// <exception cref="ArgumentException">The set has no table for <paramref name="marketplace"/> (parameter <c>marketplace</c>); the message lists the marketplaces it has.</exception>
    /// <exception cref="ArgumentException">The marketplace's tables do not cover <paramref name="date"/>: the earliest starts later, or the last one in force before it has ended (parameter <c>date</c>).</exception>
    public SizeTierTable InForce(CountryCode marketplace, LocalDate date) => _tables.InForce(marketplace, date, nameof(marketplace));

    /// <summary>Looks up the table in force on <paramref name="date"/> for <paramref name="marketplace"/>; never throws.</summary>
    /// <param name="marketplace">The marketplace; may be null.</param>
    /// <param name="date">The day.</param>
    /// <param name="table">The table, or null when none is in force.</param>
    /// <returns>Whether a table is in force.</returns>
    public bool TryGetInForce(CountryCode? marketplace, LocalDate date, [NotNullWhen(true)] out SizeTierTable? table) =>
        _tables.TryGetInForce(marketplace, date, out table);

    /// <summary>The size tier of a packaged item under the table in force on <paramref name="date"/> for <paramref name="marketplace"/>.</summary>
    /// <param name="marketplace">The marketplace (country).</param>
    /// <param name="date">The day.</param>
    /// <param name="dimensions">The packaged item's sides, in any order.</param>
    /// <param name="unitWeight">The weight of one packaged item; not negative.</param>
    /// <returns>The tier, with the measures it was decided on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="marketplace"/> or <paramref name="dimensions"/> is null.</exception>
    /// <exception cref="ArgumentException">No table is in force (see <see cref="InForce(CountryCode, LocalDate)"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitWeight"/> is negative or larger than 10⁹ kg.</exception>
    public SizeTierResult Classify(CountryCode marketplace, LocalDate date, Dimensions dimensions, Mass unitWeight) =>
        InForce(marketplace, date).Classify(dimensions, unitWeight);
}
