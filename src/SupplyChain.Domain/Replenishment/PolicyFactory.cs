using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// From costs and demand to a policy in one call: each factory runs an <c>InventoryTheory</c> optimisation and
/// returns the policy with the optimal parameters together with the optimisation result (the "why").
/// </summary>
/// <remarks>
/// <para>
/// <b>Units.</b> Each factory keeps the units of the model it calls, stated per method: the (s, S) and newsvendor
/// models are <b>per period</b> (costs per unit per period, demand per period, lead time in whole periods; one period
/// is the interval between two calls of <see cref="IReplenishmentPolicy.Decide"/>, e.g. a day or a week), the (r, Q)
/// models are <b>per year</b> (h and p per unit per year, K per order, λ per year, σ per √year, L in years). To go
/// from daily figures to the yearly (r, Q) inputs: h and p × 365, λ = daily demand × 365, σ = daily σ × √365,
/// L = days / 365. Costs exclude the purchase price.
/// </para>
/// <para>
/// <b>Rounding.</b> Discrete models (Poisson, a discrete pmf) give whole numbers, used as they are. Continuous (normal)
/// optima are rounded to whole units: reorder points and base-stock levels <b>up</b> (never less protection than the
/// optimum), order quantities to the nearest unit (at least 1); a value within 10⁻⁹ (relative) of a whole number is
/// taken as that number.
/// </para>
/// <para>
/// <b>Limits.</b> Each factory accepts what the model it calls accepts, so the same documented bounds apply:
/// <see cref="PeriodicReviewSs.MaxPoissonMean"/> and <see cref="PeriodicReviewSs.MaxSpread"/> for (s, S),
/// <see cref="ReorderPointQuantity.MaxPoissonMean"/> and <see cref="ReorderPointQuantity.MaxPoissonOrderQuantity"/> for
/// Poisson (r, Q), <see cref="Newsvendor.MaxPoissonMean"/> for the Poisson base stock, and
/// <see cref="DiscreteDemand.MaxValueCount"/> for a discrete pmf. Beyond them a factory throws
/// <see cref="ArgumentOutOfRangeException"/> naming the bound, rather than running for seconds.
/// </para>
/// <para>
/// <b>Base stock</b> (order up to S whenever the position is below S) is expressed as the min–max policy (S − 1, S):
/// with whole-unit positions, p ≤ S − 1 is p &lt; S, and the order is S − p.
/// </para>
/// </remarks>
public static class PolicyFactory
{
    /// <summary>
    /// The min–max policy (s, S) with the exact optimal (s, S) for Poisson demand per period
    /// (<see cref="PeriodicReviewSs.OptimizePoisson"/>, Zheng and Federgruen 1991). The model reviews every period with
    /// zero lead time and orders up to S when the position is at or below s, as <see cref="MinMaxPolicy"/> does.
    /// </summary>
    /// <param name="holdingCost">h, per unit held at the end of a period, &gt; 0.</param>
    /// <param name="stockoutCost">p, per unit backordered at the end of a period, &gt; 0.</param>
    /// <param name="fixedCost">K, per order, ≥ 0.</param>
    /// <param name="demandMean">μ, mean demand per period, &gt; 0.</param>
    /// <returns>The policy and the optimum (s*, S*, cost per period).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is more than <see cref="PeriodicReviewSs.MaxPoissonMean"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The optimal S − s is more than <see cref="PeriodicReviewSs.MaxSpread"/> (<paramref name="fixedCost"/> is too large against h for this demand).</exception>
    public static OptimizedPolicy<MinMaxPolicy, SsResult> MinMaxFromOptimalSs(double holdingCost, double stockoutCost, double fixedCost, double demandMean)
    {
        var optimum = PeriodicReviewSs.OptimizePoisson(holdingCost, stockoutCost, fixedCost, demandMean);
        return new(new MinMaxPolicy(optimum.ReorderPoint, optimum.OrderUpToLevel), optimum, "(s, S), Poisson demand per period, exact optimum");
    }

