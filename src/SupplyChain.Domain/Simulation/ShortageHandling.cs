namespace SupplyChain.Domain.Simulation;

/// <summary>What happens to demand that the stock on hand cannot fill on the day.</summary>
public enum ShortageHandling
{
    /// <summary>
    /// The unfilled units are backordered and shipped from the next receipts; the stockout cost is charged per unit
    /// backordered at the end of each day (the textbook's per-period backorder cost).
    /// </summary>
    Backorders = 0,

    /// <summary>The unfilled units are lost sales; the stockout cost is charged once per unit lost.</summary>
    LostSales = 1,
}
