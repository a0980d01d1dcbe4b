namespace SupplyChain.Domain.Analytics;

/// <summary>How <see cref="FulfilmentKpis.Otif"/> treats a delivery that arrived early.</summary>
/// <remarks>
/// Many retailers (e.g. the Walmart OTIF programme) count an early delivery as a miss, because it costs receiving
/// capacity and storage the retailer planned for another day; others count only lateness against the supplier.
/// </remarks>
public enum EarlyDelivery
{
    /// <summary>An early delivery counts as on time (only lateness is a miss). The default.</summary>
    CountsAsOnTime = 0,

    /// <summary>An early delivery counts as not on time.</summary>
    CountsAsNotOnTime = 1,
}
