using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// One receipt against a purchase order: who supplied it, on which lane, when it was ordered and when it was received.
/// One observation of the supplier's (and the lane's) lead time.
/// </summary>
/// <remarks>
/// The lead time is the number of calendar days from the order date to the receipt date (0 when received the day it
/// was ordered). A purchase order received in several parts gives one receipt per part; pass only the completing
/// receipt to measure time to completion. Equality compares all five values.
/// </remarks>
public sealed record PurchaseOrderReceipt
{
    /// <summary>Creates a receipt.</summary>
    /// <param name="purchaseOrder">The purchase order.</param>
    /// <param name="supplier">The supplier the order was placed with.</param>
    /// <param name="lane">The lane the goods travelled.</param>
    /// <param name="orderedOn">The day the order was placed.</param>
    /// <param name="receivedOn">The day the goods were received; not before <paramref name="orderedOn"/>.</param>
    /// <exception cref="ArgumentNullException">An identifier or the lane is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="receivedOn"/> is before <paramref name="orderedOn"/>.</exception>
    public PurchaseOrderReceipt(OrderId purchaseOrder, PartyId supplier, Lane lane, LocalDate orderedOn, LocalDate receivedOn)
    {
        ArgumentNullException.ThrowIfNull(purchaseOrder);
        ArgumentNullException.ThrowIfNull(supplier);
        ArgumentNullException.ThrowIfNull(lane);
        if (receivedOn < orderedOn)
        {
            throw new ArgumentException(
                Guard.Format(ErrorMessages.ReceivedBeforeOrdered, LocalDatePattern.Iso.Format(receivedOn), LocalDatePattern.Iso.Format(orderedOn)),
                nameof(receivedOn));
        }

        PurchaseOrder = purchaseOrder;
        Supplier = supplier;
        Lane = lane;
        OrderedOn = orderedOn;
        ReceivedOn = receivedOn;
    }

    /// <summary>The purchase order.</summary>
    public OrderId PurchaseOrder { get; }

    /// <summary>The supplier.</summary>
    public PartyId Supplier { get; }

    /// <summary>The lane.</summary>
    public Lane Lane { get; }

    /// <summary>The day the order was placed.</summary>
    public LocalDate OrderedOn { get; }

    /// <summary>The day the goods were received.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>Calendar days from <see cref="OrderedOn"/> to <see cref="ReceivedOn"/>.</summary>
    public int LeadTimeDays => Period.DaysBetween(OrderedOn, ReceivedOn);
}
