using System.Globalization;
using UnitsNet;
using UnitsNet.Units;

namespace SupplyChain.Domain.Internal;

/// <summary>
/// Converts UnitsNet quantities to exact decimals in one base unit (millimetres, cubic millimetres, kilograms), and
/// checks their range with messages that name the caller's parameter.
/// </summary>
/// <remarks>
/// UnitsNet 5 keeps a quantity as a <see cref="double"/> value plus a unit. The value is read as a decimal with
/// at most 15 significant digits (the <see cref="decimal"/> conversion of a <see cref="double"/>), which gives back
/// what the caller wrote (17.6, not 17.600000000000001), and then multiplied by the exact factor of its unit
/// (1 in = 25.4 mm, 1 lb = 0.45359237 kg, by definition). Units not in the tables fall back to UnitsNet's own
/// conversion, read with 15 significant digits. So the arithmetic after this point is exact, and a volume that is
/// exactly on a rounding step stays on it.
/// </remarks>
internal static class ExactQuantities
{
    /// <summary>The longest side a parcel or load can have: 1 km, far above any real load.</summary>
    internal const decimal MaxSideMillimetres = 1_000_000m;

    /// <summary>The resolution of box sides: 0.001 mm (1 µm); sides are rounded to it.</summary>
    internal const int SideDecimals = 3;

    /// <summary>The largest volume: 1 km³ (10¹⁸ mm³), the volume of the largest box.</summary>
    internal const decimal MaxCubicMillimetres = 1_000_000_000_000_000_000m;

    /// <summary>The largest mass: 1,000,000 t (10⁹ kg).</summary>
    internal const decimal MaxKilograms = 1_000_000_000m;

    internal const decimal CubicMillimetresPerCubicInch = 16_387.064m;      // 25.4³, exact
    internal const decimal KilogramsPerPound = 0.45359237m;                   // exact by definition (1959)

    internal static string Show(IQuantity quantity) => quantity.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>A box side in millimetres, rounded to 1 µm; positive and at most 1 km.</summary>
    internal static decimal Side(Length side, string paramName)
    {
        var millimetres = side.Millimeters;
        if (!(millimetres > 0))
        {
            throw new ArgumentOutOfRangeException(paramName, side, Guard.Format(ErrorMessages.MustBePositive, paramName, Show(side)));
        }

        if (millimetres > (double)MaxSideMillimetres)
        {
            throw new ArgumentOutOfRangeException(paramName, side, Guard.Format(ErrorMessages.MustBeAtMost, paramName, "1000 m", Show(side)));
        }

        var exact = Math.Round(Millimetres(side), SideDecimals, MidpointRounding.AwayFromZero);
        return exact > 0 ? exact
            : throw new ArgumentOutOfRangeException(paramName, side, Guard.Format(ErrorMessages.MustBeAtLeast, paramName, "0.001 mm", Show(side)));
    }

    /// <summary>A volume in cubic millimetres; positive and at most 1 km³.</summary>
    internal static decimal PositiveVolume(Volume volume, string paramName)
    {
        var cubicMetres = volume.CubicMeters;
        if (!(cubicMetres > 0))
        {
            throw new ArgumentOutOfRangeException(paramName, volume, Guard.Format(ErrorMessages.MustBePositive, paramName, Show(volume)));
        }

        if (cubicMetres > (double)(MaxCubicMillimetres / 1_000_000_000m))
        {
            throw new ArgumentOutOfRangeException(paramName, volume, Guard.Format(ErrorMessages.MustBeAtMost, paramName, "1000000000 m³", Show(volume)));
        }

        var exact = CubicMillimetres(volume);
        return exact > 0 ? exact
            : throw new ArgumentOutOfRangeException(paramName, volume, Guard.Format(ErrorMessages.MustBePositive, paramName, Show(volume)));
    }

    /// <summary>A mass in kilograms; not negative (or positive, when <paramref name="allowZero"/> is false) and at most 10⁹ kg.</summary>
    internal static decimal Kilograms(Mass mass, string paramName, bool allowZero)
    {
        var kilograms = mass.Kilograms;
        if (allowZero ? !(kilograms >= 0) : !(kilograms > 0))
        {
            var template = allowZero ? ErrorMessages.MustNotBeNegative : ErrorMessages.MustBePositive;
            throw new ArgumentOutOfRangeException(paramName, mass, Guard.Format(template, paramName, Show(mass)));
        }

        if (kilograms > (double)MaxKilograms)
        {
            throw new ArgumentOutOfRangeException(paramName, mass, Guard.Format(ErrorMessages.MustBeAtMost, paramName, "1000000000 kg", Show(mass)));
        }

        var exact = ExactKilograms(mass);
        return allowZero || exact > 0 ? exact
            : throw new ArgumentOutOfRangeException(paramName, mass, Guard.Format(ErrorMessages.MustBePositive, paramName, Show(mass)));
    }

