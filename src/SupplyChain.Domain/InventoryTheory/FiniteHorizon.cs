using MathNet.Numerics.RootFinding;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// The finite-horizon stochastic inventory model (Snyder &amp; Shen, Section 4.5): the exact dynamic program on an
/// integer grid, and the myopic bounds on its (s, S) levels. Periods are 0-based; costs are per period and
/// discounted; purchase cost is included.
/// </summary>
public static class FiniteHorizon
{
    /// <summary>
    /// The largest T·N² <see cref="Solve"/> takes on, with T the periods and N the states of the integer grid
    /// x_min … x_max (checked again each time the grid is widened): 20,000,000. The program compares about T·N²/2
    /// order-up-to choices and computes T·N expectations over a demand grid of up to N points, so this bounds its time
    /// (about a third of a second here) and its tables (T·N numbers). It allows, for example, 52 weekly periods of
    /// normal demand N(100, 20) with K = 100 (N ≈ 530) or one period of N(1000, 200) (N ≈ 4,300).
    /// </summary>
    public const long MaxTransitions = 20_000_000;

    private const int DemandSpread = 4;
    private const int StateSpread = 5;

    /// <summary>
    /// Solves the dynamic program (Section 4.5.2) with the textbook's discretisation.
    /// <list type="bullet">
    /// <item>Demand grid: d in [d_min, d_max], d_min = max(0, round(min μ − 4·max σ)), d_max = round(max μ + 4·max σ);
    /// P_t(d) = Φ_t(d + ½) − Φ_t(d − ½), not renormalised.</item>
    /// <item>State grid: x_min = round(min μ − max μ − 9·max σ), x_max = round(max μ + max Q_t + 5·max σ), Q_t the EOQ
    /// with backorders of (K_t, h_t, p_t, μ_t). Rounding is half to even.</item>
    /// <item>θ_T(x) = h_term·x⁺ + p_term·x⁻; H_t(y) = h_t·n̄_t(y) + p_t·n_t(y) + γ_t·Σ_d P_t(d)·θ_(t+1)(clamp(y − d));
    /// θ_t(x) = min over integer y in [x, x_max] of 1(y &gt; x)(K_t + c_t(y − x)) + H_t(y), ties to the smallest y. When
    /// the minimiser is x_max (x &lt; x_max), x_max is doubled and the program restarts.</item>
    /// <item>S_t = the optimal y at x_min; s_t = the largest x reached from x_min while the optimal y stays S_t.</item>
    /// </list>
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="initialInventoryLevel">x₀, on the state grid.</param>
    /// <returns>The policy, the total cost θ₀(x₀) and the tables.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">A required list of <paramref name="problem"/> was never set (only possible from a language that ignores <c>required</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The grid of <paramref name="problem"/> needs more than <see cref="MaxTransitions"/> (T·N²), also after widening.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialInventoryLevel"/> is off the state grid.</exception>
    public static FiniteHorizonResult Solve(FiniteHorizonProblem problem, int initialInventoryLevel = 0)
    {
        Guard.NotNull(problem);
        var periods = problem.Periods;
        RequireData(problem);
        var mean = problem.DemandMean;
        var sd = problem.DemandStandardDeviation;
        double minMean = mean.Min(), maxMean = mean.Max(), maxSd = sd.Max();
        var maxQ = 0.0;
        for (var t = 0; t < periods; t++)
        {
            var h = problem.HoldingCost[t];
            var p = problem.StockoutCost[t];
            maxQ = Math.Max(maxQ, Math.Sqrt(2 * problem.FixedCost[t] * mean[t] * (h + p) / (h * p)));
        }

        // The grid is checked in double before any cast: extreme data (a σ of 1e300) must be refused, not overflow.
        var lowState = Math.Round(minMean - maxMean - (maxSd * (StateSpread + DemandSpread)));
        var highState = Math.Round(maxMean + maxQ + (maxSd * StateSpread));
        RequireGridWithinLimit(periods, lowState, highState);
        var xMin = (int)lowState;
        var xMax = (int)highState;
        var dMin = (int)Math.Max(0, Math.Round(minMean - (DemandSpread * maxSd)));
        var dMax = (int)Math.Round(maxMean + (DemandSpread * maxSd));
        var probabilities = DemandProbabilities(problem, dMin, dMax);
        while (true)
        {
            var result = TrySolve(problem, probabilities, dMin, xMin, xMax, initialInventoryLevel);
            if (result is not null)
            {
                return result;
            }

            var wider = Math.Max(2.0 * xMax, xMax + 1.0);
            RequireGridWithinLimit(periods, xMin, wider);
            xMax = (int)wider;
        }
    }

