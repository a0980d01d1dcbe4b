using System.Globalization;
using NodaTime;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// The distribution of a transit (or lead) time, summarised by its mean and standard deviation in days.
/// </summary>
/// <remarks>
/// <para>
/// Adding two distributions (<see cref="Plus"/>, <c>+</c>, <see cref="Sum"/>) adds the means and the variances,
/// which is exact for the mean and exact for the variance when the parts are independent (the usual assumption
/// behind the safety-stock formula σ_LT² = Σ σᵢ²). A deterministic time has a standard deviation of zero.
/// </para>
/// <para>
/// The default value is <see cref="Zero"/>: no time, no spread. Equality compares the two numbers exactly.
/// </para>
/// </remarks>
public readonly record struct TransitTimeDistribution
{
    /// <summary>Creates a distribution.</summary>
    /// <param name="meanDays">The mean, in days; finite and not negative.</param>
    /// <param name="standardDeviationDays">The standard deviation, in days; finite and not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is negative, NaN or infinite.</exception>
    public TransitTimeDistribution(double meanDays, double standardDeviationDays)
    {
        MeanDays = Days(meanDays, nameof(meanDays));
        StandardDeviationDays = Days(standardDeviationDays, nameof(standardDeviationDays));
    }

    /// <summary>No time and no spread: the neutral element of <see cref="Plus"/>.</summary>
    public static TransitTimeDistribution Zero => default;

    /// <summary>The mean, in days.</summary>
    public double MeanDays { get; }

    /// <summary>The standard deviation, in days.</summary>
    public double StandardDeviationDays { get; }

    /// <summary>The variance, in days squared.</summary>
    public double VarianceDaysSquared => StandardDeviationDays * StandardDeviationDays;

    /// <summary>A time known exactly.</summary>
    /// <param name="days">The time, in days; finite and not negative.</param>
    /// <returns>A distribution with mean <paramref name="days"/> and standard deviation zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, NaN or infinite.</exception>
    public static TransitTimeDistribution Fixed(double days) => new(days, 0);

    /// <summary>A time known exactly, given as a duration.</summary>
    /// <param name="duration">The time; not negative.</param>
    /// <returns>A distribution with mean <paramref name="duration"/> in days (24 hours each) and standard deviation zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative.</exception>
    public static TransitTimeDistribution Fixed(Duration duration) => new(Days(duration.TotalDays, nameof(duration)), 0);

    /// <summary>The distribution of the sum of two independent times: means and variances add.</summary>
    /// <param name="other">The other time.</param>
    /// <returns>Mean μ₁ + μ₂, standard deviation √(σ₁² + σ₂²).</returns>
    public TransitTimeDistribution Plus(TransitTimeDistribution other) =>
        new(MeanDays + other.MeanDays, Math.Sqrt(VarianceDaysSquared + other.VarianceDaysSquared));

    /// <summary>The distribution of the sum of two independent times: means and variances add.</summary>
    /// <param name="left">One time.</param>
    /// <param name="right">The other time.</param>
    /// <returns><paramref name="left"/>.<see cref="Plus"/>(<paramref name="right"/>).</returns>
    public static TransitTimeDistribution operator +(TransitTimeDistribution left, TransitTimeDistribution right) => left.Plus(right);

    /// <summary>The distribution of the sum of independent times: means and variances add.</summary>
    /// <param name="parts">The times; may be empty (the sum is then <see cref="Zero"/>).</param>
    /// <returns>Mean Σ μᵢ, standard deviation √(Σ σᵢ²).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    public static TransitTimeDistribution Sum(IEnumerable<TransitTimeDistribution> parts)
    {
        Guard.NotNull(parts);
        double mean = 0, variance = 0;
        foreach (var part in parts)
        {
            mean += part.MeanDays;
            variance += part.VarianceDaysSquared;
        }

        return new TransitTimeDistribution(mean, Math.Sqrt(variance));
    }

    /// <summary>The mean and standard deviation, invariant culture, e.g. "12.5 d (sd 2 d)".</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} d (sd {1} d)", MeanDays, StandardDeviationDays);

    private static double Days(double value, string paramName) =>
        double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Guard.Format(ErrorMessages.TransitTimeNegative, paramName, value));
}
