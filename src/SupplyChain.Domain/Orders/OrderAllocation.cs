using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// How a buyer order was allocated: the units per stock location (reserved there), the parcels they ship in, the
/// reason for the choice and what every offered location was found to offer, and the cost of the split.
/// </summary>
/// <remarks>
/// Created by <see cref="BuyerOrder.Allocate"/> and carried by its <see cref="BuyerOrderAllocated"/> event; a stored
/// history creates it with the public constructor, and <see cref="BuyerOrder.Rebuild"/> checks it against the order.
/// Equality compares every value, the lists item by item.
/// </remarks>
public sealed record OrderAllocation
{
    /// <summary>Creates an allocation, e.g. read back from a stored <see cref="BuyerOrderAllocated"/> event. It does not check the lines against an order: <see cref="BuyerOrder.Rebuild"/> does.</summary>
    /// <param name="reason">Which branch of the allocation rule chose the locations.</param>
    /// <param name="lines">The units per location and SKU, at least one.</param>
    /// <param name="parcels">The parcels, numbered from 1, at least one.</param>
    /// <param name="locations">Every location offered, with its assessment.</param>
    /// <param name="splitCost">The cost of the split, zero or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/>, <paramref name="parcels"/>, <paramref name="locations"/> or <paramref name="splitCost"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> or <paramref name="parcels"/> is empty, or a list holds a null item.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined <see cref="AllocationReason"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="splitCost"/> is negative.</exception>
    public OrderAllocation(AllocationReason reason, IEnumerable<AllocationLine> lines, IEnumerable<OrderParcel> parcels, IEnumerable<LocationAssessment> locations, Money splitCost)
    {
        Reason = Guard.Defined(reason);
        Lines = Guard.CopyItems(lines, requireOne: true).AsReadOnly();
        Parcels = Guard.CopyItems(parcels, requireOne: true).AsReadOnly();
        Locations = Guard.CopyItems(locations, requireOne: false).AsReadOnly();
        SplitCost = Guard.NotNull(splitCost).Amount < 0
            ? throw Guard.OutOfRange(splitCost, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(splitCost), splitCost), nameof(splitCost))
            : splitCost;
    }

    /// <summary>Which branch of the allocation rule chose the locations.</summary>
    public AllocationReason Reason { get; }

    /// <summary>The units per location and SKU, the chosen locations in the order they were chosen, each in the order's line order.</summary>
    public IReadOnlyList<AllocationLine> Lines { get; }

    /// <summary>The parcels, numbered from 1, grouped by location in the order the locations were chosen.</summary>
    public IReadOnlyList<OrderParcel> Parcels { get; }

    /// <summary>Every location offered, in the order given, with what it could offer and the verdict.</summary>
    public IReadOnlyList<LocationAssessment> Locations { get; }

    /// <summary>The split rules' cost per extra location × (chosen locations − 1); zero for a single location.</summary>
    public Money SplitCost { get; }

    /// <summary>Compares every value, the lists item by item.</summary>
    /// <param name="other">The other allocation.</param>
    /// <returns>Whether both have the same reason and cost and equal lists.</returns>
    public bool Equals(OrderAllocation? other) =>
        other is not null && Reason == other.Reason && SplitCost == other.SplitCost && Lines.SequenceEqual(other.Lines)
        && Parcels.SequenceEqual(other.Parcels) && Locations.SequenceEqual(other.Locations);

    /// <summary>A hash code consistent with <see cref="Equals(OrderAllocation)"/>.</summary>
    /// <returns>A hash of the reason, the cost and the list sizes.</returns>
    public override int GetHashCode() => HashCode.Combine(Reason, SplitCost, Lines.Count, Parcels.Count, Locations.Count);

    /// <summary>The allocation, e.g. <c>SingleLocation: 3 lines, 2 parcels, split cost 0 USD</c>.</summary>
    /// <returns>The reason and the sizes.</returns>
    public override string ToString() => Guard.Format("{0}: {1} lines, {2} parcels, split cost {3}", Reason, Lines.Count, Parcels.Count, SplitCost);
}
