using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Invariants of the size-tier classification, on generated items.</summary>
public sealed class SizeTierPropertyTests
{
    private const int Runs = 200;

    /// <summary>An item: three sides in inches (any order) and the unit weight in pounds, all in hundredths.</summary>
    public sealed record Item(decimal A, decimal B, decimal C, decimal Pounds);

    /// <summary>An item, the measure that grows (0 to 2: a side, 3: the weight) and by how much.</summary>
    public sealed record Growth(Item Item, int Which, decimal Delta);

    // The Amazon US 2024 limits (SizeTierTable.AmazonUs2024): sides 15 × 12 × 0.75, 18 × 14 × 8 and 59 × 33 × 33 in,
    // length + girth 130 in; 1, 20 and 50 lb per tier and 50, 70, 150 lb between the extra-large bands.
    private static readonly decimal[] SideLimits = [0.75m, 8m, 12m, 14m, 15m, 18m, 33m, 59m];
    private static readonly decimal[] WeightLimits = [1m, 20m, 50m, 70m, 150m];

    /// <summary>
    /// Items aimed at each tier in turn: the sides and weight of one tier's box, each drawn from 0.01 to 10 % above its
    /// limit, exactly on it, or 0.01 above it (so items land inside, on and just beyond every limit); or a long, thin
    /// extra-large item (59 to 108 × 2 to 12 × 2 to 12 in, 0.01 to 200 lb, often on a band limit), whose small
    /// dimensional weight lets the unit weight choose among all four extra-large bands. Sides come in a random order.
    /// </summary>
    private static readonly Gen<Item> Items =
        from measures in Gen.Frequency(
            (1, Box(15m, 12m, 0.75m, 1m)),
            (1, Box(18m, 14m, 8m, 20m)),
            (1, Box(59m, 33m, 33m, 50m)),
            (1, from longest in Reach.Hundredths(5_900, 10_800)
                from median in Reach.Hundredths(200, 1_200)
                from shortest in Reach.Hundredths(200, 1_200)
                from pounds in Gen.Frequency((2, Gen.Elements(WeightLimits)), (3, Reach.Hundredths(1, 20_000)))
                select (longest, median, shortest, pounds)))
        from sides in Gen.Shuffle(new[] { measures.Item1, measures.Item2, measures.Item3 })
        select new Item(sides[0], sides[1], sides[2], measures.Item4);

    private static readonly Gen<Growth> Growths =
        from item in Items
        from which in Gen.Choose(0, 3)
        from delta in Reach.Hundredths(1, 2_000)
        select new Growth(item, which, delta);

    /// <summary>The sides and weight of a tier's box, each near its limit (see <see cref="Near"/>).</summary>
    private static Gen<(decimal, decimal, decimal, decimal)> Box(decimal longest, decimal median, decimal shortest, decimal pounds) =>
        from a in Near(longest)
        from b in Near(median)
        from c in Near(shortest)
        from w in Near(pounds)
        select (a, b, c, w);

    /// <summary>A measure with limit <paramref name="limit"/>: anywhere from 0.01 to 10 % above it, on it, or 0.01 above it.</summary>
    private static Gen<decimal> Near(decimal limit) => Gen.Frequency(
        (6, Reach.Hundredths(1, (int)(limit * 110))),
        (1, Gen.Constant(limit)),
        (1, Gen.Constant(limit + 0.01m)));

    private static SizeTierResult Classify(decimal a, decimal b, decimal c, decimal pounds) =>
        SizeTierTable.AmazonUs2024.Classify(
            Length.FromInches((double)a), Length.FromInches((double)b), Length.FromInches((double)c), Mass.FromPounds((double)pounds));

    private static SizeTierResult Classify(Item i) => Classify(i.A, i.B, i.C, i.Pounds);

