namespace SupplyChain.Domain.Inventory;

/// <summary>How the received units of a SKU compare with the shipped ones.</summary>
public enum DiscrepancyKind
{
    /// <summary>Received exactly what was shipped.</summary>
    None = 0,

    /// <summary>Received fewer units than shipped: the difference is claimable.</summary>
    Shortage = 1,

    /// <summary>Received more units than shipped (or a SKU that was not shipped at all).</summary>
    Overage = 2,
}
