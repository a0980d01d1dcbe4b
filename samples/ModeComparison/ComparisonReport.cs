using System.Globalization;
using FulfilmentSamples;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;

namespace ModeComparisonSample;

/// <summary>Builds the comparison and renders it; the snapshot test calls <see cref="Render"/> with a test console.</summary>
public static class ComparisonReport
{
    public const int MonthlyDemandUnits = 300;

    /// <summary>Renders the comparison and runs the sample's own checks.</summary>
    /// <returns>The number of failed checks.</returns>
    public static int Render(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var request = Scenario.Request();
        var comparison = ModeComparison.Compare(request, MonthlyDemandUnits,
            [Scenario.DirectExpress(), Scenario.Pickup(trailingSalesUnits: 1200), Scenario.Warehouse()]);

        console.Write(new Rule("[bold]Three ways to reach a buyer in Chicago[/]").LeftJustified());
        console.MarkupLine(Markup.Escape($"{request}; {MonthlyDemandUnits} units a month; unit value {request.UnitValue}."));
        console.MarkupLine("[grey]All prices and rates are invented example data, not any carrier's or platform's.[/]");

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Mode").AddColumn("Eligible").AddColumn(new TableColumn("Landed cost / unit").RightAligned())
            .AddColumn(new TableColumn("Lead time mean").RightAligned()).AddColumn(new TableColumn("p95").RightAligned())
            .AddColumn(new TableColumn("In transit (units)").RightAligned()).AddColumn(new TableColumn("At storage centre (units)").RightAligned())
            .AddColumn(new TableColumn("Stock tied up").RightAligned());
        foreach (var row in comparison.Rows)
        {
            table.AddRow(
                Markup.Escape(row.ModeName),
                row.Eligibility.IsEligible ? "yes" : "[red]no[/]",
                row.LandedCostPerUnit?.ToString() ?? "-",
                row.LeadTime is { } lt ? Days(lt.MeanDays) : "-",
                row.LeadTime is { } p ? Days(p.P95Days) : "-",
                Units(row.StockInTransitUnits),
                Units(row.StockAtStorageCentreUnits),
                row.StockTiedUpValue.Round().ToString());
        }

        console.Write(table);

        foreach (var row in comparison.Rows)
        {
            console.Write(new Rule(Markup.Escape(row.ModeName)).LeftJustified());
            foreach (var reason in row.Eligibility.Reasons)
            {
                console.MarkupLine(Markup.Escape($"  [{(reason.IsMet ? "met" : "NOT MET")}] {reason.Code}: {reason.Description}"));
            }

            if (row.Plan is null)
            {
                continue;
            }

            var costs = new Table().Border(TableBorder.Simple).AddColumn("Cost part").AddColumn("Paid by")
                .AddColumn(new TableColumn("Per unit").RightAligned()).AddColumn("Basis");
            foreach (var part in row.Plan.CostPerUnit.Parts)
            {
                costs.AddRow(part.Kind.ToString(), part.PaidBy.ToString(), part.Amount.ToString(), Markup.Escape(part.Basis));
            }

            costs.AddRow("[bold]Total[/]", string.Empty, $"[bold]{row.Plan.CostPerUnit.Total}[/]", string.Empty);
            console.Write(costs);
        }

        var cheapest = comparison.Cheapest!;
        var fastest = comparison.Fastest!;
        console.MarkupLine(Markup.Escape($"Cheapest: {cheapest.ModeName} at {cheapest.LandedCostPerUnit} per unit; fastest to the buyer: {fastest.ModeName} ({fastest.LeadTime}). Direct express ties up the least stock."));

        // The sample's own checks: every plan's parts sum exactly to its total, and the modes' relative order holds.
        var failures = 0;
        foreach (var row in comparison.Rows.Where(r => r.Plan is not null))
        {
            var cost = row.Plan!.CostPerUnit;
            var sum = cost.Parts.Aggregate(SupplyChain.Domain.Monetary.Money.Zero(cost.Currency), (s, part) => s + part.Amount);
            failures += sum == cost.Total ? 0 : 1;
        }

        failures += comparison.Rows.All(r => r.Plan is not null) ? 0 : 1;
        failures += comparison.Rows[0].StockTiedUpValue < comparison.Rows[2].StockTiedUpValue ? 0 : 1;
        console.MarkupLine(failures == 0 ? "[green]checks passed[/]" : $"[red]{failures} check(s) failed[/]");
        return failures;
    }

    private static string Days(double days) => days.ToString("0.0", CultureInfo.InvariantCulture) + " d";

    private static string Units(decimal units) => units.ToString("0.0", CultureInfo.InvariantCulture);
}
