namespace SupplyChain.Domain.Analytics;

/// <summary>
/// Lead times measured from shipments' handling events (see <see cref="LeadTimeAnalysis.FromShipments"/>): the
/// observations, their statistics per supplier and per lane, and the shipments skipped.
/// </summary>
/// <remarks>Results compare by reference: they are read, not compared; compare the statistics.</remarks>
public sealed class ShipmentLeadTimes
{
    internal ShipmentLeadTimes(IReadOnlyList<ShipmentLeadTime> observations, IReadOnlyList<SkippedShipment> skipped)
    {
        Observations = observations;
        Skipped = skipped;
        BySupplier = observations.GroupBy(o => o.Supplier).ToDictionary(g => g.Key, g => LeadTimeStatistics.FromDays([.. g.Select(o => o.Days)]));
        ByLane = observations.GroupBy(o => o.Lane).ToDictionary(g => g.Key, g => LeadTimeStatistics.FromDays([.. g.Select(o => o.Days)]));
    }

    /// <summary>One observation per shipment that had both events, in the order the shipments were given.</summary>
    public IReadOnlyList<ShipmentLeadTime> Observations { get; }

    /// <summary>Statistics per supplier (shipper); one entry per supplier with at least one observation.</summary>
    public IReadOnlyDictionary<Identifiers.PartyId, LeadTimeStatistics> BySupplier { get; }

    /// <summary>Statistics per lane; one entry per lane with at least one observation.</summary>
    public IReadOnlyDictionary<Lane, LeadTimeStatistics> ByLane { get; }

    /// <summary>The shipments that gave no observation, with the reason, in the order the shipments were given.</summary>
    public IReadOnlyList<SkippedShipment> Skipped { get; }

    /// <summary>The number of skipped shipments.</summary>
    public int SkippedCount => Skipped.Count;
}