    /// <summary>
    /// The min–max policy (s, S) with the exact optimal (s, S) for a discrete demand distribution per period
    /// (<see cref="PeriodicReviewSs.OptimizeDiscrete"/>); units as in <see cref="MinMaxFromOptimalSs(double, double, double, double)"/>.
    /// </summary>
    /// <param name="holdingCost">h, per unit per period, &gt; 0.</param>
    /// <param name="stockoutCost">p, per unit backordered per period, &gt; 0.</param>
    /// <param name="fixedCost">K, per order, ≥ 0.</param>
    /// <param name="demand">The demand distribution per period.</param>
    /// <returns>The policy and the optimum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="demand"/> has a negative value.</exception>
    /// <exception cref="ArgumentException"><paramref name="demand"/> is 0 with probability 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The optimal S − s is more than <see cref="PeriodicReviewSs.MaxSpread"/> (<paramref name="fixedCost"/> is too large against h for this demand).</exception>
    public static OptimizedPolicy<MinMaxPolicy, SsResult> MinMaxFromOptimalSs(double holdingCost, double stockoutCost, double fixedCost, DiscreteDemand demand)
    {
        var optimum = PeriodicReviewSs.OptimizeDiscrete(holdingCost, stockoutCost, fixedCost, Guard.NotNull(demand));
        return new(new MinMaxPolicy(optimum.ReorderPoint, optimum.OrderUpToLevel), optimum, "(s, S), discrete demand per period, exact optimum");
    }

    /// <summary>
    /// The reorder point policy (r, Q) from the continuous-review (r, Q) model with normal lead-time demand, optimised
    /// by the iterative loss-function approximation (<see cref="ReorderPointQuantity.LossFunctionApproximation"/>),
    /// r rounded up and Q to the nearest unit (at least 1).
    /// </summary>
    /// <param name="holdingCost">h, per unit per <b>year</b>, &gt; 0.</param>
    /// <param name="stockoutCost">p, per unit backordered per <b>year</b>, &gt; 0.</param>
    /// <param name="fixedCost">K, per order, ≥ 0 (K = 0 gives Q* = 0, refused: use a base-stock policy).</param>
    /// <param name="demandRate">λ, units per year, &gt; 0.</param>
    /// <param name="demandStandardDeviation">σ, units per √year, &gt; 0.</param>
    /// <param name="leadTime">L, in <b>years</b> (days / 365), &gt; 0.</param>
    /// <returns>The policy and the optimum (r*, Q*, cost per year) before rounding.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/>, <paramref name="stockoutCost"/>, <paramref name="fixedCost"/> or <paramref name="demandRate"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> or <paramref name="leadTime"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The EOQ √(2Kλ/h) the approximation starts from is not positive and finite (K = 0, λ = 0 or h = 0).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rounded r or Q is not a number or outside the range of <see cref="int"/>.</exception>
    public static OptimizedPolicy<ReorderPointPolicy, RqResult> ReorderPointFromOptimalRq(double holdingCost, double stockoutCost, double fixedCost, double demandRate, double demandStandardDeviation, double leadTime)
    {
        var optimum = ReorderPointQuantity.LossFunctionApproximation(holdingCost, stockoutCost, fixedCost, demandRate, demandStandardDeviation, leadTime);
        var r = RoundUp(optimum.ReorderPoint, "reorderPoint");
        var q = Math.Max(1, ToInt(Math.Round(optimum.OrderQuantity, MidpointRounding.AwayFromZero), "lotSize"));
        return new(new ReorderPointPolicy(r, q), optimum, "(r, Q), normal demand, loss-function approximation, r rounded up and Q to the nearest unit");
    }

    /// <summary>
    /// The reorder point policy (r, Q) with the exact optimal integer (r, Q) for Poisson demand
    /// (<see cref="ReorderPointQuantity.OptimizePoisson"/>).
    /// </summary>
    /// <param name="holdingCost">h, per unit per <b>year</b>, &gt; 0.</param>
    /// <param name="stockoutCost">p, per unit backordered per <b>year</b>, &gt; 0.</param>
    /// <param name="fixedCost">K, per order, ≥ 0.</param>
    /// <param name="demandRate">λ, units per year, ≥ 0.</param>
    /// <param name="leadTime">L, in <b>years</b>, ≥ 0.</param>
    /// <returns>The policy and the optimum (r*, Q*, cost per year).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/>, <paramref name="demandRate"/> or <paramref name="leadTime"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">λL is more than <see cref="ReorderPointQuantity.MaxPoissonMean"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The optimal Q is more than <see cref="ReorderPointQuantity.MaxPoissonOrderQuantity"/> (<paramref name="fixedCost"/> is too large against h for this λ).</exception>
    public static OptimizedPolicy<ReorderPointPolicy, PoissonRqResult> ReorderPointFromOptimalPoissonRq(double holdingCost, double stockoutCost, double fixedCost, double demandRate, double leadTime)
    {
        var optimum = ReorderPointQuantity.OptimizePoisson(holdingCost, stockoutCost, fixedCost, demandRate, leadTime);
        return new(new ReorderPointPolicy(optimum.ReorderPoint, optimum.OrderQuantity), optimum, "(r, Q), Poisson demand, exact optimum");
    }

