using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Orders;

/// <summary>Units of one SKU of an order, allocated to (and reserved at) one stock location.</summary>
/// <remarks>Equality compares every value.</remarks>
public sealed record AllocationLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="location">The stock location that holds the units.</param>
    /// <param name="sku">The SKU.</param>
    /// <param name="product">The product the SKU is (the key of its stock ledger).</param>
    /// <param name="units">Units, greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="location"/>, <paramref name="sku"/> or <paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is zero or negative.</exception>
    public AllocationLine(FacilityId location, Sku sku, ProductId product, int units)
    {
        Location = Guard.NotNull(location);
        Sku = Guard.NotNull(sku);
        Product = Guard.NotNull(product);
        Units = Guard.Positive(units);
    }

    /// <summary>The stock location that holds the units.</summary>
    public FacilityId Location { get; }

    /// <summary>The SKU.</summary>
    public Sku Sku { get; }

    /// <summary>The product the SKU is.</summary>
    public ProductId Product { get; }

    /// <summary>The units allocated.</summary>
    public int Units { get; }

    /// <summary>The line, e.g. <c>LAMP-01 x 2 at LAX9</c>.</summary>
    /// <returns>The SKU, units and location.</returns>
    public override string ToString() => Guard.Format("{0} x {1} at {2}", Sku, Units, Location);
}
