// ModeComparison: the main job. For one product, a monthly demand and a destination market, the three fulfilment
// modes side by side: eligibility, landed cost per unit, lead time to the buyer (mean and p95), stock tied up (units
// and value, in transit and at the storage centre), and the cost parts behind each number. Every price is invented
// (Shared/Scenario.cs, which builds the three modes as their own samples do); the tests in
// tests/SupplyChain.Domain.Tests/Fulfilment/SampleScenarioTests.cs check the numbers. `--ci` only marks a CI run.
using FulfilmentSamples;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;

namespace ModeComparisonSample;

/// <summary>The sample: the library calls, the result handed to a renderer in samples/Shared.</summary>
public static class Program
{
    /// <summary>The seller's expected sales of the lamp in the US.</summary>
    public const int MonthlyDemandUnits = 300;

    public static void Main() => Run(AnsiConsole.Console);

    /// <summary>Compares the three modes, writes the comparison to <paramref name="console"/> and returns it.</summary>
    public static ModeComparison Run(IAnsiConsole console)
    {
        // One lamp from the seller in Shenzhen to a buyer in Chicago, ordered on 2 March 2026.
        var request = Scenario.Request();

        // Express parcels from the seller's warehouse (DDP); the platform's pickup for a seller that sold 1,200 units in
        // 30 days (air line-haul); the platform's warehouse stocked by sea, with the example fulfilment-fee table.
        var express = Scenario.DirectExpress();
        var pickup = Scenario.Pickup(trailingSalesUnits: 1200);
        var warehouse = Scenario.Warehouse();

        // Each mode plans the order; the comparison adds the stock each one ties up for the monthly demand.
        var comparison = ModeComparison.Compare(request, MonthlyDemandUnits, [express, pickup, warehouse]);

        // The platform modes' fulfilment fees: the storage centre's flat fee, or a quote from the fee table.
        var warehouseFee = warehouse.Fees.QuoteFulfilmentFee(request.Product, request.Destination, request.Date);
        ComparisonView.Write(console, comparison,
        [
            $"{pickup.Name} {pickup.StorageCentre.FulfilmentFeePerUnit} flat (storage centre terms)",
            warehouseFee is { } quote
                ? $"{warehouse.Name} {quote.Fee} from the example fee table (size tier {quote.Item.Tier})"
                : $"{warehouse.Name} {warehouse.StorageCentre.FulfilmentFeePerUnit} flat (storage centre terms)",
        ]);
        return comparison;
    }
}
