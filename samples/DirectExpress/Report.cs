using FulfilmentSamples;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Trade;

namespace DirectExpressSample;

public static class Report
{
    /// <summary>One lamp DDP by express from the Shenzhen seller to Chicago; then the same order DAP (the buyer pays duty).</summary>
    /// <returns>The number of failed checks.</returns>
    public static int Render(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var failures = PlanReport.Render(console, Scenario.DirectExpress(), Scenario.Request(), "Direct express: Shenzhen → Chicago, DDP");
        var dap = new DirectExpressMode([Scenario.RateCard()], Incoterm.Dap, Scenario.DutyRates()) { OrderHandling = SupplyChain.Domain.Shipping.TransitTimeDistribution.Fixed(1), CustomsClearance = new SupplyChain.Domain.Shipping.TransitTimeDistribution(1, 0.5) }.Plan(Scenario.Request());
        console.MarkupLine(Markup.Escape($"Under DAP the seller pays {dap.CostPerUnit.PaidBy(TradeParty.Seller)} and the buyer {dap.CostPerUnit.PaidBy(TradeParty.Buyer)} on delivery."));
        failures += dap.CostPerUnit.PaidBy(TradeParty.Buyer) == Scenario.Usd(1.50m) ? 0 : 1;
        return PlanReport.Conclude(console, failures);
    }
}
