namespace SupplyChain.Domain.Analytics;

/// <summary>
/// The market-concentration bands of the 2023 US Merger Guidelines (U.S. Department of Justice and Federal Trade
/// Commission, section 2.1) for a Herfindahl–Hirschman index.
/// </summary>
public enum ConcentrationBand
{
    /// <summary>HHI below 1,000.</summary>
    Unconcentrated = 1,

    /// <summary>HHI from 1,000 to 1,800, both included.</summary>
    ModeratelyConcentrated = 2,

    /// <summary>HHI above 1,800.</summary>
    HighlyConcentrated = 3,
}
