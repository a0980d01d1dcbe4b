using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Shipping;

/// <summary>Invariants of chargeable weight, for every built-in rule and generated boxes.</summary>
public sealed class ChargeableWeightPropertyTests
{
    private const int Runs = 200;

    /// <summary>A box: sides in inches and the actual weight in pounds.</summary>
    public sealed record Box(decimal L, decimal W, decimal H, decimal Pounds);

    /// <summary>
    /// Sides in tenths of an inch (0.1 to 60 in) and weights in hundredths of a pound (0.01 to 200 lb): the sizes of
    /// parcels and cartons, dense or light for their size. The metric twin is computed in decimal from the exact
    /// definitions, so it is the same box.
    /// </summary>
    private static readonly Gen<Box> Boxes =
        from l in Gen.Choose(1, 600)
        from w in Gen.Choose(1, 600)
        from h in Gen.Choose(1, 600)
        from lb in Gen.Choose(1, 20_000)
        select new Box(l / 10m, w / 10m, h / 10m, lb / 100m);

    [Property(MaxTest = Runs)]
    public Property The_same_box_in_inches_and_pounds_or_centimetres_and_kilograms_gets_the_same_chargeable_weight() =>
        Prop.ForAll(Boxes.ToArbitrary(), box =>
    {
        var (l, w, h, lb) = (box.L, box.W, box.H, box.Pounds);
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
    });

    // Exactly the same unit and the same value (UnitsNet's own Equals is obsolete in 5.x and unit-strict anyway).
    private static bool Same(Mass x, Mass y) => x.Unit == y.Unit && x.Value.Equals(y.Value);

    private static Dimensions DimensionsOf(Box box) =>
        new(Length.FromInches((double)box.L), Length.FromInches((double)box.W), Length.FromInches((double)box.H));

    [Property(MaxTest = Runs)]
    public Property Chargeable_weight_is_the_larger_weight_rounded_up_by_less_than_one_step() => Prop.ForAll(Boxes.ToArbitrary(), generated =>
    {
        var box = DimensionsOf(generated);
        var actual = Mass.FromPounds((double)generated.Pounds);

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
    });

    [Fact]
    public void The_boxes_are_billed_by_actual_and_by_volumetric_weight_under_every_rule()
    {
        static IEnumerable<string> Labels(Box box) => ChargeableWeightRules.All.Select(rule =>
        {
            var result = rule.Calculate(DimensionsOf(box), Mass.FromPounds((double)box.Pounds));
            var byVolume = result.Volumetric.As(rule.ResultUnit) > result.Actual.As(rule.ResultUnit);
            return rule.Name + (byVolume ? " by volumetric weight" : " by actual weight");
        });

        Reach.Covers(Boxes, Runs, Labels,
            ChargeableWeightRules.All.SelectMany(rule => new[] { rule.Name + " by volumetric weight", rule.Name + " by actual weight" }));
    }
}
