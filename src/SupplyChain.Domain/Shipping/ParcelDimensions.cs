using System.Globalization;
using SupplyChain.Domain.Internal;
using UnitsNet;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// The outer dimensions of a parcel, carton or load as a carrier measures it for billing: three positive sides.
/// </summary>
/// <remarks>
/// <para>
/// Sides are stored in millimetres, rounded to 0.001 mm (1 µm), so the same box measured in different units is
/// equal and has the same hash code: 60 cm × 40 cm × 40 cm equals 600 mm × 0.4 m × 400 mm, and a box of
/// 10 in × 10 in × 10 in equals one of 25.4 cm × 25.4 cm × 25.4 cm. The sides keep the order they were given in
/// (two boxes with the same sides in another order are not equal); billing does not depend on the order.
/// </para>
/// <para>This type is for shipping only: it carries no packaging level, no weight and no orientation.</para>
/// </remarks>
public sealed record ParcelDimensions
{
    private readonly decimal _lengthMillimetres;
    private readonly decimal _widthMillimetres;
    private readonly decimal _heightMillimetres;

    /// <summary>Creates the dimensions of a box.</summary>
    /// <param name="length">The first side; positive and at most 1000 m.</param>
    /// <param name="width">The second side; positive and at most 1000 m.</param>
    /// <param name="height">The third side; positive and at most 1000 m.</param>
    /// <exception cref="ArgumentOutOfRangeException">A side is zero, negative, shorter than 0.001 mm or longer than 1000 m.</exception>
    public ParcelDimensions(UnitsNet.Length length, UnitsNet.Length width, UnitsNet.Length height)
    {
        _lengthMillimetres = ExactQuantities.Side(length, nameof(length));
        _widthMillimetres = ExactQuantities.Side(width, nameof(width));
        _heightMillimetres = ExactQuantities.Side(height, nameof(height));
    }

    /// <summary>The first side, in millimetres.</summary>
    public UnitsNet.Length Length => UnitsNet.Length.FromMillimeters((double)_lengthMillimetres);

    /// <summary>The second side, in millimetres.</summary>
    public UnitsNet.Length Width => UnitsNet.Length.FromMillimeters((double)_widthMillimetres);

    /// <summary>The third side, in millimetres.</summary>
    public UnitsNet.Length Height => UnitsNet.Length.FromMillimeters((double)_heightMillimetres);

    /// <summary>The volume of the box, in cubic centimetres.</summary>
    public Volume Volume => Volume.FromCubicCentimeters((double)(CubicMillimetres / 1_000m));

    /// <summary>The three stored sides in millimetres (exact, rounded to 1 µm), in the order given.</summary>
    internal (decimal Length, decimal Width, decimal Height) Millimetres => (_lengthMillimetres, _widthMillimetres, _heightMillimetres);

    /// <summary>The exact volume in cubic millimetres (the product of the stored sides).</summary>
    internal decimal CubicMillimetres => _lengthMillimetres * _widthMillimetres * _heightMillimetres;

    /// <summary>The sides in centimetres, with the invariant culture, e.g. <c>60 x 40 x 40 cm</c>.</summary>
    /// <returns>The three sides in the order given, in centimetres.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Centimetres(_lengthMillimetres)} x {Centimetres(_widthMillimetres)} x {Centimetres(_heightMillimetres)} cm");

    private static string Centimetres(decimal millimetres) =>
        (millimetres / 10m).ToString("0.####", CultureInfo.InvariantCulture);
}
