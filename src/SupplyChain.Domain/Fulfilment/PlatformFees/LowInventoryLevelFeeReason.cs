namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>Why the low-inventory-level fee applies or not (see <see cref="LowInventoryLevelFeeAssessment.Reason"/>).</summary>
public enum LowInventoryLevelFeeReason
{
    /// <summary>Both the short-term and the long-term historical days of supply are below the threshold: the fee applies.</summary>
    BothBelowThreshold = 1,

    /// <summary>The short-term days of supply are at or above the threshold (the long-term are below): no fee.</summary>
    ShortTermAtOrAboveThreshold = 2,

    /// <summary>The long-term days of supply are at or above the threshold (the short-term are below): no fee.</summary>
    LongTermAtOrAboveThreshold = 3,

    /// <summary>Both windows are at or above the threshold: no fee.</summary>
    BothAtOrAboveThreshold = 4,
}
