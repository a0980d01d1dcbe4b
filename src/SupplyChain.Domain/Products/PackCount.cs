using System.Globalization;

namespace SupplyChain.Domain.Products;

/// <summary>
/// The result of packing a number of items (units, or cases) into packs of a fixed size (cases, or pallets): the
/// packs needed, rounded up, and what the last pack leaves over. Nothing is ever dropped:
/// <c>FullPacks × PerPack + ItemsInPartialPack == Items</c> and <c>Packs × PerPack − SpareCapacity == Items</c>.
/// </summary>
/// <remarks>
/// <para>
/// Example: 1,000 units at 48 per case is 21 cases: 20 full cases and one holding 40 units, with room for 8 more
/// (<see cref="SpareCapacity"/>). Equality compares <see cref="Items"/> and <see cref="PerPack"/>.
/// </para>
/// <para>
/// A result the library builds (<see cref="PackagingHierarchy.CasesForUnits"/>,
/// <see cref="PackagingHierarchy.PalletsForCases"/> and the other conversions up the hierarchy), so its constructor
/// is internal: two counts of one type are never handed over in an order the caller could swap.
/// </para>
/// </remarks>
public sealed record PackCount
{
    /// <summary>Packs <paramref name="items"/> into packs of <paramref name="perPack"/>.</summary>
    /// <param name="items">How many items; not negative.</param>
    /// <param name="perPack">How many items fill one pack; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="items"/> is negative or <paramref name="perPack"/> is less than 1.</exception>
    internal PackCount(int items, int perPack)
    {
        Items = Guard.NotNegative(items);
        PerPack = Guard.Positive(perPack);
    }

    /// <summary>How many items are packed.</summary>
    public int Items { get; }

    /// <summary>How many items fill one pack.</summary>
    public int PerPack { get; }

    /// <summary>The packs needed: <see cref="Items"/> / <see cref="PerPack"/> rounded up.</summary>
    public int Packs => FullPacks + (ItemsInPartialPack > 0 ? 1 : 0);

    /// <summary>The packs that are full.</summary>
    public int FullPacks => Items / PerPack;

    /// <summary>The items in the last, partly filled pack; 0 when every pack is full.</summary>
    public int ItemsInPartialPack => Items % PerPack;

    /// <summary>How many more items the packs would hold: <see cref="Packs"/> × <see cref="PerPack"/> − <see cref="Items"/>.</summary>
    public int SpareCapacity => ItemsInPartialPack == 0 ? 0 : PerPack - ItemsInPartialPack;

    /// <summary>How many items the packs hold when full (as a 64-bit number, since it can exceed <see cref="int.MaxValue"/>).</summary>
    public long Capacity => (long)Packs * PerPack;

    /// <summary>"items in packs × perPack (full, partial, spare)", e.g. "1000 in 21 × 48 (20 full, 40 in the last, 8 spare)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Items} in {Packs} × {PerPack} ({FullPacks} full, {ItemsInPartialPack} in the last, {SpareCapacity} spare)");
}
