namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// First- and second-order loss functions (Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd ed.,
/// Section 4.3.2 and Appendix C). For demand D, the loss is n(x) = E[(D − x)⁺] (expected units short when x units
/// are stocked) and the complement is n̄(x) = E[(x − D)⁺] = n(x) + (x − E[D]) (expected units left over). The
/// second-order loss is n⁽²⁾(x) = ½E[((D − x)⁺)²], with dn⁽²⁾/dx = −n and dn̄⁽²⁾/dx = n̄. Units: those of D (squared for
/// second order).
/// </summary>
public static class LossFunctions
{
    /// <summary>
    /// The standard normal loss L(z) = φ(z) − z(1 − Φ(z)) = E[(Z − z)⁺] and its complement L̄(z) = z + L(z) = E[(z − Z)⁺].
    /// </summary>
    /// <param name="z">The point z (standard deviations above the mean).</param>
    /// <returns>L(z) and L̄(z).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is not finite.</exception>
    public static LossValues StandardNormal(double z)
    {
        Guard.Finite(z);
        var loss = InventoryTheory.StandardNormal.Pdf(z) - (z * (1 - InventoryTheory.StandardNormal.Cdf(z)));
        return new LossValues(loss, z + loss);
    }

    /// <summary>
    /// The standard normal second-order loss L⁽²⁾(z) = ½[(z² + 1)(1 − Φ(z)) − zφ(z)] and its complement
    /// L̄⁽²⁾(z) = ½(z² + 1) − L⁽²⁾(z).
    /// </summary>
    /// <param name="z">The point z.</param>
    /// <returns>L⁽²⁾(z) and L̄⁽²⁾(z).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is not finite.</exception>
    public static LossValues StandardNormalSecondOrder(double z)
    {
        Guard.Finite(z);
        var loss = 0.5 * ((((z * z) + 1) * (1 - InventoryTheory.StandardNormal.Cdf(z))) - (z * InventoryTheory.StandardNormal.Pdf(z)));
        return new LossValues(loss, (0.5 * ((z * z) + 1)) - loss);
    }

    /// <summary>The normal loss n(x) = σL(z) and complement n̄(x) = σL̄(z), with z = (x − μ)/σ.</summary>
    /// <param name="x">The point x (units).</param>
    /// <param name="mean">The mean μ of demand.</param>
    /// <param name="standardDeviation">The standard deviation σ of demand, positive.</param>
    /// <returns>n(x) and n̄(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not finite, or σ ≤ 0.</exception>
    public static LossValues Normal(double x, double mean, double standardDeviation)
    {
        Guard.Finite(x);
        Guard.Finite(mean);
        Guard.Positive(standardDeviation);
        return NormalUnchecked(x, mean, standardDeviation);
    }

    /// <summary>The normal second-order loss n⁽²⁾(x) = σ²L⁽²⁾(z) and complement n̄⁽²⁾(x) = σ²L̄⁽²⁾(z).</summary>
    /// <param name="x">The point x (units).</param>
    /// <param name="mean">The mean μ of demand.</param>
    /// <param name="standardDeviation">The standard deviation σ of demand, positive.</param>
    /// <returns>n⁽²⁾(x) and n̄⁽²⁾(x) (units²).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not finite, or σ ≤ 0.</exception>
    public static LossValues NormalSecondOrder(double x, double mean, double standardDeviation)
    {
        Guard.Finite(x);
        Guard.Finite(mean);
        Guard.Positive(standardDeviation);
        return NormalSecondOrderUnchecked(x, mean, standardDeviation);
    }

    /// <summary>
    /// The Poisson loss at an integer point: n(x) = −(x − μ)(1 − F(x)) + μf(x) and n̄(x) = (x − μ)F(x) + μf(x)
    /// (the parameter is an integer, so a non-integer point cannot be passed).
    /// </summary>
    /// <param name="x">The integer point x.</param>
    /// <param name="mean">The Poisson mean μ ≥ 0.</param>
    /// <returns>n(x) and n̄(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mean"/> is negative or not finite.</exception>
    public static LossValues Poisson(int x, double mean)
    {
        Guard.NotNegative(mean);
        return PoissonUnchecked(x, mean);
    }

