namespace SupplyChain.Domain.Orders;

/// <summary>What the allocation made of one stock location it was offered.</summary>
public enum LocationVerdict
{
    /// <summary>The location serves part or all of the order.</summary>
    Chosen,

    /// <summary>The location could have served units in time, but other locations served the order.</summary>
    NotNeeded,

    /// <summary>The location holds none of the order's SKUs free (fulfillable) for this order.</summary>
    NoStock,

    /// <summary>The location cannot deliver to the buyer's address at all (no promise date).</summary>
    CannotDeliver,

    /// <summary>The location's earliest delivery date is after the date promised to the buyer.</summary>
    MissesPromise,
}