    private static SizeTierResult Grown(Growth g) => g.Which switch
    {
        0 => Classify(g.Item.A + g.Delta, g.Item.B, g.Item.C, g.Item.Pounds),
        1 => Classify(g.Item.A, g.Item.B + g.Delta, g.Item.C, g.Item.Pounds),
        2 => Classify(g.Item.A, g.Item.B, g.Item.C + g.Delta, g.Item.Pounds),
        _ => Classify(g.Item.A, g.Item.B, g.Item.C, g.Item.Pounds + g.Delta),
    };

    // Tier, then band within the tier (bands are ordered by weight): the size order of a result.
    private static (int Tier, int Band) Rank(SizeTierResult r) =>
        ((int)r.Tier, r.Band is null ? -1 : SizeTierTable.AmazonUs2024.LimitsOf(r.Tier).Bands.ToList().IndexOf(r.Band));

    [Property(MaxTest = Runs)]
    public Property Increasing_a_side_or_the_weight_never_gives_a_smaller_tier() =>
        Prop.ForAll(Growths.ToArbitrary(), g => Rank(Grown(g)).CompareTo(Rank(Classify(g.Item))) >= 0);

    [Property(MaxTest = Runs)]
    public Property The_order_of_the_sides_does_not_matter() =>
        Prop.ForAll(Items.ToArbitrary(), i =>
        {
            var one = Classify(i);
            var other = Classify(i.C, i.A, i.B, i.Pounds);
            return one.Tier == other.Tier && ReferenceEquals(one.Band, other.Band)
                && one.ShippingWeight.Pounds.Equals(other.ShippingWeight.Pounds) && one.ExceededLimit == other.ExceededLimit;
        });

    [Property(MaxTest = Runs)]
    public Property Shipping_weight_is_never_below_the_unit_weight_and_is_the_unit_weight_for_small_standard() =>
        Prop.ForAll(Items.ToArbitrary(), i =>
        {
            var result = Classify(i);
            return result.ShippingWeight.Pounds >= result.UnitWeight.Pounds
                && (result.Tier != SizeTier.SmallStandard || result.ShippingWeight.Pounds.Equals(result.UnitWeight.Pounds));
        });

    [Fact]
    public void The_items_reach_every_tier_band_and_exceeded_limit_and_sit_on_limits()
    {
        var bands = SizeTierTable.AmazonUs2024.LimitsOf(SizeTier.ExtraLarge).Bands.Select(b => "band " + b.Name);
        Reach.Covers(Items, Runs, ItemLabels,
            [.. Enum.GetNames<SizeTier>().Select(t => "tier " + t), .. bands,
                .. Enum.GetNames<SizeTierLimit>().Select(l => "left the smaller tier by " + l),
                "a side on a limit", "the weight on a limit", "dimensional weight above the unit weight"]);
    }

    [Fact]
    public void The_growths_move_items_up_a_tier_by_each_side_and_by_the_weight()
    {
        Reach.Covers(Growths, Runs, g => Rank(Grown(g)).CompareTo(Rank(Classify(g.Item))) > 0
                ? [g.Which == 3 ? "moved up by the weight" : "moved up by side " + g.Which]
                : ["stayed"],
            ["moved up by side 0", "moved up by side 1", "moved up by side 2", "moved up by the weight", "stayed"]);
    }

    private static IEnumerable<string> ItemLabels(Item i)
    {
        var result = Classify(i);
        yield return "tier " + result.Tier;
        if (result.Band is { } band)
        {
            yield return "band " + band.Name;
        }

        if (result.ExceededLimit is { } exceeded)
        {
            yield return "left the smaller tier by " + exceeded;
        }

        if (new[] { i.A, i.B, i.C }.Any(SideLimits.Contains))
        {
            yield return "a side on a limit";
        }

        if (WeightLimits.Contains(i.Pounds))
        {
            yield return "the weight on a limit";
        }

        if (result.ShippingWeight.Pounds > result.UnitWeight.Pounds)
        {
            yield return "dimensional weight above the unit weight";
        }
    }
}
