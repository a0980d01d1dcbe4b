using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Demand;

namespace SupplyChain.Domain.Tests.Demand;

public sealed class SalesHistoryTests
{

    // 1-7 March 2025 (asOf 7 March), worked below:
    //   1: 4   2: 6   3: 0 stock-out   4: (not recorded -> 0)   5: 12 promotion   6: 5   7: 3
    private static SalesHistory Week() => SalesHistory.Of([
        new DailySales(7.March(2025), 3),
        new DailySales(1.March(2025), 4),
        new DailySales(2.March(2025), 6),
        new DailySales(3.March(2025), 0) { IsStockOut = true },
        new DailySales(5.March(2025), 12) { IsPromotion = true },
        new DailySales(6.March(2025), 5),
    ]);

    [Fact]
    public void Keeps_days_in_date_order_and_fills_gaps_with_zero_sale_days()
    {
        var history = Week();
        history.Days.Select(d => d.Date.Day).Should().Equal(1, 2, 3, 5, 6, 7);
        (history.Covered == new DateInterval(1.March(2025), 7.March(2025))).Should().BeTrue();
        // Stock-out day 3 left out; day 4 is 0; promotion day 5 in or out.
        history.DemandSeries().Should().Equal(4, 6, 0, 12, 5, 3);
        history.DemandSeries(PromotionDays.Exclude).Should().Equal(4, 6, 0, 5, 3);
    }

    [Fact]
    public void Plain_velocity_leaves_out_stock_out_days_and_promotions_on_request()
    {
        var history = Week();
        // 7 days: counted 1, 2, 4, 5, 6, 7 -> (4 + 6 + 0 + 12 + 5 + 3) / 6 = 30/6 = 5; one stock-out day excluded.
        history.Velocity(7.March(2025), 7).Should().Be(new SalesVelocity(5, 6, 1));
        // Without promotions: (4 + 6 + 0 + 5 + 3) / 5 = 3.6.
        history.Velocity(7.March(2025), 7, PromotionDays.Exclude).Should().Be(new SalesVelocity(3.6, 5, 2));
        // 3 days (5-7): (12 + 5 + 3) / 3.
        history.Velocity(7.March(2025), 3).UnitsPerDay.Should().BeApproximately(20.0 / 3, 1e-12);
        // 30 days: only the 7 covered days exist; same as the 7-day window.
        history.Velocity(7.March(2025), 30).Should().Be(new SalesVelocity(5, 6, 1));
    }

    [Fact]
    public void Weighted_velocity_weighs_recent_days_more()
    {
        var history = Week();
        // Window 7 ending 7 March: weight = 7 − days before 7 March. Day 7 w7·3, 6 w6·5, 5 w5·12, 4 w4·0, 2 w2·6, 1 w1·4
        // (day 3, weight 3, is a stock-out): Σw·x = 21 + 30 + 60 + 0 + 12 + 4 = 127; Σw = 7 + 6 + 5 + 4 + 2 + 1 = 25.
        history.WeightedVelocity(7.March(2025), 7).UnitsPerDay.Should().BeApproximately(127.0 / 25, 1e-12);
        // 3-day window: (3·3 + 2·5 + 1·12) / 6 = 31/6.
        history.WeightedVelocity(7.March(2025), 3).UnitsPerDay.Should().BeApproximately(31.0 / 6, 1e-12);
    }

    [Fact]
    public void A_window_outside_the_history_has_no_evidence()
    {
        Week().Velocity(1.April(2025), 7).Should().Be(new SalesVelocity(0, 0, 0));
        SalesHistory.Empty.Velocity(1.April(2025), 7).DaysCounted.Should().Be(0);
        SalesHistory.Empty.Covered.Should().BeNull();
    }

    [Fact]
    public void Recording_a_recorded_day_is_refused_and_changes_nothing()
    {
        var history = Week();
        var act = () => history.Record(new DailySales(2.March(2025), 9));
        act.Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.DemandOneRecordPerDay)
            .WithMessage("Cannot record 2025-03-02: 9 units: 2025-03-02: 6 units is already recorded for that day; correct it instead.");
        history.Days.Should().HaveCount(6);

