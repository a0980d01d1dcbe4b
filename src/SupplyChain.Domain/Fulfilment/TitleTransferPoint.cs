namespace SupplyChain.Domain.Fulfilment;

/// <summary>Where title and risk pass from the seller to the platform in a platform purchase (mode 2).</summary>
public enum TitleTransferPoint
{
    /// <summary>When the platform collects the goods at the seller's facility (the start of the pickup run).</summary>
    AtPickup = 0,

    /// <summary>After the platform's quality check at its consolidation hub (the end of consolidation).</summary>
    AfterQualityCheck = 1,
}
