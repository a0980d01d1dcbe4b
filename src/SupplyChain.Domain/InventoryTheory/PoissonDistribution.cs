using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>Poisson pmf, cdf and quantile from MathNet.Numerics, with the degenerate mean 0 and negative points handled.</summary>
internal static class PoissonDistribution
{
    internal static double Pmf(int k, double mean)
    {
        if (k < 0)
        {
            return 0;
        }

        return mean == 0 ? (k == 0 ? 1 : 0) : Poisson.PMF(mean, k);
    }

    /// <summary>F(k) = Q(k+1, μ), the upper regularised gamma function (as SciPy's <c>pdtr</c>).</summary>
    internal static double Cdf(int k, double mean)
    {
        if (k < 0)
        {
            return 0;
        }

        return mean == 0 ? 1 : SpecialFunctions.GammaUpperRegularized(k + 1.0, mean);
    }

    /// <summary>The smallest integer k ≥ 0 with F(k) ≥ α.</summary>
    internal static int Quantile(double fractile, double mean)
    {
        if (mean == 0 || fractile <= 0)
        {
            return 0;
        }

        // A critical ratio that rounds to 1 (a cost of ε against a cost of 1) would ask for F(k) = 1, which no finite k
        // reaches: the walk stops at 1 − 10⁻¹⁵, about mean + 8 standard deviations.
        fractile = Math.Min(fractile, 1 - 1e-15);

        var guess = (int)Math.Max(0, Math.Floor(mean + (Math.Sqrt(mean) * StandardNormal.Quantile(Math.Min(fractile, 1 - 1e-12)))));
        var k = guess;
        while (k > 0 && Cdf(k - 1, mean) >= fractile)
        {
            k--;
        }

        while (Cdf(k, mean) < fractile)
        {
            k++;
        }

        return k;
    }
}
