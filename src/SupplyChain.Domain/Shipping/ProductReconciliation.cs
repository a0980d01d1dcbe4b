using System.Globalization;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// What happened to the shipped units of one product: received intact, received damaged, or missing. The three
/// always add up to what was shipped.
/// </summary>
/// <remarks>
/// Missing means "not counted in (yet)": once the goods receipt is finished, a line with
/// <see cref="HasDiscrepancy"/> is what a seller files a claim with (shortage for <see cref="Missing"/>, damage for
/// <see cref="Damaged"/>). Equality compares all quantities and the product.
/// </remarks>
public sealed record ProductReconciliation
{
    internal ProductReconciliation(ProductId product, int shipped, int received, int damaged)
    {
        Product = product;
        Shipped = shipped;
        Received = received;
        Damaged = damaged;
        Missing = checked(shipped - received - damaged);
    }

    /// <summary>The product.</summary>
    public ProductId Product { get; }

    /// <summary>Units shipped.</summary>
    public int Shipped { get; }

    /// <summary>Units received intact.</summary>
    public int Received { get; }

    /// <summary>Units received damaged.</summary>
    public int Damaged { get; }

    /// <summary>Units not counted in: <see cref="Shipped"/> − <see cref="Received"/> − <see cref="Damaged"/>; never negative.</summary>
    public int Missing { get; }

    /// <summary>Whether any unit is damaged or missing.</summary>
    public bool HasDiscrepancy => Damaged > 0 || Missing > 0;

    /// <summary>The line, e.g. "SKU-1: shipped 100, received 95, damaged 2, missing 3".</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "{0}: shipped {1}, received {2}, damaged {3}, missing {4}", Product, Shipped, Received, Damaged, Missing);
}
