namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// The newsvendor model and the periodic-review base-stock policy (Snyder &amp; Shen, Sections 4.3–4.4), plus the
/// one-period myopic policy of the finite-horizon model (Section 4.5.3). Costs are per period: h per unit left over and
/// p per unit short at the end of the period; the critical ratio is α = p/(p + h). The purchase cost is excluded
/// except in the explicit (profit) and myopic variants.
/// <para>
/// Lead time: with a lead time of L periods the protection interval is <b>L + 1</b> periods, so the demand that
/// matters is N((L+1)μ, σ√(L+1)) or Poisson((L+1)μ). A lead time of 0 gives the classic newsvendor.
/// </para>
/// </summary>
public static class Newsvendor
{
    /// <summary>
    /// The largest Poisson mean over the protection interval, (L+1)μ, that the Poisson members accept: 1,000,000. The
    /// Poisson cdf costs more to evaluate the larger the mean (about 0.2 ms at this one), and far beyond it a normal
    /// approximation (<see cref="OptimizeNormal"/>) is as accurate and much cheaper; the bound also keeps S* an
    /// <see cref="int"/>.
    /// </summary>
    public const double MaxPoissonMean = 1_000_000;

    /// <summary>
    /// Normal demand: S* = (L+1)μ + σ√(L+1)·Φ⁻¹(α) and g* = (h + p)·σ√(L+1)·φ(Φ⁻¹(α)) (Section 4.3.2, Theorem 4.2).
    /// </summary>
    /// <param name="holdingCost">h, per unit left over per period, ≥ 0 (h + p &gt; 0).</param>
    /// <param name="stockoutCost">p, per unit short per period, ≥ 0.</param>
    /// <param name="demandMean">μ, mean demand per period.</param>
    /// <param name="demandStandardDeviation">σ, standard deviation of demand per period, &gt; 0.</param>
    /// <param name="leadTime">L, periods, ≥ 0 (the protection interval is L + 1).</param>
    /// <returns>S* and the expected cost per period g(S*).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> + <paramref name="stockoutCost"/> is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTime"/> is negative.</exception>
    public static NewsvendorResult OptimizeNormal(double holdingCost, double stockoutCost, double demandMean, double demandStandardDeviation, int leadTime = 0)
    {
        var alpha = CriticalRatio(holdingCost, stockoutCost);
        var (mean, sd) = ProtectionInterval(demandMean, demandStandardDeviation, leadTime);
        var z = StandardNormal.Quantile(alpha);
        return new NewsvendorResult(mean + (sd * z), (holdingCost + stockoutCost) * StandardNormal.Pdf(z) * sd);
    }

    /// <summary>The expected cost per period g(S) = h·n̄(S) + p·n(S) on N((L+1)μ, σ√(L+1)) demand.</summary>
    /// <param name="baseStockLevel">S, units.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="demandMean">μ per period.</param>
    /// <param name="demandStandardDeviation">σ per period, &gt; 0.</param>
    /// <param name="leadTime">L, periods, ≥ 0.</param>
    /// <returns>g(S).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseStockLevel"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTime"/> is negative.</exception>
    public static double NormalCost(double baseStockLevel, double holdingCost, double stockoutCost, double demandMean, double demandStandardDeviation, int leadTime = 0)
    {
        Guard.Finite(baseStockLevel);
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(stockoutCost);
        var (mean, sd) = ProtectionInterval(demandMean, demandStandardDeviation, leadTime);
        return NormalCostUnchecked(baseStockLevel, holdingCost, stockoutCost, mean, sd);
    }

    /// <summary>
    /// Poisson demand: S* is the smallest integer with F(S) ≥ α on Poisson((L+1)μ) demand, and the cost is g(S*).
    /// </summary>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0 (h + p &gt; 0).</param>
    /// <param name="demandMean">μ, mean demand per period, ≥ 0.</param>
    /// <param name="leadTime">L, periods, ≥ 0.</param>
    /// <returns>S* and g(S*).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> + <paramref name="stockoutCost"/> is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTime"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">(L+1)μ is more than <see cref="MaxPoissonMean"/>.</exception>
    public static DiscreteNewsvendorResult OptimizePoisson(double holdingCost, double stockoutCost, double demandMean, int leadTime = 0)
    {
        var alpha = CriticalRatio(holdingCost, stockoutCost);
        var mean = PoissonProtectionMean(demandMean, leadTime);
        var s = PoissonDistribution.Quantile(alpha, mean);
        return new DiscreteNewsvendorResult(s, PoissonCostUnchecked(s, holdingCost, stockoutCost, mean));
    }

