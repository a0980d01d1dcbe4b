using System.Globalization;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Demand;

/// <summary>
/// Classifies a demand series by the average demand interval (ADI) and the squared coefficient of variation of the
/// demand sizes (CV²), with the cut-offs 1.32 and 0.49 of Syntetos, Boylan and Croston (<i>Journal of the
/// Operational Research Society</i> 56, 2005).
/// </summary>
/// <remarks>
/// <para>
/// ADI = periods observed / periods with demand (n / k): the average number of periods per demand occurrence, so
/// trailing zero periods count. CV² = (s / m)², where m and s are the mean and the sample standard deviation (divisor
/// k − 1) of the k non-zero demand sizes; 0 when k = 1.
/// </para>
/// <para>
/// A value on a cut-off belongs to the upper side: ADI = 1.32 is intermittent (or lumpy), CV² = 0.49 is erratic (or
/// lumpy). The default value (ADI 0, CV² 0, smooth) cannot be made through the constructor. Equality compares the
/// three values.
/// </para>
/// </remarks>
public readonly record struct DemandClassification
{
    /// <summary>The ADI cut-off: at or above it demand is sporadic.</summary>
    public const double AdiCutOff = 1.32;

    /// <summary>The CV² cut-off: at or above it demand sizes are variable.</summary>
    public const double CvSquaredCutOff = 0.49;

    /// <summary>Classifies an ADI and a CV² computed by the caller.</summary>
    /// <param name="adi">Average demand interval in periods; at least 1, or positive infinity for no demand.</param>
    /// <param name="cvSquared">Squared coefficient of variation of the demand sizes; finite, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="adi"/> is below 1 or NaN, or <paramref name="cvSquared"/> is negative or not finite.</exception>
    public DemandClassification(double adi, double cvSquared)
    {
        Adi = adi >= 1 ? adi
            : throw new ArgumentOutOfRangeException(nameof(adi), adi, Guard.Format(ErrorMessages.MustBeBetween, nameof(adi), 1, "infinity", adi));
        CvSquared = Guard.NotNegative(cvSquared);
        Pattern = double.IsPositiveInfinity(adi) ? DemandPattern.NoDemand
            : (adi >= AdiCutOff, cvSquared >= CvSquaredCutOff) switch
            {
                (false, false) => DemandPattern.Smooth,
                (true, false) => DemandPattern.Intermittent,
                (false, true) => DemandPattern.Erratic,
                (true, true) => DemandPattern.Lumpy,
            };
    }

    /// <summary>Average demand interval: periods per period with demand.</summary>
    public double Adi { get; }

    /// <summary>Squared coefficient of variation of the non-zero demand sizes.</summary>
    public double CvSquared { get; }

    /// <summary>The pattern.</summary>
    public DemandPattern Pattern { get; }

    /// <summary>Classifies a series of demand per period.</summary>
    /// <param name="demandPerPeriod">Demand per period, oldest first; at least one, finite, not negative.</param>
    /// <returns>ADI, CV² and the pattern; <see cref="DemandPattern.NoDemand"/> when every period is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demandPerPeriod"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="demandPerPeriod"/> is empty or holds a negative or non-finite value.</exception>
    public static DemandClassification Of(IReadOnlyList<double> demandPerPeriod) =>
        Classify(ForecastInput.Require(Series.NonNegative(demandPerPeriod), nameof(demandPerPeriod)));

    /// <summary>Classifies a sales history's in-stock days (<see cref="SalesHistory.DemandSeries"/>).</summary>
    /// <param name="history">The history.</param>
    /// <param name="promotionDays">Whether promotion days count as demand.</param>
    /// <returns>ADI, CV² and the pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="history"/> has no counted day, or <paramref name="promotionDays"/> is not a defined value.</exception>
    public static DemandClassification Of(SalesHistory history, PromotionDays promotionDays = PromotionDays.Include)
    {
        ArgumentNullException.ThrowIfNull(history);
        return Classify(ForecastInput.Require(history.DemandSeries(promotionDays), nameof(history)));
    }

    /// <summary>The classification in the invariant culture, e.g. "Lumpy (ADI 2.5, CV² 0.61)".</summary>
    public override string ToString() =>
        Pattern.ToString() + " (ADI " + Adi.ToString("0.###", CultureInfo.InvariantCulture) + ", CV² "
        + CvSquared.ToString("0.###", CultureInfo.InvariantCulture) + ")";

    private static DemandClassification Classify(double[] values)
    {
        var sizes = values.Where(v => v > 0).ToArray();
        if (sizes.Length == 0)
        {
            return new DemandClassification(double.PositiveInfinity, 0);
        }

        var mean = SampleStatistics.Mean(sizes);
        var cv2 = SampleStatistics.Variance(sizes) / (mean * mean);
        return new DemandClassification((double)values.Length / sizes.Length, cv2);
    }
}
