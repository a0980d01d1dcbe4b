namespace SupplyChain.Domain.Fulfilment;

/// <summary>When a step of a <see cref="FulfilmentPlan"/> happens relative to the buyer's order.</summary>
public enum LegStage
{
    /// <summary>
    /// Before the order: positioning stock at the platform's storage centre (pickup, line-haul, inbound). Its time is
    /// the replenishment pipeline, not part of the buyer's lead time.
    /// </summary>
    Inbound = 1,

    /// <summary>After the order: from the buyer's order to delivery. Its time is the buyer's lead time.</summary>
    Order = 2,
}