    /// <summary>
    /// The cost g(S) = h·n̄(S) + p·n(S) on Poisson(μ) demand. There is no lead-time argument: pass the mean over
    /// the protection interval, (L+1)μ, yourself.
    /// </summary>
    /// <param name="baseStockLevel">S, an integer.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="demandMean">The Poisson mean of demand over the protection interval, from 0 to <see cref="MaxPoissonMean"/>.</param>
    /// <returns>g(S).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is more than <see cref="MaxPoissonMean"/>.</exception>
    public static double PoissonCost(int baseStockLevel, double holdingCost, double stockoutCost, double demandMean)
    {
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(stockoutCost);
        Guard.AtMost(Guard.NotNegative(demandMean), MaxPoissonMean, "Newsvendor.MaxPoissonMean", nameof(demandMean));
        return PoissonCostUnchecked(baseStockLevel, holdingCost, stockoutCost, demandMean);
    }

    /// <summary>
    /// A discrete demand pmf: S* is the smallest support value whose cumulative probability reaches α; the cost is
    /// g(S*) = h·n̄(S*) + p·n(S*) (Section 4.3.3).
    /// </summary>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0 (h + p &gt; 0).</param>
    /// <param name="demand">The demand distribution of one period.</param>
    /// <returns>S* and g(S*).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cost is out of range.</exception>
    public static DiscreteNewsvendorResult OptimizeDiscrete(double holdingCost, double stockoutCost, DiscreteDemand demand)
    {
        var alpha = CriticalRatio(holdingCost, stockoutCost);
        Guard.NotNull(demand);
        var s = demand.Quantile(alpha);
        var loss = demand.Loss(s);
        return new DiscreteNewsvendorResult(s, (holdingCost * loss.Complement) + (stockoutCost * loss.Loss));
    }

    /// <summary>The cost g(S) = h·n̄(S) + p·n(S) of a discrete demand pmf.</summary>
    /// <param name="baseStockLevel">S, an integer.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="demand">The demand distribution.</param>
    /// <returns>g(S).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cost is out of range.</exception>
    public static double DiscreteCost(int baseStockLevel, double holdingCost, double stockoutCost, DiscreteDemand demand)
    {
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(stockoutCost);
        var loss = Guard.NotNull(demand).Loss(baseStockLevel);
        return (holdingCost * loss.Complement) + (stockoutCost * loss.Loss);
    }

    /// <summary>
    /// Lognormal demand (ln D ~ N(μ, σ²)): S* = F⁻¹(α) = e^μ·e^(σΦ⁻¹(α)) and the cost g(S*) from the closed-form lognormal
    /// loss function (stockpyl integrates numerically; the two agree to about 1e-6).
    /// </summary>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0 (h + p &gt; 0).</param>
    /// <param name="mu">μ, the mean of ln D.</param>
    /// <param name="sigma">σ, the standard deviation of ln D, &gt; 0.</param>
    /// <returns>S* and g(S*).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> + <paramref name="stockoutCost"/> is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mu"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sigma"/> is not positive and finite.</exception>
    public static NewsvendorResult OptimizeLognormal(double holdingCost, double stockoutCost, double mu, double sigma)
    {
        var alpha = CriticalRatio(holdingCost, stockoutCost);
        Guard.Finite(mu);
        Guard.Positive(sigma);
        var s = Math.Exp(mu) * Math.Exp(sigma * StandardNormal.Quantile(alpha));
        return new NewsvendorResult(s, LognormalCost(s, holdingCost, stockoutCost, mu, sigma));
    }

    /// <summary>The cost g(S) = h·n̄(S) + p·n(S) of lognormal demand (closed form).</summary>
    /// <param name="baseStockLevel">S, units.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="mu">μ of ln D.</param>
    /// <param name="sigma">σ of ln D, &gt; 0.</param>
    /// <returns>g(S).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseStockLevel"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mu"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sigma"/> is not positive and finite.</exception>
    public static double LognormalCost(double baseStockLevel, double holdingCost, double stockoutCost, double mu, double sigma)
    {
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(stockoutCost);
        var loss = LossFunctions.Lognormal(baseStockLevel, mu, sigma);
        return (holdingCost * loss.Complement) + (stockoutCost * loss.Loss);
    }

