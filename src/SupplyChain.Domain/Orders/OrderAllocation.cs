using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// How a buyer order was allocated: the units per stock location (reserved there), the parcels they ship in, the
/// reason for the choice and what every offered location was found to offer, and the cost of the split.
/// </summary>
/// <remarks>
/// Created by <see cref="BuyerOrder.Allocate"/> and carried by its <see cref="BuyerOrderAllocated"/> event. Equality
/// compares every value, the lists item by item.
/// </remarks>
public sealed record OrderAllocation
{
    internal OrderAllocation(AllocationReason reason, IReadOnlyList<AllocationLine> lines, IReadOnlyList<OrderParcel> parcels, IReadOnlyList<LocationAssessment> locations, Money splitCost)
    {
        Reason = reason;
        Lines = lines;
        Parcels = parcels;
        Locations = locations;
        SplitCost = splitCost;
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
