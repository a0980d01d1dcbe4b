using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// One carton of a shipment: what it holds (product × quantity, one line per product) and, when labelled, its SSCC
/// (the GS1 serial shipping container code of the logistic unit).
/// </summary>
/// <remarks>
/// Equality compares the SSCC and the lines regardless of their order, so two unlabelled cartons with the same
/// contents are interchangeable (which is what splitting a shipment by cartons relies on).
/// </remarks>
public sealed class PackedCarton : IEquatable<PackedCarton>
{
    private readonly ShipmentLine[] _lines;

    /// <summary>Creates a carton.</summary>
    /// <param name="lines">The contents, one line per product; copied.</param>
    /// <param name="sscc">The carton's SSCC label, or null when unlabelled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is or contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty or names a product twice.</exception>
    public PackedCarton(IEnumerable<ShipmentLine> lines, Sscc? sscc = null)
    {
        Guard.NotNull(lines);
        var copy = lines.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException(ErrorMessages.CartonNeedsLines, nameof(lines));
        }

        var seen = new HashSet<ProductId>();
        foreach (var line in copy)
        {
            Guard.NotNull(line, nameof(lines));
            if (!seen.Add(line.Product))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.ProductTwiceInCarton, line.Product), nameof(lines));
            }
        }

        _lines = [.. copy.OrderBy(l => l.Product.Value, StringComparer.Ordinal)];
        Sscc = sscc;
    }

    /// <summary>The carton's SSCC, or null.</summary>
    public Sscc? Sscc { get; }

    /// <summary>The contents, one line per product, ordered by product id.</summary>
    public IReadOnlyList<ShipmentLine> Lines => _lines;

    /// <summary>A carton holding a single product.</summary>
    /// <param name="product">The product.</param>
    /// <param name="quantity">The number of units; greater than zero.</param>
    /// <param name="sscc">The SSCC label, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public static PackedCarton Of(ProductId product, int quantity, Sscc? sscc = null) => new([new ShipmentLine(product, quantity)], sscc);

    /// <summary>The number of units of <paramref name="product"/> in this carton.</summary>
    /// <param name="product">The product.</param>
    /// <returns>The quantity, 0 when the carton does not hold it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public int QuantityOf(ProductId product)
    {
        Guard.NotNull(product);
        return Array.Find(_lines, l => l.Product == product)?.Quantity ?? 0;
    }

    /// <inheritdoc/>
    public bool Equals(PackedCarton? other) => other is not null && Sscc == other.Sscc && _lines.SequenceEqual(other._lines);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PackedCarton);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Sscc);
        foreach (var line in _lines)
        {
            hash.Add(line);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two cartons have the same label and contents.</summary>
    /// <param name="left">One carton, or null.</param>
    /// <param name="right">The other, or null.</param>
    /// <returns>Whether they are equal (two nulls are equal).</returns>
    public static bool operator ==(PackedCarton? left, PackedCarton? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two cartons differ.</summary>
    /// <param name="left">One carton, or null.</param>
    /// <param name="right">The other, or null.</param>
    /// <returns>Whether they are not equal.</returns>
    public static bool operator !=(PackedCarton? left, PackedCarton? right) => !(left == right);

    /// <summary>The carton, e.g. "[106141411234567897] 24 × SKU-1, 12 × SKU-2".</summary>
    public override string ToString() =>
        (Sscc is null ? "" : "[" + Sscc + "] ") + string.Join(", ", _lines.Select(l => l.ToString()));
}
