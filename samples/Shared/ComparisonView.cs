using SampleRendering;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;

namespace FulfilmentSamples;

/// <summary>
/// Writes a mode comparison for 80 columns: the factory price's conversion and the seller's prices, one table with a
/// column per mode and a row per measure, then each mode's eligibility, cost parts, margin and cash cycle, then which
/// mode is cheapest, fastest, ties up the least stock, earns the most and turns cash fastest.
/// </summary>
internal static class ComparisonView
{
    public static void Write(IAnsiConsole console, string title, ModeComparison comparison, CurrencyConversion factoryPrice, IReadOnlyList<string> fulfilmentFees)
    {
        var prices = comparison.Prices!;
        var request = comparison.Request;
        var rows = comparison.Rows;
        View.Heading(console, title);
        View.Line(console, $"{request}; {comparison.MonthlyDemandUnits} units a month; unit value {request.UnitValue}.");
        View.Note(console, "All prices and rates are invented example data, not any carrier's or platform's.");
        View.Line(console, $"Fulfilment fee: {string.Join("; ", fulfilmentFees)}.");
        var rate = factoryPrice.ConversionRate;
        View.Line(console, $"Factory price {factoryPrice.Original} = {factoryPrice.Converted} ({rate.Route.ToString().ToLowerInvariant()}, rounded once) at the EXAMPLE rates {string.Join(" and ", rate.UsedRates)}; the seller's economics are stated in {comparison.ReportingCurrency}, each margin converted exactly and rounded once.");
        View.Line(console, $"Sold at {prices.SellingPricePerUnit}; the factory is paid {prices.FactoryPaidDaysBeforeDispatch} days before dispatch; the marketplace pays out {prices.MarketplacePayoutDays} days after delivery.");
        foreach (var row in rows.Where(r => r.Plan?.Purchase is not null))
        {
            View.Line(console, $"{row.ModeName} is a platform purchase ({row.Plan!.Purchase!.Terms}): the platform, buyer of the stocking order, is the importer and pays the parts marked \"paid by Buyer\"; the stock is its own once title passes.");
        }

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
        View.Row(table, "Seller's revenue", rows.Select(r => r.Economics?.RevenuePerUnit.ToString() ?? "-"));
        View.Row(table, "Seller pays / unit", rows.Select(r => r.Economics?.SellerCostsPerUnit.ToString() ?? "-"));
        View.Row(table, "Margin / unit", rows.Select(r => r.Economics?.MarginPerUnit.ToString() ?? "-"));
        View.Row(table, "Cash cycle", rows.Select(r => r.Economics is { } e ? View.Number(e.CashCycleDays, "0.0") + " d" : "-"));
        console.Write(table);
        View.Note(console, "Lead time: to the buyer, in days. Stock tied up: in transit and at the storage centre, in units from Little's law, valued at the unit value (the customs value); the values shown are the rounded total split in proportion to the units, so they add up. Margin: the seller's revenue − the unit cost − what the seller pays. Cash cycle: days from paying the factory to being paid.");

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

            if (row.Economics is { } e)
            {
                View.Gap(console);
                View.Line(console, $"Margin: {e.RevenuePerUnit.Round()} {e.RevenueBasis} − {e.UnitCost.Round()} unit cost − {e.SellerCostsPerUnit.Round()} paid by the seller = {e.MarginPerUnit} per unit{(e.Conversions.Count == 0 ? "" : " (converted exactly, the margin rounded once; amounts shown to the cent)")}.");
                View.Line(console, $"Cash cycle: {e.CashCycleBasis} = {View.Number(e.CashCycleDays, "0.####")} days.");
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
        var mostProfitable = comparison.MostProfitable!;
        var fastestCash = comparison.ShortestCashCycle!;
        View.Line(console, $"Most profitable: {mostProfitable.ModeName} ({mostProfitable.Economics!.MarginPerUnit} per unit); fastest cash: {fastestCash.ModeName} ({View.Number(fastestCash.Economics!.CashCycleDays, "0.0")} days).");
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
