namespace SupplyChain.Domain.Demand;

/// <summary>Whether promotion days count as ordinary days of demand. Stock-out days never count.</summary>
public enum PromotionDays
{
    /// <summary>Promotion days count like any other in-stock day. The default.</summary>
    Include = 0,

    /// <summary>Promotion days are left out, so the result describes baseline demand.</summary>
    Exclude = 1,
}
