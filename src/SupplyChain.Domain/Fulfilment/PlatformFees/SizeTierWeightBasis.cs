namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>Which weight a size tier (or an extra-large band) compares with its weight limit and reports.</summary>
public enum SizeTierWeightBasis
{
    /// <summary>The unit weight: the weight of one packaged item on the scale.</summary>
    UnitWeight = 1,

    /// <summary>The shipping weight: the larger of the unit weight and the dimensional weight.</summary>
    ShippingWeight = 2,
}
