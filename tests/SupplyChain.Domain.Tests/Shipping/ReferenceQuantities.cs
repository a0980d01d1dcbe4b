using System.Text.Json;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Tests.Reference;
using UnitsNet;
using UnitsNet.Units;

namespace SupplyChain.Domain.Tests.Shipping;

/// <summary>
/// Reads the quantities of the reference files ("Common shape" of the domain README): <c>{value, unit}</c> and boxes
/// <c>{length, width, height, unit}</c>. An unknown unit or field throws, so the case fails instead of passing silently.
/// </summary>
internal static class ReferenceQuantities
{
    public static MassUnit MassUnitOf(string unit) => unit switch
    {
        "kg" => MassUnit.Kilogram,
        "g" => MassUnit.Gram,
        "lb" => MassUnit.Pound,
        "oz" => MassUnit.Ounce,
        _ => throw new InvalidDataException($"Unknown mass unit '{unit}'."),
    };

    public static LengthUnit LengthUnitOf(string unit) => unit switch
    {
        "cm" => LengthUnit.Centimeter,
        "in" => LengthUnit.Inch,
        "m" => LengthUnit.Meter,
        _ => throw new InvalidDataException($"Unknown length unit '{unit}'."),
    };

    public static VolumeUnit VolumeUnitOf(string unit) => unit switch
    {
        "m3" => VolumeUnit.CubicMeter,
        _ => throw new InvalidDataException($"Unknown volume unit '{unit}'."),
    };

    public static (decimal Value, string Unit) ValueAndUnit(this JsonElement quantity)
    {
        ShouldOnlyHave(quantity, "value", "unit");
        return (quantity.Decimal("value"), quantity.Str("unit"));
    }

    public static Mass Mass(this JsonElement quantity)
    {
        var (value, unit) = quantity.ValueAndUnit();
        return UnitsNet.Mass.From((double)value, MassUnitOf(unit));
    }

    public static Volume Volume(this JsonElement quantity)
    {
        var (value, unit) = quantity.ValueAndUnit();
        return UnitsNet.Volume.From((double)value, VolumeUnitOf(unit));
    }

    public static Dimensions Box(this JsonElement box)
    {
        ShouldOnlyHave(box, "length", "width", "height", "unit");
        var unit = LengthUnitOf(box.Str("unit"));
        Length Side(string name) => Length.From((double)box.Decimal(name), unit);
        return new Dimensions(Side("length"), Side("width"), Side("height"));
    }

    private static void ShouldOnlyHave(JsonElement element, params string[] names)
    {
        element.ValueKind.Should().Be(JsonValueKind.Object);
        element.EnumerateObject().Select(p => p.Name).Should().BeSubsetOf(names);
    }
}
