namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// The three supply-chain settings of the platform's restock tool (Amazon Seller Central, "Restock Inventory"
/// settings): they decide which lead times count before stock is available to buyers.
/// </summary>
/// <remarks>The numeric values are stable.</remarks>
public enum SupplyChainSetting
{
    /// <summary>The supplier ships straight to the platform: only the supplier's lead time counts.</summary>
    SupplierDirect = 1,

    /// <summary>The supplier ships to the seller, who forwards the same units to the platform: supplier + seller lead time.</summary>
    SupplierViaSeller = 2,

    /// <summary>The seller replenishes the platform from its own bulk stock: only the seller's lead time counts.</summary>
    SellerStock = 3,
}
