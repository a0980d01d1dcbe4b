using FulfilmentSamples;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Shipping;

namespace PlatformWarehouseSample;

public static class Report
{
    /// <summary>Stock sent by sea LCL to the storage centre, then the order served from stock; air freight for contrast.</summary>
    /// <returns>The number of failed checks.</returns>
    public static int Render(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var failures = PlanReport.Render(console, Scenario.Warehouse(), Scenario.Request(), "Platform warehouse: Shenzhen → sea LCL → storage centre MDW2 → Chicago");
        var air = new PlatformWarehouseMode(
            new MainCarriage(TransportMode.AirFreight, "Example Air Forwarder", ChargeableWeightRules.IataAirCargo, Scenario.Usd(4.00m), new TransitTimeDistribution(6, 1.5)),
            TransitTimeDistribution.Fixed(2), Scenario.Terms(), Scenario.LastMile(), Scenario.DutyRates(), 200).Plan(Scenario.Request());
        var sea = Scenario.Warehouse().Plan(Scenario.Request());
        console.MarkupLine(Markup.Escape($"By air instead: {air.CostPerUnit.Total} per unit, pipeline {air.PipelineTime} (sea: {sea.CostPerUnit.Total}, {sea.PipelineTime})."));
        failures += air.PipelineTime.MeanDays < sea.PipelineTime.MeanDays && air.CostPerUnit.Total > sea.CostPerUnit.Total ? 0 : 1;
        return PlanReport.Conclude(console, failures);
    }
}
