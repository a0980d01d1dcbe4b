namespace SupplyChain.Domain.Monetary;

/// <summary>How an <see cref="ExchangeRateTable"/> found the rate from one currency to another, in the order it tries.</summary>
public enum ConversionRoute
{
    /// <summary>The two currencies are the same: the rate is 1 and no table rate is used.</summary>
    Identity = 1,

    /// <summary>A rate with the source currency as base and the target as quote is in force and is used as it is.</summary>
    Direct = 2,

    /// <summary>Only the opposite pair is in force: the amount is divided by that rate (the rate is its reciprocal).</summary>
    Inverse = 3,

    /// <summary>
    /// Neither pair is in force: the amount goes through the table's pivot currency, each leg direct or else inverse,
    /// and the rate is the product of the two legs.
    /// </summary>
    Triangulated = 4,
}
