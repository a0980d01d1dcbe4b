namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// Periodic-review (s, S) policies with zero lead time (Snyder &amp; Shen, Section 4.6): each period, when the inventory
/// position is at or below s, order up to S. Costs are expected costs per period: K per order, h per unit held and
/// p per unit backordered at the end of a period (purchase cost excluded).
/// </summary>
public static class PeriodicReviewSs
{
    /// <summary>
    /// The largest Poisson mean demand per period, μ, that the Poisson members accept: 1,000,000. Each evaluation of
    /// the Poisson cdf costs more the larger the mean (about 0.2 ms at this one), and the optimisation evaluates it
    /// for every level it visits.
    /// </summary>
    public const double MaxPoissonMean = 1_000_000;

    /// <summary>
    /// The largest S − s of the cost members and of an optimum: 1,000. The cost of (s, S) sums S − s terms and the
    /// optimisation visits levels one unit at a time, evaluating that cost at each, so its work grows with the square
    /// of S − s; this bounds it to well under a second. An optimum beyond it (a very large K/h) is refused, not
    /// searched for.
    /// </summary>
    public const int MaxSpread = 1_000;

    /// <summary>
    /// The exact expected cost per period of (s, S) under Poisson(μ) demand per period (Section 4.6.2, Zheng and
    /// Federgruen 1991): with m(0) = 1/(1 − f(0)), m(j) = m(0)Σ_(l=1..j) f(l)m(j−l), M(0) = 0, M(j) = M(j−1) + m(j−1),
    /// g(s, S) = [K + Σ_(d=0)^(S−s−1) m(d)·g(S − d)]/M(S − s), g the one-period newsvendor cost.
    /// </summary>
    /// <param name="reorderPoint">s.</param>
    /// <param name="orderUpToLevel">S, &gt; s, with S − s at most <see cref="MaxSpread"/>.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demandMean">μ per period, &gt; 0.</param>
    /// <returns>g(s, S).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderUpToLevel"/> is not more than <paramref name="reorderPoint"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderUpToLevel"/> − <paramref name="reorderPoint"/> is more than <see cref="MaxSpread"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/>, <paramref name="stockoutCost"/> or <paramref name="fixedCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is more than <see cref="MaxPoissonMean"/>.</exception>
    public static double PoissonCost(int reorderPoint, int orderUpToLevel, double holdingCost, double stockoutCost, double fixedCost, double demandMean)
    {
        ValidateLevels(reorderPoint, orderUpToLevel);
        ValidateCosts(holdingCost, stockoutCost, fixedCost);
        ValidatePoissonMean(demandMean);
        return new SsCostModel(holdingCost, stockoutCost, fixedCost, demandMean, null).Cost(reorderPoint, orderUpToLevel);
    }

    /// <summary>The exact expected cost per period of (s, S) for a discrete demand pmf on 0, 1, … (see <see cref="PoissonCost"/>).</summary>
    /// <param name="reorderPoint">s.</param>
    /// <param name="orderUpToLevel">S, &gt; s, with S − s at most <see cref="MaxSpread"/>.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demand">The demand distribution per period; its values must not be negative and P(D = 0) &lt; 1.</param>
    /// <returns>g(s, S).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="demand"/> has a negative value.</exception>
    /// <exception cref="ArgumentException"><paramref name="demand"/> is 0 with probability 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderUpToLevel"/> is not more than <paramref name="reorderPoint"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderUpToLevel"/> − <paramref name="reorderPoint"/> is more than <see cref="MaxSpread"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/>, <paramref name="stockoutCost"/> or <paramref name="fixedCost"/> is negative or not finite.</exception>
    public static double DiscreteCost(int reorderPoint, int orderUpToLevel, double holdingCost, double stockoutCost, double fixedCost, DiscreteDemand demand)
    {
        ValidateLevels(reorderPoint, orderUpToLevel);
        ValidateCosts(holdingCost, stockoutCost, fixedCost);
        ValidateDemand(demand);
        return new SsCostModel(holdingCost, stockoutCost, fixedCost, 0, demand).Cost(reorderPoint, orderUpToLevel);
    }

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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is more than <see cref="MaxPoissonMean"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The optimal S − s is more than <see cref="MaxSpread"/> (<paramref name="fixedCost"/> is too large against h for this demand).</exception>
    public static SsResult OptimizePoisson(double holdingCost, double stockoutCost, double fixedCost, double demandMean)
    {
        ValidateCosts(holdingCost, stockoutCost, fixedCost);
        Guard.Positive(holdingCost);
        Guard.Positive(stockoutCost);
        ValidatePoissonMean(demandMean);
        var model = new SsCostModel(holdingCost, stockoutCost, fixedCost, demandMean, null);
        var yStar = PoissonDistribution.Quantile(stockoutCost / (stockoutCost + holdingCost), demandMean);
        return ZhengFedergruen(model, yStar, fixedCost, nameof(OptimizePoisson));
    }

