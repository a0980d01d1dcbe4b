using System.Globalization;
using FulfilmentSamples;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;

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
        IFulfilmentMode[] modes = [Scenario.DirectExpress(), Scenario.Pickup(trailingSalesUnits: 1200), Scenario.Warehouse()];
        var comparison = ModeComparison.Compare(request, MonthlyDemandUnits, modes);

        console.Write(new Rule("[bold]Three ways to reach a buyer in Chicago[/]").LeftJustified());
        console.MarkupLine(Markup.Escape($"{request}; {MonthlyDemandUnits} units a month; unit value {request.UnitValue}."));
        console.MarkupLine("[grey]All prices and rates are invented example data, not any carrier's or platform's.[/]");
        console.MarkupLine(Markup.Escape("Fulfilment fee: " + string.Join("; ", modes.Select(m => FulfilmentFee(m, request)).OfType<string>()) + "."));

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Mode").AddColumn("Eligible").AddColumn(new TableColumn("Cost / unit").RightAligned())
            .AddColumn(new TableColumn("Lead mean").RightAligned()).AddColumn(new TableColumn("p95").RightAligned())
            .AddColumn(new TableColumn("Transit units").RightAligned()).AddColumn(new TableColumn("Transit value").RightAligned())
            .AddColumn(new TableColumn("Centre units").RightAligned()).AddColumn(new TableColumn("Centre value").RightAligned())
            .AddColumn(new TableColumn("Tied up").RightAligned());
        foreach (var row in comparison.Rows)
        {
            var (inTransit, atCentre, total) = StockValues(row);
            table.AddRow(
                Markup.Escape(row.ModeName),
                row.Eligibility.IsEligible ? "yes" : "[red]no[/]",
                row.LandedCostPerUnit?.ToString() ?? "-",
                row.LeadTime is { } lt ? Days(lt.MeanDays) : "-",
                row.LeadTime is { } p ? Days(p.P95Days) : "-",
                Units(row.StockInTransitUnits),
                inTransit,
                Units(row.StockAtStorageCentreUnits),
                atCentre,
                total);
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape("Cost / unit = landed cost per unit; lead time to the buyer in days; stock tied up in transit and at the storage centre (units from Little's law, valued at the unit value, i.e. the customs value; the values shown are the rounded total split in proportion to the units, so they add up)."));

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
        var fastestTied = comparison.Rows.Where(r => r.LeadTime is { } t && t.MeanDays == fastest.LeadTime!.MeanDays).ToArray();
        var fastestText = fastestTied.Length == 1
            ? $"{fastest.ModeName} ({fastest.LeadTime})"
            : $"tie between {string.Join(" and ", fastestTied.Select(r => r.ModeName))} (mean {Days(fastest.LeadTime!.MeanDays)} each; p95 {string.Join(" and ", fastestTied.Select(r => Days(r.LeadTime!.P95Days)))})";
        var leastStock = comparison.LeastStockTiedUp!;
        console.MarkupLine(Markup.Escape($"Cheapest: {cheapest.ModeName} at {cheapest.LandedCostPerUnit} per unit; fastest to the buyer: {fastestText}."));
        console.MarkupLine(Markup.Escape($"{leastStock.ModeName} ties up the least stock ({leastStock.StockTiedUpValue.Round()})."));
        foreach (var row in comparison.Rows.Where(r => r.Plan is { MonthsInStorage: 0m, PipelineTime.MeanDays: 0 }))
        {
            console.MarkupLine(Markup.Escape($"Stock tied up for {row.ModeName} counts only the parcels in flight; the seller's own warehouse stock is not counted."));
        }

        // The sample's own checks: every plan's parts sum exactly to its total, and the modes' relative order holds.
        var failures = 0;
        foreach (var row in comparison.Rows.Where(r => r.Plan is not null))
        {
            var cost = row.Plan!.CostPerUnit;
            var sum = cost.Parts.Aggregate(Money.Zero(cost.Currency), (s, part) => s + part.Amount);
            failures += sum == cost.Total ? 0 : 1;
        }

        failures += comparison.Rows.All(r => r.Plan is not null && r.StockInTransitValue + r.StockAtStorageCentreValue == r.StockTiedUpValue) ? 0 : 1;

        // The warehouse row prices the lamp like the PlatformWarehouse sample: 9.60 USD by sea with the shared fee table.
        failures += comparison.Rows[2].LandedCostPerUnit == Scenario.Usd(9.60m) ? 0 : 1;
        failures += comparison.Rows[0].StockTiedUpValue < comparison.Rows[2].StockTiedUpValue ? 0 : 1;
        console.MarkupLine(failures == 0 ? "[green]checks passed[/]" : $"[red]{failures} check(s) failed[/]");
        return failures;
    }

    /// <summary>
    /// The stock values for the table: the total rounded to cents, split over the stages in proportion to their units
    /// (largest remainder, <see cref="Money.Allocate(IReadOnlyList{decimal})"/>) so the shown parts add up to the shown total.
    /// </summary>
    private static (string InTransit, string AtCentre, string Total) StockValues(ModeComparisonRow row)
    {
        if (row.Plan is null)
        {
            return ("-", "-", "-");
        }

        var total = row.StockTiedUpValue.Round();
        var parts = total.Allocate([row.StockInTransitUnits, row.StockAtStorageCentreUnits]);
        return (parts[0].ToString(), parts[1].ToString(), total.ToString());
    }

    /// <summary>Which fulfilment fee a mode charges, or null for a mode without one.</summary>
    private static string? FulfilmentFee(IFulfilmentMode mode, FulfilmentRequest request) => mode switch
    {
        PlatformWarehouseMode w when w.Fees.QuoteFulfilmentFee(request.Product, request.Destination, request.Date) is { } quote =>
            $"{w.Name} {quote.Fee} from the example fee table (size tier {quote.Item.Tier})",
        PlatformWarehouseMode w => $"{w.Name} {w.StorageCentre.FulfilmentFeePerUnit} flat (storage centre terms)",
        PlatformPickupMode p => $"{p.Name} {p.StorageCentre.FulfilmentFeePerUnit} flat (storage centre terms)",
        _ => null,
    };

    private static string Days(double days) => days.ToString("0.0", CultureInfo.InvariantCulture) + " d";

    private static string Units(decimal units) => units.ToString("0.0", CultureInfo.InvariantCulture);
}
