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

    /// <summary>The number of observations (days).</summary>
    public long Count { get; }

    /// <summary>The mean; 0 without observations.</summary>
    public double Mean { get; }

    /// <summary>The sample variance (divisor n − 1); 0 for fewer than two observations.</summary>
    public double Variance { get; }

    /// <summary>The sample standard deviation, √<see cref="Variance"/>.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The statistics, e.g. <c>mean 100.02, sd 19.98 (n = 365)</c>.</summary>
    /// <returns>Invariant-culture text.</returns>
    public override string ToString() => Guard.Format("mean {0:0.####}, sd {1:0.####} (n = {2})", Mean, StandardDeviation, Count);
}
