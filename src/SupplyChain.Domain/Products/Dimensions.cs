using System.Globalization;
using UnitsNet;

namespace SupplyChain.Domain.Products;

/// <summary>
/// The outside measurements of a rectangular box (a product unit, a carton): three sides, with the sorted sides,
/// volume and girth that carriers and platforms price by.
/// </summary>
/// <remarks>
/// <para>
/// Sides are stored in millimetres rounded to 0.01 mm, so the same box measured in different units is equal
/// (60 cm × 40 cm × 40 cm equals 0.6 m × 400 mm × 0.4 m) and hashes equal. Equality compares
/// <see cref="Length"/>, <see cref="Width"/> and <see cref="Height"/> in that order: the same box turned on its
/// side is a different value; compare <see cref="Longest"/>, <see cref="Median"/> and <see cref="Shortest"/> to
/// ignore orientation.
/// </para>
/// <para>
/// <see cref="Girth"/> is 2 × (median + shortest), the distance around the box's thickest cross-section, and
/// <see cref="LengthPlusGirth"/> is longest + girth, as carriers (UPS, FedEx, USPS) and Amazon's size tiers define
/// them.
/// </para>
/// </remarks>
public sealed record Dimensions
{
    /// <summary>Creates the dimensions of a box.</summary>
    /// <param name="length">The first side; greater than zero and at least 0.01 mm.</param>
    /// <param name="width">The second side; greater than zero and at least 0.01 mm.</param>
    /// <param name="height">The third side; greater than zero and at least 0.01 mm.</param>
    /// <exception cref="ArgumentOutOfRangeException">A side is zero, negative, not finite, or shorter than 0.01 mm.</exception>
    public Dimensions(UnitsNet.Length length, UnitsNet.Length width, UnitsNet.Length height)
    {
        Length = Canonical(length, nameof(length));
        Width = Canonical(width, nameof(width));
        Height = Canonical(height, nameof(height));
    }

    /// <summary>The first side, in millimetres.</summary>
    public UnitsNet.Length Length { get; }

    /// <summary>The second side, in millimetres.</summary>
    public UnitsNet.Length Width { get; }

    /// <summary>The third side, in millimetres.</summary>
    public UnitsNet.Length Height { get; }

    /// <summary>The longest side.</summary>
    public UnitsNet.Length Longest => Sorted().Longest;

    /// <summary>The middle side.</summary>
    public UnitsNet.Length Median => Sorted().Median;

    /// <summary>The shortest side.</summary>
    public UnitsNet.Length Shortest => Sorted().Shortest;

    /// <summary>Length × width × height.</summary>
    public Volume Volume => Volume.FromCubicMillimeters(Length.Millimeters * Width.Millimeters * Height.Millimeters);

    /// <summary>2 × (median + shortest).</summary>
    public UnitsNet.Length Girth => UnitsNet.Length.FromMillimeters(2 * (Median.Millimeters + Shortest.Millimeters));

    /// <summary>Longest side + girth.</summary>
    public UnitsNet.Length LengthPlusGirth => UnitsNet.Length.FromMillimeters(Longest.Millimeters + Girth.Millimeters);

    /// <summary>Whether this box and <paramref name="other"/> have the same sides in any orientation.</summary>
    /// <param name="other">The other box.</param>
    /// <returns>True when the sorted sides are equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsSameBoxAs(Dimensions other)
    {
        Guard.NotNull(other);
        var (a, b) = (Sorted(), other.Sorted());
        return a.Longest.Millimeters.Equals(b.Longest.Millimeters)
               && a.Median.Millimeters.Equals(b.Median.Millimeters)
               && a.Shortest.Millimeters.Equals(b.Shortest.Millimeters);
    }

    /// <summary>"L × W × H mm" with invariant culture, e.g. "600 × 400 × 400 mm".</summary>
    /// <returns>The sides in millimetres.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Length.Millimeters} × {Width.Millimeters} × {Height.Millimeters} mm");

    private (UnitsNet.Length Longest, UnitsNet.Length Median, UnitsNet.Length Shortest) Sorted()
    {
        double[] sides = [Length.Millimeters, Width.Millimeters, Height.Millimeters];
        Array.Sort(sides);
        return (UnitsNet.Length.FromMillimeters(sides[2]), UnitsNet.Length.FromMillimeters(sides[1]), UnitsNet.Length.FromMillimeters(sides[0]));
    }

    private static UnitsNet.Length Canonical(UnitsNet.Length side, string paramName)
    {
        Guard.Positive(side, paramName);
        var millimetres = Math.Round(side.Millimeters, 2, MidpointRounding.AwayFromZero);
        return millimetres > 0
            ? UnitsNet.Length.FromMillimeters(millimetres)
            : throw new ArgumentOutOfRangeException(paramName, side, Guard.Format(ErrorMessages.LengthBelowResolution, paramName, side));
    }
}
