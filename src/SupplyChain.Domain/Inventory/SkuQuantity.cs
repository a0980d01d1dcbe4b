using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Inventory;

/// <summary>A number of units of one SKU: a line of a packing list or of a receiving report.</summary>
/// <remarks><c>default</c> has a null <see cref="Sku"/> and is refused wherever lines are read.</remarks>
public readonly record struct SkuQuantity
{
    /// <summary>Creates a line.</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="units">Units, not negative (a zero line states that none were found).</param>
    /// <exception cref="ArgumentNullException"><paramref name="sku"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative.</exception>
    public SkuQuantity(Sku sku, int units)
    {
        Sku = Guard.NotNull(sku);
        Units = Guard.NotNegative(units);
    }

    /// <summary>The SKU.</summary>
    public Sku Sku { get; }

    /// <summary>The units.</summary>
    public int Units { get; }

    /// <summary>The line, e.g. <c>MUG-350-BLK × 24</c>.</summary>
    public override string ToString() => Guard.Format("{0} x {1}", Sku, Units);
}
