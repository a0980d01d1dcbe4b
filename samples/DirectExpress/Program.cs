// DirectExpress: the seller ships each buyer order as an express parcel from its own warehouse in Shenzhen to the
// buyer in Chicago. The plan shows the steps as a timeline, the custody handovers and the landed cost per unit; then
// the same order under DAP, where the buyer pays the duty. Every price is invented (Shared/Scenario.cs); the tests in
// tests/SupplyChain.Domain.Tests/Fulfilment/SampleScenarioTests.cs check the numbers. `--ci` only marks a CI run.
using FulfilmentSamples;
using SampleRendering;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;

namespace DirectExpressSample;

/// <summary>The sample: the library calls, each result handed to a renderer in samples/Shared.</summary>
public static class Program
{
    public static void Main() => Run(AnsiConsole.Console);

    /// <summary>Plans the order DDP and DAP, writes both to <paramref name="console"/> and returns the plans.</summary>
    public static (FulfilmentPlan Ddp, FulfilmentPlan Dap) Run(IAnsiConsole console)
    {
        // One lamp, from the seller's warehouse in Shenzhen to a buyer in Chicago, ordered on 2 March 2026.
        var request = Scenario.Request();

        // Delivered duty paid: the seller pays the express freight and the US duty.
        var ddp = Express(Incoterm.Ddp).Plan(request);
        PlanView.Write(console, "Direct express: Shenzhen → Chicago, DDP", request, ddp);

        // Delivered at place: the same parcel, but the buyer pays the duty on delivery.
        var dap = Express(Incoterm.Dap).Plan(request);
        View.Gap(console);
        View.Line(console, $"Under DAP the seller pays {dap.CostPerUnit.PaidBy(TradeParty.Seller)} and the buyer {dap.CostPerUnit.PaidBy(TradeParty.Buyer)} on delivery.");
        return (ddp, dap);
    }

    /// <summary>
    /// Express parcels priced from the (invented) rate card, duty from the (invented) duty rates; the order is picked and
    /// packed in 1 day and clears import customs in 1 ± 0.5 days.
    /// </summary>
    private static DirectExpressMode Express(Incoterm incoterm) => new([Scenario.RateCard()], incoterm, Scenario.Tariff())
    {
        OrderHandling = TransitTimeDistribution.Fixed(1),
        CustomsClearance = new TransitTimeDistribution(1, 0.5),
    };
}
