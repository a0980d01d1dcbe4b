using SampleRendering;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;

namespace FulfilmentSamples;

/// <summary>
/// Writes a mode comparison for 80 columns: one table with a column per mode and a row per measure, then each mode's
/// eligibility and cost parts, then which mode is cheapest, fastest and ties up the least stock.
/// </summary>
internal static class ComparisonView
{
    public static void Write(IAnsiConsole console, ModeComparison comparison, IReadOnlyList<string> fulfilmentFees)
    {
        var request = comparison.Request;
        var rows = comparison.Rows;
        View.Heading(console, "Three ways to reach a buyer in Chicago");
        View.Line(console, $"{request}; {comparison.MonthlyDemandUnits} units a month; unit value {request.UnitValue}.");
        View.Note(console, "All prices and rates are invented example data, not any carrier's or platform's.");
        View.Line(console, $"Fulfilment fee: {string.Join("; ", fulfilmentFees)}.");
        View.Gap(console);

        var table = View.Figures(string.Empty, rows.Select(r => r.ModeName));
        var stock = rows.Select(StockValues).ToArray();
        View.Row(table, "Eligible", rows.Select(r => r.Eligibility.IsEligible ? "yes" : "NO"));
        View.Row(table, "Landed cost / unit", rows.Select(r => r.LandedCostPerUnit?.ToString() ?? "-"));
        View.Row(table, "Lead time, mean", rows.Select(r => r.LeadTime is { } t ? View.Days(t.MeanDays) : "-"));
        View.Row(table, "Lead time, p95", rows.Select(r => r.LeadTime is { } t ? View.Days(t.P95Days) : "-"));
        View.Row(table, "In transit, units", rows.Select(r => View.Number(r.StockInTransitUnits, "0.0")));
        View.Row(table, "In transit, value", stock.Select(s => s.InTransit));
        View.Row(table, "At centre, units", rows.Select(r => View.Number(r.StockAtStorageCentreUnits, "0.0")));
        View.Row(table, "At centre, value", stock.Select(s => s.AtCentre));
        View.Row(table, "Stock tied up", stock.Select(s => s.Total));
        console.Write(table);
        View.Note(console, "Lead time: to the buyer, in days. Stock tied up: in transit and at the storage centre, in units from Little's law, valued at the unit value (the customs value); the values shown are the rounded total split in proportion to the units, so they add up.");

        foreach (var row in rows)
        {
            View.Gap(console);
            View.Heading(console, row.ModeName);
            PlanView.Eligibility(console, row.Eligibility);
            if (row.Plan is not null)
            {
                View.Gap(console);
                PlanView.Costs(console, row.Plan);
            }
        }

        View.Gap(console);
        Conclusions(console, comparison);
    }

    private static void Conclusions(IAnsiConsole console, ModeComparison comparison)
    {
        var cheapest = comparison.Cheapest!;
        var fastest = comparison.Fastest!;
        var fastestTied = comparison.Rows.Where(r => r.LeadTime is { } t && t.MeanDays == fastest.LeadTime!.MeanDays).ToArray();
        var fastestText = fastestTied.Length == 1
            ? $"{fastest.ModeName} ({fastest.LeadTime})"
            : $"tie between {string.Join(" and ", fastestTied.Select(r => r.ModeName))} (mean {View.Days(fastest.LeadTime!.MeanDays)} each; p95 {string.Join(" and ", fastestTied.Select(r => View.Days(r.LeadTime!.P95Days)))})";
        var leastStock = comparison.LeastStockTiedUp!;
        View.Line(console, $"Cheapest: {cheapest.ModeName} at {cheapest.LandedCostPerUnit} per unit; fastest to the buyer: {fastestText}.");
        View.Line(console, $"{leastStock.ModeName} ties up the least stock ({leastStock.StockTiedUpValue.Round()}).");
        foreach (var row in comparison.Rows.Where(r => r.Plan is { MonthsInStorage: 0m, PipelineTime.MeanDays: 0 }))
        {
            View.Line(console, $"Stock tied up for {row.ModeName} counts only the parcels in flight; the seller's own warehouse stock is not counted.");
        }
    }

    /// <summary>
    /// The stock values: the total rounded to cents, split over the stages in proportion to their units (largest
    /// remainder, <c>Money.Allocate</c>) so the shown parts add up to the shown total.
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
}
