namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// Periodic-review (s, S) policies with zero lead time (Snyder &amp; Shen, Section 4.6): each period, when the inventory
/// position is at or below s, order up to S. Costs are expected costs per period: K per order, h per unit held and
/// p per unit backordered at the end of a period (purchase cost excluded).
/// </summary>
public static class PeriodicReviewSs
{
    /// <summary>
    /// The exact expected cost per period of (s, S) under Poisson(μ) demand per period (Section 4.6.2, Zheng and
    /// Federgruen 1991): with m(0) = 1/(1 − f(0)), m(j) = m(0)Σ_(l=1..j) f(l)m(j−l), M(0) = 0, M(j) = M(j−1) + m(j−1),
    /// g(s, S) = [K + Σ_(d=0)^(S−s−1) m(d)·g(S − d)]/M(S − s), g the one-period newsvendor cost.
    /// </summary>
    /// <param name="reorderPoint">s.</param>
    /// <param name="orderUpToLevel">S, &gt; s.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demandMean">μ per period, &gt; 0.</param>
    /// <returns>g(s, S).</returns>
    /// <exception cref="ArgumentOutOfRangeException">S ≤ s (parameter <c>reorderPoint</c>), or S − s is more than <see cref="MaxSearchSpan"/> (parameter <c>orderUpToLevel</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cost or the mean is out of its range (h, p, K ≥ 0; μ &gt; 0), infinite or NaN.</exception>
    public static double PoissonCost(int reorderPoint, int orderUpToLevel, double holdingCost, double stockoutCost, double fixedCost, double demandMean)
    {
        Guard.GreaterThan(orderUpToLevel, reorderPoint, nameof(reorderPoint));
        Guard.AtMost((double)orderUpToLevel - reorderPoint, MaxSearchSpan, nameof(MaxSearchSpan), nameof(orderUpToLevel));
        ValidateCosts(holdingCost, stockoutCost, fixedCost);
        Guard.Positive(demandMean);
        return new SsCostModel(holdingCost, stockoutCost, fixedCost, demandMean, null).Cost(reorderPoint, orderUpToLevel);
    }

    /// <summary>The exact expected cost per period of (s, S) for a discrete demand pmf on 0, 1, … (see <see cref="PoissonCost"/>).</summary>
    /// <param name="reorderPoint">s.</param>
    /// <param name="orderUpToLevel">S, &gt; s.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demand">The demand distribution per period; its values must not be negative and P(D = 0) &lt; 1.</param>
    /// <returns>g(s, S).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    /// <exception cref="ArgumentException">The demand has negative values or is always 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">S ≤ s (parameter <c>reorderPoint</c>), or S − s is more than <see cref="MaxSearchSpan"/> (parameter <c>orderUpToLevel</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cost or the mean is out of its range (h, p, K ≥ 0; μ &gt; 0), infinite or NaN.</exception>
    public static double DiscreteCost(int reorderPoint, int orderUpToLevel, double holdingCost, double stockoutCost, double fixedCost, DiscreteDemand demand)
    {
        Guard.GreaterThan(orderUpToLevel, reorderPoint, nameof(reorderPoint));
        Guard.AtMost((double)orderUpToLevel - reorderPoint, MaxSearchSpan, nameof(MaxSearchSpan), nameof(orderUpToLevel));
        ValidateCosts(holdingCost, stockoutCost, fixedCost);
        ValidateDemand(demand);
        return new SsCostModel(holdingCost, stockoutCost, fixedCost, 0, demand).Cost(reorderPoint, orderUpToLevel);
    }

    /// <summary>The largest Poisson mean demand per period <see cref="OptimizePoisson"/> accepts: 10,000 units (docs/limits.md).</summary>
    public const double MaxPoissonMean = 10_000;

    /// <summary>
    /// The farthest the Zheng–Federgruen search moves s below or S above the newsvendor level y*: 2,000 units. Its work
    /// grows with the square of that distance, which grows with √(K/h); a larger one is refused rather than searched
    /// for seconds (docs/limits.md).
    /// </summary>
    public const int MaxSearchSpan = 2_000;

    /// <summary>
    /// The optimal (s, S) under Poisson(μ) demand per period, by the Zheng–Federgruen (1991) algorithm (Section 4.6.2):
    /// from y* (the newsvendor level) lower s until g(s, y*) ≤ g(s); then raise S while g(S) ≤ the best cost, and
    /// whenever a better S appears raise s while g(s, S) ≤ g(s + 1).
    /// </summary>
    /// <param name="holdingCost">h, &gt; 0.</param>
    /// <param name="stockoutCost">p, &gt; 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demandMean">μ per period, &gt; 0.</param>
    /// <returns>s*, S* and their cost per period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/>, <paramref name="stockoutCost"/> or <paramref name="demandMean"/> is not greater than zero, or is infinite or NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> is negative, infinite or NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is more than <see cref="MaxPoissonMean"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The search would move s or S more than <see cref="MaxSearchSpan"/> units from y* (large K/h; parameter <c>fixedCost</c>).</exception>
    public static SsResult OptimizePoisson(double holdingCost, double stockoutCost, double fixedCost, double demandMean)
    {
        ValidateCosts(holdingCost, stockoutCost, fixedCost);
        Guard.Positive(holdingCost);
        Guard.Positive(stockoutCost);
        Guard.AtMost(Guard.Positive(demandMean), MaxPoissonMean, nameof(MaxPoissonMean), nameof(demandMean));
        var model = new SsCostModel(holdingCost, stockoutCost, fixedCost, demandMean, null);
        var yStar = PoissonDistribution.Quantile(stockoutCost / (stockoutCost + holdingCost), demandMean);
        return ZhengFedergruen(model, yStar, fixedCost);
    }

