using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Inventory;

/// <summary>
/// Shipped against received units, SKU by SKU, for one inbound shipment: the discrepancies a seller claims from the
/// platform or the carrier.
/// </summary>
/// <remarks>
/// Several lines of the same SKU (one per carton) are added up. A SKU received but never shipped is an overage of its
/// full received quantity; one shipped but never received is a shortage of its full shipped quantity. Lines are in
/// ordinal SKU order.
/// Results compare by reference: a reconciliation is read, not compared; compare its lines.
/// </remarks>
public sealed class InboundReconciliation
{
    private InboundReconciliation(IReadOnlyList<ReconciliationLine> lines) => Lines = lines;

    /// <summary>Every SKU of either list, in ordinal SKU order.</summary>
    public IReadOnlyList<ReconciliationLine> Lines { get; }

    /// <summary>The lines whose received units differ from the shipped ones.</summary>
    public IReadOnlyList<ReconciliationLine> Discrepancies => Lines.Where(l => l.Kind != DiscrepancyKind.None).ToList().AsReadOnly();

    /// <summary>Units to claim: the sum of the shortages (overages do not offset them).</summary>
    public long ClaimableUnits => Lines.Sum(l => l.ClaimableUnits);

    /// <summary>Whether every SKU arrived in full and nothing extra arrived.</summary>
    public bool IsBalanced => Lines.All(l => l.Kind == DiscrepancyKind.None);

    /// <summary>Compares a shipment's packing list with the receiving report.</summary>
    /// <param name="shipped">What the sender shipped.</param>
    /// <param name="received">What the facility received.</param>
    /// <exception cref="ArgumentNullException">A list is null, or a line has no SKU (a <c>default</c> line).</exception>
    public static InboundReconciliation Of(IEnumerable<SkuQuantity> shipped, IEnumerable<SkuQuantity> received)
    {
        Guard.NotNull(shipped);
        Guard.NotNull(received);
        var totals = new SortedDictionary<string, (Sku Sku, long Shipped, long Received)>(StringComparer.Ordinal);
        foreach (var line in shipped)
        {
            var sku = Guard.NotNull(line.Sku, nameof(shipped));
            var current = totals.TryGetValue(sku.Value, out var t) ? t : (Sku: sku, Shipped: 0L, Received: 0L);
            totals[sku.Value] = (sku, checked(current.Shipped + line.Units), current.Received);
        }

        foreach (var line in received)
        {
            var sku = Guard.NotNull(line.Sku, nameof(received));
            var current = totals.TryGetValue(sku.Value, out var t) ? t : (Sku: sku, Shipped: 0L, Received: 0L);
            totals[sku.Value] = (sku, current.Shipped, checked(current.Received + line.Units));
        }

        return new(totals.Values.Select(t => new ReconciliationLine(t.Sku, t.Shipped, t.Received)).ToList().AsReadOnly());
    }

    /// <summary>A summary, e.g. <c>3 SKUs, 1 discrepancy, 4 units to claim</c>.</summary>
    public override string ToString() =>
        Guard.Format("{0} SKUs, {1} discrepancies, {2} units to claim", Lines.Count, Lines.Count(l => l.Kind != DiscrepancyKind.None), ClaimableUnits);
}
