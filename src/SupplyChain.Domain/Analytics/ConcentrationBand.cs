namespace SupplyChain.Domain.Analytics;

/// <summary>How concentrated a market (or a seller's supplier base) is, by its HHI (2023 US Merger Guidelines, section 2.1).</summary>
public enum ConcentrationBand
{
    /// <summary>HHI below 1,000.</summary>
    Unconcentrated = 0,

    /// <summary>HHI from 1,000 to 1,800, both inclusive.</summary>
    ModeratelyConcentrated = 1,

    /// <summary>HHI above 1,800.</summary>
    HighlyConcentrated = 2,
}