    /// <summary>
    /// The Poisson second-order loss at an integer point: n⁽²⁾(x) = ½[((x − μ)² + x)(1 − F(x)) − μ(x − μ)f(x)] and
    /// n̄⁽²⁾(x) = ½[((x − μ)² + x)F(x) + μ(x − μ)f(x)] (the discrete second-order loss ½E[(D − x)⁺(D − x − 1)⁺]).
    /// </summary>
    /// <param name="x">The integer point x.</param>
    /// <param name="mean">The Poisson mean μ ≥ 0.</param>
    /// <returns>n⁽²⁾(x) and n̄⁽²⁾(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mean"/> is negative or not finite.</exception>
    public static LossValues PoissonSecondOrder(int x, double mean)
    {
        Guard.NotNegative(mean);
        var f = PoissonDistribution.Pmf(x, mean);
        var cdf = PoissonDistribution.Cdf(x, mean);
        var gap = x - mean;
        var loss = 0.5 * ((((gap * gap) + x) * (1 - cdf)) - (mean * gap * f));
        var complement = 0.5 * ((((gap * gap) + x) * cdf) + (mean * gap * f));
        return new LossValues(loss, complement);
    }

    /// <summary>
    /// The lognormal loss (ln D ~ N(μ, σ²)), in closed form: with E = e^(μ + σ²/2),
    /// n(x) = E·Φ((μ + σ² − ln x)/σ) − x(1 − Φ((ln x − μ)/σ)) and n̄(x) = x − E + n(x); for x ≤ 0, n = E − x and n̄ = 0.
    /// </summary>
    /// <param name="x">The point x (units).</param>
    /// <param name="mu">The mean μ of ln D.</param>
    /// <param name="sigma">The standard deviation σ of ln D, positive.</param>
    /// <returns>n(x) and n̄(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not finite, or σ ≤ 0.</exception>
    public static LossValues Lognormal(double x, double mu, double sigma)
    {
        Guard.Finite(x);
        Guard.Finite(mu);
        Guard.Positive(sigma);
        var mean = Math.Exp(mu + (sigma * sigma / 2));
        if (x <= 0)
        {
            return new LossValues(mean - x, 0);
        }

        var lnX = Math.Log(x);
        var loss = (mean * InventoryTheory.StandardNormal.Cdf((mu + (sigma * sigma) - lnX) / sigma))
                   - (x * (1 - InventoryTheory.StandardNormal.Cdf((lnX - mu) / sigma)));
        return new LossValues(loss, x - mean + loss);
    }

    /// <summary>The loss of a discrete distribution: n(x) = Σ_d (d − x)⁺ f(d) and n̄(x) = Σ_d (x − d)⁺ f(d).</summary>
    /// <param name="x">The integer point x.</param>
    /// <param name="demand">The demand distribution.</param>
    /// <returns>n(x) and n̄(x).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    public static LossValues Discrete(int x, DiscreteDemand demand) => Guard.NotNull(demand).Loss(x);

    internal static LossValues NormalUnchecked(double x, double mean, double standardDeviation)
    {
        var z = (x - mean) / standardDeviation;
        var loss = InventoryTheory.StandardNormal.Pdf(z) - (z * (1 - InventoryTheory.StandardNormal.Cdf(z)));
        return new LossValues(standardDeviation * loss, standardDeviation * (z + loss));
    }

    internal static LossValues NormalSecondOrderUnchecked(double x, double mean, double standardDeviation)
    {
        var z = (x - mean) / standardDeviation;
        var loss = 0.5 * ((((z * z) + 1) * (1 - InventoryTheory.StandardNormal.Cdf(z))) - (z * InventoryTheory.StandardNormal.Pdf(z)));
        var complement = (0.5 * ((z * z) + 1)) - loss;
        var variance = standardDeviation * standardDeviation;
        return new LossValues(variance * loss, variance * complement);
    }

    internal static LossValues PoissonUnchecked(int x, double mean)
    {
        var f = PoissonDistribution.Pmf(x, mean);
        var cdf = PoissonDistribution.Cdf(x, mean);
        var loss = (-(x - mean) * (1 - cdf)) + (mean * f);
        var complement = ((x - mean) * cdf) + (mean * f);
        return new LossValues(loss, complement);
    }
}
