using System.Globalization;
using SupplyChain.Domain.Identifiers;
using UnitsNet;

namespace SupplyChain.Domain.Products;

/// <summary>
/// A case pack (carton, master carton): the shipping unit of a product, with its unit count, outer dimensions, gross
/// weight and optional GTIN-14.
/// </summary>
/// <remarks>
/// The gross weight is stored in grams rounded to 0.01 g, so the same case weighed in different units is equal.
/// Equality compares every property.
/// </remarks>
public sealed record CasePack
{
    /// <summary>Creates a case pack.</summary>
    /// <param name="unitsPerCase">How many units a case holds; at least 1.</param>
    /// <param name="outerDimensions">The case's outside measurements.</param>
    /// <param name="grossWeight">The weight of a full case, packaging included; greater than zero.</param>
    /// <param name="gtin">The case's GTIN-14, if it has one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outerDimensions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsPerCase"/> is less than 1, or <paramref name="grossWeight"/> is not greater than zero.</exception>
    /// <exception cref="ArgumentException"><paramref name="gtin"/> is not a GTIN-14.</exception>
    public CasePack(int unitsPerCase, Dimensions outerDimensions, Mass grossWeight, Gtin? gtin = null)
    {
        UnitsPerCase = Guard.Positive(unitsPerCase);
        OuterDimensions = Guard.NotNull(outerDimensions);
        GrossWeight = Mass.FromGrams(Math.Round(Guard.Positive(grossWeight).Grams, 2, MidpointRounding.AwayFromZero));
        if (gtin is not null && gtin.Format != GtinFormat.Gtin14)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.CaseGtinNotGtin14, nameof(gtin), gtin, gtin.Format), nameof(gtin));
        }

        Gtin = gtin;
    }

    /// <summary>How many units a case holds.</summary>
    public int UnitsPerCase { get; }

    /// <summary>The case's outside measurements.</summary>
    public Dimensions OuterDimensions { get; }

    /// <summary>The weight of a full case, packaging included, in grams.</summary>
    public Mass GrossWeight { get; }

    /// <summary>The case's GTIN-14, or null.</summary>
    public Gtin? Gtin { get; }

    /// <summary>"case of N, dimensions, weight".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"case of {UnitsPerCase}, {OuterDimensions}, {GrossWeight.Kilograms} kg");
}
