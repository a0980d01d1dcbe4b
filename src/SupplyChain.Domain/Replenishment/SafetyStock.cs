using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// Safety stock, in units: the buffer held against demand (and lead-time) variability during the lead time, for a
/// cycle service level (the chance of no stock-out in a cycle) or a fill rate (the share of demand served from stock).
/// </summary>
/// <remarks>
/// Demand and lead time share one time unit (per day with lead times in days, or per week with weeks). Demand per
/// period is assumed independent and normal, as in the standard texts (Silver, Pyke and Thomas; Nahmias; Chopra and
/// Meindl, "Managing uncertainty in a supply chain: safety inventory").
/// </remarks>
public static class SafetyStock
{
    /// <summary>z · σ · √L: safety stock for demand variability with a fixed lead time.</summary>
    /// <param name="z">The safety factor (standard normal deviate), finite.</param>
    /// <param name="demandSd">σ: standard deviation of demand per period, not negative.</param>
    /// <param name="leadTime">L: lead time in periods, not negative.</param>
    /// <returns>The safety stock in units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is infinite or NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demandSd"/> or <paramref name="leadTime"/> is negative, infinite or NaN.</exception>
    public static double ForDemandVariability(double z, double demandSd, double leadTime) =>
        Guard.Finite(z) * Guard.NotNegative(demandSd) * Math.Sqrt(Guard.NotNegative(leadTime));

    /// <summary>z · √(L · σd² + d² · σL²): safety stock when both demand and lead time vary.</summary>
    /// <param name="z">The safety factor, finite.</param>
    /// <param name="demandMean">d: mean demand per period, not negative.</param>
    /// <param name="demandSd">σd: standard deviation of demand per period, not negative.</param>
    /// <param name="leadTimeMean">L: mean lead time in periods, not negative.</param>
    /// <param name="leadTimeSd">σL: standard deviation of the lead time in periods, not negative.</param>
    /// <returns>The safety stock in units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is infinite or NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A mean or standard deviation is negative, infinite or NaN.</exception>
    public static double WithLeadTimeVariability(double z, double demandMean, double demandSd, double leadTimeMean, double leadTimeSd) =>
        Guard.Finite(z) * LeadTimeDemandSd(demandMean, demandSd, leadTimeMean, leadTimeSd);

    /// <summary>Safety stock for a cycle service level: z from the level, then <see cref="WithLeadTimeVariability"/>.</summary>
    /// <param name="cycleServiceLevel">The probability of no stock-out in a replenishment cycle, strictly between 0 and 1.</param>
    /// <param name="demandMean">d: mean demand per period, not negative.</param>
    /// <param name="demandSd">σd: standard deviation of demand per period, not negative.</param>
    /// <param name="leadTimeMean">L: mean lead time in periods, not negative.</param>
    /// <param name="leadTimeSd">σL: standard deviation of the lead time in periods, not negative (0 for a fixed lead time).</param>
    /// <returns>The safety stock in units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cycleServiceLevel"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A mean or standard deviation is negative, infinite or NaN.</exception>
    public static double ForCycleServiceLevel(double cycleServiceLevel, double demandMean, double demandSd, double leadTimeMean, double leadTimeSd) =>
        ZForCycleServiceLevel(cycleServiceLevel) * LeadTimeDemandSd(demandMean, demandSd, leadTimeMean, leadTimeSd);

    /// <summary>The safety factor z for a cycle service level: the inverse of the standard normal distribution function.</summary>
    /// <param name="cycleServiceLevel">The probability of no stock-out in a cycle, strictly between 0 and 1.</param>
    /// <returns>z with Φ(z) = <paramref name="cycleServiceLevel"/> (1.6449 for 95 %).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cycleServiceLevel"/> is not strictly between 0 and 1.</exception>
    public static double ZForCycleServiceLevel(double cycleServiceLevel) =>
        StandardNormal.Quantile(Probability(cycleServiceLevel));

    /// <summary>
    /// The safety factor k for a fill rate β (the share of demand served from stock) with order quantity Q: the k with
    /// σL · G(k) = (1 − β) · Q, where G is the standard normal loss function G(k) = φ(k) − k · (1 − Φ(k)).
    /// </summary>
    /// <param name="fillRate">β, strictly between 0 and 1.</param>
    /// <param name="orderQuantity">Q, the units ordered per cycle, greater than zero.</param>
    /// <param name="leadTimeDemandSd">σL: standard deviation of demand over the lead time, greater than zero.</param>
    /// <returns>k; negative when the lot alone serves more than β of the demand.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fillRate"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderQuantity"/> or <paramref name="leadTimeDemandSd"/> is not greater than zero, or is infinite or NaN.</exception>
    public static double ZForFillRate(double fillRate, double orderQuantity, double leadTimeDemandSd)
    {
        var beta = Probability(fillRate);
        var target = (1 - beta) * Guard.Positive(orderQuantity) / Guard.Positive(leadTimeDemandSd);

        // G falls strictly from +∞ (k → −∞, where G(k) ≈ −k) to 0 (k → +∞): bisection on a bracket that holds the root.
        var low = -target - 10;
        var high = 40.0;
        for (var i = 0; i < 200 && high - low > 1e-13; i++)
        {
            var mid = (low + high) / 2;
            if (StandardNormalLoss(mid) > target)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2;
    }

    /// <summary>Safety stock k · σL for a fill rate (the β service level), with k from <see cref="ZForFillRate"/>.</summary>
    /// <param name="fillRate">β, strictly between 0 and 1.</param>
    /// <param name="orderQuantity">Q, the units ordered per cycle, greater than zero.</param>
    /// <param name="leadTimeDemandSd">σL: standard deviation of demand over the lead time, not negative (0 needs no safety stock).</param>
    /// <returns>The safety stock in units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fillRate"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderQuantity"/> is not greater than zero, or is infinite or NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTimeDemandSd"/> is negative, infinite or NaN.</exception>
    public static double ForFillRate(double fillRate, double orderQuantity, double leadTimeDemandSd)
    {
        Probability(fillRate);
        Guard.Positive(orderQuantity);
        return Guard.NotNegative(leadTimeDemandSd) == 0 ? 0 : ZForFillRate(fillRate, orderQuantity, leadTimeDemandSd) * leadTimeDemandSd;
    }

    /// <summary>G(k) = φ(k) − k · (1 − Φ(k)), the standard normal loss function: the one implementation in <see cref="LossFunctions.StandardNormal"/>.</summary>
    internal static double StandardNormalLoss(double k) => LossFunctions.StandardNormal(k).Loss;

    private static double LeadTimeDemandSd(double demandMean, double demandSd, double leadTimeMean, double leadTimeSd)
    {
        var d = Guard.NotNegative(demandMean);
        var sd = Guard.NotNegative(demandSd);
        var l = Guard.NotNegative(leadTimeMean);
        var sl = Guard.NotNegative(leadTimeSd);
        return Math.Sqrt((l * sd * sd) + (d * d * sl * sl));
    }

    private static double Probability(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value is > 0 and < 1
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Guard.Format(ErrorMessages.ServiceLevelOutOfRange, paramName, value));
}