    /// <summary>
    /// The explicit (profit) newsvendor with normal demand (Section 4.3.1): revenue r per unit sold, purchase cost c,
    /// salvage value v per unit left over, optional extra holding cost h and goodwill cost p. With
    /// α = (p + r − c)/(p + h + r − v): S* = Φ⁻¹(α) on N((L+1)μ, σ√(L+1)) and π* = (r − c)μ_L − (r − v + h + p)σ_L·φ(Φ⁻¹(α)).
    /// The result is an expected <b>profit</b> (maximised).
    /// </summary>
    /// <param name="revenue">r, &gt; c.</param>
    /// <param name="purchaseCost">c, &gt; v.</param>
    /// <param name="salvageValue">v.</param>
    /// <param name="demandMean">μ per period.</param>
    /// <param name="demandStandardDeviation">σ per period, &gt; 0.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="leadTime">L, ≥ 0.</param>
    /// <returns>S* and π*.</returns>
    /// <exception cref="ArgumentException">The prices do not satisfy r &gt; c &gt; v.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revenue"/>, <paramref name="purchaseCost"/> or <paramref name="salvageValue"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTime"/> is negative.</exception>
    public static NewsvendorProfitResult OptimizeProfitNormal(double revenue, double purchaseCost, double salvageValue, double demandMean, double demandStandardDeviation, double holdingCost = 0, double stockoutCost = 0, int leadTime = 0)
    {
        var alpha = ProfitRatio(revenue, purchaseCost, salvageValue, holdingCost, stockoutCost);
        var (mean, sd) = ProtectionInterval(demandMean, demandStandardDeviation, leadTime);
        var z = StandardNormal.Quantile(alpha);
        var profit = ((revenue - purchaseCost) * mean) - ((revenue - salvageValue + holdingCost + stockoutCost) * StandardNormal.Pdf(z) * sd);
        return new NewsvendorProfitResult(mean + (sd * z), profit);
    }

    /// <summary>
    /// The expected profit of the explicit newsvendor at S, normal demand: π(S) = (r − c + p)S − pμ_L − (r − v + h + p)·n̄(S).
    /// </summary>
    /// <param name="baseStockLevel">S.</param>
    /// <param name="revenue">r, &gt; c.</param>
    /// <param name="purchaseCost">c, &gt; v.</param>
    /// <param name="salvageValue">v.</param>
    /// <param name="demandMean">μ per period.</param>
    /// <param name="demandStandardDeviation">σ per period, &gt; 0.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="leadTime">L, ≥ 0.</param>
    /// <returns>π(S).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseStockLevel"/> is not finite.</exception>
    /// <exception cref="ArgumentException">The prices do not satisfy r &gt; c &gt; v.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revenue"/>, <paramref name="purchaseCost"/> or <paramref name="salvageValue"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTime"/> is negative.</exception>
    public static double ProfitNormal(double baseStockLevel, double revenue, double purchaseCost, double salvageValue, double demandMean, double demandStandardDeviation, double holdingCost = 0, double stockoutCost = 0, int leadTime = 0)
    {
        Guard.Finite(baseStockLevel);
        ProfitRatio(revenue, purchaseCost, salvageValue, holdingCost, stockoutCost);
        var (mean, sd) = ProtectionInterval(demandMean, demandStandardDeviation, leadTime);
        var leftover = LossFunctions.NormalUnchecked(baseStockLevel, mean, sd).Complement;
        return Profit(baseStockLevel, revenue, purchaseCost, salvageValue, holdingCost, stockoutCost, mean, leftover);
    }

    /// <summary>
    /// The explicit (profit) newsvendor with Poisson demand: S* is the smallest integer with F(S) ≥ α on
    /// Poisson((L+1)μ), α = (p + r − c)/(p + h + r − v), and the profit is π(S*) as in <see cref="ProfitPoisson"/>.
    /// </summary>
    /// <param name="revenue">r, &gt; c.</param>
    /// <param name="purchaseCost">c, &gt; v.</param>
    /// <param name="salvageValue">v.</param>
    /// <param name="demandMean">μ per period, ≥ 0.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="leadTime">L, ≥ 0.</param>
    /// <returns>S* and π(S*).</returns>
    /// <exception cref="ArgumentException">The prices do not satisfy r &gt; c &gt; v.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revenue"/>, <paramref name="purchaseCost"/> or <paramref name="salvageValue"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTime"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">(L+1)μ is more than <see cref="MaxPoissonMean"/>.</exception>
    public static DiscreteNewsvendorProfitResult OptimizeProfitPoisson(double revenue, double purchaseCost, double salvageValue, double demandMean, double holdingCost = 0, double stockoutCost = 0, int leadTime = 0)
    {
        var alpha = ProfitRatio(revenue, purchaseCost, salvageValue, holdingCost, stockoutCost);
        var mean = PoissonProtectionMean(demandMean, leadTime);
        var s = PoissonDistribution.Quantile(alpha, mean);
        var leftover = LossFunctions.PoissonUnchecked(s, mean).Complement;
        return new DiscreteNewsvendorProfitResult(s, Profit(s, revenue, purchaseCost, salvageValue, holdingCost, stockoutCost, mean, leftover));
    }

