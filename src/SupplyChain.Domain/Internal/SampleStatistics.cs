namespace SupplyChain.Domain.Internal;

/// <summary>
/// The library's one definition of mean, variance and percentile over a sample of doubles (used by Demand and
/// Analytics). Variance is the sample variance with divisor n − 1 (Bessel's correction, as Excel VAR.S and
/// numpy <c>var(ddof=1)</c>); a single observation has variance 0. Percentiles interpolate linearly between the
/// closest ranks (Excel PERCENTILE.INC, numpy's default <c>linear</c> method, Hyndman–Fan type 7).
/// </summary>
internal static class SampleStatistics
{
    internal static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }

    /// <summary>Sample variance (divisor n − 1), two-pass for accuracy; 0 for fewer than two values.</summary>
    internal static double Variance(ReadOnlySpan<double> values)
    {
        if (values.Length < 2)
        {
            return 0.0;
        }

        var mean = Mean(values);
        var sum = 0.0;
        foreach (var value in values)
        {
            var d = value - mean;
            sum += d * d;
        }

        return sum / (values.Length - 1);
    }

    internal static double StandardDeviation(ReadOnlySpan<double> values) => Math.Sqrt(Variance(values));

    /// <summary>
    /// The <paramref name="fraction"/> quantile (0 to 1) of an ascending sample: with h = (n − 1)·fraction,
    /// x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) (zero-based ranks).
    /// </summary>
    internal static double PercentileOfSorted(ReadOnlySpan<double> sorted, double fraction)
    {
        var h = (sorted.Length - 1) * fraction;
        var lower = (int)Math.Floor(h);
        if (lower >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        return sorted[lower] + ((h - lower) * (sorted[lower + 1] - sorted[lower]));
    }
}
