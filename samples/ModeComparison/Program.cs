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
using SupplyChain.Domain.Trade;

namespace ModeComparisonSample;

/// <summary>The sample: the library calls, the results handed to renderers in samples/Shared.</summary>
public static class Program
{
    /// <summary>The seller's expected sales of the lamp in the US.</summary>
    public const int MonthlyDemandUnits = 300;

    public static void Main() => Run(AnsiConsole.Console);

    /// <summary>Compares the three modes and assesses the duty, writes both to <paramref name="console"/> and returns them.</summary>
    public static ModeComparisonResults Run(IAnsiConsole console)
    {
        // One lamp from the seller in Shenzhen to a buyer in Chicago, ordered on Monday 2 March 2026, declared at 20.00 USD.
        var request = Scenario.Request();

        // The factory invoices 48.35 CNY a lamp; the marketplace pays USD. EXAMPLE rates, not published fixings, quoted
        // against the euro (the pivot) on Friday 27 February; on Monday they are 3 days old, within the 4 allowed.
        var friday = new LocalDate(2026, 2, 27);
        var rates = new ExchangeRateTable(
        [
            ExchangeRate.FromCodes("EUR", "USD", 1.1600m, friday, "example rate"),
            ExchangeRate.FromCodes("EUR", "CNY", 8.2500m, friday, "example rate"),
        ])
        { Pivot = Currency.EUR, MaxAgeDays = 4 };
        var factoryPrice = rates.Convert(new Money(48.35m, Currency.CNY), Currency.USD, request.Date, MidpointRounding.AwayFromZero);

        // Mode 1 express DDP; mode 2 as a platform purchase: the platform buys at a supply price of 9.00 USD, title passes
        // at pickup and the seller is paid 15 days later; mode 3 the platform's warehouse stocked by sea.
        var express = Scenario.DirectExpress();
        var purchase = new PlatformPurchaseTerms(Scenario.Usd(9.00m)) { TitlePasses = TitleTransferPoint.AtPickup, SettlementDays = 15 };
        var pickup = Scenario.Pickup(trailingSalesUnits: 1200, purchase);
        var warehouse = Scenario.Warehouse();

        // The seller's prices in the marketplace currency: the factory is paid 5 days before dispatch, the marketplace
        // pays out 14 days after delivery (example terms). The comparison adds margin and cash cycle to each row.
        var prices = new SellerPrices(Scenario.Usd(24.99m))
        {
            UnitCost = factoryPrice.Converted,
            FactoryPaidDaysBeforeDispatch = 5,
            MarketplacePayoutDays = 14,
        };
        var comparison = ModeComparison.Compare(request, MonthlyDemandUnits, [express, pickup, warehouse], prices);
        var warehouseFee = warehouse.Fees.QuoteFulfilmentFee(request.Product, request.Destination, request.Date);
        ComparisonView.Write(console, comparison, factoryPrice,
        [
            $"{pickup.Name} {pickup.StorageCentre.FulfilmentFeePerUnit} flat (storage centre terms)",
            $"{warehouse.Name} {warehouseFee!.Fee} from the example fee table (size tier {warehouseFee.Item.Tier})",
        ]);

        // Customs on one inbound shipment of 200 lamps, with EXAMPLE measures (not the published tariffs): into the US
        // MFN, Section 301 and an IEEPA-style additional duty on Chinese origin stack; into the EU the MFN rate only.
        var us = CustomsTerritory.Of(Scenario.UnitedStates);
        var tariff = new CustomsTariff(
        [
            new CustomsMeasure("MFN", us, "940521", 3.9m),
            new CustomsMeasure("Section 301", us, "9405", 25m) { Origin = Scenario.China },
            new CustomsMeasure("IEEPA", us, "9405", 10m) { Origin = Scenario.China, ValidFrom = new LocalDate(2025, 11, 10) },
            new CustomsMeasure("MFN", CustomsTerritory.EuropeanUnion, "940521", 4.7m),
        ]);
        CustomsLine Lamps(Money unitValue) => new(request.Product.HsCode, Scenario.China, 200, request.Product.UnitMass * 200, unitValue);

        // The US values the transaction (no freight); the EU values CIF in EUR, so the same declared value is converted
        // with the same rates, and 19 % German import VAT is charged on customs value plus duty.
        var intoUs = tariff.Assess(new CustomsConsignment(Scenario.UnitedStates, request.Date, [Lamps(request.UnitValue)]));
        var declaredInEur = rates.Convert(request.UnitValue, Currency.EUR, request.Date, MidpointRounding.AwayFromZero);
        var intoGermany = tariff.Assess(new CustomsConsignment(Scenario.Germany, request.Date, [Lamps(declaredInEur.Converted)])
        {
            FreightToBorder = Scenario.Eur(236.00m),
            InsuranceToBorder = Scenario.Eur(16.00m),
            ImportVatRatePercent = 19m,
        });
        CustomsView.Write(console, tariff, [("Into the US", intoUs, null), ("Into Germany", intoGermany, declaredInEur)]);
        return new ModeComparisonResults(comparison, factoryPrice, intoUs, declaredInEur, intoGermany);
    }
}