        var corrected = history.Correct(new DailySales(2.March(2025), 9) { IsStockOut = true });
        corrected.Days[1].Should().Be(new DailySales(2.March(2025), 9) { IsStockOut = true });
        history.Days[1].Units.Should().Be(6, "histories are immutable");

        var added = history.Record(new DailySales(4.March(2025), 2));
        added.Days.Select(d => d.Date.Day).Should().Equal(1, 2, 3, 4, 5, 6, 7);

        FluentActions.Invoking(() => history.Correct(new DailySales(4.March(2025), 1))).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.DemandCorrectRecordedDay)
            .WithMessage("Cannot correct 2025-03-04: 1 units: nothing is recorded for that day; record it instead.");
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        FluentActions.Invoking(() => SalesHistory.Of([new DailySales(1.March(2025), 1), new DailySales(1.March(2025), 2)]))
            .Should().Throw<ArgumentException>().WithParameterName("days")
            .WithMessage("days holds two records for 2025-03-01: a sales history has one record per day.*");
        FluentActions.Invoking(() => new DailySales(1.March(2025), -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("units").WithMessage("units must not be negative, but was -1.*");
        FluentActions.Invoking(() => Week().Velocity(7.March(2025), 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("windowDays");
        FluentActions.Invoking(() => Week().Velocity(7.March(2025), 7, (PromotionDays)9)).Should().Throw<ArgumentException>()
            .WithParameterName("promotionDays");
        FluentActions.Invoking(() => Week().Between(7.March(2025), 1.March(2025))).Should().Throw<ArgumentException>()
            .WithParameterName("to").WithMessage("to (2025-03-01) must not be before from (2025-03-07).*");
    }

    [Fact]
    public void Between_keeps_the_days_in_range()
    {
        Week().Between(2.March(2025), 5.March(2025)).Days.Select(d => d.Date.Day).Should().Equal(2, 3, 5);
    }

    /// <summary>1 to 90 days (one history in four of 1 to 3 days), each selling 1 to 40 units or out of stock (one day in three).</summary>
    private static readonly Gen<(int Units, bool StockOut)[]> Histories =
        from length in Gen.Frequency((1, Gen.Choose(1, 3)), (3, Gen.Choose(1, 90)))
        from days in Gen.Zip(Gen.Choose(1, 40), Gen.Elements(true, false, false)).ArrayOf(length)
        select days;

    [Fact]
    public void The_histories_reach_all_some_and_no_stock_out_days_and_histories_longer_than_the_window()
    {
        Reach.Covers(Histories, 100, days =>
                [days.All(d => d.StockOut) ? "every day out of stock" : days.Any(d => d.StockOut) ? "some days out of stock" : "no day out of stock",
                    days.Length > 30 ? "longer than the 30-day window" : "within the window"],
            ["every day out of stock", "some days out of stock", "no day out of stock", "longer than the 30-day window", "within the window"]);
    }

    [Property]
    public Property Leaving_out_stock_out_days_never_lowers_velocity_when_other_days_sell() =>
        Prop.ForAll(
            Histories.ToArbitrary(),
            days =>
            {
                var start = 1.January(2025);
                var flagged = SalesHistory.Of(days.Select((d, i) => new DailySales(start.PlusDays(i), d.Item2 ? 0 : d.Item1) { IsStockOut = d.Item2 }));
                var asZero = SalesHistory.Of(days.Select((d, i) => new DailySales(start.PlusDays(i), d.Item2 ? 0 : d.Item1)));
                var asOf = start.PlusDays(days.Length - 1);
                var excluding = flagged.Velocity(asOf, 30);
                var counting = asZero.Velocity(asOf, 30);
                return excluding.DaysCounted == 0 || excluding.UnitsPerDay >= counting.UnitsPerDay;
            });
}