    /// <summary>
    /// The expected profit of the explicit newsvendor at an integer S, Poisson demand:
    /// π(S) = (r − c + p)S − pμ_L − (r − v + h + p)·n̄(S), with μ_L = (L+1)μ.
    /// </summary>
    /// <param name="baseStockLevel">S.</param>
    /// <param name="revenue">r, &gt; c.</param>
    /// <param name="purchaseCost">c, &gt; v.</param>
    /// <param name="salvageValue">v.</param>
    /// <param name="demandMean">μ per period, ≥ 0.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="leadTime">L, ≥ 0.</param>
    /// <returns>π(S).</returns>
    /// <exception cref="ArgumentException">The prices do not satisfy r &gt; c &gt; v.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revenue"/>, <paramref name="purchaseCost"/> or <paramref name="salvageValue"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandMean"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTime"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">(L+1)μ is more than <see cref="MaxPoissonMean"/>.</exception>
    public static double ProfitPoisson(int baseStockLevel, double revenue, double purchaseCost, double salvageValue, double demandMean, double holdingCost = 0, double stockoutCost = 0, int leadTime = 0)
    {
        ProfitRatio(revenue, purchaseCost, salvageValue, holdingCost, stockoutCost);
        var mean = PoissonProtectionMean(demandMean, leadTime);
        var leftover = LossFunctions.PoissonUnchecked(baseStockLevel, mean).Complement;
        return Profit(baseStockLevel, revenue, purchaseCost, salvageValue, holdingCost, stockoutCost, mean, leftover);
    }

    /// <summary>
    /// The myopic base-stock level of a finite-horizon period (Section 4.5.3, normal one-period demand): with
    /// c⁺ = c_t − γc_(t+1), which must satisfy −h ≤ c⁺ ≤ p, S = Φ⁻¹((p − c⁺)/(p + h)) on N(μ, σ), and its cost G(S)
    /// as in <see cref="MyopicCost"/> (purchase cost included).
    /// </summary>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0 (h + p &gt; 0).</param>
    /// <param name="purchaseCost">c_t, this period's unit cost.</param>
    /// <param name="purchaseCostNextPeriod">c_(t+1), next period's unit cost.</param>
    /// <param name="demandMean">μ, one period.</param>
    /// <param name="demandStandardDeviation">σ, one period, &gt; 0.</param>
    /// <param name="discountFactor">γ in (0, 1].</param>
    /// <returns>S and G(S).</returns>
    /// <exception cref="ArgumentException">c⁺ = c_t − γc_(t+1) is outside [−h, p].</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> + <paramref name="stockoutCost"/> is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purchaseCost"/>, <paramref name="purchaseCostNextPeriod"/> or <paramref name="demandMean"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountFactor"/> is not in (0, 1].</exception>
    public static NewsvendorResult OptimizeMyopic(double holdingCost, double stockoutCost, double purchaseCost, double purchaseCostNextPeriod, double demandMean, double demandStandardDeviation, double discountFactor = 1)
    {
        var cPlus = MyopicCPlus(holdingCost, stockoutCost, purchaseCost, purchaseCostNextPeriod, demandMean, demandStandardDeviation, discountFactor);
        var s = demandMean + (demandStandardDeviation * StandardNormal.Quantile((stockoutCost - cPlus) / (stockoutCost + holdingCost)));
        return new NewsvendorResult(s, MyopicCostUnchecked(s, holdingCost, stockoutCost, purchaseCost, purchaseCostNextPeriod, demandMean, demandStandardDeviation, discountFactor));
    }

