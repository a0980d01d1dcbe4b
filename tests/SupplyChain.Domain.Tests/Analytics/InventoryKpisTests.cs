using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Demand;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Tests.Analytics;

public sealed class InventoryKpisTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void Turnover_and_DIO_are_two_views_of_the_same_numbers()
    {
        // COGS 730,000 over a 365-day year, average inventory 100,000: 7.3 turns; 100,000 / (730,000 / 365) = 50 days,
        // and 365 / 7.3 = 50 too.
        InventoryKpis.InventoryTurnover(Usd(730_000m), Usd(100_000m)).Should().BeApproximately(7.3, 1e-12);
        InventoryKpis.DaysInventoryOutstanding(Usd(730_000m), Usd(100_000m)).Should().BeApproximately(50, 1e-12);
        InventoryKpis.DaysInventoryOutstanding(Usd(720_000m), Usd(100_000m), daysInYear: 360).Should().BeApproximately(50, 1e-12);
    }

    [Fact]
    public void Gmroi_is_gross_margin_per_unit_of_inventory()
    {
        // Revenue 500,000, COGS 350,000: margin 150,000 over 60,000 of stock = 2.5; selling below cost is negative.
        InventoryKpis.Gmroi(Usd(500_000m), Usd(350_000m), Usd(60_000m)).Should().BeApproximately(2.5, 1e-12);
        InventoryKpis.Gmroi(Usd(90m), Usd(100m), Usd(20m)).Should().BeApproximately(-0.5, 1e-12);
    }

    [Fact]
    public void Days_of_supply_at_a_rate_or_a_forecast()
    {
        // 90 units at 4 a day last 22.5 days.
        InventoryKpis.DaysOfSupply(90, 4.0).Should().Be(22.5);
        InventoryKpis.DaysOfSupply(90, new DemandForecast(4.0, 1.0)).Should().Be(22.5);
        FluentActions.Invoking(() => InventoryKpis.DaysOfSupply(90, 0.0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("averageDailyDemand");
    }

    [Fact]
    public void Mixed_currencies_break_the_money_rule()
    {
        FluentActions.Invoking(() => InventoryKpis.InventoryTurnover(Usd(100m), new Money(50m, Currency.EUR)))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.MoneySameCurrency)
            .WithMessage("Cannot divide 100.00 USD and 50.00 EUR: amounts in different currencies do not mix; convert one first.");
    }

    [Fact]
    public void Bad_amounts_are_refused_with_the_parameter_name()
    {
        FluentActions.Invoking(() => InventoryKpis.InventoryTurnover(Usd(100m), Usd(0m))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("averageInventoryAtCost").WithMessage("averageInventoryAtCost must be greater than zero, but was 0.00 USD.*");
        FluentActions.Invoking(() => InventoryKpis.Gmroi(Usd(-1m), Usd(0m), Usd(1m))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("revenue");
        FluentActions.Invoking(() => InventoryKpis.DaysInventoryOutstanding(Usd(0m), Usd(1m))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("annualCostOfGoodsSold");
        FluentActions.Invoking(() => InventoryKpis.InventoryTurnover(null!, Usd(1m))).Should().Throw<ArgumentNullException>()
            .WithParameterName("costOfGoodsSold");
    }
}
