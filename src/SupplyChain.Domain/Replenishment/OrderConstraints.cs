namespace SupplyChain.Domain.Replenishment;

/// <summary>The order constraints of a <see cref="ReplenishmentDecision"/>: which are set, or which changed the quantity.</summary>
[Flags]
public enum OrderConstraints
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>A minimum order quantity (MOQ).</summary>
    MinimumOrderQuantity = 1,

    /// <summary>An order multiple (case pack).</summary>
    OrderMultiple = 2,

    /// <summary>A maximum order quantity (a cap, or the room left under a capacity).</summary>
    MaximumOrderQuantity = 4,

    /// <summary>No multiple of the order multiple lies between the minimum and the maximum, so nothing is ordered.</summary>
    Conflict = 8,
}
