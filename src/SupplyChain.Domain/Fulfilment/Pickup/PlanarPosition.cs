using System.Globalization;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>
/// A point on a flat map, in metres east and north of any origin the caller chooses (e.g. the consolidation hub): the
/// distance input of <see cref="MilkRunPlanner"/>. Distances are straight lines (Euclidean).
/// </summary>
/// <remarks>
/// <para>
/// Coordinates are stored in whole millimetres (rounded half away from zero) as exact decimals and limited to
/// ±<see cref="MaxCoordinateKilometres"/> km, so squared distances are exact and equal distances compare equal:
/// the planner's tie-breaking does not depend on floating-point noise. A flat map is a fair model for the tens of
/// kilometres of a pickup round within one cluster; for larger areas, project the coordinates first.
/// </para>
/// <para>Equality compares both stored coordinates. The default value is the origin.</para>
/// </remarks>
public readonly record struct PlanarPosition
{
    /// <summary>The largest coordinate, in kilometres (half the Earth's circumference is about 20,000 km).</summary>
    public const int MaxCoordinateKilometres = 20_000;

    private readonly decimal _eastMillimetres;
    private readonly decimal _northMillimetres;

    /// <summary>Creates a position.</summary>
    /// <param name="east">The distance east of the origin (negative for west).</param>
    /// <param name="north">The distance north of the origin (negative for south).</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is not finite or is beyond ±<see cref="MaxCoordinateKilometres"/> km.</exception>
    public PlanarPosition(Length east, Length north)
    {
        _eastMillimetres = Coordinate(east, nameof(east));
        _northMillimetres = Coordinate(north, nameof(north));
    }

    /// <summary>The distance east of the origin.</summary>
    public Length East => Length.FromMeters((double)(_eastMillimetres / 1000m));

    /// <summary>The distance north of the origin.</summary>
    public Length North => Length.FromMeters((double)(_northMillimetres / 1000m));

    /// <summary>A position given in kilometres east and north of the origin.</summary>
    /// <param name="eastKilometres">Kilometres east (negative for west).</param>
    /// <param name="northKilometres">Kilometres north (negative for south).</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is not finite or is beyond ±<see cref="MaxCoordinateKilometres"/> km.</exception>
    public static PlanarPosition FromKilometres(double eastKilometres, double northKilometres) =>
        new(Length.FromKilometers(eastKilometres), Length.FromKilometers(northKilometres));

    /// <summary>The straight-line distance to <paramref name="other"/>.</summary>
    /// <param name="other">The other position.</param>
    /// <returns>√(Δeast² + Δnorth²).</returns>
    public Length DistanceTo(PlanarPosition other) => Length.FromMillimeters(Math.Sqrt((double)SquaredMillimetres(other)));

    /// <summary>"(east, north) km", e.g. "(3, -4) km".</summary>
    /// <returns>The coordinates in kilometres.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({_eastMillimetres / 1_000_000m:0.######}, {_northMillimetres / 1_000_000m:0.######}) km");

    /// <summary>The exact squared distance in mm² (the planner compares these).</summary>
    internal decimal SquaredMillimetres(PlanarPosition other)
    {
        var dx = _eastMillimetres - other._eastMillimetres;
        var dy = _northMillimetres - other._northMillimetres;
        return (dx * dx) + (dy * dy);
    }

    private static decimal Coordinate(Length value, string paramName)
    {
        var millimetres = value.Millimeters;
        if (!double.IsFinite(millimetres) || Math.Abs(millimetres) > MaxCoordinateKilometres * 1_000_000d)
        {
            throw new ArgumentOutOfRangeException(paramName, value, Guard.Format(
                ErrorMessages.MustBeBetween, paramName, $"-{MaxCoordinateKilometres} km", $"{MaxCoordinateKilometres} km", value.Kilometers.ToString("0.######", CultureInfo.InvariantCulture) + " km"));
        }

        return Math.Round((decimal)millimetres, 0, MidpointRounding.AwayFromZero);
    }
}
