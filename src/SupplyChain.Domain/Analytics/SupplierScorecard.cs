using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// A supplier's delivery performance in one place: OTIF and order fill rate of its orders, the statistics of its lead
/// times, and its defect rate from return dispositions.
/// </summary>
/// <remarks>
/// <para>
/// Defect rate = units returned with disposition <see cref="ReturnDisposition.Defective"/> / units the supplier
/// shipped in the orders given (Σ shipped over every line). Other dispositions (customer, carrier or warehouse damage,
/// expiry, sellable) are not the supplier's fault and do not count. Pass returns of the same period as the orders.
/// </para>
/// <para>
/// The scorecard states the measures side by side and does not blend them into one score: how much a day of lead
/// time is worth against a point of OTIF is the seller's decision.
/// </para>
/// </remarks>
public sealed record SupplierScorecard
{
    private SupplierScorecard(PartyId supplier, double otif, double orderFillRate, LeadTimeStatistics leadTime, long shipped, long defective)
    {
        Supplier = supplier;
        Otif = otif;
        OrderFillRate = orderFillRate;
        LeadTime = leadTime;
        UnitsShipped = shipped;
        DefectiveUnits = defective;
    }

    /// <summary>The supplier.</summary>
    public PartyId Supplier { get; }

    /// <summary>On time in full over the supplier's orders (<see cref="FulfilmentKpis.Otif"/>).</summary>
    public double Otif { get; }

    /// <summary>Order fill rate over the supplier's orders (<see cref="FulfilmentKpis.OrderFillRate"/>).</summary>
    public double OrderFillRate { get; }

    /// <summary>Lead-time statistics of the supplier's receipts.</summary>
    public LeadTimeStatistics LeadTime { get; }

    /// <summary>Units the supplier shipped in the orders.</summary>
    public long UnitsShipped { get; }

    /// <summary>Returned units judged defective.</summary>
    public long DefectiveUnits { get; }

    /// <summary>Defective units / units shipped; 0 when nothing was shipped.</summary>
    public double DefectRate => UnitsShipped == 0 ? 0 : (double)DefectiveUnits / UnitsShipped;

    /// <summary>Builds a supplier's scorecard.</summary>
    /// <param name="supplier">The supplier.</param>
    /// <param name="orders">The supplier's orders; at least one.</param>
    /// <param name="receipts">The supplier's purchase order receipts; at least one, all of <paramref name="supplier"/>.</param>
    /// <param name="returns">Returned units of the supplier's products in the same period, with their dispositions.</param>
    /// <param name="early">How an early delivery counts in OTIF.</param>
    /// <exception cref="ArgumentNullException">An argument, an order or a receipt is null.</exception>
    /// <exception cref="ArgumentException">No order or receipt, a receipt of another supplier, more defective units than shipped, or <paramref name="early"/> undefined.</exception>
    public static SupplierScorecard Create(
        PartyId supplier,
        IEnumerable<OrderOutcome> orders,
        IEnumerable<PurchaseOrderReceipt> receipts,
        IEnumerable<ReturnedUnits> returns,
        EarlyDelivery early = EarlyDelivery.CountsAsOnTime)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(receipts);
        ArgumentNullException.ThrowIfNull(returns);
        var orderList = orders.ToList();
        var otif = FulfilmentKpis.Otif(orderList, early);
        var fill = FulfilmentKpis.OrderFillRate(orderList);

        var receiptList = receipts.ToList();
        var leadTime = LeadTimeStatistics.FromReceipts(receiptList);
        for (var i = 0; i < receiptList.Count; i++)
        {
            if (receiptList[i].Supplier != supplier)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.ReceiptOfOtherSupplier, nameof(receipts), supplier, i, receiptList[i].Supplier), nameof(receipts));
            }
        }

        long shipped = 0;
        foreach (var line in orderList.SelectMany(o => o.Lines))
        {
            shipped = checked(shipped + line.Shipped);
        }

        long defective = 0;
        foreach (var returned in returns)
        {
            if (returned.Disposition == ReturnDisposition.Defective)
            {
                defective = checked(defective + returned.Units);
            }
        }

        return defective > shipped
            ? throw new ArgumentException(Guard.Format(ErrorMessages.DefectsExceedReceived, nameof(returns), defective, shipped), nameof(returns))
            : new SupplierScorecard(supplier, otif, fill, leadTime, shipped, defective);
    }
}
