namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The cost rates of a simulated SKU, in one currency of the caller's choice: holding per unit per day, stockout per unit
/// (per day backordered, or per unit lost, see <see cref="ShortageHandling"/>) and a fixed cost per order. Purchase cost
/// is not included (as in the textbook models the simulation is checked against).
/// </summary>
/// <remarks>
/// Plain numbers, because they feed the simulation's hot loop; convert from <c>Money</c> at the call site. Each rate
/// is set by name, <c>new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10, PerOrder = 50 }</c>, so that two
/// rates cannot be swapped.
/// <c>default</c> is all three zero. Equality compares the three numbers exactly.
/// </remarks>
public readonly record struct CostRates
{
    /// <summary>h: cost of one unit on hand at the end of a day; finite, not negative; required.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative, infinite or NaN.</exception>
    public required double HoldingPerUnitDay { get; init => field = Guard.NotNegative(value, nameof(HoldingPerUnitDay)); }

    /// <summary>
    /// p: cost of one unit backordered at the end of a day, or of one unit of lost sales; finite, not negative;
    /// required.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative, infinite or NaN.</exception>
    public required double StockoutPerUnit { get; init => field = Guard.NotNegative(value, nameof(StockoutPerUnit)); }

    /// <summary>K: fixed cost of each order placed; finite, not negative; 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative, infinite or NaN.</exception>
    public double PerOrder { get; init => field = Guard.NotNegative(value, nameof(PerOrder)); }

    /// <summary>The rates, e.g. <c>h = 1, p = 10, K = 0</c>.</summary>
    public override string ToString() => Guard.Format("h = {0}, p = {1}, K = {2}", HoldingPerUnitDay, StockoutPerUnit, PerOrder);
}
