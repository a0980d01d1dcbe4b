using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Analytics;

/// <summary>Lead-time statistics grouped per supplier and per lane, from purchase order receipts.</summary>
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