    /// <summary>The optimal (s, S) for a discrete demand pmf, by the Zheng–Federgruen algorithm (see <see cref="OptimizePoisson"/>).</summary>
    /// <param name="holdingCost">h, &gt; 0.</param>
    /// <param name="stockoutCost">p, &gt; 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demand">The demand distribution per period (non-negative values, P(D = 0) &lt; 1).</param>
    /// <returns>s*, S* and their cost per period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="demand"/> has a negative value.</exception>
    /// <exception cref="ArgumentException"><paramref name="demand"/> is 0 with probability 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The optimal S − s is more than <see cref="MaxSpread"/> (<paramref name="fixedCost"/> is too large against h for this demand).</exception>
    public static SsResult OptimizeDiscrete(double holdingCost, double stockoutCost, double fixedCost, DiscreteDemand demand)
    {
        ValidateCosts(holdingCost, stockoutCost, fixedCost);
        Guard.Positive(holdingCost);
        Guard.Positive(stockoutCost);
        ValidateDemand(demand);
        var model = new SsCostModel(holdingCost, stockoutCost, fixedCost, 0, demand);
        var yStar = demand.Quantile(stockoutCost / (stockoutCost + holdingCost));
        return ZhengFedergruen(model, yStar, fixedCost, nameof(OptimizeDiscrete));
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/>, <paramref name="stockoutCost"/>, <paramref name="fixedCost"/>, <paramref name="demandMean"/> or <paramref name="demandStandardDeviation"/> is not positive and finite.</exception>
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

    private static SsResult ZhengFedergruen(SsCostModel model, int yStar, double fixedCost, string method)
    {
        var s = yStar;
        do
        {
            s--;
            RequireSpreadWithinLimit(yStar - s, fixedCost, method);
        }
        while (model.Cost(s, yStar) > model.G(s));

        var bestS = yStar;
        var best = model.Cost(s, bestS);
        for (var bigS = bestS + 1; model.G(bigS) <= best; bigS++)
        {
            RequireSpreadWithinLimit(bigS - s, fixedCost, method);
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

    private static void RequireSpreadWithinLimit(int spread, double fixedCost, string method)
    {
        if (spread > MaxSpread)
        {
            throw Guard.OutOfRange(fixedCost, Guard.Format(ErrorMessages.SearchBeyondLimit,
                "PeriodicReviewSs." + method, "S − s", "PeriodicReviewSs.MaxSpread", MaxSpread, "fixedCost is too large against holdingCost for this demand"), "fixedCost");
        }
    }

    private static void ValidateLevels(int reorderPoint, int orderUpToLevel)
    {
        Guard.GreaterThan(orderUpToLevel, reorderPoint, nameof(reorderPoint));
        Guard.DerivedAtMost((double)orderUpToLevel - reorderPoint, MaxSpread, "PeriodicReviewSs.MaxSpread", "orderUpToLevel − reorderPoint", nameof(orderUpToLevel));
    }

    private static void ValidatePoissonMean(double demandMean) =>
        Guard.AtMost(Guard.Positive(demandMean), MaxPoissonMean, "PeriodicReviewSs.MaxPoissonMean", nameof(demandMean));

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
