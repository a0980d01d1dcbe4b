using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.Inbound;

/// <summary>
/// One carton of an <see cref="InboundPlan"/>: units of one SKU with one expiry date, its gross weight and outer
/// dimensions, and its SSCC label.
/// </summary>
/// <remarks>Created by <see cref="InboundPlanner.Plan"/>. Compares by reference.</remarks>
public sealed class InboundCarton
{
    internal InboundCarton(Sscc sscc, ShipmentId shipment, Product product, LocalDate? expiry, int units, decimal grossGrams, Dimensions dimensions, bool isFullCase, CartonExemption exemption)
    {
        Sscc = sscc;
        Shipment = shipment;
        Product = product.Id;
        Sku = product.Sku;
        Expiry = expiry;
        Units = units;
        GrossGrams = grossGrams;
        Dimensions = dimensions;
        IsFullCase = isFullCase;
        Exemption = exemption;
    }

    /// <summary>The carton's SSCC.</summary>
    public Sscc Sscc { get; }

    /// <summary>The one shipment the carton belongs to.</summary>
    public ShipmentId Shipment { get; }

    /// <summary>The product in the carton.</summary>
    public ProductId Product { get; }

    /// <summary>The seller's SKU of the product.</summary>
    public Sku Sku { get; }

    /// <summary>The expiry date of every unit in the carton, or null.</summary>
    public LocalDate? Expiry { get; }

    /// <summary>The units in the carton.</summary>
    public int Units { get; }

    /// <summary>The gross weight, packaging included, in grams.</summary>
    public Mass GrossWeight => Mass.FromGrams((double)GrossGrams);

    /// <summary>The outer dimensions: the case's, or the unit's for a single-unit exemption carton.</summary>
    public Dimensions Dimensions { get; }

    /// <summary>Whether the carton is the product's case pack, full as it comes from the factory.</summary>
    public bool IsFullCase { get; }

    /// <summary>The single-unit exemption the carton needs a label for, or <see cref="CartonExemption.None"/>.</summary>
    public CartonExemption Exemption { get; }

    internal decimal GrossGrams { get; }

    /// <summary>"SSCC: units × SKU (expiry), kg, dimensions".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Sscc}: {Units} × {Sku}{InboundStockLine.ExpirySuffix(Expiry)}, {GrossGrams / 1000m} kg, {Dimensions}{(Exemption == CartonExemption.None ? "" : " [" + Exemption + "]")}");
}
