namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>One limit of a size tier: the kind of limit an item can exceed (see <see cref="SizeTierResult.ExceededLimit"/>).</summary>
public enum SizeTierLimit
{
    /// <summary>The longest side.</summary>
    LongestSide = 1,

    /// <summary>The median side.</summary>
    MedianSide = 2,

    /// <summary>The shortest side.</summary>
    ShortestSide = 3,

    /// <summary>Length plus girth: longest side + 2 × (median side + shortest side).</summary>
    LengthPlusGirth = 4,

    /// <summary>The weight (unit or shipping weight, as the tier's <see cref="SizeTierWeightBasis"/> says).</summary>
    Weight = 5,
}
