using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>The comparison in a reporting currency: explicit, exact conversion, the margin rounded once at the end.</summary>
public sealed class ModeComparisonReportingTests
{
    // EXAMPLE rates (not published fixings), quoted against the euro on the request's date: 1 EUR = 1.16 USD = 8.25 CNY.
    private static ExchangeRateTable Rates() => new(
    [
        ExchangeRate.FromCodes("EUR", "USD", 1.16m, Monday, "example rate"),
        ExchangeRate.FromCodes("EUR", "CNY", 8.25m, Monday, "example rate"),
    ])
    { Pivot = Currency.EUR };

    private static SellerPrices Prices() => new(new Money(39.98m, Currency.USD)) { UnitCost = new Money(48.35m, Currency.CNY) };

    [Fact]
    public void A_CNY_unit_cost_and_a_USD_price_are_compared_in_euros_rounding_once_at_the_end()
    {
        var comparison = ModeComparison.Compare(Request(), 300, [DirectExpress(Incoterm.Ddp)], Prices(), Rates(), Currency.EUR);
        var economics = comparison.Rows[0].Economics!;

        // The DDP lamp's landed cost, all paid by the seller: 24.50 freight + 1.50 duty + 0.00 import VAT = 26.00 USD
        // (DirectExpressModeTests). In euros, exactly: revenue 39.98 ÷ 1.16 = 34.4655172413…, seller's costs
        // 26.00 ÷ 1.16 = 22.4137931034…, unit cost 48.35 ÷ 8.25 = 5.8606060606…; margin 34.4655172413… − 22.4137931034… −
        // 5.8606060606… = 6.1911180773… → 6.19 EUR. (Rounding each first would give 34.47 − 22.41 − 5.86 = 6.20.)
        comparison.ReportingCurrency.Should().Be(Currency.EUR);
        economics.MarginPerUnit.Should().Be(new Money(6.19m, Currency.EUR));
        economics.RevenuePerUnit.Currency.Should().Be(Currency.EUR);
        economics.RevenuePerUnit.Amount.Should().BeApproximately(34.4655172413m, 1e-10m);
        economics.UnitCost.Amount.Should().BeApproximately(5.8606060606m, 1e-10m);
        economics.SellerCostsPerUnit.Amount.Should().BeApproximately(22.4137931034m, 1e-10m);
        economics.Conversions.Select(r => (r.From.Code, r.Route)).Should().Equal(("USD", ConversionRoute.Inverse), ("CNY", ConversionRoute.Inverse));
        comparison.Rows[0].LandedCostPerUnit.Should().Be(new Money(26.00m, Currency.USD), "the plan stays in the request's currency");
    }

    [Fact]
    public void In_the_marketplace_currency_only_the_factory_price_is_converted()
    {
        var comparison = ModeComparison.Compare(Request(), 300, [DirectExpress(Incoterm.Ddp)], Prices(), Rates(), Currency.USD);
        var economics = comparison.Rows[0].Economics!;

        // 48.35 CNY → USD through the euro: 48.35 × 1.16 ÷ 8.25 = 6.7983030303…; margin 39.98 − 26.00 − 6.7983030303… =
        // 7.1816969696… → 7.18 USD.
        economics.MarginPerUnit.Should().Be(new Money(7.18m, Currency.USD));
        economics.Conversions.Select(r => (r.From.Code, r.Route)).Should().Equal(("CNY", ConversionRoute.Triangulated));
    }

    [Fact]
    public void A_currency_the_rates_cannot_convert_refuses_that_row_as_data()
    {
        var prices = new SellerPrices(new Money(39.98m, Currency.USD)) { UnitCost = new Money(900m, Currency.JPY) };

        var row = ModeComparison.Compare(Request(), 300, [DirectExpress(Incoterm.Ddp)], prices, Rates(), Currency.EUR).Rows[0];

        row.Plan.Should().BeNull();
        row.PlanRefusal!.Code.Should().Be(DomainRules.FxRateMissing);
    }

    [Fact]
    public void The_reporting_overload_checks_its_arguments()
    {
        FluentActions.Invoking(() => ModeComparison.Compare(Request(), 300, [DirectExpress()], Prices(), null!, Currency.EUR))
            .Should().Throw<ArgumentNullException>().WithParameterName("rates");
        FluentActions.Invoking(() => ModeComparison.Compare(Request(), 300, [DirectExpress()], Prices(), Rates(), null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("reportingCurrency");
        ModeComparison.Compare(Request(), 300, [DirectExpress()]).ReportingCurrency.Should().BeNull();
    }
}
