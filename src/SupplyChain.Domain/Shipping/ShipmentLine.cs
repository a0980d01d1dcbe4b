using System.Globalization;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>A quantity of one product: a line of a <see cref="PackedCarton"/> or of a shipment's totals.</summary>
/// <remarks>Equality compares the product and the quantity.</remarks>
public sealed record ShipmentLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="product">The product.</param>
    /// <param name="quantity">The number of units; greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public ShipmentLine(ProductId product, int quantity)
    {
        Product = Guard.NotNull(product);
        Quantity = Guard.Positive(quantity);
    }

    /// <summary>The product.</summary>
    public ProductId Product { get; }

    /// <summary>The number of units, greater than zero.</summary>
    public int Quantity { get; }

    /// <summary>The line, e.g. "24 × SKU-1".</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} × {1}", Quantity, Product);
}
