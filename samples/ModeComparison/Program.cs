// ModeComparison: the main job. For one product, a monthly demand and a destination market, the three fulfilment
// modes side by side: landed cost per unit, lead time to the buyer, stock tied up, and what each means for the seller
// (margin and cash cycle per unit), with the cost parts behind each number; then the duty on the lamp under stacked
// customs measures into the US and into Germany. Every price, exchange rate and measure is invented example data
// (here and in Shared/Scenario.cs); tests/SupplyChain.Domain.Tests/Fulfilment/SampleScenarioTests.cs checks the
// numbers. `--ci` only marks a CI run.
using FulfilmentSamples;
using NodaTime;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;

namespace ModeComparisonSample;

/// <summary>The sample: the library calls, the results handed to renderers in samples/Shared.</summary>
public static class Program
{
    /// <summary>The seller's expected sales of the lamp in the US.</summary>
    public const int MonthlyDemandUnits = 300;

    public static void Main() => Run(AnsiConsole.Console);

    /// <summary>Compares the three modes into the US and into Germany, writes both to <paramref name="console"/> and returns them.</summary>
    public static ModeComparisonResults Run(IAnsiConsole console)
    {
        // One lamp from the seller in Shenzhen to a buyer in Chicago, ordered on Monday 2 March 2026, declared at 20.00 USD.
        var request = Scenario.Request();

        // The factory invoices 48.35 CNY a lamp; the marketplaces pay USD and EUR. EXAMPLE rates, not published fixings,
        // quoted against the euro (the pivot) on Friday 27 February; on Monday they are 3 days old, within the 4 allowed.
        var friday = new LocalDate(2026, 2, 27);
        var rates = new ExchangeRateTable(
        [
            ExchangeRate.FromCodes("EUR", "USD", 1.1600m, friday, "example rate"),
            ExchangeRate.FromCodes("EUR", "CNY", 8.2500m, friday, "example rate"),
        ])
        { Pivot = Currency.EUR, MaxAgeDays = 4 };
        var factoryInvoice = new Money(48.35m, Currency.CNY);

        // EXAMPLE customs measures (not the published tariffs), used by every mode: into the US MFN, Section 301 and an
        // IEEPA-style additional duty on Chinese origin stack on the transaction value; into the EU the MFN rate on CIF,
        // with Germany's 19 % import VAT on customs value plus duty.
        var tariff = Scenario.StackedTariff();

        // Mode 1 express DDP; mode 2 as a platform purchase: the platform buys at a supply price of 9.00 USD, title passes
        // at pickup and the seller is paid 15 days later; mode 3 the platform's warehouse stocked by sea.
        var express = Scenario.DirectExpress(tariff);
        var purchase = new PlatformPurchaseTerms(Scenario.Usd(9.00m)) { TitlePasses = TitleTransferPoint.AtPickup, SettlementDays = 15 };
        var pickup = Scenario.Pickup(trailingSalesUnits: 1200, purchase, tariff);
        var warehouse = Scenario.Warehouse(tariff);

        // The seller's prices: the factory price stays in CNY and the comparison converts it into the marketplace
        // currency (explicitly, rounding the margin once); the factory is paid 5 days before dispatch, the marketplace
        // pays out 14 days after delivery (example terms).
        var prices = new SellerPrices(Scenario.Usd(24.99m)) { UnitCost = factoryInvoice, FactoryPaidDaysBeforeDispatch = 5, MarketplacePayoutDays = 14 };
        var comparison = ModeComparison.Compare(request, MonthlyDemandUnits, [express, pickup, warehouse], prices, rates, Currency.USD);
        var factoryPrice = rates.Convert(factoryInvoice, Currency.USD, request.Date, MidpointRounding.AwayFromZero);
        var warehouseFee = warehouse.Fees.QuoteFulfilmentFee(request.Product, request.Destination, request.Date);
        ComparisonView.Write(console, "Three ways to reach a buyer in Chicago", comparison, factoryPrice,
        [
            $"{pickup.Name} {pickup.StorageCentre.FulfilmentFeePerUnit} flat (storage centre terms)",
            $"{warehouse.Name} {warehouseFee!.Fee} from the example fee table (size tier {warehouseFee.Item.Tier})",
        ]);

        // The same lamp to a buyer in Berlin, in euros: declared at the 20.00 USD converted (17.24 EUR), sold at 22.99 EUR,
        // supplied to the platform at 7.80 EUR (example prices), compared in EUR.
        var declaredInEur = rates.Convert(request.UnitValue, Currency.EUR, request.Date, MidpointRounding.AwayFromZero);
        var requestDe = Scenario.IntoGermany.Request(declaredInEur.Converted);
        var purchaseDe = new PlatformPurchaseTerms(Scenario.Eur(7.80m)) { TitlePasses = TitleTransferPoint.AtPickup, SettlementDays = 15 };
        var pickupDe = Scenario.IntoGermany.Pickup(trailingSalesUnits: 1200, purchaseDe, tariff);
        var modesDe = new IFulfilmentMode[] { Scenario.IntoGermany.DirectExpress(tariff), pickupDe, Scenario.IntoGermany.Warehouse(tariff) };
        var pricesDe = new SellerPrices(Scenario.Eur(22.99m)) { UnitCost = factoryInvoice, FactoryPaidDaysBeforeDispatch = 5, MarketplacePayoutDays = 14 };
        var comparisonDe = ModeComparison.Compare(requestDe, MonthlyDemandUnits, modesDe, pricesDe, rates, Currency.EUR);
        ComparisonView.Write(console, "The same lamp to a buyer in Berlin", comparisonDe, rates.Convert(factoryInvoice, Currency.EUR, request.Date, MidpointRounding.AwayFromZero),
            [$"{pickupDe.Name} and {modesDe[2].Name} {pickupDe.StorageCentre.FulfilmentFeePerUnit} flat (storage centre terms)"]);

        // The duty behind the warehouse rows: the inbound shipment of 200 lamps as the mode assessed it.
        var intoUs = comparison.Rows[2].Plan!.Customs!;
        var intoGermany = comparisonDe.Rows[2].Plan!.Customs!;
        CustomsView.Write(console, tariff, [("Into the US", intoUs, null), ("Into Germany", intoGermany, declaredInEur)]);
        return new ModeComparisonResults(comparison, factoryPrice, intoUs, declaredInEur, intoGermany, comparisonDe);
    }
}
