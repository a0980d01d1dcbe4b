using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Orders;

/// <summary>The buyer placed the order (version 1): where it goes, what was promised and its lines; <see cref="BuyerOrderEvent.At"/> is the order instant.</summary>
/// <remarks>Equality compares every value, the lines item by item.</remarks>
public sealed record BuyerOrderPlaced : BuyerOrderEvent
{
    /// <summary>Creates the event. It does not check the lines: <see cref="BuyerOrder.Rebuild"/> does, as a new order would.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="at">When the buyer placed the order.</param>
    /// <param name="buyerAddress">Where the order is delivered.</param>
    /// <param name="promisedDelivery">The delivery date promised to the buyer.</param>
    /// <param name="lines">The order lines.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BuyerOrderPlaced(OrderId orderId, Instant at, Address buyerAddress, LocalDate promisedDelivery, IEnumerable<SkuQuantity> lines)
        : base(orderId, 1, at)
    {
        BuyerAddress = Guard.NotNull(buyerAddress);
        PromisedDelivery = promisedDelivery;
        Lines = Guard.NotNull(lines).ToList().AsReadOnly();
    }

    /// <summary>Where the order is delivered.</summary>
    public Address BuyerAddress { get; }

    /// <summary>The delivery date promised to the buyer.</summary>
    public LocalDate PromisedDelivery { get; }

    /// <summary>The order lines, in the order written.</summary>
    public IReadOnlyList<SkuQuantity> Lines { get; }

    /// <summary>Compares the kind and every value, the lines item by item.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>Whether both are the same kind of event with equal values and equal lines in the same order.</returns>
    public bool Equals(BuyerOrderPlaced? other) =>
        base.Equals(other) && BuyerAddress == other.BuyerAddress && PromisedDelivery == other.PromisedDelivery && Lines.SequenceEqual(other.Lines);

    /// <summary>A hash code consistent with <see cref="Equals(BuyerOrderPlaced)"/>.</summary>
    /// <returns>A hash of the kind, the values and the number of lines.</returns>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), BuyerAddress, PromisedDelivery, Lines.Count);
}
