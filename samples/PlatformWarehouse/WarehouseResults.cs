using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Inventory;

namespace PlatformWarehouseSample;

/// <summary>What the sample computed, for the tests.</summary>
public sealed record WarehouseResults(
    FulfilmentPlan Plan, FulfilmentPlan Air, SizeTierResult Tier, FulfilmentFeeQuote Quote, LowInventoryLevelFeeAssessment Assessment,
    LowInventoryLevelFeeAssessment LowStockAssessment, FulfilmentPlan LowStockPlan, InboundPlan Inbound, StockLedger Ledger, InboundReconciliation Reconciliation);