    /// <summary>The optimal (s, S) for a discrete demand pmf, by the Zheng–Federgruen algorithm (see <see cref="OptimizePoisson"/>).</summary>
    /// <param name="holdingCost">h, &gt; 0.</param>
    /// <param name="stockoutCost">p, &gt; 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demand">The demand distribution per period (non-negative values, P(D = 0) &lt; 1).</param>
    /// <returns>s*, S* and their cost per period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    /// <exception cref="ArgumentException">The demand has negative values or is always 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is not greater than zero, or is infinite or NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> is negative, infinite or NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The search would move s or S more than <see cref="MaxSearchSpan"/> units from y* (large K/h; parameter <c>fixedCost</c>).</exception>
    public static SsResult OptimizeDiscrete(double holdingCost, double stockoutCost, double fixedCost, DiscreteDemand demand)
    {
        ValidateCosts(holdingCost, stockoutCost, fixedCost);
        Guard.Positive(holdingCost);
        Guard.Positive(stockoutCost);
        ValidateDemand(demand);
        var model = new SsCostModel(holdingCost, stockoutCost, fixedCost, 0, demand);
        var yStar = demand.Quantile(stockoutCost / (stockoutCost + holdingCost));
        return ZhengFedergruen(model, yStar, fixedCost);
    }

    /// <summary>
    /// Ehrhardt's power approximation (Section 4.6.3), per-period μ and σ, zero lead time:
    /// Q_p = 1.30·μ^0.494·(K/h)^0.506·(1 + σ²/μ²)^0.116, z = √(Q_p·h/(σp)), s = 0.973μ + σ(0.183/z + 1.063 − 2.192z),
    /// S = s + Q_p. No fallback for Q_p/σ &gt; 1.5 is applied.
    /// </summary>
    /// <param name="holdingCost">h, &gt; 0.</param>
    /// <param name="stockoutCost">p, &gt; 0.</param>
    /// <param name="fixedCost">K, &gt; 0.</param>
    /// <param name="demandMean">μ per period, &gt; 0.</param>
    /// <param name="demandStandardDeviation">σ per period, &gt; 0.</param>
    /// <returns>s and S.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static SsApproximation PowerApproximation(double holdingCost, double stockoutCost, double fixedCost, double demandMean, double demandStandardDeviation)
    {
        Guard.Positive(holdingCost);
        Guard.Positive(stockoutCost);
        Guard.Positive(fixedCost);
        Guard.Positive(demandMean);
        Guard.Positive(demandStandardDeviation);
        var cv = demandStandardDeviation / demandMean;
        var q = 1.30 * Math.Pow(demandMean, 0.494) * Math.Pow(fixedCost / holdingCost, 0.506) * Math.Pow(1 + (cv * cv), 0.116);
        var z = Math.Sqrt(q / demandStandardDeviation * (holdingCost / stockoutCost));
        var s = (0.973 * demandMean) + (demandStandardDeviation * ((0.183 / z) + 1.063 - (2.192 * z)));
        return new SsApproximation(s, s + q);
    }

    private static SsResult ZhengFedergruen(SsCostModel model, int yStar, double fixedCost)
    {
        var s = yStar;
        do
        {
            s--;
            WithinSpan(yStar - s, fixedCost);
        }
        while (model.Cost(s, yStar) > model.G(s));

        var bestS = yStar;
        var best = model.Cost(s, bestS);
        for (var bigS = bestS + 1; model.G(bigS) <= best; bigS++)
        {
            WithinSpan(bigS - yStar, fixedCost);
            if (model.Cost(s, bigS) < best)
            {
                bestS = bigS;
                while (model.Cost(s, bestS) <= model.G(s + 1))
                {
                    s++;
                }

                best = model.Cost(s, bestS);
            }
        }

        return new SsResult(s, bestS, best);
    }

    private static void WithinSpan(long distance, double fixedCost)
    {
        if (distance > MaxSearchSpan)
        {
            throw new ArgumentOutOfRangeException(
                nameof(fixedCost), fixedCost, Guard.Format(ErrorMessages.SearchAboveLimit, "The (s, S) search", nameof(MaxSearchSpan), MaxSearchSpan, Guard.Format("K = {0}", fixedCost)));
        }
    }

    private static void ValidateCosts(double holdingCost, double stockoutCost, double fixedCost)
    {
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(stockoutCost);
        Guard.NotNegative(fixedCost);
    }

    private static void ValidateDemand(DiscreteDemand demand)
    {
        Guard.NotNull(demand);
        if (demand.Values[0] < 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.ListEntryMustNotBeNegative, "demand values", 0, demand.Values[0]), nameof(demand));
        }

        if (demand.Probability(0) >= 1)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.MustBeInRange, "P(demand = 0)", 0, "1 (exclusive)", demand.Probability(0)), nameof(demand));
        }
    }
}
