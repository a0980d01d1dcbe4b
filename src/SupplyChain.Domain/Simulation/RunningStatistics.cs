namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The mean and variance of a quantity observed once per simulated day, accumulated as a stream (Welford's method), so
/// that memory does not grow with the number of days.
/// </summary>
/// <remarks>
/// <see cref="Variance"/> is the sample variance (divisor n − 1); it is 0 for fewer than two observations. The days of a
/// simulation are usually correlated, so <c>StandardDeviation / √Count</c> understates the error of the mean.
/// <c>default</c> holds no observation (count, mean and variance 0). Equality compares the three numbers exactly.
/// </remarks>
public readonly record struct RunningStatistics
{
    internal RunningStatistics(long count, double mean, double variance)
    {
        Count = count;
        Mean = mean;
        Variance = variance;
    }

    // From integer sums: mean = Σx / n and variance = (n Σx² − (Σx)²) / (n (n − 1)), the numerator computed exactly in
    // 128-bit integers, so there is no cancellation. Σx² is summed in a double by the day step (one register in the hot
    // loop): exact while it stays below 2⁵³ ≈ 9 × 10¹⁵ (e.g. 10,000 units a day every day for 10⁷ days), rounded to
    // 16 significant digits beyond.
    internal static RunningStatistics FromSums(long count, long sum, double sumOfSquares)
    {
        if (count == 0)
        {
            return default;
        }

        var mean = (double)sum / count;
        if (count < 2)
        {
            return new(count, mean, 0);
        }

        var numerator = checked((count * (Int128)sumOfSquares) - ((Int128)sum * sum));
        return new(count, mean, (double)numerator / ((double)count * (count - 1)));
    }

    /// <summary>The number of observations (days).</summary>
    public long Count { get; }

    /// <summary>The mean; 0 without observations.</summary>
    public double Mean { get; }

    /// <summary>The sample variance (divisor n − 1); 0 for fewer than two observations.</summary>
    public double Variance { get; }

    /// <summary>The sample standard deviation, √<see cref="Variance"/>.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The statistics, e.g. <c>mean 100.02, sd 19.98 (n = 365)</c>.</summary>
    public override string ToString() => Guard.Format("mean {0:0.####}, sd {1:0.####} (n = {2})", Mean, StandardDeviation, Count);
}
