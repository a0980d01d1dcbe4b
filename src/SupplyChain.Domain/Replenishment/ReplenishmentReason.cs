namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// Which rule of which policy decided, as data: with the numbers in <see cref="ReplenishmentDecision"/> it says why a
/// seller orders, or does not.
/// </summary>
/// <remarks>
/// The numeric values are stable. Values from <see cref="Custom"/> (1000) upwards are free for policies written
/// outside the library: the library never defines them, and <see cref="ReplenishmentDecision.Explain"/> describes
/// them with their numbers only.
/// </remarks>
public enum ReplenishmentReason
{
    /// <summary>No decision (the <c>default</c> of <see cref="ReplenishmentDecision"/>).</summary>
    Unspecified = 0,

    /// <summary>Reorder point (r, Q): the position is above r, so nothing is ordered.</summary>
    PositionAboveReorderPoint = 1,

    /// <summary>Reorder point (r, Q): the position is at or below r, so whole lots of Q lift it above r.</summary>
    ReorderPointReached = 2,

    /// <summary>Reorder level (ERPNext): the level and the quantity are both 0, so the rule is inactive.</summary>
    ReorderLevelInactive = 10,

    /// <summary>Reorder level (ERPNext): the position is above the level, so nothing is ordered.</summary>
    PositionAboveReorderLevel = 11,

    /// <summary>Reorder level (ERPNext): the position is at or below the level; the larger of the reorder quantity and the shortfall is ordered.</summary>
    ReorderLevelReached = 12,

    /// <summary>Min–max (s, S): the position is above s, so nothing is ordered.</summary>
    PositionAboveMinimum = 20,

    /// <summary>Min–max (s, S): the position is at or below s, so the order lifts it up to S.</summary>
    MinimumReached = 21,

    /// <summary>Periodic review (R, S): the date is not a review day.</summary>
    NotAReviewDay = 30,

    /// <summary>Periodic review (R, S): a review day, and the position is already at or above S.</summary>
    ReviewPositionAtOrAboveTarget = 31,

    /// <summary>Periodic review (R, S): a review day, and the order lifts the position up to S.</summary>
    ReviewOrderUpToTarget = 32,

    /// <summary>One-for-one (just in time): nothing was sold since the previous decision.</summary>
    NoUnitsSold = 40,

    /// <summary>One-for-one (just in time): the units sold are ordered again.</summary>
    ReplaceUnitsSold = 41,

    /// <summary>Days of cover: the position covers the cover days at the current sales rate.</summary>
    CoverSufficient = 50,

    /// <summary>Days of cover: the position falls short of the cover target, so the shortfall is ordered.</summary>
    CoverShortfall = 51,

    /// <summary>The first value free for policies written outside the library.</summary>
    Custom = 1000,
}
