using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Procurement;

/// <summary>The order was written (version 1): its parties, its lines and its over-delivery tolerance.</summary>
/// <remarks>Equality compares every value, the lines item by item.</remarks>
public sealed record PurchaseOrderDrafted : PurchaseOrderEvent
{
    /// <summary>Creates the event. It does not check the lines: <see cref="PurchaseOrder.Rebuild"/> does, as a new order would.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="at">When the order was written.</param>
    /// <param name="buyer">The party that orders (a seller; the platform in mode 2).</param>
    /// <param name="supplier">The party that delivers (a factory; a seller in mode 2).</param>
    /// <param name="lines">The order lines.</param>
    /// <param name="overDeliveryTolerancePercent">How far above its confirmed quantity a line may be despatched, in percent.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="lines"/> holds null.</exception>
    public PurchaseOrderDrafted(OrderId orderId, Instant at, PartyId buyer, PartyId supplier, IEnumerable<PurchaseOrderLine> lines, decimal overDeliveryTolerancePercent)
        : base(orderId, 1, at)
    {
        Buyer = Guard.NotNull(buyer);
        Supplier = Guard.NotNull(supplier);
        Lines = Guard.CopyItems(lines, requireOne: false).AsReadOnly();
        OverDeliveryTolerancePercent = overDeliveryTolerancePercent;
    }

    /// <summary>The party that orders.</summary>
    public PartyId Buyer { get; }

    /// <summary>The party that delivers.</summary>
    public PartyId Supplier { get; }

    /// <summary>The order lines, in the order written.</summary>
    public IReadOnlyList<PurchaseOrderLine> Lines { get; }

    /// <summary>How far above its confirmed quantity a line may be despatched, in percent.</summary>
    public decimal OverDeliveryTolerancePercent { get; }

    /// <summary>Compares the kind and every value, the lines item by item.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>Whether both are the same kind of event with equal values and equal lines in the same order.</returns>
    public bool Equals(PurchaseOrderDrafted? other) =>
        base.Equals(other) && Buyer == other.Buyer && Supplier == other.Supplier && Lines.SequenceEqual(other.Lines)
        && OverDeliveryTolerancePercent == other.OverDeliveryTolerancePercent;

    /// <summary>A hash code consistent with <see cref="Equals(PurchaseOrderDrafted)"/>.</summary>
    /// <returns>A hash of the kind, the values and the number of lines.</returns>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Buyer, Supplier, Lines.Count, OverDeliveryTolerancePercent);
}
