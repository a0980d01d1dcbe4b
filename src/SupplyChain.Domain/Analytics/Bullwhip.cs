using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// The bullwhip effect: how much more the orders a stage places upstream vary than the demand it receives.
/// </summary>
/// <remarks>
/// <para>
/// Ratio = Var(orders placed upstream) / Var(demand received), per period (Chen, Drezner, Ryan and Simchi-Levi,
/// "Quantifying the bullwhip effect in a simple supply chain", <i>Management Science</i> 46(3), 2000; Lee,
/// Padmanabhan and Whang, 1997). A ratio above 1 means the stage amplifies variability.
/// </para>
/// <para>
/// Both variances use the same estimator, the sample variance with divisor n − 1; since the series have equal length
/// the ratio is the same as with divisor n.
/// </para>
/// </remarks>
public static class Bullwhip
{
    /// <summary>The bullwhip ratio Var(orders) / Var(demand) over the same periods.</summary>
    /// <param name="demandPerPeriod">Demand received per period; at least 2 periods, finite, not all equal.</param>
    /// <param name="ordersPerPeriod">Orders placed upstream per period, for the same periods.</param>
    /// <returns>The ratio; 0 when the orders do not vary.</returns>
    /// <exception cref="ArgumentNullException">A series is null.</exception>
    /// <exception cref="ArgumentException">The series differ in length, have fewer than 2 periods, hold a value that is not finite, or the demand does not vary.</exception>
    public static double Ratio(IReadOnlyList<double> demandPerPeriod, IReadOnlyList<double> ordersPerPeriod)
    {
        var demand = Series.Finite(demandPerPeriod);
        var orders = Series.Finite(ordersPerPeriod);
        if (demand.Length != orders.Length)
        {
            throw new ArgumentException(
                Guard.Format(ErrorMessages.SeriesLengthsDiffer, nameof(ordersPerPeriod), orders.Length, nameof(demandPerPeriod), demand.Length),
                nameof(ordersPerPeriod));
        }

        if (demand.Length < 2)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.SeriesTooShort, nameof(demandPerPeriod), 2, demand.Length), nameof(demandPerPeriod));
        }

        var demandVariance = SampleStatistics.Variance(demand);
        return demandVariance > 0
            ? SampleStatistics.Variance(orders) / demandVariance
            : throw new ArgumentException(Guard.Format(ErrorMessages.SeriesWithoutVariance, nameof(demandPerPeriod)), nameof(demandPerPeriod));
    }

    /// <summary>
    /// The lower bound on the bullwhip ratio of a stage that forecasts with a moving average of the last p periods
    /// and orders up to a base stock over a lead time of L periods: 1 + 2L/p + 2L²/p² (Chen et al. 2000).
    /// </summary>
    /// <param name="leadTimePeriods">Lead time L in periods; not negative.</param>
    /// <param name="movingAveragePeriods">Observations p in the moving average; at least 1.</param>
    /// <returns>The bound, at least 1 (exactly 1 when L = 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTimePeriods"/> is negative or not finite, or <paramref name="movingAveragePeriods"/> is less than 1.</exception>
    public static double ChenLowerBound(double leadTimePeriods, int movingAveragePeriods)
    {
        Guard.NotNegative(leadTimePeriods);
        Guard.Positive(movingAveragePeriods);
        var ratio = leadTimePeriods / movingAveragePeriods;
        return 1 + (2 * ratio) + (2 * ratio * ratio);
    }
}
