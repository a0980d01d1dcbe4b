using System.Globalization;
using SampleRendering;
using Spectre.Console;
using SupplyChain.Domain;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Pickup;

namespace FulfilmentSamples;

/// <summary>Writes the platform pickup sample's own results: a refusal, and milk-run pickups as lists of runs.</summary>
internal static class MilkRunView
{
    /// <summary>The refused plan: the rule and the eligibility reasons, met or not.</summary>
    public static void Refusal(IAnsiConsole console, string what, DomainRuleException refused)
    {
        View.Gap(console);
        View.Line(console, $"{what} ({refused.Rule}):");
        if (refused.Details is ModeRefusalDetails { Eligibility: var eligibility })
        {
            PlanView.Eligibility(console, eligibility);
        }
    }

    /// <summary>For each case, where the seller's goods are collected, then each run of the van: stops, distance, load, time.</summary>
    public static void Write(IAnsiConsole console, MilkRunPickup van, PlanarPosition seller, IEnumerable<(string Name, MilkRunPickupPlan Pickup)> cases)
    {
        View.Gap(console);
        View.Heading(console, "The pickup leg from a planned milk run");
        View.Line(console, $"Van: {van}. The seller's inbound shipment (200 lamps) at {seller}.");
        foreach (var (name, pickup) in cases)
        {
            View.Gap(console);
            View.Line(console, string.Create(CultureInfo.InvariantCulture,
                $"{name}: the seller is stop {pickup.SellerStop.Sequence} of {pickup.CollectingRun.Stops.Count} on {pickup.PickupDay:uuuu-MM-dd}; "
                + $"\"{pickup.Plan.Legs[0].Description}\"; inbound pipeline {pickup.Plan.PipelineTime.MeanDays:0.###} d."));
            View.Labelled(console, pickup.Runs.Select((run, i) => (pickup.PickupDays[i].ToString("uuuu-MM-dd ddd", CultureInfo.InvariantCulture), Describe(van, run, i + 1))));
        }
    }

    private static string Describe(MilkRunPickup van, MilkRunPlan run, int number)
    {
        var stops = string.Join(" → ", run.Stops.Select(s => s.Consignment.Id.Value));
        var leftOver = run.LeftOver.Count == 0 ? string.Empty : "; left over: " + string.Join(", ", run.LeftOver.Select(l => $"{l.Consignment.Id} ({l.Reason})"));
        return string.Create(CultureInfo.InvariantCulture,
            $"run {number}: {stops}\n{run.TotalDistance.Kilometers:0.0} km, {run.TotalLoad.Kilograms:0} kg, {run.TotalVolume.CubicMeters:0.###} m³, {van.RunTime(run).MeanDays * 24:0.00} h{leftOver}");
    }
}
