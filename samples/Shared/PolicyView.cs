using System.Globalization;
using System.Text;
using SampleRendering;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Simulation;

namespace FulfilmentSamples;

/// <summary>
/// Writes PolicyLab's simulation for 80 columns: per mode its lead time and economics, a small table with a row per
/// measure and a column per policy, and the weekly stock on hand as one line of blocks per policy; and the daily trace
/// as CSV. A simulated SKU is named "mode | policy".
/// </summary>
internal static class PolicyView
{
    /// <summary>The simulation, mode by mode.</summary>
    public static void Write(
        IAnsiConsole console, IEnumerable<(string Name, string LeadTimeFrom, LeadTimeProfile Lead, FulfilmentPlan Plan, CostRates Costs)> modes, SimulationResult result)
    {
        View.Heading(console, $"PolicyLab: {result.Settings}");
        View.Line(console, "One lamp selling about 10 a day, simulated in each fulfilment mode under three replenishment policies.");
        View.Note(console, "The lead times come from the modes' plans; prices and rates are invented example data.");
        var highest = result.Skus.Max(r => Weeks(r.Trace).Max());
        foreach (var (name, leadTimeFrom, lead, plan, costs) in modes)
        {
            var total = lead.Total;
            View.Gap(console);
            View.Heading(console, string.Create(CultureInfo.InvariantCulture, $"{name}: restocking takes {total.MeanDays:0.##} d (sd {total.StandardDeviationDays:0.##})"));
            View.Line(console, string.Create(CultureInfo.InvariantCulture, $"Lead time from {leadTimeFrom}, {lead.Legs.Length} legs."));
            View.Line(console, string.Create(CultureInfo.InvariantCulture,
                $"Landed cost {plan.CostPerUnit.Total} a unit; a lost sale costs {costs.StockoutPerUnit:0.00} (the margin), holding a unit {costs.HoldingPerUnitDay:0.0000} a day, an order {costs.PerOrder:0}."));
            var runs = result.Skus.Where(r => Mode(r) == name).ToList();
            var table = View.Figures(string.Empty, runs.Select(Policy));
            View.Row(table, "fill rate", runs.Select(r => r.FillRate.ToString("P1", CultureInfo.InvariantCulture)));
            View.Row(table, "stockout days", runs.Select(r => r.StockoutDays.ToString(CultureInfo.InvariantCulture)));
            View.Row(table, "avg on hand", runs.Select(r => View.Number(r.AverageOnHand, "0")));
            View.Row(table, "turns a year", runs.Select(r => View.Number(r.InventoryTurnover, "0.0")));
            View.Row(table, "days of stock", runs.Select(r => View.Number(r.DaysInventoryOutstanding, "0.0")));
            View.Row(table, "orders placed", runs.Select(r => r.OrdersPlaced.ToString(CultureInfo.InvariantCulture)));
            View.Row(table, "bullwhip", runs.Select(r => View.Number(r.BullwhipRatio, "0.00")));
            View.Row(table, "holding cost", runs.Select(r => View.Number(r.HoldingCost, "0")));
            View.Row(table, "lost-sales cost", runs.Select(r => View.Number(r.StockoutCost, "0")));
            View.Row(table, "ordering cost", runs.Select(r => View.Number(r.OrderingCost, "0")));
            View.Row(table, "total cost", runs.Select(r => View.Number(r.TotalCost, "0")));
            console.Write(table);
            View.Line(console, string.Create(CultureInfo.InvariantCulture, $"Stock on hand, weekly average, January to December (full block = {highest:0} units):"));
            var levels = console.Profile.Capabilities.Unicode ? " ▁▂▃▄▅▆▇█" : " .:-=+*#%@";
            View.Labelled(console, runs.Select(r => (Policy(r), Chart(r.Trace, highest, levels))));
        }

        View.Gap(console);
        View.Note(console, "Turns: units shipped / average on hand over the year; days of stock: the days of sales the average stock covers; bullwhip: variance of the daily orders / variance of the daily demand.");
    }

    /// <summary>The daily trace as CSV: a header, then a line per SKU and day.</summary>
    public static void WriteTrace(TextWriter csv, SimulationResult result)
    {
        csv.WriteLine("mode,policy,day,date,demand,filled,lost,received,ordered,on_hand,backordered,on_order,cost");
        foreach (var r in result.Skus)
        {
            foreach (var d in r.Trace)
            {
                csv.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Mode(r)},{Policy(r)},{d.Day},{d.Date:uuuu-MM-dd},{d.Demand},{d.FilledFromStock},{d.Lost},{d.Received},{d.Ordered},{d.OnHand},{d.Backordered},{d.OnOrder},{d.Cost}"));
            }
        }
    }

    private static string Mode(SkuSimulationResult r) => r.Sku.Name.Split(" | ")[0];

    private static string Policy(SkuSimulationResult r) => r.Sku.Name.Split(" | ")[1];

    /// <summary>The average stock on hand of each week (the last one may be short).</summary>
    private static IEnumerable<double> Weeks(IReadOnlyList<SimulationDay> trace) =>
        trace.Chunk(7).Select(week => week.Average(d => (double)d.OnHand));

    private static string Chart(IReadOnlyList<SimulationDay> trace, double top, string levels)
    {
        var text = new StringBuilder();
        foreach (var average in Weeks(trace))
        {
            text.Append(levels[(int)Math.Round(average / top * (levels.Length - 1))]);
        }

        return text.ToString();
    }
}
