namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>The stable kebab-case names of the tiers, as in the reference files and the docs.</summary>
internal static class SizeTierNames
{
    internal static string Name(this SizeTier tier) => tier switch
    {
        SizeTier.SmallStandard => "small-standard",
        SizeTier.LargeStandard => "large-standard",
        SizeTier.LargeBulky => "large-bulky",
        SizeTier.ExtraLarge => "extra-large",
        _ => tier.ToString(),
    };

    internal static string Name(this SizeTierLimit limit) => limit switch
    {
        SizeTierLimit.LongestSide => "longest side",
        SizeTierLimit.MedianSide => "median side",
        SizeTierLimit.ShortestSide => "shortest side",
        SizeTierLimit.LengthPlusGirth => "length + girth",
        SizeTierLimit.Weight => "weight",
        _ => limit.ToString(),
    };
}
