namespace SupplyChain.Domain.Demand;

/// <summary>
/// A forecasting method: reads a product's sales history and says how much demand to expect per day, and how much it
/// spreads. Implement it to plug a custom method into the replenishment code; the built-ins are
/// <see cref="MovingAverageForecast"/>, <see cref="ExponentialSmoothingForecast"/> and <see cref="CrostonForecast"/>.
/// </summary>
public interface IDemandForecast
{
    /// <summary>Forecasts demand per day from <paramref name="history"/>.</summary>
    /// <param name="history">The sales history; stock-out days are censored demand and should not be read as demand.</param>
    /// <returns>The expected demand per day and its standard deviation.</returns>
    DemandForecast Forecast(SalesHistory history);
}
