using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Fulfilment.Inbound;

/// <summary>Units of one product with one expiry date (or none) to send to the platform's warehouse.</summary>
/// <remarks>Lines compare by reference; a plan refuses two lines of the same product with the same expiry.</remarks>
public sealed class InboundStockLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="product">The product.</param>
    /// <param name="units">How many units; greater than zero.</param>
    /// <param name="expiry">The units' expiry date, or null for goods without one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is not greater than zero.</exception>
    public InboundStockLine(Product product, int units, LocalDate? expiry = null)
    {
        Product = Guard.NotNull(product);
        Units = Guard.Positive(units);
        Expiry = expiry;
    }

    /// <summary>The product.</summary>
    public Product Product { get; }

    /// <summary>How many units.</summary>
    public int Units { get; }

    /// <summary>The expiry date, or null.</summary>
    public LocalDate? Expiry { get; }

    /// <summary>"units × SKU (expires yyyy-MM-dd)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Units} × {Product.Sku}{ExpirySuffix(Expiry)}");

    internal static string ExpirySuffix(LocalDate? expiry) =>
        expiry is { } date ? " expiring " + LocalDatePattern.Iso.Format(date) : " without expiry";
}