    /// <summary>
    /// The base-stock policy (order up to S, as the min–max policy (S − 1, S)) with S from the newsvendor with normal
    /// demand per period over the protection interval L + 1 (<see cref="Newsvendor.OptimizeNormal"/>), rounded up.
    /// </summary>
    /// <param name="holdingCost">h, per unit held at the end of a period, ≥ 0 (h + p &gt; 0).</param>
    /// <param name="stockoutCost">p, per unit backordered at the end of a period, ≥ 0.</param>
    /// <param name="demandMean">μ, mean demand per period.</param>
    /// <param name="demandStandardDeviation">σ, per period, &gt; 0.</param>
    /// <param name="leadTime">L, in whole periods, ≥ 0.</param>
    /// <returns>The policy and the optimum (S*, cost per period) before rounding.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> + <paramref name="stockoutCost"/> is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTime"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rounded S is outside [<see cref="int.MinValue"/> + 1, <see cref="int.MaxValue"/>] (the minimum S − 1 must be an <see cref="int"/> too).</exception>
    public static OptimizedPolicy<MinMaxPolicy, NewsvendorResult> BaseStockFromNewsvendor(double holdingCost, double stockoutCost, double demandMean, double demandStandardDeviation, int leadTime = 0)
    {
        var optimum = Newsvendor.OptimizeNormal(holdingCost, stockoutCost, demandMean, demandStandardDeviation, leadTime);
        var s = RoundUp(optimum.BaseStockLevel, "baseStockLevel");
        return new(BaseStock(s), optimum, "base stock, normal demand, newsvendor over the lead time plus one period, S rounded up");
    }

    /// <summary>
    /// The base-stock policy (min–max (S − 1, S)) with S from the newsvendor with Poisson demand per period
    /// (<see cref="Newsvendor.OptimizePoisson"/>); units as in <see cref="BaseStockFromNewsvendor"/>.
    /// </summary>
    /// <param name="holdingCost">h, per unit per period, ≥ 0 (h + p &gt; 0).</param>
    /// <param name="stockoutCost">p, per unit backordered per period, ≥ 0.</param>
    /// <param name="demandMean">μ, mean demand per period, ≥ 0.</param>
    /// <param name="leadTime">L, in whole periods, ≥ 0.</param>
    /// <returns>The policy and the optimum (S*, cost per period).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> + <paramref name="stockoutCost"/> is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTime"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">(L+1)μ is more than <see cref="Newsvendor.MaxPoissonMean"/>.</exception>
    public static OptimizedPolicy<MinMaxPolicy, DiscreteNewsvendorResult> BaseStockFromPoissonNewsvendor(double holdingCost, double stockoutCost, double demandMean, int leadTime = 0)
    {
        var optimum = Newsvendor.OptimizePoisson(holdingCost, stockoutCost, demandMean, leadTime);
        return new(BaseStock(optimum.BaseStockLevel), optimum, "base stock, Poisson demand, newsvendor over the lead time plus one period");
    }

    private static MinMaxPolicy BaseStock(int level) =>
        level > int.MinValue
            ? new(level - 1, level)
            : throw Guard.OutOfRange(level, Guard.Format(ErrorMessages.MustBeBetween, "baseStockLevel", int.MinValue + 1L, int.MaxValue, level), "baseStockLevel");

    private static int RoundUp(double value, string what)
    {
        var whole = Math.Round(value);
        return ToInt(Math.Abs(value - whole) <= 1e-9 * Math.Max(1, Math.Abs(value)) ? whole : Math.Ceiling(value), what);
    }

    private static int ToInt(double value, string what) =>
        value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new ArgumentOutOfRangeException(what, value, Guard.Format(ErrorMessages.MustBeBetween, what, int.MinValue, int.MaxValue, value));
}
