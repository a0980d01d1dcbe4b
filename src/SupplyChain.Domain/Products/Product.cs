using SupplyChain.Domain.Identifiers;
using UnitsNet;

namespace SupplyChain.Domain.Products;

/// <summary>
/// A product as a seller sells it: ids, customs classification, unit dimensions and weight, dangerous-goods flag,
/// category and packaging.
/// </summary>
/// <remarks>
/// <para>
/// Immutable. Two products are the same product when their <see cref="Id"/>s are equal (the class keeps reference
/// equality, so compare ids). The unit weight is stored in grams rounded to 0.01 g.
/// </para>
/// <para>
/// When packaging is given, it must be physically possible: a case's outer volume is at least its units' volume
/// and its gross weight at least its units' weight.
/// </para>
/// </remarks>
public sealed class Product
{
    /// <summary>
    /// Creates a product; a GTIN, packaging and the dangerous-goods flag, when they apply, are set by name
    /// (<see cref="Gtin"/>, <see cref="Packaging"/>, <see cref="IsDangerousGoods"/>).
    /// </summary>
    /// <param name="id">The product's id in the model.</param>
    /// <param name="seller">The seller that sells it.</param>
    /// <param name="sku">The seller's SKU.</param>
    /// <param name="hsCode">Its Harmonized System code.</param>
    /// <param name="unitDimensions">The dimensions of one unit as sold (in its retail packaging).</param>
    /// <param name="unitMass">The weight of one unit as sold; greater than zero.</param>
    /// <param name="category">The category the product is sold in, e.g. "Home &amp; Kitchen &gt; Mugs"; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="seller"/>, <paramref name="sku"/>, <paramref name="hsCode"/>, <paramref name="unitDimensions"/> or <paramref name="category"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitMass"/> is not greater than zero.</exception>
    /// <exception cref="ArgumentException"><paramref name="category"/> is blank.</exception>
    public Product(
        ProductId id,
        PartyId seller,
        Sku sku,
        HsCode hsCode,
        Dimensions unitDimensions,
        Mass unitMass,
        string category)
    {
        Id = Guard.NotNull(id);
        Seller = Guard.NotNull(seller);
        Sku = Guard.NotNull(sku);
        HsCode = Guard.NotNull(hsCode);
        UnitDimensions = Guard.NotNull(unitDimensions);
        UnitMass = Mass.FromGrams(Math.Round(Guard.Positive(unitMass).Grams, 2, MidpointRounding.AwayFromZero));
        Category = Guard.NotBlank(category);
    }

    /// <summary>The product's id in the model.</summary>
    public ProductId Id { get; }

    /// <summary>The seller that sells the product.</summary>
    public PartyId Seller { get; }

    /// <summary>The seller's SKU.</summary>
    public Sku Sku { get; }

    /// <summary>The unit's GTIN, or null (the default) when it has none.</summary>
    public Gtin? Gtin { get; init; }

    /// <summary>The Harmonized System code.</summary>
    public HsCode HsCode { get; }

    /// <summary>The dimensions of one unit as sold.</summary>
    public Dimensions UnitDimensions { get; }

    /// <summary>The weight of one unit as sold, in grams.</summary>
    public Mass UnitMass { get; }

    /// <summary>Whether the product is dangerous goods (hazmat, e.g. lithium batteries); false by default.</summary>
    public bool IsDangerousGoods { get; init; }

    /// <summary>The category the product is sold in.</summary>
    public string Category { get; }

    /// <summary>
    /// The packaging hierarchy, or null (the default) when not known. A case must hold its units: its outer volume is
    /// at least their volume and its gross weight at least their weight.
    /// </summary>
    /// <exception cref="ArgumentException">A case is smaller or lighter than the units it holds.</exception>
    public PackagingHierarchy? Packaging
    {
        get;
        init
        {
            if (value is not null)
            {
                CheckCaseHoldsUnits(value, UnitDimensions, UnitMass);
            }

            field = value;
        }
    }

    /// <summary>"id (SKU)".</summary>
    public override string ToString() => $"{Id} ({Sku})";

    private static void CheckCaseHoldsUnits(PackagingHierarchy value, Dimensions unit, Mass unitMass)
    {
        var casePack = value.CasePack;
        // Compare in exact-enough doubles with a relative margin of 1e-9 for the rounding of stored sides.
        var needed = unit.Volume.CubicMillimeters * casePack.UnitsPerCase;
        var held = casePack.OuterDimensions.Volume.CubicMillimeters;
        if (held < needed * (1 - 1e-9))
        {
            throw Guard.Refused(
                Guard.Format(ErrorMessages.CaseTooSmall, nameof(Packaging), casePack.UnitsPerCase, Liters(unit.Volume.Liters), Liters(needed / 1e6), Liters(held / 1e6)),
                nameof(Packaging));
        }

        var weight = unitMass.Grams * casePack.UnitsPerCase;
        if (casePack.GrossWeight.Grams < weight * (1 - 1e-9))
        {
            throw Guard.Refused(
                Guard.Format(ErrorMessages.CaseTooLight, nameof(Packaging), casePack.UnitsPerCase, Kilograms(unitMass.Kilograms), Kilograms(weight / 1000), Kilograms(casePack.GrossWeight.Kilograms)),
                nameof(Packaging));
        }
    }

    private static string Liters(double value) => Guard.Format("{0:0.###} L", value);

    private static string Kilograms(double value) => Guard.Format("{0:0.###} kg", value);
}
