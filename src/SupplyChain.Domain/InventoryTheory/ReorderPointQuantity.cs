namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// Continuous-review (r, Q) policies (Snyder &amp; Shen, Chapter 5): when the inventory position falls to r, order Q.
/// Units follow the textbook: λ is the demand rate per year (any time unit), σ the demand standard deviation per
/// √year, the lead time L is <b>in years</b>, and lead-time demand is N(λL, σ√L) or Poisson(λL) (<b>L, not L + 1</b>).
/// h is per unit per year; p is the backorder cost per unit per year (time-weighted) in the exact model, and per
/// unit short in the EIL approximation. Costs exclude the purchase cost.
/// </summary>
public static class ReorderPointQuantity
{
    /// <summary>
    /// The largest Poisson mean of lead-time demand, λL, that the Poisson members accept: 1,000,000. Each evaluation of
    /// the Poisson cdf costs more the larger the mean (about 0.2 ms at this one), and far beyond it a normal model
    /// (<see cref="LossFunctionApproximation"/>) is as accurate and much cheaper.
    /// </summary>
    public const double MaxPoissonMean = 1_000_000;

    /// <summary>
    /// The largest order quantity Q of the Poisson members: 2,000. <see cref="PoissonCost"/> sums Q one-period costs,
    /// and <see cref="OptimizePoisson"/> raises Q one unit at a time, evaluating one new one-period cost per step, so
    /// this bounds their work (a fifth of a second at <see cref="MaxPoissonMean"/>, where one such cost takes about
    /// 0.1 ms); an optimum beyond it (a very large K·λ/h) is refused, not searched for.
    /// </summary>
    public const int MaxPoissonOrderQuantity = 2_000;

    /// <summary>
    /// The exact expected cost per year of (r, Q) with normal demand (Section 5.2, equation 5.7):
    /// g(r, Q) = [Kλ + ∫_r^(r+Q) g(y) dy]/Q, where g(y) = h·n̄(y) + p·n(y) on the lead-time demand. The integral is
    /// taken in closed form: h[n̄⁽²⁾(r+Q) − n̄⁽²⁾(r)] + p[n⁽²⁾(r) − n⁽²⁾(r+Q)].
    /// </summary>
    /// <param name="reorderPoint">r.</param>
    /// <param name="orderQuantity">Q, &gt; 0.</param>
    /// <param name="holdingCost">h, per unit per year, ≥ 0.</param>
    /// <param name="stockoutCost">p, per unit backordered per year, ≥ 0.</param>
    /// <param name="fixedCost">K, per order, ≥ 0.</param>
    /// <param name="demandRate">λ, per year, ≥ 0.</param>
    /// <param name="demandStandardDeviation">σ, per √year, &gt; 0.</param>
    /// <param name="leadTime">L, years, &gt; 0.</param>
    /// <returns>g(r, Q) per year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reorderPoint"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderQuantity"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/>, <paramref name="stockoutCost"/>, <paramref name="fixedCost"/> or <paramref name="demandRate"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> or <paramref name="leadTime"/> is not positive and finite.</exception>
    public static double Cost(double reorderPoint, double orderQuantity, double holdingCost, double stockoutCost, double fixedCost, double demandRate, double demandStandardDeviation, double leadTime)
    {
        Guard.Finite(reorderPoint);
        Guard.Positive(orderQuantity);
        Guard.NotNegative(fixedCost);
        var (mean, sd) = LeadTimeDemand(holdingCost, stockoutCost, demandRate, demandStandardDeviation, leadTime);
        return CostUnchecked(reorderPoint, orderQuantity, holdingCost, stockoutCost, fixedCost, demandRate, mean, sd);
    }

    /// <summary>
    /// The optimal reorder point for a given Q (Section 5.2.2, equation 5.9): the r with g(r) = g(r + Q), found by
    /// bisection on [S* − 5Q, S*], S* the newsvendor level of the lead-time demand, until |g(r) − g(r + Q)| ≤ tolerance.
    /// </summary>
    /// <param name="orderQuantity">Q, &gt; 0.</param>
    /// <param name="holdingCost">h, &gt; 0.</param>
    /// <param name="stockoutCost">p, &gt; 0.</param>
    /// <param name="demandRate">λ, ≥ 0.</param>
    /// <param name="demandStandardDeviation">σ, &gt; 0.</param>
    /// <param name="leadTime">L, years, &gt; 0.</param>
    /// <param name="tolerance">The absolute tolerance on g(r) − g(r + Q), &gt; 0.</param>
    /// <returns>r(Q).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderQuantity"/>, <paramref name="holdingCost"/>, <paramref name="stockoutCost"/> or <paramref name="tolerance"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandRate"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> or <paramref name="leadTime"/> is not positive and finite.</exception>
    public static double OptimalReorderPoint(double orderQuantity, double holdingCost, double stockoutCost, double demandRate, double demandStandardDeviation, double leadTime, double tolerance = 1e-6)
    {
        Guard.Positive(orderQuantity);
        Guard.Positive(holdingCost);
        Guard.Positive(stockoutCost);
        Guard.Positive(tolerance);
        var (mean, sd) = LeadTimeDemand(holdingCost, stockoutCost, demandRate, demandStandardDeviation, leadTime);
        return OptimalReorderPointUnchecked(orderQuantity, holdingCost, stockoutCost, mean, sd, tolerance);
    }

