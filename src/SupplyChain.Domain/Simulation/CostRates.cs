namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The cost rates of a simulated SKU, in one currency of the caller's choice: holding per unit per day, stockout per unit
/// (per day backordered, or per unit lost, see <see cref="ShortageHandling"/>) and a fixed cost per order. Purchase cost
/// is not included (as in the textbook models the simulation is checked against).
/// </summary>
/// <remarks>
/// Plain numbers, because they feed the simulation's hot loop; convert from <c>Money</c> at the call site.
/// <c>default</c> is all three zero. Equality compares the three numbers exactly.
/// </remarks>
public readonly record struct CostRates
{
    /// <summary>Creates the cost rates.</summary>
    /// <param name="holdingPerUnitDay">h: cost of one unit on hand at the end of a day; finite, not negative.</param>
    /// <param name="stockoutPerUnit">p: cost of one unit backordered at the end of a day, or of one unit of lost sales; finite, not negative.</param>
    /// <param name="perOrder">K: fixed cost of each order placed; finite, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative, infinite or NaN.</exception>
    public CostRates(double holdingPerUnitDay, double stockoutPerUnit, double perOrder = 0)
    {
        HoldingPerUnitDay = Guard.NotNegative(holdingPerUnitDay);
        StockoutPerUnit = Guard.NotNegative(stockoutPerUnit);
        PerOrder = Guard.NotNegative(perOrder);
    }

    /// <summary>h: cost of one unit on hand at the end of a day.</summary>
    public double HoldingPerUnitDay { get; }

    /// <summary>p: cost of one unit short (per day backordered, or once per unit lost).</summary>
    public double StockoutPerUnit { get; }

    /// <summary>K: fixed cost per order.</summary>
    public double PerOrder { get; }

    /// <summary>The rates, e.g. <c>h = 1, p = 10, K = 0</c>.</summary>
    public override string ToString() => Guard.Format("h = {0}, p = {1}, K = {2}", HoldingPerUnitDay, StockoutPerUnit, PerOrder);
}
