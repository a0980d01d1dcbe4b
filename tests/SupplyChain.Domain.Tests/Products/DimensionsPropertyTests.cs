using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Products;

/// <summary>Invariants of the one box type, on generated boxes over the whole range the type accepts.</summary>
public sealed class DimensionsPropertyTests
{
    private const int MaxMicrometres = 1_000_000_000;   // 1000 m, the longest side allowed

    // A side in whole micrometres (the stored resolution), from 1 µm to 1000 m: the two ends themselves, sub-millimetre
    // sides, parcel and carton sides (1 mm to 2 m) and loads up to 1000 m.
    private static readonly Gen<int> Side = Gen.OneOf(
        Gen.Elements(1, MaxMicrometres),
        Gen.Choose(1, 999),
        Gen.Choose(1_000, 2_000_000),
        Gen.Choose(2_000_001, MaxMicrometres));

    // Three sides, sometimes with ties (two equal sides, a cube), which the sorting must also get right.
    private static readonly Gen<int[]> Sides = Gen.OneOf(
        from a in Side from b in Side from c in Side select new[] { a, b, c },
        from a in Side from b in Side select new[] { a, a, b },
        Side.Select(s => new[] { s, s, s }));

    // The six orders of three sides.
    private static readonly int[][] Permutations = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

    private static Length Micrometres(int micrometres, bool inCentimetres) =>
        inCentimetres
            ? Length.FromCentimeters((double)(micrometres / 10_000m))
            : Length.FromMillimeters((double)(micrometres / 1_000m));

    private static Dimensions Box(int[] sides, int[] order, bool inCentimetres) =>
        new(Micrometres(sides[order[0]], inCentimetres), Micrometres(sides[order[1]], inCentimetres), Micrometres(sides[order[2]], inCentimetres));

    // The text form written independently of Dimensions.ToString: whole micrometres as millimetres with up to three
    // decimals, invariant culture, separated by " × ", in the given order.
    private static string Text(int[] sides, int[] order) =>
        string.Join(" × ", order.Select(i => (sides[i] / 1_000m).ToString("0.###", CultureInfo.InvariantCulture))) + " mm";

    [Fact]
    public void Any_permutation_of_the_sides_in_any_unit_gives_an_equal_box() =>
        Prop.ForAll(Sides.ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (sides, permutation, inCentimetres) =>
        {
            var reference = Box(sides, Permutations[0], inCentimetres: false);
            var turned = Box(sides, Permutations[permutation], inCentimetres);
            var sorted = sides.OrderDescending().ToArray();
            return reference.Equals(turned)
                && reference.GetHashCode() == turned.GetHashCode()
                && turned.Longest.Millimeters.Equals((double)(sorted[0] / 1_000m))
                && turned.Median.Millimeters.Equals((double)(sorted[1] / 1_000m))
                && turned.Shortest.Millimeters.Equals((double)(sorted[2] / 1_000m));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_text_form_round_trips()
    {
        Prop.ForAll(Sides.ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), (sides, permutation) =>
        {
            var order = Permutations[permutation];
            var box = Box(sides, order, inCentimetres: false);
            var written = Text(sides, order);
            var parsed = Dimensions.Parse(written);
            return box.ToString() == Text(sides, [.. order.OrderByDescending(i => sides[i])])   // written longest first
                && Dimensions.Parse(box.ToString()).Equals(box)
                && parsed.Equals(box)
                && Dimensions.TryParse(written, out var tried) && tried.Equals(box);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_generators_reach_the_ends_the_middle_and_the_ties()
    {
        // Reach proof for the generators above, on the fixed seed of Reach: 2,000 boxes must include each end of the
        // range, every band of side lengths, three different sides, exactly two equal sides, and cubes. (FsCheck's
        // Sample takes the count first: Sample(50, seed, 2_000) drew only 50 boxes, at size 2,000.)
        static IEnumerable<string> Labels(int[] box)
        {
            foreach (var s in box)
            {
                yield return s switch
                {
                    1 => "the shortest side allowed",
                    MaxMicrometres => "the longest side allowed",
                    < 1_000 => "a sub-millimetre side",
                    <= 2_000_000 => "a parcel or carton side",
                    _ => "a load",
                };

                if (s % 1_000 != 0)
                {
                    yield return "a side with decimals in millimetres";
                }
            }

            yield return box.Distinct().Count() switch { 3 => "three different sides", 2 => "two equal sides", _ => "a cube" };
        }

        Reach.Covers(Sides, 2_000, Labels,
            ["the shortest side allowed", "the longest side allowed", "a sub-millimetre side", "a parcel or carton side", "a load",
                "a side with decimals in millimetres", "three different sides", "two equal sides", "a cube"]);
        Reach.Sample(Sides, 2_000).SelectMany(b => b).Should().OnlyContain(s => s >= 1 && s <= MaxMicrometres, "no side outside the range the type accepts");
    }
}
