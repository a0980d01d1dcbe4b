using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Demand;

/// <summary>
/// Simple (single) exponential smoothing: a level that moves a fraction α towards each new observation.
/// </summary>
/// <remarks>
/// <para>
/// Level ℓ₁ = x₁, then ℓₜ = α·xₜ + (1 − α)·ℓₜ₋₁ (Brown 1956; Hyndman and Athanasopoulos, <i>Forecasting: Principles
/// and Practice</i>, 3rd ed., §8.1, with the first observation as the initial level). The forecast mean is the last
/// level.
/// </para>
/// <para>
/// Spread: the root mean squared one-step-ahead error, √(Σₜ₌₂..ₙ (xₜ − ℓₜ₋₁)² / (n − 1)); 0 for a single observation.
/// </para>
/// </remarks>
public sealed record ExponentialSmoothingForecast : IDemandForecast
{
    /// <summary>Creates the method.</summary>
    /// <param name="alpha">Smoothing constant α, greater than 0 and at most 1; 0.1 to 0.3 is usual for daily demand.</param>
    /// <param name="promotionDays">Whether promotion days count as demand.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is outside (0, 1].</exception>
    /// <exception cref="ArgumentException"><paramref name="promotionDays"/> is not a defined value.</exception>
    public ExponentialSmoothingForecast(double alpha, PromotionDays promotionDays = PromotionDays.Include)
    {
        Alpha = ForecastInput.SmoothingConstant(alpha, nameof(alpha));
        SalesHistory.ExcludesPromotions(promotionDays);
        PromotionDays = promotionDays;
    }

    /// <summary>The smoothing constant α.</summary>
    public double Alpha { get; }

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
    /// <returns>The last level and the RMSE of the one-step-ahead errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demandPerPeriod"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="demandPerPeriod"/> is empty or holds a negative or non-finite value.</exception>
    public DemandForecast Forecast(IReadOnlyList<double> demandPerPeriod) =>
        ForecastSeries(Series.NonNegative(demandPerPeriod), nameof(demandPerPeriod));

    private DemandForecast ForecastSeries(IReadOnlyList<double> series, string paramName)
    {
        var values = ForecastInput.Require(series, paramName);
        var level = values[0];
        var squaredErrors = 0.0;
        for (var t = 1; t < values.Length; t++)
        {
            var error = values[t] - level;
            squaredErrors += error * error;
            level += Alpha * error;
        }

        var rmse = values.Length > 1 ? Math.Sqrt(squaredErrors / (values.Length - 1)) : 0.0;
        return new DemandForecast(Math.Max(0.0, level), rmse);
    }
}
