using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// How far a buyer order may be split, as data: the most parcels one order may ship in, whether it may be served from
/// several stock locations, and what each extra location costs.
/// </summary>
/// <remarks>
/// The split cost is charged once per location beyond the first (an order served from three locations costs two
/// splits) and reported on the <see cref="OrderAllocation"/>; a single location that can serve the whole order in time
/// is always preferred to a split. Equality compares every value.
/// </remarks>
public sealed record OrderSplitRules
{
    /// <summary>The largest <see cref="MaxParcelsPerOrder"/> accepted.</summary>
    public const int MaxParcelsLimit = 1_000;

    /// <summary>The largest amount of <see cref="SplitCost"/> accepted, in its currency.</summary>
    public const decimal MaxSplitCostAmount = 1_000_000_000m;

    /// <summary>Creates the rules.</summary>
    /// <param name="maxParcelsPerOrder">The most parcels one order may ship in: 1 to <see cref="MaxParcelsLimit"/>.</param>
    /// <param name="allowSplitAcrossLocations">Whether an order may be served from more than one stock location.</param>
    /// <param name="splitCost">The cost of each stock location beyond the first; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="splitCost"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxParcelsPerOrder"/> is outside 1 to <see cref="MaxParcelsLimit"/>, or <paramref name="splitCost"/> is negative or above <see cref="MaxSplitCostAmount"/>.</exception>
    public OrderSplitRules(int maxParcelsPerOrder, bool allowSplitAcrossLocations, Money splitCost)
    {
        MaxParcelsPerOrder = Guard.AtMost(Guard.Positive(maxParcelsPerOrder), MaxParcelsLimit, nameof(MaxParcelsLimit), nameof(maxParcelsPerOrder));
        AllowSplitAcrossLocations = allowSplitAcrossLocations;
        Guard.NotNull(splitCost);
        Guard.NotNegative(splitCost.Amount, nameof(splitCost));
        if (splitCost.Amount > MaxSplitCostAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(splitCost), splitCost,
                Guard.Format(ErrorMessages.MustNotExceedLimit, nameof(splitCost), nameof(MaxSplitCostAmount), MaxSplitCostAmount, splitCost));
        }

        SplitCost = splitCost;
    }

    /// <summary>The most parcels one order may ship in.</summary>
    public int MaxParcelsPerOrder { get; }

    /// <summary>Whether an order may be served from more than one stock location.</summary>
    public bool AllowSplitAcrossLocations { get; }

    /// <summary>The cost of each stock location beyond the first.</summary>
    public Money SplitCost { get; }

    /// <summary>The rules, e.g. <c>at most 5 parcels, split allowed at 3.50 USD per extra location</c>.</summary>
    /// <returns>The rules in words.</returns>
    public override string ToString() =>
        Guard.Format("at most {0} parcels, {1}", MaxParcelsPerOrder,
            AllowSplitAcrossLocations ? Guard.Format("split allowed at {0} per extra location", SplitCost) : "no split across locations");
}
