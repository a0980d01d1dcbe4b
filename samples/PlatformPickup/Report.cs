using FulfilmentSamples;
using Spectre.Console;
using SupplyChain.Domain;
using SupplyChain.Domain.Fulfilment;

namespace PlatformPickupSample;

public static class Report
{
    /// <summary>A seller in the Shenzhen cluster with 1,200 units of trailing sales; then one with 800, who is refused.</summary>
    /// <returns>The number of failed checks.</returns>
    public static int Render(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var failures = PlanReport.Render(console, Scenario.Pickup(trailingSalesUnits: 1200), Scenario.Request(), "Platform pickup: Shenzhen cluster → storage centre MDW2 → Chicago");
        try
        {
            Scenario.Pickup(trailingSalesUnits: 800).Plan(Scenario.Request());
            failures++;
        }
        catch (DomainRuleException e) when (e.Rule == DomainRules.FulfilmentPickupEligible && e.Data["eligibility"] is ModeEligibility eligibility)
        {
            console.MarkupLine(Markup.Escape($"A seller with 800 units of trailing sales is refused ({e.Rule}):"));
            foreach (var reason in eligibility.Reasons)
            {
                console.MarkupLine(Markup.Escape($"  [{(reason.IsMet ? "met" : "NOT MET")}] {reason.Code}: {reason.Description}"));
            }
        }

        return PlanReport.Conclude(console, failures);
    }
}
