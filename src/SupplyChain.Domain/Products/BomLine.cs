using System.Globalization;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Products;

/// <summary>One line of a bill of materials: a component, how much of it one unit needs, and the facility that supplies it.</summary>
/// <remarks>
/// Several lines with the same <see cref="Component"/> and different suppliers are alternatives (either supplier
/// will do); different components are all needed. Equality compares every property; components compare ordinally.
/// </remarks>
public sealed record BomLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="component">The component or material, e.g. "ABS resin"; not blank.</param>
    /// <param name="quantityPerUnit">How much of it one unit of the product needs, in the component's own unit; greater than zero.</param>
    /// <param name="supplier">The facility (a raw-material producer's plant, or another factory) that supplies it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="component"/> or <paramref name="supplier"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="component"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantityPerUnit"/> is not greater than zero.</exception>
    public BomLine(string component, decimal quantityPerUnit, FacilityId supplier)
    {
        Component = Guard.NotBlank(component);
        QuantityPerUnit = Guard.Positive(quantityPerUnit);
        Supplier = Guard.NotNull(supplier);
    }

    /// <summary>The component or material.</summary>
    public string Component { get; }

    /// <summary>How much of the component one unit of the product needs.</summary>
    public decimal QuantityPerUnit { get; }

    /// <summary>The facility that supplies the component.</summary>
    public FacilityId Supplier { get; }

    /// <summary>"quantity × component from supplier".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{QuantityPerUnit} × {Component} from {Supplier}");
}
