namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// A product size tier of a platform warehouse (Amazon FBA-like), from the smallest to the largest; the numeric
/// order is the size order, so a larger value is a larger tier.
/// </summary>
/// <remarks>
/// The limits of each tier are data of a <see cref="SizeTierTable"/> (they change from year to year); this enum only
/// names the tiers. The Amazon US table in force from 2024-02-05 uses all four (<see cref="SizeTierTable.AmazonUs2024"/>).
/// </remarks>
public enum SizeTier
{
    /// <summary>Small standard-size (<c>small-standard</c>).</summary>
    SmallStandard = 1,

    /// <summary>Large standard-size (<c>large-standard</c>).</summary>
    LargeStandard = 2,

    /// <summary>Large bulky (<c>large-bulky</c>); it replaced the small, medium and large oversize tiers in 2024.</summary>
    LargeBulky = 3,

    /// <summary>Extra-large (<c>extra-large</c>): everything beyond large bulky; split into weight bands.</summary>
    ExtraLarge = 4,
}
