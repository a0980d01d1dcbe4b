using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Demand;

/// <summary>
/// Croston's method for intermittent demand, and the Syntetos–Boylan approximation (SBA): demand sizes and the
/// intervals between demands are smoothed separately and only updated in periods with demand.
/// </summary>
/// <remarks>
/// <para>
/// In a period with demand xₜ &gt; 0 after an interval of q periods (counted from the previous demand, or from the
/// start of the series for the first demand, so a demand in the first period has q = 1): the first demand sets
/// ẑ = xₜ and p̂ = q; later ones update ẑ ← ẑ + α(xₜ − ẑ) and p̂ ← p̂ + α(q − p̂). Periods without demand change
/// nothing. Mean per period = ẑ / p̂ (Croston, <i>Operational Research Quarterly</i> 23, 1972), times (1 − α/2) for
/// SBA (Syntetos and Boylan, <i>International Journal of Forecasting</i> 21, 2005). No demand at all gives a mean of 0.
/// </para>
/// <para>
/// Spread: the root mean squared one-step-ahead error over the periods after the first demand (the forecast for a
/// period is the mean known at the end of the previous one); 0 when there are none.
/// </para>
/// </remarks>
public sealed record CrostonForecast : IDemandForecast
{
    /// <summary>Creates the method.</summary>
    /// <param name="alpha">Smoothing constant α for both size and interval, greater than 0 and at most 1; 0.05 to 0.2 is usual.</param>
    /// <param name="variant">Classic Croston or SBA.</param>
    /// <param name="promotionDays">Whether promotion days count as demand.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is outside (0, 1].</exception>
    /// <exception cref="ArgumentException"><paramref name="variant"/> or <paramref name="promotionDays"/> is not a defined value.</exception>
    public CrostonForecast(double alpha, CrostonVariant variant = CrostonVariant.Classic, PromotionDays promotionDays = PromotionDays.Include)
    {
        Alpha = ForecastInput.SmoothingConstant(alpha, nameof(alpha));
        Variant = Enum.IsDefined(variant)
            ? variant
            : throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(variant), nameof(CrostonVariant)), nameof(variant));
        SalesHistory.ExcludesPromotions(promotionDays);
        PromotionDays = promotionDays;
    }

    /// <summary>The smoothing constant α.</summary>
    public double Alpha { get; }

    /// <summary>Classic Croston or SBA.</summary>
    public CrostonVariant Variant { get; }

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
    /// <returns>The smoothed size / interval (× (1 − α/2) for SBA) and the RMSE of the one-step-ahead errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demandPerPeriod"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="demandPerPeriod"/> is empty or holds a negative or non-finite value.</exception>
    public DemandForecast Forecast(IReadOnlyList<double> demandPerPeriod) =>
        ForecastSeries(Series.NonNegative(demandPerPeriod), nameof(demandPerPeriod));

    private DemandForecast ForecastSeries(IReadOnlyList<double> series, string paramName)
    {
        var values = ForecastInput.Require(series, paramName);
        var factor = Variant == CrostonVariant.SyntetosBoylan ? 1 - (Alpha / 2) : 1.0;
        double size = 0, interval = 0, mean = 0, squaredErrors = 0;
        var started = false;
        var errors = 0;
        var sincePrevious = 1;
        foreach (var x in values)
        {
            if (started)
            {
                var error = x - mean;
                squaredErrors += error * error;
                errors++;
            }

            if (x > 0)
            {
                if (started)
                {
                    size += Alpha * (x - size);
                    interval += Alpha * (sincePrevious - interval);
                }
                else
                {
                    size = x;
                    interval = sincePrevious;
                    started = true;
                }

                mean = factor * size / interval;
                sincePrevious = 1;
            }
            else
            {
                sincePrevious++;
            }
        }

        return new DemandForecast(mean, errors > 0 ? Math.Sqrt(squaredErrors / errors) : 0.0);
    }
}