    /// <summary>
    /// A mass in pounds; not negative and at most 10⁹ kg. Pounds and ounces are read directly (16 oz is exactly
    /// 1 lb); other units go through their exact kilogram factor.
    /// </summary>
    internal static decimal Pounds(Mass mass, string paramName)
    {
        var kilograms = Kilograms(mass, paramName, allowZero: true);   // checks sign and range
        return mass.Unit switch
        {
            MassUnit.Pound => (decimal)mass.Value,
            MassUnit.Ounce => (decimal)mass.Value / 16m,
            _ => kilograms / KilogramsPerPound,
        };
    }

    /// <summary>A value in <paramref name="unit"/> (a unit with an exact definition in kilograms) expressed in pounds.</summary>
    internal static decimal ToPounds(decimal value, MassUnit unit) => unit switch
    {
        MassUnit.Pound => value,
        MassUnit.Ounce => value / 16m,
        _ when TryKilogramsPer(unit, out var kilogramsPerUnit) => value * kilogramsPerUnit / KilogramsPerPound,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Only units with an exact definition in kilograms convert exactly."),
    };

    /// <summary>
    /// How many kilograms one <paramref name="unit"/> is, for the units defined exactly in kilograms (metric units,
    /// pound, ounce, stone, short and long ton); false for the others (grain, slug, solar mass…).
    /// </summary>
    internal static bool TryKilogramsPer(MassUnit unit, out decimal kilograms)
    {
        kilograms = unit switch
        {
            MassUnit.Kilogram => 1m,
            MassUnit.Gram => 0.001m,
            MassUnit.Milligram => 0.000001m,
            MassUnit.Hectogram => 0.1m,
            MassUnit.Decagram => 0.01m,
            MassUnit.Tonne => 1000m,
            MassUnit.Pound => KilogramsPerPound,
            MassUnit.Ounce => KilogramsPerPound / 16m,                        // 0.028349523125, exact
            MassUnit.Stone => KilogramsPerPound * 14m,
            MassUnit.ShortTon => KilogramsPerPound * 2000m,
            MassUnit.LongTon => KilogramsPerPound * 2240m,
            _ => 0m,
        };
        return kilograms > 0;
    }

    /// <summary>
    /// How many cubic millimetres one <paramref name="unit"/> is, for the units defined exactly (cubic metric units,
    /// litre, millilitre, cubic inch, foot and yard); false for the others (gallons, barrels…).
    /// </summary>
    internal static bool TryCubicMillimetresPer(VolumeUnit unit, out decimal cubicMillimetres)
    {
        cubicMillimetres = unit switch
        {
            VolumeUnit.CubicMillimeter => 1m,
            VolumeUnit.CubicCentimeter or VolumeUnit.Milliliter => 1_000m,
            VolumeUnit.CubicDecimeter or VolumeUnit.Liter => 1_000_000m,
            VolumeUnit.CubicMeter => 1_000_000_000m,
            VolumeUnit.CubicInch => CubicMillimetresPerCubicInch,
            VolumeUnit.CubicFoot => CubicMillimetresPerCubicInch * 1_728m,   // 12³ in³
            VolumeUnit.CubicYard => CubicMillimetresPerCubicInch * 46_656m,  // 36³ in³
            _ => 0m,
        };
        return cubicMillimetres > 0;
    }

    private static decimal Millimetres(Length length)
    {
        var value = (decimal)length.Value;
        return length.Unit switch
        {
            LengthUnit.Millimeter => value,
            LengthUnit.Centimeter => value * 10m,
            LengthUnit.Decimeter => value * 100m,
            LengthUnit.Meter => value * 1_000m,
            LengthUnit.Kilometer => value * 1_000_000m,
            LengthUnit.Micrometer => value / 1_000m,
            LengthUnit.Inch => value * 25.4m,
            LengthUnit.Foot => value * 304.8m,
            LengthUnit.Yard => value * 914.4m,
            _ => (decimal)length.Millimeters,
        };
    }

    private static decimal CubicMillimetres(Volume volume) =>
        TryCubicMillimetresPer(volume.Unit, out var factor)
            ? (decimal)volume.Value * factor
            : (decimal)volume.CubicMeters * 1_000_000_000m;

    private static decimal ExactKilograms(Mass mass) =>
        TryKilogramsPer(mass.Unit, out var factor)
            ? (decimal)mass.Value * factor
            : (decimal)mass.Kilograms;
}