    /// <summary>
    /// The myopic bounds (Section 4.5.3, Theorem 4.8 and after). In the last period the terminal h and p are added to
    /// h_T and p_T, and c_(T+1) = K_(T+1) = 0. With S̲_t the myopic base-stock level and G_t its myopic cost
    /// (see <see cref="Newsvendor.MyopicCost"/>): S̄_t solves G_t(y) = G_t(S̲_t) + γ_t·K_(t+1) right of S̲_t;
    /// s̲_t solves G_t(y) = G_t(S̲_t) + K_t and s̄_t solves G_t(y) = G_t(S̲_t) + K_t − γ_t·K_(t+1), left of S̲_t
    /// (Brent's method, MathNet.Numerics).
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The four bounds per period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">A required list of <paramref name="problem"/> was never set (only possible from a language that ignores <c>required</c>).</exception>
    /// <exception cref="ArgumentException">c_t − γ_t·c_(t+1) lies outside [−h_t, p_t] in some period.</exception>
    /// <exception cref="ArgumentException">A bound of some period cannot be computed in double precision (costs or demand of extreme magnitude).</exception>
    public static MyopicBoundsResult MyopicBounds(FiniteHorizonProblem problem)
    {
        Guard.NotNull(problem);
        RequireData(problem);
        var periods = problem.Periods;
        var upperS = new double[periods];
        var lowerS = new double[periods];
        var lowerSmall = new double[periods];
        var upperSmall = new double[periods];
        for (var t = 0; t < periods; t++)
        {
            var last = t == periods - 1;
            var h = problem.HoldingCost[t] + (last ? problem.TerminalHoldingCost : 0);
            var p = problem.StockoutCost[t] + (last ? problem.TerminalStockoutCost : 0);
            var c = problem.PurchaseCost[t];
            var cNext = last ? 0 : problem.PurchaseCost[t + 1];
            var k = problem.FixedCost[t];
            var kNext = last ? 0 : problem.FixedCost[t + 1];
            var gamma = problem.DiscountFactor[t];
            var mu = problem.DemandMean[t];
            var sigma = problem.DemandStandardDeviation[t];
            var myopic = Newsvendor.OptimizeMyopic(h, p, c, cNext, mu, sigma, gamma);
            double G(double y) => Newsvendor.MyopicCostUnchecked(y, h, p, c, cNext, mu, sigma, gamma);
            lowerS[t] = myopic.BaseStockLevel;
            upperS[t] = SetCostTo(G, myopic.BaseStockLevel, myopic.Cost + (gamma * kNext), mu, leftHalf: false, t);
            lowerSmall[t] = SetCostTo(G, myopic.BaseStockLevel, myopic.Cost + k, mu, leftHalf: true, t);
            upperSmall[t] = k - (gamma * kNext) >= 0
                ? SetCostTo(G, myopic.BaseStockLevel, myopic.Cost + k - (gamma * kNext), mu, leftHalf: true, t)
                : double.NaN;
        }

        return new MyopicBoundsResult(lowerS, upperS, lowerSmall, upperSmall);
    }

    /// <summary>
    /// Finds y on one side of the minimiser with G(y) = target: brackets by steps of max(μ, 10) that double each time
    /// (so the bracket is found in a bounded number of steps, whatever the scale), then Brent.
    /// </summary>
    private static double SetCostTo(Func<double, double> g, double minimiser, double target, double mean, bool leftHalf, int period)
    {
        var delta = Math.Max(mean, 10);
        double a, b;
        if (leftHalf)
        {
            a = minimiser - delta;
            while (g(a) < target)
            {
                delta *= 2;
                a -= delta;
            }

            b = minimiser;
        }
        else
        {
            a = minimiser;
            b = minimiser + delta;
            while (g(b) < target)
            {
                delta *= 2;
                b += delta;
            }
        }

        double F(double y) => g(y) - target;
        var fa = F(a);
        var fb = F(b);
        if (!double.IsFinite(fa) || !double.IsFinite(fb))
        {
            throw Guard.Refused(Guard.Format(ErrorMessages.MyopicBoundNotComputable, period), "problem");
        }

        if (fa == 0)
        {
            return a;
        }

        if (fb == 0 || Math.Sign(fa) == Math.Sign(fb))
        {
            // The target equals the minimum (up to rounding): the bound is the minimiser itself.
            return leftHalf ? b : a;
        }

        return Brent.TryFindRoot(F, a, b, 1e-12, 500, out var root)
            ? root
            : throw Guard.Refused(Guard.Format(ErrorMessages.MyopicBoundNotComputable, period), "problem");
    }

    /// <summary>Refuses a grid of N = high − low + 1 states with T·N² above <see cref="MaxTransitions"/> (or not a number).</summary>
    private static void RequireGridWithinLimit(int periods, double low, double high)
    {
        var states = high - low + 1;
        var transitions = periods * states * states;
        if (!(transitions <= MaxTransitions))
        {
            throw Guard.OutOfRange(transitions, Guard.Format(ErrorMessages.FiniteHorizonTooLarge, periods, states, transitions, MaxTransitions), "problem");
        }
    }