    /// <summary>
    /// The expected-inventory-level (EIL) approximation (Section 5.3.1, Algorithm 5.1): from Q = EOQ and r = 0, repeat
    /// r = F⁻¹(1 − Qh/(pλ)) and Q = √(2λ(K + p·n(r))/h) until both move by at most the tolerance. The returned cost is
    /// the approximation's own, h(r − λL + Q/2) + Kλ/Q + pλn(r)/Q, with p per unit short.
    /// </summary>
    /// <param name="holdingCost">h, &gt; 0.</param>
    /// <param name="stockoutCost">p, per unit short, &gt; 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demandRate">λ, &gt; 0.</param>
    /// <param name="demandStandardDeviation">σ, &gt; 0.</param>
    /// <param name="leadTime">L, years, &gt; 0.</param>
    /// <param name="tolerance">Convergence tolerance on r and Q, &gt; 0.</param>
    /// <returns>r, Q and the approximate cost per year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/>, <paramref name="stockoutCost"/> or <paramref name="fixedCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandRate"/> or <paramref name="tolerance"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> or <paramref name="leadTime"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentException">The fractile 1 − Qh/(pλ) leaves (0, 1): p is too small for this λ, or h or p is 0.</exception>
    public static RqResult EilApproximation(double holdingCost, double stockoutCost, double fixedCost, double demandRate, double demandStandardDeviation, double leadTime, double tolerance = 1e-6)
    {
        Guard.NotNegative(fixedCost);
        Guard.Positive(demandRate);
        Guard.Positive(tolerance);
        var (mean, sd) = LeadTimeDemand(holdingCost, stockoutCost, demandRate, demandStandardDeviation, leadTime);
        var q = Math.Sqrt(2 * fixedCost * demandRate / holdingCost);
        var r = 0.0;
        var previousQ = double.PositiveInfinity;
        var previousR = double.PositiveInfinity;
        for (var iteration = 0; (Math.Abs(q - previousQ) > tolerance || Math.Abs(r - previousR) > tolerance) && iteration < 10_000; iteration++)
        {
            previousQ = q;
            previousR = r;
            var fractile = 1 - (q * holdingCost / (stockoutCost * demandRate));
            if (!(fractile > 0 && fractile < 1))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.EilFractileOutOfRange, fractile, q), nameof(stockoutCost));
            }

            r = mean + (sd * StandardNormal.Quantile(fractile));
            var shortage = LossFunctions.NormalUnchecked(r, mean, sd).Loss;
            q = Math.Sqrt(2 * demandRate * (fixedCost + (stockoutCost * shortage)) / holdingCost);
        }

        var loss = LossFunctions.NormalUnchecked(r, mean, sd).Loss;
        var cost = (holdingCost * (r - mean + (q / 2))) + (fixedCost * demandRate / q) + (stockoutCost * demandRate * loss / q);
        return new RqResult(r, q, cost);
    }

    /// <summary>
    /// The EOQB approximation (Section 5.3.2): Q = the EOQ with planned backorders √(2Kλ(h+p)/(hp)) and r = r(Q) from
    /// <see cref="OptimalReorderPoint"/>. The returned cost is the exact g(r, Q).
    /// </summary>
    /// <param name="holdingCost">h, &gt; 0.</param>
    /// <param name="stockoutCost">p, &gt; 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demandRate">λ, ≥ 0.</param>
    /// <param name="demandStandardDeviation">σ, &gt; 0.</param>
    /// <param name="leadTime">L, years, &gt; 0.</param>
    /// <returns>r, Q and g(r, Q).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> or <paramref name="demandRate"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> or <paramref name="leadTime"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The EOQB quantity √(2Kλ(h+p)/(hp)) is 0 (K = 0 or λ = 0) or not finite.</exception>
    public static RqResult EoqbApproximation(double holdingCost, double stockoutCost, double fixedCost, double demandRate, double demandStandardDeviation, double leadTime)
    {
        var (mean, sd) = LeadTimeDemand(holdingCost, stockoutCost, demandRate, demandStandardDeviation, leadTime);
        var q = EconomicOrderQuantity.OptimizeWithBackorders(fixedCost, holdingCost, stockoutCost, demandRate).OrderQuantity;
        Guard.Positive(q, "EOQB order quantity");
        var r = OptimalReorderPointUnchecked(q, holdingCost, stockoutCost, mean, sd, 1e-6);
        return new RqResult(r, q, CostUnchecked(r, q, holdingCost, stockoutCost, fixedCost, demandRate, mean, sd));
    }

    /// <summary>
    /// The EOQ + safety stock approximation (Section 5.3.3): Q = √(2Kλ/h) and r = the newsvendor level of the lead-time
    /// demand, λL + σ√L·Φ⁻¹(p/(p+h)). The returned cost is the exact g(r, Q).
    /// </summary>
    /// <param name="holdingCost">h, &gt; 0.</param>
    /// <param name="stockoutCost">p, &gt; 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demandRate">λ, ≥ 0.</param>
    /// <param name="demandStandardDeviation">σ, &gt; 0.</param>
    /// <param name="leadTime">L, years, &gt; 0.</param>
    /// <returns>r, Q and g(r, Q).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stockoutCost"/>, <paramref name="fixedCost"/> or <paramref name="demandRate"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> or <paramref name="leadTime"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The EOQ √(2Kλ/h) is 0 (K = 0 or λ = 0) or not finite.</exception>
    public static RqResult EoqSafetyStockApproximation(double holdingCost, double stockoutCost, double fixedCost, double demandRate, double demandStandardDeviation, double leadTime)
    {
        var (mean, sd) = LeadTimeDemand(holdingCost, stockoutCost, demandRate, demandStandardDeviation, leadTime);
        var q = EconomicOrderQuantity.Optimize(fixedCost, holdingCost, demandRate).OrderQuantity;
        Guard.Positive(q, "EOQ order quantity");
        var r = mean + (sd * StandardNormal.Quantile(stockoutCost / (stockoutCost + holdingCost)));
        return new RqResult(r, q, CostUnchecked(r, q, holdingCost, stockoutCost, fixedCost, demandRate, mean, sd));
    }

    /// <summary>
    /// The loss-function approximation (Section 5.3.4, equations 5.28–5.29): from Q = EOQ and r = 0, repeat: solve
    /// n(r) = hQ/(h + p) for r (Newton's method from the previous r), then Q = √(2(Kλ + (h + p)n⁽²⁾(r))/h), until both
    /// move by at most the tolerance, or for at most 1,000 rounds (each solves for r by Newton's method, so an input that
    /// never settles, such as p = 10¹⁵, is still answered in bounded time). The returned cost is the exact g(r, Q).
    /// </summary>
    /// <param name="holdingCost">h, &gt; 0.</param>
    /// <param name="stockoutCost">p, &gt; 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demandRate">λ, ≥ 0.</param>
    /// <param name="demandStandardDeviation">σ, &gt; 0.</param>
    /// <param name="leadTime">L, years, &gt; 0.</param>
    /// <param name="tolerance">Convergence tolerance on r and Q, &gt; 0.</param>
    /// <returns>r, Q and g(r, Q).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/>, <paramref name="stockoutCost"/>, <paramref name="fixedCost"/> or <paramref name="demandRate"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/>, <paramref name="leadTime"/> or <paramref name="tolerance"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The EOQ √(2Kλ/h) is not positive and finite (K = 0, λ = 0 or h = 0).</exception>
    public static RqResult LossFunctionApproximation(double holdingCost, double stockoutCost, double fixedCost, double demandRate, double demandStandardDeviation, double leadTime, double tolerance = 1e-6)
    {
        Guard.NotNegative(fixedCost);
        Guard.Positive(tolerance);
        var (mean, sd) = LeadTimeDemand(holdingCost, stockoutCost, demandRate, demandStandardDeviation, leadTime);
        var q = Math.Sqrt(2 * fixedCost * demandRate / holdingCost);
        Guard.Positive(q, "EOQ order quantity");
        var r = 0.0;
        var previousQ = double.PositiveInfinity;
        var previousR = double.PositiveInfinity;
        for (var iteration = 0; (Math.Abs(q - previousQ) > tolerance || Math.Abs(r - previousR) > tolerance) && iteration < MaxLossFunctionRounds; iteration++)
        {
            previousQ = q;
            previousR = r;
            r = SolveShortage(holdingCost * q / (holdingCost + stockoutCost), r, mean, sd);
            var second = LossFunctions.NormalSecondOrderUnchecked(r, mean, sd).Loss;
            q = Math.Sqrt(2 * ((fixedCost * demandRate) + ((holdingCost + stockoutCost) * second)) / holdingCost);
        }

        return new RqResult(r, q, CostUnchecked(r, q, holdingCost, stockoutCost, fixedCost, demandRate, mean, sd));
    }

    /// <summary>
    /// The exact cost per year of an integer (r, Q) with Poisson demand (Section 5.5.2):
    /// g(r, Q) = [Kλ + Σ_(y=r+1)^(r+Q) g(y)]/Q, with g(y) the newsvendor cost on Poisson(λL) lead-time demand.
    /// </summary>
    /// <param name="reorderPoint">r.</param>
    /// <param name="orderQuantity">Q, from 1 to <see cref="MaxPoissonOrderQuantity"/>.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demandRate">λ, per year, ≥ 0.</param>
    /// <param name="leadTime">L, years, ≥ 0.</param>
    /// <returns>g(r, Q).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderQuantity"/> is less than 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderQuantity"/> is more than <see cref="MaxPoissonOrderQuantity"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reorderPoint"/> + <paramref name="orderQuantity"/> is more than <see cref="int.MaxValue"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/>, <paramref name="stockoutCost"/>, <paramref name="fixedCost"/>, <paramref name="demandRate"/> or <paramref name="leadTime"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">λL is more than <see cref="MaxPoissonMean"/>.</exception>
    public static double PoissonCost(int reorderPoint, int orderQuantity, double holdingCost, double stockoutCost, double fixedCost, double demandRate, double leadTime)
    {
        Guard.AtMost(Guard.Positive(orderQuantity), MaxPoissonOrderQuantity, "ReorderPointQuantity.MaxPoissonOrderQuantity", nameof(orderQuantity));
        if (reorderPoint > int.MaxValue - orderQuantity)
        {
            throw new ArgumentOutOfRangeException(nameof(reorderPoint), reorderPoint, Guard.Format(ErrorMessages.LevelPlusQuantityTooLarge, int.MaxValue, (long)reorderPoint + orderQuantity));
        }

        Guard.NotNegative(holdingCost);
        Guard.NotNegative(stockoutCost);
        Guard.NotNegative(fixedCost);
        var mean = PoissonLeadTimeMean(demandRate, leadTime);
        return PoissonCostUnchecked(reorderPoint, orderQuantity, holdingCost, stockoutCost, fixedCost, demandRate, mean);
    }

    /// <summary>
    /// The optimal integer (r, Q) with Poisson demand (Section 5.5.2, after Federgruen and Zheng 1992): start at S, the
    /// smallest y with F(y) ≥ p/(p+h), with Q = 1 and r = S − 1. Each step lowers r when g(r) &lt; g(r + Q + 1) and
    /// evaluates the cost with Q + 1; stop when that cost rises and return the previous (r, Q, cost).
    /// </summary>
    /// <param name="holdingCost">h, &gt; 0.</param>
    /// <param name="stockoutCost">p, &gt; 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="demandRate">λ, per year, ≥ 0.</param>
    /// <param name="leadTime">L, years, ≥ 0.</param>
    /// <returns>r*, Q* and g(r*, Q*).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/>, <paramref name="demandRate"/> or <paramref name="leadTime"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">λL is more than <see cref="MaxPoissonMean"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The optimal Q is more than <see cref="MaxPoissonOrderQuantity"/> (<paramref name="fixedCost"/> is too large against h for this λ).</exception>
    public static PoissonRqResult OptimizePoisson(double holdingCost, double stockoutCost, double fixedCost, double demandRate, double leadTime)
    {
        Guard.Positive(holdingCost);
        Guard.Positive(stockoutCost);
        Guard.NotNegative(fixedCost);
        var mean = PoissonLeadTimeMean(demandRate, leadTime);
        var s = PoissonDistribution.Quantile(stockoutCost / (stockoutCost + holdingCost), mean);
        double G(int y) => Newsvendor.PoissonCostUnchecked(y, holdingCost, stockoutCost, mean);

        // sum = Σ_(y=r+1)^(r+q) g(y), kept up to date as the window [r + 1, r + q] grows by one unit per step, on the
        // left (r lowered) or on the right: each step adds one term and evaluates one new g, instead of summing q + 1
        // terms afresh. left = g(r) and right = g(r + q + 1) are the two candidates; the one not taken stays valid.
        var q = 1;
        var r = s - 1;
        var sum = G(s);
        var left = G(r);
        var right = G(r + 2);
        var cost = (fixedCost * demandRate) + sum;
        while (true)
        {
            if (q > MaxPoissonOrderQuantity)
            {
                throw new ArgumentOutOfRangeException(nameof(fixedCost), fixedCost, Guard.Format(ErrorMessages.SearchBeyondLimit,
                    "ReorderPointQuantity.OptimizePoisson", "order quantity", "ReorderPointQuantity.MaxPoissonOrderQuantity", MaxPoissonOrderQuantity, "fixedCost is too large against holdingCost for this demand rate"));
            }

            var previousCost = cost;
            var previousR = r;
            if (left < right)
            {
                sum += left;
                r--;
                left = G(r);
            }
            else
            {
                sum += right;
                right = G(r + q + 2);
            }

            cost = ((fixedCost * demandRate) + sum) / (q + 1);
            if (cost > previousCost)
            {
                return new PoissonRqResult(previousR, q, previousCost);
            }

            q++;
        }
    }

    /// <summary>The most rounds of <see cref="LossFunctionApproximation"/>; textbook inputs settle in a few dozen.</summary>
    private const int MaxLossFunctionRounds = 1_000;

    internal static double CostUnchecked(double r, double q, double h, double p, double k, double lambda, double mean, double sd)
    {
        var atR = LossFunctions.NormalSecondOrderUnchecked(r, mean, sd);
        var atRq = LossFunctions.NormalSecondOrderUnchecked(r + q, mean, sd);
        var integral = (h * (atRq.Complement - atR.Complement)) + (p * (atR.Loss - atRq.Loss));
        return ((k * lambda) + integral) / q;
    }

    private static double OptimalReorderPointUnchecked(double q, double h, double p, double mean, double sd, double tolerance)
    {
        var s = mean + (sd * StandardNormal.Quantile(p / (p + h)));
        var low = s - (5 * q);
        var high = s;
        var r = (low + high) / 2;
        var gr = Newsvendor.NormalCostUnchecked(r, h, p, mean, sd);
        var grq = Newsvendor.NormalCostUnchecked(r + q, h, p, mean, sd);
        for (var iteration = 0; Math.Abs(gr - grq) > tolerance && iteration < 2_000; iteration++)
        {
            if (gr < grq)
            {
                high = r;
            }
            else
            {
                low = r;
            }

            r = (low + high) / 2;
            gr = Newsvendor.NormalCostUnchecked(r, h, p, mean, sd);
            grq = Newsvendor.NormalCostUnchecked(r + q, h, p, mean, sd);
        }

        return r;
    }

    /// <summary>Solves n(r) = target by Newton's method (n is convex and decreasing, n'(r) = −(1 − F(r))).</summary>
    private static double SolveShortage(double target, double start, double mean, double sd)
    {
        var r = start;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var shortage = LossFunctions.NormalUnchecked(r, mean, sd).Loss - target;
            var slope = -(1 - StandardNormal.Cdf((r - mean) / sd));
            if (slope == 0)
            {
                break;
            }

            var step = shortage / slope;
            r -= step;
            if (Math.Abs(step) <= 1e-13 * Math.Max(1, Math.Abs(r)))
            {
                break;
            }
        }

        return r;
    }

    private static double PoissonCostUnchecked(int r, int q, double h, double p, double k, double lambda, double mean)
    {
        var cost = k * lambda;
        for (var y = r + 1; y <= r + q; y++)
        {
            cost += Newsvendor.PoissonCostUnchecked(y, h, p, mean);
        }

        return cost / q;
    }

    /// <summary>The Poisson mean λL of lead-time demand, checked against <see cref="MaxPoissonMean"/>.</summary>
    private static double PoissonLeadTimeMean(double demandRate, double leadTime)
    {
        Guard.NotNegative(demandRate);
        Guard.NotNegative(leadTime);
        return Guard.DerivedAtMost(demandRate * leadTime, MaxPoissonMean, "ReorderPointQuantity.MaxPoissonMean", "demandRate × leadTime", nameof(demandRate));
    }

    private static (double Mean, double StandardDeviation) LeadTimeDemand(double holdingCost, double stockoutCost, double demandRate, double demandStandardDeviation, double leadTime)
    {
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(stockoutCost);
        Guard.NotNegative(demandRate);
        Guard.Positive(demandStandardDeviation);
        Guard.Positive(leadTime);
        return (demandRate * leadTime, demandStandardDeviation * Math.Sqrt(leadTime));
    }
}
