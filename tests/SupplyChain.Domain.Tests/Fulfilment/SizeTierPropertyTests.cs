using FsCheck;
using FsCheck.Xunit;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Invariants of the size-tier classification, on generated items.</summary>
public sealed class SizeTierPropertyTests
{
    // Sides in hundredths of an inch (0.01 to 80 in) and weights in hundredths of a pound (0 to 200 lb), so items
    // land in every tier and on many limits (15, 12, 0.75, 18, 14, 8, 59, 33 in; 1, 20, 50, 70, 150 lb).
    private static decimal Inches(PositiveInt hundredths) => (hundredths.Get % 8_000 + 1) / 100m;

    private static decimal Pounds(NonNegativeInt hundredths) => hundredths.Get % 20_001 / 100m;

    private static SizeTierResult Classify(decimal a, decimal b, decimal c, decimal pounds) =>
        SizeTierTable.AmazonUs2024.Classify(
            Length.FromInches((double)a), Length.FromInches((double)b), Length.FromInches((double)c), Mass.FromPounds((double)pounds));

    // Tier, then band within the tier (bands are ordered by weight): the size order of a result.
    private static (int Tier, int Band) Rank(SizeTierResult r) =>
        ((int)r.Tier, r.Band is null ? -1 : SizeTierTable.AmazonUs2024.LimitsOf(r.Tier).Bands.ToList().IndexOf(r.Band));

    [Property]
    public bool Increasing_a_side_or_the_weight_never_gives_a_smaller_tier(
        PositiveInt a, PositiveInt b, PositiveInt c, NonNegativeInt weight, PositiveInt grow, byte which)
    {
        var (x, y, z, w) = (Inches(a), Inches(b), Inches(c), Pounds(weight));
        var delta = (grow.Get % 2_000 + 1) / 100m;   // 0.01 to 20
        var before = Classify(x, y, z, w);
        var after = (which % 4) switch
        {
            0 => Classify(x + delta, y, z, w),
            1 => Classify(x, y + delta, z, w),
            2 => Classify(x, y, z + delta, w),
            _ => Classify(x, y, z, w + delta),
        };

        return Rank(after).CompareTo(Rank(before)) >= 0;
    }

    [Property]
    public bool The_order_of_the_sides_does_not_matter(PositiveInt a, PositiveInt b, PositiveInt c, NonNegativeInt weight)
    {
        var (x, y, z, w) = (Inches(a), Inches(b), Inches(c), Pounds(weight));
        var one = Classify(x, y, z, w);
        var other = Classify(z, x, y, w);

        return one.Tier == other.Tier && ReferenceEquals(one.Band, other.Band)
            && one.ShippingWeight.Pounds.Equals(other.ShippingWeight.Pounds) && one.ExceededLimit == other.ExceededLimit;
    }

    [Property]
    public bool Shipping_weight_is_never_below_the_unit_weight_and_is_the_unit_weight_for_small_standard(PositiveInt a, PositiveInt b, PositiveInt c, NonNegativeInt weight)
    {
        var result = Classify(Inches(a), Inches(b), Inches(c), Pounds(weight));
        return result.ShippingWeight.Pounds >= result.UnitWeight.Pounds
            && (result.Tier != SizeTier.SmallStandard || result.ShippingWeight.Pounds.Equals(result.UnitWeight.Pounds));
    }
}
