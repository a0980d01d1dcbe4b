using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Demand;

namespace SupplyChain.Domain.Tests.Demand;

public sealed class ForecastTests
{
    [Fact]
    public void Moving_average_uses_the_last_p_values()
    {
        // Last 3 of 2, 9, 4, 6, 8: mean 6; deviations −2, 0, 2 -> variance 8/2 = 4, sd 2.
        new MovingAverageForecast(3).Forecast([2, 9, 4, 6, 8]).Should().Be(new DemandForecast(6, 2));
        // Fewer values than p: all of them. 4 and 8 -> mean 6, variance (4 + 4)/1 = 8.
        var f = new MovingAverageForecast(7).Forecast([4, 8]);
        f.MeanPerDay.Should().Be(6);
        f.StandardDeviationPerDay.Should().BeApproximately(Math.Sqrt(8), 1e-12);
    }

    [Fact]
    public void Exponential_smoothing_worked_by_hand()
    {
        // α = 0.5, series 3, 5, 4, 8. ℓ1 = 3. t2: error 5 − 3 = 2, ℓ2 = 4. t3: error 0, ℓ3 = 4.
        // t4: error 8 − 4 = 4, ℓ4 = 6. RMSE = √((4 + 0 + 16) / 3) = √(20/3).
        var f = new ExponentialSmoothingForecast(0.5).Forecast([3, 5, 4, 8]);
        f.MeanPerDay.Should().BeApproximately(6, 1e-12);
        f.StandardDeviationPerDay.Should().BeApproximately(Math.Sqrt(20.0 / 3), 1e-12);
        // α = 1 is the naive forecast: the last value.
        new ExponentialSmoothingForecast(1).Forecast([3, 5, 4, 8]).MeanPerDay.Should().Be(8);
    }

    [Fact]
    public void Croston_and_SBA_worked_by_hand()
    {
        // α = 0.5, series 0, 0, 6, 0, 4, 0, 0, 8.
        // t3: first demand 6 after q = 3 periods from the start: ẑ = 6, p̂ = 3, mean 2.
        // t5: demand 4 after q = 2: ẑ = 6 + 0.5(4 − 6) = 5, p̂ = 3 + 0.5(2 − 3) = 2.5, mean 2.
        // t8: demand 8 after q = 3: ẑ = 5 + 0.5·3 = 6.5, p̂ = 2.5 + 0.5·0.5 = 2.75, mean 6.5/2.75 = 2.363636…
        // One-step errors t4..t8 against mean 2: −2, 2, −2, −2, 6 -> RMSE √((4+4+4+4+36)/5) = √10.4.
        double[] series = [0, 0, 6, 0, 4, 0, 0, 8];
        var classic = new CrostonForecast(0.5).Forecast(series);
        classic.MeanPerDay.Should().BeApproximately(6.5 / 2.75, 1e-12);
        classic.StandardDeviationPerDay.Should().BeApproximately(Math.Sqrt(10.4), 1e-12);

        // SBA multiplies by 1 − α/2 = 0.75: mean 1.5 after t3 and t5, errors −1.5, 2.5, −1.5, −1.5, 6.5
        // -> √((2.25 + 6.25 + 2.25 + 2.25 + 42.25)/5) = √11.05; final mean 0.75 · 2.363636….
        var sba = new CrostonForecast(0.5, CrostonVariant.SyntetosBoylan).Forecast(series);
        sba.MeanPerDay.Should().BeApproximately(0.75 * 6.5 / 2.75, 1e-12);
        sba.StandardDeviationPerDay.Should().BeApproximately(Math.Sqrt(11.05), 1e-12);

        new CrostonForecast(0.1).Forecast([0, 0, 0]).Should().Be(new DemandForecast(0, 0));
    }

    [Fact]
    public void Forecasts_from_a_history_skip_stock_out_days()
    {
        // 4, [stock-out 0], 8 -> the series is 4, 8: moving average 6.
        var history = SalesHistory.Of([
            new DailySales(1.March(2025), 4),
            new DailySales(2.March(2025), 0) { IsStockOut = true },
            new DailySales(3.March(2025), 8),
        ]);
        IDemandForecast method = new MovingAverageForecast(7);
        method.Forecast(history).MeanPerDay.Should().Be(6);
        // Croston α = 0.2 on 4, 8: ẑ = 4, p̂ = 1, then ẑ = 4 + 0.2·(8 − 4) = 4.8 with p̂ = 1 -> 4.8.
        new CrostonForecast(0.2).Forecast(history).MeanPerDay.Should().BeApproximately(4.8 / 1.0, 1e-12);
    }

    [Fact]
    public void Bad_parameters_and_empty_histories_are_refused()
    {
        FluentActions.Invoking(() => new ExponentialSmoothingForecast(0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("alpha").WithMessage("alpha must be greater than 0 and at most 1, but was 0.*");
        FluentActions.Invoking(() => new CrostonForecast(1.5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("alpha");
        FluentActions.Invoking(() => new CrostonForecast(0.1, (CrostonVariant)5)).Should().Throw<ArgumentException>().WithParameterName("variant");
        FluentActions.Invoking(() => new MovingAverageForecast(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("periods");
        FluentActions.Invoking(() => new MovingAverageForecast(3).Forecast(SalesHistory.Empty))
            .Should().Throw<ArgumentException>().WithParameterName("history")
            .WithMessage("history has no day to learn from: every day in it is excluded (stock-out or promotion) or it is empty.*");
        FluentActions.Invoking(() => new MovingAverageForecast(3).Forecast([1, -2])).Should().Throw<ArgumentException>()
            .WithParameterName("demandPerPeriod").WithMessage("demandPerPeriod must not contain negative values, but element 1 is -2.*");
        FluentActions.Invoking(() => new DemandForecast(-1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("meanPerDay");
    }
}
