using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// Lead-time statistics grouped per supplier and per lane, from purchase order receipts (whole calendar days) or from
/// shipments' handling events (fractional days between instants).
/// </summary>
public static class LeadTimeAnalysis
{
    /// <summary>Lead-time statistics of each supplier's receipts.</summary>
    /// <param name="receipts">The receipts, of any suppliers.</param>
    /// <returns>One entry per supplier that has at least one receipt; empty for no receipts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receipts"/> or one of its receipts is null.</exception>
    public static IReadOnlyDictionary<PartyId, LeadTimeStatistics> BySupplier(IEnumerable<PurchaseOrderReceipt> receipts) =>
        Group(receipts, r => r.Supplier);

    /// <summary>Lead-time statistics of each lane's receipts.</summary>
    /// <param name="receipts">The receipts, of any lanes.</param>
    /// <returns>One entry per lane that has at least one receipt; empty for no receipts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receipts"/> or one of its receipts is null.</exception>
    public static IReadOnlyDictionary<Lane, LeadTimeStatistics> ByLane(IEnumerable<PurchaseOrderReceipt> receipts) =>
        Group(receipts, r => r.Lane);

    /// <summary>
    /// Lead times from shipments' handling events: from the first <see cref="HandlingEventType.Received"/> at the route
    /// specification's origin to the first <see cref="HandlingEventType.Claimed"/> at the destination at or after it
    /// (<see cref="ShipmentLeadTimeEnd.Claimed"/>), or to the last <see cref="HandlingEventType.Unloaded"/> at the
    /// destination (<see cref="ShipmentLeadTimeEnd.UnloadedAtDestination"/>); in fractional days between the completion
    /// instants. The supplier is the shipper; the lane runs from the facility named on the receipt to the facility
    /// named on the ending event.
    /// </summary>
    /// <param name="shipments">The shipments.</param>
    /// <param name="end">Which event ends the lead time.</param>
    /// <returns>The observations, their statistics, and the shipments skipped with the reason (no receipt, no ending event, no facility named, or the same facility at both ends).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shipments"/> or one of its shipments is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not a defined value.</exception>
    public static ShipmentLeadTimes FromShipments(IEnumerable<Shipment> shipments, ShipmentLeadTimeEnd end = ShipmentLeadTimeEnd.Claimed)
    {
        ArgumentNullException.ThrowIfNull(shipments);
        Guard.Defined(end);
        var list = shipments.ToList();
        var missing = list.IndexOf(null!);
        if (missing >= 0)
        {
            throw new ArgumentNullException(nameof(shipments), Guard.Format(ErrorMessages.NullElement, nameof(shipments), missing));
        }

        var observations = new List<ShipmentLeadTime>();
        var skipped = new List<SkippedShipment>();
        foreach (var shipment in list)
        {
            var (observation, reason) = Observe(shipment, end);
            if (observation is not null)
            {
                observations.Add(observation);
            }
            else
            {
                skipped.Add(new SkippedShipment(shipment.Id, reason));
            }
        }

        return new ShipmentLeadTimes(observations, skipped);
    }

    private static (ShipmentLeadTime? Observation, ShipmentSkipReason Reason) Observe(Shipment shipment, ShipmentLeadTimeEnd end)
    {
        // The history is ordered by completion instant, so "first" and "last" are positions in it.
        var events = shipment.HandlingEvents;
        var (origin, destination) = (shipment.RouteSpecification.Origin, shipment.RouteSpecification.Destination);
        var start = events.FirstOrDefault(e => e.Type == HandlingEventType.Received && e.Location == origin);
        if (start is null)
        {
            return (null, ShipmentSkipReason.NotReceivedAtOrigin);
        }

        var after = events.Where(e => e.Location == destination && e.CompletionTime >= start.CompletionTime);
        var finish = end == ShipmentLeadTimeEnd.Claimed
            ? after.FirstOrDefault(e => e.Type == HandlingEventType.Claimed)
            : after.LastOrDefault(e => e.Type == HandlingEventType.Unloaded);
        if (finish is null)
        {
            return (null, ShipmentSkipReason.NotArrivedAtDestination);
        }

        if (start.Facility is null || finish.Facility is null)
        {
            return (null, ShipmentSkipReason.FacilityNotNamed);
        }

        return start.Facility == finish.Facility
            ? (null, ShipmentSkipReason.SameFacility)
            : (new ShipmentLeadTime(shipment.Id, shipment.Shipper, new Lane(start.Facility, finish.Facility), start.CompletionTime, finish.CompletionTime), default);
    }

    private static Dictionary<TKey, LeadTimeStatistics> Group<TKey>(IEnumerable<PurchaseOrderReceipt> receipts, Func<PurchaseOrderReceipt, TKey> key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(receipts);
        var list = receipts.ToList();
        var missing = list.IndexOf(null!);
        if (missing >= 0)
        {
            throw new ArgumentNullException(nameof(receipts), Guard.Format(ErrorMessages.NullElement, nameof(receipts), missing));
        }

        return list.GroupBy(key).ToDictionary(g => g.Key, g => LeadTimeStatistics.FromReceipts(g));
    }
}
