using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Procurement;

/// <summary>The buyer counted units in (EANCOM RECADV), damaged ones among them.</summary>
/// <remarks>Equality compares every value, the lines item by item.</remarks>
public sealed record PurchaseOrderReceived : PurchaseOrderEvent
{
    /// <summary>Creates the event. It does not check the lines against an order: <see cref="PurchaseOrder.Rebuild"/> does.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="version">The order's version after the event, at least 1.</param>
    /// <param name="at">When the command took effect.</param>
    /// <param name="lines">The units received, per order line, with the damaged ones.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> or <paramref name="lines"/> is null, or <paramref name="lines"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public PurchaseOrderReceived(OrderId orderId, int version, Instant at, IEnumerable<ReceiptLine> lines)
        : base(orderId, version, at) => Lines = Guard.CopyItems(lines, requireOne: false).AsReadOnly();

    /// <summary>The units received, per order line, with the damaged ones.</summary>
    public IReadOnlyList<ReceiptLine> Lines { get; }

    /// <summary>Compares the kind and every value, the lines item by item.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>Whether both are the same kind of event with equal values and equal lines in the same order.</returns>
    public bool Equals(PurchaseOrderReceived? other) => base.Equals(other) && Lines.SequenceEqual(other.Lines);

    /// <summary>A hash code consistent with <see cref="Equals(PurchaseOrderReceived)"/>.</summary>
    /// <returns>A hash of the kind, the values and the number of lines.</returns>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Lines.Count);
}