    /// <summary>
    /// The required lists are set by the compiler's <c>required</c> check in C#; a caller that bypasses it (reflection,
    /// a language without <c>required</c>) leaves them empty, which is refused here rather than failing inside the program.
    /// </summary>
    private static void RequireData(FiniteHorizonProblem problem)
    {
        (string Name, int Count)[] lists =
        [
            (nameof(problem.HoldingCost), problem.HoldingCost.Count), (nameof(problem.StockoutCost), problem.StockoutCost.Count),
            (nameof(problem.DemandMean), problem.DemandMean.Count), (nameof(problem.DemandStandardDeviation), problem.DemandStandardDeviation.Count),
        ];
        foreach (var (name, count) in lists)
        {
            if (count != problem.Periods)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.FiniteHorizonDataMissing, name, count, problem.Periods), nameof(problem));
            }
        }
    }

    private static double[][] DemandProbabilities(FiniteHorizonProblem problem, int dMin, int dMax)
    {
        var result = new double[problem.Periods][];
        for (var t = 0; t < problem.Periods; t++)
        {
            var mu = problem.DemandMean[t];
            var sigma = problem.DemandStandardDeviation[t];
            var row = new double[dMax - dMin + 1];
            for (var d = dMin; d <= dMax; d++)
            {
                row[d - dMin] = StandardNormal.Cdf((d + 0.5 - mu) / sigma) - StandardNormal.Cdf((d - 0.5 - mu) / sigma);
            }

            result[t] = row;
        }

        return result;
    }

    private static FiniteHorizonResult? TrySolve(FiniteHorizonProblem problem, double[][] probabilities, int dMin, int xMin, int xMax, int initialInventoryLevel)
    {
        var periods = problem.Periods;
        var states = xMax - xMin + 1;
        var theta = new double[periods + 1, states];
        var oul = new int[periods, states];
        var reorderPoints = new int[periods];
        var orderUpTo = new int[periods];
        for (var i = 0; i < states; i++)
        {
            var x = xMin + i;
            theta[periods, i] = (problem.TerminalHoldingCost * Math.Max(x, 0)) + (problem.TerminalStockoutCost * Math.Max(-x, 0));
        }

        var hValues = new double[states];
        for (var t = periods - 1; t >= 0; t--)
        {
            var h = problem.HoldingCost[t];
            var p = problem.StockoutCost[t];
            var c = problem.PurchaseCost[t];
            var k = problem.FixedCost[t];
            var gamma = problem.DiscountFactor[t];
            var mu = problem.DemandMean[t];
            var sigma = problem.DemandStandardDeviation[t];
            var prob = probabilities[t];
            for (var i = 0; i < states; i++)
            {
                var y = xMin + i;
                var loss = LossFunctions.NormalUnchecked(y, mu, sigma);
                var cost = 0.0;
                cost += (h * loss.Complement) + (p * loss.Loss);
                var future = 0.0;
                for (var j = 0; j < prob.Length; j++)
                {
                    var next = Math.Clamp(y - (dMin + j), xMin, xMax);
                    future += prob[j] * theta[t + 1, next - xMin];
                }

                cost += gamma * future;
                hValues[i] = cost;
            }

            for (var i = 0; i < states; i++)
            {
                var x = xMin + i;
                var best = double.PositiveInfinity;
                var bestY = x;
                for (var y = x; y <= xMax; y++)
                {
                    var cost = 0.0;
                    if (y > x)
                    {
                        cost += (c * (y - x)) + k;
                    }

                    cost += hValues[y - xMin];
                    if (cost < best)
                    {
                        best = cost;
                        bestY = y;
                        if (y == xMax && x < xMax)
                        {
                            return null;
                        }
                    }
                }

                theta[t, i] = best;
                oul[t, i] = bestY;
            }

            orderUpTo[t] = oul[t, 0];
            var s = xMin;
            while (s < xMax && oul[t, s + 1 - xMin] == orderUpTo[t])
            {
                s++;
            }

            reorderPoints[t] = s;
        }

        if (initialInventoryLevel < xMin || initialInventoryLevel > xMax)
        {
            throw new ArgumentOutOfRangeException(nameof(initialInventoryLevel), initialInventoryLevel, Guard.Format(ErrorMessages.StateOutsideGrid, nameof(initialInventoryLevel), xMin, xMax, initialInventoryLevel));
        }

        return new FiniteHorizonResult(reorderPoints, orderUpTo, theta[0, initialInventoryLevel - xMin], xMin, xMax, theta, oul);
    }
}
