namespace SupplyChain.Domain.Inventory;

/// <summary>Why an <see cref="StockMovementKind.Adjustment"/> was posted.</summary>
/// <remarks>The numeric values are stable.</remarks>
public enum AdjustmentReason
{
    /// <summary>Units found that were not on the books.</summary>
    Found = 1,

    /// <summary>Units lost or missing.</summary>
    Lost = 2,

    /// <summary>Units damaged (moved to an unfulfillable bucket).</summary>
    Damaged = 3,

    /// <summary>Units expired (moved to the expired bucket).</summary>
    Expired = 4,

    /// <summary>Unsellable units destroyed or removed.</summary>
    Disposed = 5,

    /// <summary>A stock count disagreed with the books.</summary>
    CountCorrection = 6,

    /// <summary>Units re-graded, e.g. an unfulfillable return found sellable.</summary>
    Regraded = 7,
}
