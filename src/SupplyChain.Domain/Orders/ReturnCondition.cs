namespace SupplyChain.Domain.Orders;

/// <summary>What a returned unit is found to be when the storage centre inspects it; it decides the ledger bucket the unit enters.</summary>
/// <remarks>The numeric values are stable.</remarks>
public enum ReturnCondition
{
    /// <summary>Fit to sell again: received into <see cref="Inventory.StockBucket.Fulfillable"/>.</summary>
    Sellable = 1,

    /// <summary>Damaged by the buyer: received into <see cref="Inventory.StockBucket.UnfulfillableCustomerDamaged"/>.</summary>
    CustomerDamaged = 2,

    /// <summary>Faulty: received into <see cref="Inventory.StockBucket.UnfulfillableDefective"/>.</summary>
    Defective = 3,
}
