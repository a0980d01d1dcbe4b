using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Demand;

/// <summary>
/// Simple moving average: the mean of the last p in-stock days, with their sample standard deviation as the spread.
/// </summary>
/// <remarks>
/// Mean = (x₍ₙ₋ₚ₊₁₎ + … + xₙ) / p; spread = √(Σ (xᵢ − mean)² / (p − 1)) over the same p values (0 when p = 1). When the
/// history has fewer than p counted days, all of them are used. (Moving average: e.g. Silver, Pyke and Thomas,
/// <i>Inventory and Production Management in Supply Chains</i>, 4th ed., ch. 4.)
/// </remarks>
public sealed record MovingAverageForecast : IDemandForecast
{
    /// <summary>Creates the method.</summary>
    /// <param name="periods">Days (periods) in the average; at least 1.</param>
    /// <param name="promotionDays">Whether promotion days count as demand.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="promotionDays"/> is not a defined value.</exception>
    public MovingAverageForecast(int periods, PromotionDays promotionDays = PromotionDays.Include)
    {
        Periods = Guard.Positive(periods);
        SalesHistory.ExcludesPromotions(promotionDays);
        PromotionDays = promotionDays;
    }

    /// <summary>Days (periods) in the average.</summary>
    public int Periods { get; }

    /// <summary>Whether promotion days count as demand.</summary>
    public PromotionDays PromotionDays { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="history"/> has no counted day.</exception>
    public DemandForecast Forecast(SalesHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return ForecastSeries(history.DemandSeries(PromotionDays), nameof(history));
    }

    /// <summary>Forecasts the next period from a series of demand per period, oldest first.</summary>
    /// <param name="demandPerPeriod">Demand per period; at least one, finite, not negative.</param>
    /// <returns>Mean and standard deviation per period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demandPerPeriod"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="demandPerPeriod"/> is empty or holds a negative or non-finite value.</exception>
    public DemandForecast Forecast(IReadOnlyList<double> demandPerPeriod) =>
        ForecastSeries(Series.NonNegative(demandPerPeriod), nameof(demandPerPeriod));

    private DemandForecast ForecastSeries(IReadOnlyList<double> series, string paramName)
    {
        var values = ForecastInput.Require(series, paramName);
        var last = values.AsSpan(Math.Max(0, values.Length - Periods));
        return new DemandForecast(SampleStatistics.Mean(last), SampleStatistics.StandardDeviation(last));
    }
}
