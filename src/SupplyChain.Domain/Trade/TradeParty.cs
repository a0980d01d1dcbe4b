namespace SupplyChain.Domain.Trade;

/// <summary>The two parties of a sale whose obligations an Incoterms rule shares out.</summary>
public enum TradeParty
{
    /// <summary>The seller (exporter).</summary>
    Seller = 0,

    /// <summary>The buyer (importer).</summary>
    Buyer = 1,
}
