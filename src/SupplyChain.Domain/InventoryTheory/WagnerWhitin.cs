namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// The Wagner–Whitin dynamic program for deterministic, time-varying demand (Snyder &amp; Shen, Section 3.7): per
/// period costs, zero lead time, no backorders. Periods are <b>0-based</b> (t = 0 … T−1).
/// </summary>
public static class WagnerWhitin
{
    /// <summary>
    /// The most periods T a lot-sizing problem may have: 5,000 (over 13 years of days). The program compares every
    /// ordering period with every later one, T(T+1)/2 covers, so this bounds its work to well under a second.
    /// </summary>
    public const int MaxPeriods = 5_000;

    /// <summary>
    /// Solves the lot-sizing problem. With θ(T) = 0 and, for t = T−1 down to 0,
    /// θ(t) = min over s in (t, T] of [K_t·1(Σ_(i=t)^(s−1) d_i &gt; 0) + Σ_(i=t)^(s−1) (c_t + h_t(i − t))d_i + θ(s)]:
    /// the ordering period's h_t is charged for every period a unit is carried, no K is charged to cover zero demand,
    /// and ties keep the shorter cover. The cost θ(0) includes purchase cost when c is given.
    /// </summary>
    /// <param name="demand">d_t ≥ 0 for each period (units).</param>
    /// <param name="fixedCost">K_t ≥ 0, per order placed in t: one value per period, or a single value for all.</param>
    /// <param name="holdingCost">h_t ≥ 0, per unit carried from one period to the next: one per period, or one for all.</param>
    /// <param name="purchaseCost">c_t ≥ 0, per unit ordered in t: one per period, one for all, or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/>, <paramref name="fixedCost"/> or <paramref name="holdingCost"/> is null.</exception>
    /// <exception cref="ArgumentException">A list is empty.</exception>
    /// <exception cref="ArgumentException">A cost list has neither 1 nor T entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demand"/> has more than <see cref="MaxPeriods"/> entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry of a list is negative or not finite.</exception>
    public static LotSizingPlan Solve(IReadOnlyList<double> demand, IReadOnlyList<double> fixedCost, IReadOnlyList<double> holdingCost, IReadOnlyList<double>? purchaseCost = null)
    {
        var d = Demand(demand);
        var periods = d.Length;
        var k = PerPeriod(fixedCost, periods, nameof(fixedCost));
        var h = PerPeriod(holdingCost, periods, nameof(holdingCost));
        var c = purchaseCost is null ? new double[periods] : PerPeriod(purchaseCost, periods, nameof(purchaseCost));
        return SolveUnchecked(d, k, h, c);
    }

    /// <summary>Solves the lot-sizing problem with the same costs in every period (see the list overload).</summary>
    /// <param name="demand">d_t ≥ 0 for each period.</param>
    /// <param name="fixedCost">K ≥ 0 per order.</param>
    /// <param name="holdingCost">h ≥ 0 per unit carried per period.</param>
    /// <param name="purchaseCost">c ≥ 0 per unit ordered (0 for none).</param>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="demand"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demand"/> has more than <see cref="MaxPeriods"/> entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry of <paramref name="demand"/>, <paramref name="fixedCost"/>, <paramref name="holdingCost"/> or <paramref name="purchaseCost"/> is negative or not finite.</exception>
    public static LotSizingPlan Solve(IReadOnlyList<double> demand, double fixedCost, double holdingCost, double purchaseCost = 0)
    {
        var d = Demand(demand);
        Guard.NotNegative(fixedCost);
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(purchaseCost);
        var periods = d.Length;
        return SolveUnchecked(d, Filled(fixedCost, periods), Filled(holdingCost, periods), Filled(purchaseCost, periods));
    }

    private static LotSizingPlan SolveUnchecked(double[] d, double[] k, double[] h, double[] c)
    {
        var periods = d.Length;
        var theta = new double[periods + 1];
        var next = new int[periods];
        for (var t = periods - 1; t >= 0; t--)
        {
            var best = double.MaxValue;
            var bestS = periods;
            var running = 0.0;
            var hasDemand = false;
            for (var s = t + 1; s <= periods; s++)
            {
                // Adds period i = s − 1 to the cover, summing in the textbook order: K first, then period by period.
                var i = s - 1;
                if (!hasDemand && d[i] > 0)
                {
                    hasDemand = true;
                    running = k[t] + running;
                }

                running += (c[t] * d[i]) + (h[t] * (i - t) * d[i]);
                var cost = running + theta[s];
                if (cost < best)
                {
                    best = cost;
                    bestS = s;
                }
            }

            theta[t] = best;
            next[t] = bestS;
        }

        var orders = new double[periods];
        for (var t = 0; t < periods; t = next[t])
        {
            var quantity = 0.0;
            for (var i = t; i < next[t]; i++)
            {
                quantity += d[i];
            }

            orders[t] = quantity;
        }

        return new LotSizingPlan(orders, next, theta[0]);
    }

    private static double[] Demand(IReadOnlyList<double> demand)
    {
        Guard.NotNull(demand);
        Guard.DerivedAtMost(demand.Count, MaxPeriods, "WagnerWhitin.MaxPeriods", "the number of periods", nameof(demand));
        return Guard.NotNegativeList(demand);
    }

    private static double[] PerPeriod(IReadOnlyList<double> values, int periods, string paramName)
    {
        var copy = Guard.NotNegativeList(values, allowEmpty: false, paramName);
        if (copy.Length == 1)
        {
            return Filled(copy[0], periods);
        }

        Guard.Length(copy, periods, "period", paramName);
        return copy;
    }

    private static double[] Filled(double value, int periods)
    {
        var array = new double[periods];
        Array.Fill(array, value);
        return array;
    }
}
