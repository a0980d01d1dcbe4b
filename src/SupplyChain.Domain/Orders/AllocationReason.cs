namespace SupplyChain.Domain.Orders;

/// <summary>Why an order went to the locations it went to: the branch of the allocation rule that chose them.</summary>
public enum AllocationReason
{
    /// <summary>One location holds every unit and meets the promise: the one with the earliest promise date was chosen (ties: the first given).</summary>
    SingleLocation,

    /// <summary>
    /// No single location could serve the whole order in time, and the split rules allow a split: locations were taken one
    /// by one, each time the one that covers the most of the units still open (ties: earliest promise date, then the first
    /// given).
    /// </summary>
    SplitAcrossLocations,
}
