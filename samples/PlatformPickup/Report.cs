using System.Globalization;
using FulfilmentSamples;
using Spectre.Console;
using SupplyChain.Domain;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Identifiers;
using UnitsNet;
using Duration = NodaTime.Duration;

namespace PlatformPickupSample;

public static class Report
{
    /// <summary>
    /// A seller in the Shenzhen cluster with 1,200 units of trailing sales; then one with 800, who is refused; then the
    /// first seller's pickup planned as a milk run, once with room on the run and once on a day the van is full.
    /// </summary>
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
        catch (DomainRuleException e) when (e.Rule == DomainRules.FulfilmentPickupEligible && e.Details is ModeRefusalDetails { Eligibility: var eligibility })
        {
            console.MarkupLine(Markup.Escape($"A seller with 800 units of trailing sales is refused ({e.Rule}):"));
            foreach (var reason in eligibility.Reasons)
            {
                console.MarkupLine(Markup.Escape($"  [{(reason.IsMet ? "met" : "NOT MET")}] {reason.Code}: {reason.Description}"));
            }
        }

        failures += MilkRun(console);
        return PlanReport.Conclude(console, failures);
    }

    /// <summary>The pickup leg from a planned run (invented map: kilometres east and north of the hub).</summary>
    private static int MilkRun(IAnsiConsole console)
    {
        console.Write(new Rule("[bold]The pickup leg from a planned milk run[/]").LeftJustified());
        var van = new MilkRunPickup(new FacilityId("HUB-SZ"), PlanarPosition.FromKilometres(0, 0),
            new VehicleCapacity(Mass.FromKilograms(1_000), Volume.FromCubicMeters(10)), Speed.FromKilometersPerHour(30), Duration.FromMinutes(20));
        var seller = PlanarPosition.FromKilometres(0, 6);
        PickupConsignment[] usual = [Consignment("DG-A", 0, 3, 300, 2), Consignment("DG-B", 8, 6, 200, 3)];
        PickupConsignment[] busy = [.. usual, Consignment("SZ-C", 0, 1, 800, 5)];
        console.MarkupLine(Markup.Escape($"Van: {van}. The seller's inbound shipment (200 lamps) at {seller}."));

        var mode = Scenario.Pickup(trailingSalesUnits: 1200);
        var roomy = mode.Plan(Scenario.Request(), van, seller, usual);
        var full = mode.Plan(Scenario.Request(), van, seller, busy);
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Case", "Pickup day", "Run", "Stops (in order)", "km", "kg", "m³", "Left over", "Run time (h)");
        foreach (var (name, result) in new[] { ("room on the run", roomy), ("van full", full) })
        {
            for (var i = 0; i < result.Runs.Count; i++)
            {
                var run = result.Runs[i];
                table.AddRow(
                    i == 0 ? name : string.Empty,
                    result.PickupDays[i].ToString("uuuu-MM-dd ddd", CultureInfo.InvariantCulture),
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(" → ", run.Stops.Select(s => s.Consignment.Id.Value))),
                    run.TotalDistance.Kilometers.ToString("0.0", CultureInfo.InvariantCulture),
                    run.TotalLoad.Kilograms.ToString("0", CultureInfo.InvariantCulture),
                    run.TotalVolume.CubicMeters.ToString("0.###", CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", run.LeftOver.Select(l => $"{l.Consignment.Id} ({l.Reason})"))),
                    (van.RunTime(run).MeanDays * 24).ToString("0.00", CultureInfo.InvariantCulture));
            }
        }

        console.Write(table);
        foreach (var (name, result) in new[] { ("Room on the run", roomy), ("Van full", full) })
        {
            console.MarkupLine(Markup.Escape(
                $"{name}: the seller is stop {result.SellerStop.Sequence} of {result.CollectingRun.Stops.Count} on {result.PickupDay:uuuu-MM-dd}; "
                + $"\"{result.Plan.Legs[0].Description}\"; inbound pipeline {result.Plan.PipelineTime.MeanDays:0.###} d."));
        }

        // Checks: never dropped; a full van costs exactly one pickup interval (7 days) of waiting.
        var failures = 0;
        failures += roomy.MissedPickups.Count == 0 && full.MissedPickups.Count == 1 ? 0 : 1;
        failures += full.Plan.Legs[0].TransitTime.MeanDays - roomy.Plan.Legs[0].TransitTime.MeanDays == 7 ? 0 : 1;
        failures += full.Runs.All(r => r.TotalLoad.Kilograms <= 1_000 && r.TotalVolume.CubicMeters <= 10) ? 0 : 1;
        return failures;
    }

    private static PickupConsignment Consignment(string id, double eastKm, double northKm, double kg, double cubicMetres) =>
        new(new ShipmentId(id), new FacilityId(id), PlanarPosition.FromKilometres(eastKm, northKm), Mass.FromKilograms(kg), Volume.FromCubicMeters(cubicMetres));
}
