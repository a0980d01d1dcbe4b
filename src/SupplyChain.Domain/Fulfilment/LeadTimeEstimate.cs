using System.Globalization;
using MathNet.Numerics.Distributions;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// A lead time summarised for planning: the mean and a high percentile (p95) of the sum of a plan's steps.
/// </summary>
/// <remarks>
/// The steps are taken as independent, so their means and variances add (<see cref="TransitTimeDistribution.Sum"/>);
/// percentiles use the <b>normal approximation</b> of that sum: p = μ + z(p)·σ, with z(0.95) = 1.6448536… A percentile
/// below zero is reported as zero. The approximation is good when several steps of similar spread add up (central limit
/// theorem) and understates the tail of a single skewed step.
/// </remarks>
public sealed record LeadTimeEstimate
{
    /// <summary>Creates an estimate from a distribution.</summary>
    /// <param name="distribution">The lead-time distribution (mean and standard deviation in days).</param>
    public LeadTimeEstimate(TransitTimeDistribution distribution) => Distribution = distribution;

    /// <summary>The lead-time distribution.</summary>
    public TransitTimeDistribution Distribution { get; }

    /// <summary>The mean, in days.</summary>
    public double MeanDays => Distribution.MeanDays;

    /// <summary>The standard deviation, in days.</summary>
    public double StandardDeviationDays => Distribution.StandardDeviationDays;

    /// <summary>The 95th percentile in days, by the normal approximation: μ + 1.6449·σ.</summary>
    public double P95Days => Percentile(0.95);

    /// <summary>A percentile in days, by the normal approximation, not below zero.</summary>
    /// <param name="probability">The probability; strictly between 0 and 1.</param>
    /// <returns>max(0, μ + z(p)·σ); the mean itself when σ is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not strictly between 0 and 1.</exception>
    public double Percentile(double probability)
    {
        if (!(probability > 0 && probability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, Guard.Format(ErrorMessages.ProbabilityOpenUnit, nameof(probability), probability));
        }

        return StandardDeviationDays == 0
            ? MeanDays
            : Math.Max(0, Normal.InvCDF(MeanDays, StandardDeviationDays, probability));
    }

    /// <summary>The mean and p95, e.g. "mean 9.5 d, p95 12.8 d".</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "mean {0:0.0} d, p95 {1:0.0} d", MeanDays, P95Days);
}
