namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// The platform warehouse fees the mode prices from data rather than from <see cref="StorageCentreTerms"/>: the
/// fulfilment fee by size tier and shipping weight, and the low-inventory-level fee.
/// </summary>
/// <remarks>
/// Either part may be left out: without <see cref="FulfilmentFees"/> the fulfilment fee is
/// <see cref="StorageCentreTerms.FulfilmentFeePerUnit"/>; without <see cref="LowInventoryLevel"/> no low-inventory-level
/// fee is assessed. Compares by reference.
/// </remarks>
public sealed class PlatformWarehouseFees
{
    /// <summary>Creates the fee data.</summary>
    /// <param name="fulfilmentFees">The fulfilment-fee tables; null to keep the storage centre's fee per unit.</param>
    /// <param name="sizeTiers">The size-tier tables the product is classified with; null for <see cref="SizeTierTables.BuiltIn"/>.</param>
    /// <param name="lowInventoryLevel">The product's days of supply and the fee; null for no low-inventory-level fee.</param>
    public PlatformWarehouseFees(FulfilmentFeeTables? fulfilmentFees = null, SizeTierTables? sizeTiers = null, LowInventoryLevelFeeInput? lowInventoryLevel = null)
    {
        FulfilmentFees = fulfilmentFees;
        SizeTiers = sizeTiers ?? SizeTierTables.BuiltIn;
        LowInventoryLevel = lowInventoryLevel;
    }

    /// <summary>The fulfilment-fee tables, or null to use <see cref="StorageCentreTerms.FulfilmentFeePerUnit"/>.</summary>
    public FulfilmentFeeTables? FulfilmentFees { get; }

    /// <summary>The size-tier tables.</summary>
    public SizeTierTables SizeTiers { get; }

    /// <summary>The low-inventory-level fee input, or null for none.</summary>
    public LowInventoryLevelFeeInput? LowInventoryLevel { get; }

    /// <summary>What is priced from data.</summary>
    public override string ToString() =>
        $"fulfilment fee {(FulfilmentFees is null ? "from the storage centre's terms" : "from fee tables")}; low-inventory-level fee {(LowInventoryLevel is null ? "not assessed" : "assessed")}";
}
