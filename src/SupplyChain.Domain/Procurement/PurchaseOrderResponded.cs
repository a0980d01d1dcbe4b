using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Procurement;

/// <summary>The supplier answered the order (EANCOM ORDRSP), one answer per order line.</summary>
/// <remarks>Equality compares every value, the lines item by item.</remarks>
public sealed record PurchaseOrderResponded : PurchaseOrderEvent
{
    /// <summary>Creates the event. It does not check the lines against an order: <see cref="PurchaseOrder.Rebuild"/> does.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="version">The order's version after the event, at least 1.</param>
    /// <param name="at">When the command took effect.</param>
    /// <param name="lines">The answers, one per order line, as the supplier gave them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> or <paramref name="lines"/> is null, or <paramref name="lines"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public PurchaseOrderResponded(OrderId orderId, int version, Instant at, IEnumerable<LineResponse> lines)
        : base(orderId, version, at) => Lines = Guard.CopyItems(lines, requireOne: false).AsReadOnly();

    /// <summary>The answers, one per order line, as the supplier gave them.</summary>
    public IReadOnlyList<LineResponse> Lines { get; }

    /// <summary>Compares the kind and every value, the lines item by item.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>Whether both are the same kind of event with equal values and equal lines in the same order.</returns>
    public bool Equals(PurchaseOrderResponded? other) => base.Equals(other) && Lines.SequenceEqual(other.Lines);

    /// <summary>A hash code consistent with <see cref="Equals(PurchaseOrderResponded)"/>.</summary>
    /// <returns>A hash of the kind, the values and the number of lines.</returns>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Lines.Count);
}
