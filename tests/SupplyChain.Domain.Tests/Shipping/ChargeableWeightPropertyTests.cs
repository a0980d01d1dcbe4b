using FsCheck;
using FsCheck.Xunit;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Shipping;

/// <summary>Invariants of chargeable weight, for every built-in rule and generated boxes.</summary>
public sealed class ChargeableWeightPropertyTests
{
    // Sides in tenths of an inch (0.1 to 60 in) and weights in hundredths of a pound (0.01 to 200 lb): the sizes of
    // parcels and cartons. The metric twin is computed in decimal from the exact definitions, so it is the same box.
    private static decimal Inches(PositiveInt tenths) => (tenths.Get % 600 + 1) / 10m;

    private static decimal Pounds(PositiveInt hundredths) => (hundredths.Get % 20_000 + 1) / 100m;

    [Property]
    public bool The_same_box_in_inches_and_pounds_or_centimetres_and_kilograms_gets_the_same_chargeable_weight(
        PositiveInt length, PositiveInt width, PositiveInt height, PositiveInt weight)
    {
        var (l, w, h, lb) = (Inches(length), Inches(width), Inches(height), Pounds(weight));
        var imperial = new Dimensions(Length.FromInches((double)l), Length.FromInches((double)w), Length.FromInches((double)h));
        var metric = new Dimensions(
            Length.FromCentimeters((double)(l * 2.54m)), Length.FromCentimeters((double)(w * 2.54m)), Length.FromCentimeters((double)(h * 2.54m)));
        var pounds = Mass.FromPounds((double)lb);
        var kilograms = Mass.FromKilograms((double)(lb * 0.45359237m));

        return ChargeableWeightRules.All.All(rule =>
        {
            var a = rule.Calculate(imperial, pounds);
            var b = rule.Calculate(metric, kilograms);
            return Same(a.Chargeable, b.Chargeable) && Same(a.Volumetric, b.Volumetric) && Same(a.Actual, b.Actual);
        });
    }

    // Exactly the same unit and the same value (UnitsNet's own Equals is obsolete in 5.x and unit-strict anyway).
    private static bool Same(Mass x, Mass y) => x.Unit == y.Unit && x.Value.Equals(y.Value);

    [Property]
    public bool Chargeable_weight_is_the_larger_weight_rounded_up_by_less_than_one_step(
        PositiveInt length, PositiveInt width, PositiveInt height, PositiveInt weight)
    {
        var box = new Dimensions(
            Length.FromInches((double)Inches(length)), Length.FromInches((double)Inches(width)), Length.FromInches((double)Inches(height)));
        var actual = Mass.FromPounds((double)Pounds(weight));

        return ChargeableWeightRules.All.All(rule =>
        {
            var result = rule.Calculate(box, actual);
            var larger = Math.Max(result.Actual.As(rule.ResultUnit), result.Volumetric.As(rule.ResultUnit));
            var chargeable = result.Chargeable.As(rule.ResultUnit);
            if (rule.RoundingStep is not { } stepMass)
            {
                return chargeable == larger;
            }

            // A multiple of the step, not below the larger weight, and less than one step above it.
            var step = stepMass.As(rule.ResultUnit);
            var steps = chargeable / step;
            return chargeable >= larger && chargeable - larger < step && Math.Abs(steps - Math.Round(steps)) < 1e-9;
        });
    }
}
