using FulfilmentSamples;
using Spectre.Console;

namespace PlatformWarehouseSample;

public static class Report
{
    /// <summary>
    /// Stock packed into labelled cartons, sent by sea LCL to the storage centre, received into stock buckets, then the
    /// order served from stock; the fulfilment fee from the lamp's size tier and an (invented) fee table; air freight for
    /// contrast.
    /// </summary>
    /// <returns>The number of failed checks.</returns>
    public static int Render(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var request = Scenario.Request();
        var mode = WarehouseScenario.Warehouse(WarehouseScenario.Sea(), WarehouseScenario.Fees());
        var failures = PlanReport.Render(console, mode, request, "Platform warehouse: Shenzhen → sea LCL → storage centre MDW2 → Chicago");
        var sea = mode.Plan(request);

        // Air instead of sea, same cartons and fees. By hand: 20 cartons of 0.0936 m³ = 1.872 m³ = 1,872,000 cm³ ÷ 6,000 cm³/kg
        // = 312 kg volumetric > 260 kg actual, so 312 kg × 4.00 USD = 1,248.00 USD / 200 units = 6.24 USD per unit; total
        // 6.24 + 1.50 + 0.00 + 6.25 + 0.45 = 14.44 USD; pipeline 2 + 6 + 2 + 1 + 2 = 13 days.
        var air = WarehouseScenario.Warehouse(WarehouseScenario.Air(), WarehouseScenario.Fees()).Plan(request);
        console.MarkupLine(Markup.Escape($"By air instead: {air.CostPerUnit.Total} per unit, pipeline {air.PipelineTime} (sea: {sea.CostPerUnit.Total}, {sea.PipelineTime})."));
        failures += air.PipelineTime.MeanDays < sea.PipelineTime.MeanDays && air.CostPerUnit.Total > sea.CostPerUnit.Total ? 0 : 1;
        failures += air.CostPerUnit.Total == Scenario.Usd(14.44m) ? 0 : 1;

        failures += FeeSection.Render(console, mode, sea);
        var inbound = mode.PlanInbound(request);
        failures += CartonSection.Render(console, inbound);
        failures += ReceivingSection.Render(console, inbound, sea);
        return PlanReport.Conclude(console, failures);
    }
}