    /// <summary>
    /// The myopic cost G(y) = c_t·y + g(y) − γc_(t+1)(y − μ), where g(y) = h·n̄(y) + p·n(y) on N(μ, σ) (one period).
    /// </summary>
    /// <param name="baseStockLevel">y.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, ≥ 0.</param>
    /// <param name="purchaseCost">c_t.</param>
    /// <param name="purchaseCostNextPeriod">c_(t+1).</param>
    /// <param name="demandMean">μ.</param>
    /// <param name="demandStandardDeviation">σ, &gt; 0.</param>
    /// <param name="discountFactor">γ in (0, 1].</param>
    /// <returns>G(y).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseStockLevel"/> is not finite.</exception>
    /// <exception cref="ArgumentException">c⁺ = c_t − γc_(t+1) is outside [−h, p].</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> + <paramref name="stockoutCost"/> is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purchaseCost"/>, <paramref name="purchaseCostNextPeriod"/> or <paramref name="demandMean"/> is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandStandardDeviation"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountFactor"/> is not in (0, 1].</exception>
    public static double MyopicCost(double baseStockLevel, double holdingCost, double stockoutCost, double purchaseCost, double purchaseCostNextPeriod, double demandMean, double demandStandardDeviation, double discountFactor = 1)
    {
        Guard.Finite(baseStockLevel);
        MyopicCPlus(holdingCost, stockoutCost, purchaseCost, purchaseCostNextPeriod, demandMean, demandStandardDeviation, discountFactor);
        return MyopicCostUnchecked(baseStockLevel, holdingCost, stockoutCost, purchaseCost, purchaseCostNextPeriod, demandMean, demandStandardDeviation, discountFactor);
    }

    internal static double NormalCostUnchecked(double s, double h, double p, double mean, double sd)
    {
        var loss = LossFunctions.NormalUnchecked(s, mean, sd);
        return (h * loss.Complement) + (p * loss.Loss);
    }

    internal static double PoissonCostUnchecked(int s, double h, double p, double mean)
    {
        var loss = LossFunctions.PoissonUnchecked(s, mean);
        return (h * loss.Complement) + (p * loss.Loss);
    }

    internal static double MyopicCostUnchecked(double y, double h, double p, double c, double cNext, double mean, double sd, double gamma) =>
        (c * y) + NormalCostUnchecked(y, h, p, mean, sd) - (gamma * cNext * (y - mean));

    internal static double MyopicCPlus(double holdingCost, double stockoutCost, double purchaseCost, double purchaseCostNextPeriod, double demandMean, double demandStandardDeviation, double discountFactor)
    {
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(stockoutCost);
        Guard.Positive(holdingCost + stockoutCost);
        Guard.Finite(purchaseCost);
        Guard.Finite(purchaseCostNextPeriod);
        Guard.Finite(demandMean);
        Guard.Positive(demandStandardDeviation);
        Guard.DiscountFactor(discountFactor);
        var cPlus = purchaseCost - (discountFactor * purchaseCostNextPeriod);
        return cPlus < -holdingCost || cPlus > stockoutCost
            ? throw new ArgumentException(Guard.Format(ErrorMessages.MyopicCostOutOfRange, cPlus, holdingCost, stockoutCost), nameof(purchaseCost))
            : cPlus;
    }

    private static double Profit(double s, double r, double c, double v, double h, double p, double mean, double leftover) =>
        ((r - c + p) * s) - (p * mean) + ((v - r - h - p) * leftover);

    private static double CriticalRatio(double holdingCost, double stockoutCost)
    {
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(stockoutCost);
        Guard.Positive(holdingCost + stockoutCost, "holdingCost + stockoutCost");
        return stockoutCost / (stockoutCost + holdingCost);
    }

    private static double ProfitRatio(double revenue, double purchaseCost, double salvageValue, double holdingCost, double stockoutCost)
    {
        Guard.Finite(revenue);
        Guard.Finite(purchaseCost);
        Guard.Finite(salvageValue);
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(stockoutCost);
        if (!(revenue > purchaseCost && purchaseCost > salvageValue))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.ProfitPricesOutOfOrder, revenue, purchaseCost, salvageValue), nameof(revenue));
        }

        return (stockoutCost + revenue - purchaseCost) / (stockoutCost + holdingCost + revenue - salvageValue);
    }

    private static (double Mean, double StandardDeviation) ProtectionInterval(double demandMean, double demandStandardDeviation, int leadTime)
    {
        Guard.Finite(demandMean);
        Guard.Positive(demandStandardDeviation);
        Guard.NotNegative(leadTime);

        // L + 1 in double: L = int.MaxValue is a (silly but) valid lead time, not an overflow.
        return (demandMean * (leadTime + 1.0), demandStandardDeviation * Math.Sqrt(leadTime + 1.0));
    }

    /// <summary>The Poisson mean (L+1)μ over the protection interval, checked against <see cref="MaxPoissonMean"/>.</summary>
    private static double PoissonProtectionMean(double demandMean, int leadTime)
    {
        Guard.NotNegative(demandMean);
        Guard.NotNegative(leadTime);
        return Guard.DerivedAtMost(demandMean * (leadTime + 1.0), MaxPoissonMean, "Newsvendor.MaxPoissonMean", "(leadTime + 1) × demandMean", nameof(demandMean));
    }
}
