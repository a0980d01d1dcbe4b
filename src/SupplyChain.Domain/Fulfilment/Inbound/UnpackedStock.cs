using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Fulfilment.Inbound;

/// <summary>Units an <see cref="InboundPlan"/> could not put into cartons, and why.</summary>
/// <remarks>Created by <see cref="InboundPlanner.Plan"/>. Compares by reference.</remarks>
public sealed class UnpackedStock
{
    internal UnpackedStock(Product product, LocalDate? expiry, int units, UnpackedReason reason)
    {
        Product = product.Id;
        Sku = product.Sku;
        Expiry = expiry;
        Units = units;
        Reason = reason;
    }

    /// <summary>The product.</summary>
    public ProductId Product { get; }

    /// <summary>The seller's SKU of the product.</summary>
    public Sku Sku { get; }

    /// <summary>The units' expiry date, or null.</summary>
    public LocalDate? Expiry { get; }

    /// <summary>How many units were not packed.</summary>
    public int Units { get; }

    /// <summary>Why.</summary>
    public UnpackedReason Reason { get; }

    /// <summary>"units × SKU (expiry): reason".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Units} × {Sku}{InboundStockLine.ExpirySuffix(Expiry)}: {Reason}");
}
