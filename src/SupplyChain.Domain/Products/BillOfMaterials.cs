using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Products;

/// <summary>
/// The bill of materials of a product at one factory: the components the factory needs, and which facilities
/// (raw-material producers, component makers) supply them.
/// </summary>
/// <remarks>Immutable. A line repeats neither its component-and-supplier pair. Bills compare by reference; a supply network keeps one per product and factory.</remarks>
public sealed class BillOfMaterials
{
    private readonly BomLine[] _lines;

    /// <summary>Creates a bill of materials.</summary>
    /// <param name="product">The product.</param>
    /// <param name="factory">The factory that makes it with these components.</param>
    /// <param name="lines">The components and their suppliers; at least one line, no component–supplier pair twice.</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/>, <paramref name="factory"/> or <paramref name="lines"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty, holds null, or repeats a component–supplier pair.</exception>
    public BillOfMaterials(ProductId product, FacilityId factory, IEnumerable<BomLine> lines)
    {
        Product = Guard.NotNull(product);
        Factory = Guard.NotNull(factory);
        var list = Guard.CopyItems(lines, requireOne: true);
        Guard.Distinct(list, l => (l.Component, l.Supplier), nameof(lines));
        _lines = [.. list];
    }

    /// <summary>The product.</summary>
    public ProductId Product { get; }

    /// <summary>The factory that makes it.</summary>
    public FacilityId Factory { get; }

    /// <summary>The lines, as given.</summary>
    public IReadOnlyList<BomLine> Lines => _lines;

    /// <summary>The facilities that supply components, each once, ordered by id.</summary>
    public IReadOnlyList<FacilityId> Suppliers => _lines.Select(l => l.Supplier).Distinct().OrderBy(f => f.Value, StringComparer.Ordinal).ToArray();

    /// <summary>"BOM of product at factory".</summary>
    public override string ToString() => $"BOM of {Product} at {Factory}";
}
