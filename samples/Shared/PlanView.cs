using System.Globalization;
using SampleRendering;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;

namespace FulfilmentSamples;

/// <summary>
/// Writes a mode's plan for 80 columns: the steps as a timeline (a list, one step a few lines), the custody handovers
/// the landed cost per unit part by part, and a mode's eligibility reasons.
/// </summary>
internal static class PlanView
{
    /// <summary>The whole plan: heading, request, timeline, lead time, handovers and costs.</summary>
    public static void Write(IAnsiConsole console, string title, FulfilmentRequest request, FulfilmentPlan plan)
    {
        View.Heading(console, title);
        View.Line(console, $"{plan.ModeName}: {request}, unit value {request.UnitValue}.");
        View.Note(console, "All prices and rates are invented example data, not any carrier's or platform's.");
        View.Gap(console);
        Timeline(console, plan);
        View.Gap(console);
        View.Line(console, $"Lead time to the buyer: {plan.LeadTime} (normal approximation); inbound pipeline: {plan.PipelineTime}.");
        View.Gap(console);
        View.Title(console, "Custody handovers");
        View.Items(console, plan.Handovers.Select(h => h.ToString()));
        View.Gap(console);
        Costs(console, plan);
    }

    /// <summary>
    /// The steps in order, each under the day it ends on (the mean days added up from the start): what happens, where,
    /// and the stage, who carries or holds the goods, how, and how long (mean and standard deviation).
    /// </summary>
    public static void Timeline(IAnsiConsole console, FulfilmentPlan plan)
    {
        View.Title(console, "Steps (day: when the step ends, in mean days from the start)");
        var day = 0.0;
        var steps = new List<(string, string)>();
        for (var i = 0; i < plan.Legs.Count; i++)
        {
            var leg = plan.Legs[i];
            day += leg.TransitTime.MeanDays;
            var weight = leg.ChargeableWeight is { } w ? string.Create(CultureInfo.InvariantCulture, $"; {w.Kilograms:0.##} kg chargeable") : string.Empty;
            var where = leg.From == leg.To ? $"at {leg.From.Name}" : $"{leg.From.Name} → {leg.To.Name}";
            var how = leg.Mode is { } mode ? $"{leg.Carrier} by {mode}" : $"{leg.Carrier} (dwell)";
            var time = string.Create(CultureInfo.InvariantCulture, $"{leg.TransitTime.MeanDays:0.0} d (sd {leg.TransitTime.StandardDeviationDays:0.0})");
            steps.Add(($"day {View.Number(day, "0.0")}", $"{i + 1}. {leg.Description}{weight}\n{where}\n{leg.Stage} stage, {how}, {time}"));
        }

        View.Labelled(console, steps, rightAlignLabels: true);
    }

    /// <summary>The landed cost per unit: each part's amount, kind, payer and basis, then the total.</summary>
    public static void Costs(IAnsiConsole console, FulfilmentPlan plan)
    {
        View.Title(console, "Landed cost per unit");
        var cost = plan.CostPerUnit;
        View.Labelled(
            console,
            [.. cost.Parts.Select(p => (p.Amount.ToString(), $"{p.Kind}, paid by {p.PaidBy}: {p.Basis}")), (cost.Total.ToString(), "Total")],
            rightAlignLabels: true);
    }

    /// <summary>The reasons behind a mode's eligibility, met or not.</summary>
    public static void Eligibility(IAnsiConsole console, ModeEligibility eligibility) =>
        View.Labelled(console, eligibility.Reasons.Select(r => (r.IsMet ? "met" : "NOT MET", $"{r.Code}: {r.Description}")));
}
