using System.Globalization;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;

namespace FulfilmentSamples;

/// <summary>Renders one mode's plan: the steps as a timeline, the custody handovers and the cost breakdown.</summary>
public static class PlanReport
{
    /// <summary>Plans the request with the mode, renders it and runs the checks every plan must pass.</summary>
    /// <returns>The number of failed checks.</returns>
    public static int Render(IAnsiConsole console, IFulfilmentMode mode, FulfilmentRequest request, string title)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(mode);
        ArgumentNullException.ThrowIfNull(request);
        var plan = mode.Plan(request);
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
        console.MarkupLine(Markup.Escape($"{plan.ModeName}: {request}, unit value {request.UnitValue}."));
        console.MarkupLine("[grey]All prices and rates are invented example data, not any carrier's or platform's.[/]");

        var steps = new Table().Border(TableBorder.Rounded).AddColumn("#").AddColumn("Stage").AddColumn("Carrier").AddColumn("Mode")
            .AddColumn("From").AddColumn("To").AddColumn(new TableColumn("Days (sd)").RightAligned())
            .AddColumn(new TableColumn("Day (cumulative)").RightAligned()).AddColumn("What");
        double cumulative = 0;
        for (var i = 0; i < plan.Legs.Count; i++)
        {
            var leg = plan.Legs[i];
            cumulative += leg.TransitTime.MeanDays;
            steps.AddRow(
                (i + 1).ToString(CultureInfo.InvariantCulture), leg.Stage.ToString(), leg.Carrier.ToString(), leg.Mode?.ToString() ?? "(dwell)",
                Markup.Escape(leg.From.Name), Markup.Escape(leg.To.Name),
                string.Format(CultureInfo.InvariantCulture, "{0:0.0} ({1:0.0})", leg.TransitTime.MeanDays, leg.TransitTime.StandardDeviationDays),
                cumulative.ToString("0.0", CultureInfo.InvariantCulture),
                Markup.Escape(leg.Description + (leg.ChargeableWeight is { } w ? string.Format(CultureInfo.InvariantCulture, " [{0:0.##} kg chargeable]", w.Kilograms) : string.Empty)));
        }

        console.Write(steps);
        console.MarkupLine(Markup.Escape($"Lead time to the buyer: {plan.LeadTime} (normal approximation); inbound pipeline: {plan.PipelineTime}."));

        console.MarkupLine("[bold]Custody handovers[/]");
        foreach (var handover in plan.Handovers)
        {
            console.MarkupLine(Markup.Escape($"  {handover}"));
        }

        var costs = new Table().Border(TableBorder.Simple).AddColumn("Cost part").AddColumn("Paid by")
            .AddColumn(new TableColumn("Per unit").RightAligned()).AddColumn("Basis");
        foreach (var part in plan.CostPerUnit.Parts)
        {
            costs.AddRow(part.Kind.ToString(), part.PaidBy.ToString(), part.Amount.ToString(), Markup.Escape(part.Basis));
        }

        costs.AddRow("[bold]Total[/]", string.Empty, $"[bold]{plan.CostPerUnit.Total}[/]", string.Empty);
        console.Write(costs);

        var failures = 0;
        var sum = plan.CostPerUnit.Parts.Aggregate(SupplyChain.Domain.Monetary.Money.Zero(plan.CostPerUnit.Currency), (s, p) => s + p.Amount);
        failures += sum == plan.CostPerUnit.Total ? 0 : 1;
        failures += plan.Legs.Zip(plan.Legs.Skip(1)).All(pair => pair.First.To == pair.Second.From) ? 0 : 1;
        failures += plan.Handovers.Count > 0 && plan.Handovers[^1].To == ChainActor.Buyer ? 0 : 1;
        return failures;
    }

    /// <summary>Prints the checks' outcome.</summary>
    /// <returns>The failures, unchanged.</returns>
    public static int Conclude(IAnsiConsole console, int failures)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.MarkupLine(failures == 0 ? "[green]checks passed[/]" : $"[red]{failures} check(s) failed[/]");
        return failures;
    }
}
