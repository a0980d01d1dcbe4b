// PolicyLab: one product in each fulfilment mode under three replenishment policies (just in time, min–max, days of
// cover), simulated day by day for a year with a fixed seed. Each mode's replenishment lead time comes from the mode's
// plan (the shared scenario of the fulfilment samples, samples/Shared). Prints the lead times, a KPI table and a chart of
// the stock on hand over the year, and writes the daily trace as CSV for a spreadsheet.
//
// Usage: dotnet run --project samples/PolicyLab -- [trace.csv] [--ci]
//   trace.csv  where to write the daily trace (default: policylab-trace.csv in the system temp folder)
//   --ci       plain output for CI logs; the run and its checks are the same. Exits 1 if a check fails.
using System.Globalization;
using System.Text;
using FulfilmentSamples;
using NodaTime;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var ci = args.Contains("--ci");
var csvPath = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "policylab-trace.csv");
if (ci)
{
    AnsiConsole.Profile.Capabilities.Ansi = false;
    AnsiConsole.Profile.Capabilities.Unicode = false;
    AnsiConsole.Profile.Width = 160;
}

// The product: the Shenzhen desk lamp of the fulfilment samples (Shared/Scenario.cs), selling 300 a month in the US, so
// about 10 a day (normal, sd 3: stated). Stated economics: the lamp sells at 39.99 USD; holding a unit costs its storage
// plus capital: 0.30 USD a unit-month at the platform's storage centre (the scenario's storage fee) or 0.15 at the
// seller's own warehouse, plus 15 % a year on the 20.00 USD unit value (20 × 0.15 / 365 = 0.0082 a day); a lost sale
// costs the margin the mode would have earned (price − the mode's landed cost per unit); an order costs 40 to place.
var demand = DemandModel.Normal(10, 3);
const double Price = 39.99;
const double CapitalPerUnitDay = 20.00 * 0.15 / 365;
const double PerOrder = 40;
const double ServiceLevel = 0.95;
var settings = new SimulationSettings(periods: 365, seed: 20260101, startDate: new LocalDate(2026, 1, 1), ShortageHandling.LostSales, recordTrace: true);

// The replenishment lead time of each mode: from the restocking decision until the stock can be sold where the mode
// sells from. The plans are those of samples/ModeComparison (the Shenzhen lamp to Chicago, Shared/Scenario.cs).
// * Platform pickup and platform warehouse sell from the platform's storage centre: the lead time is the plan's
//   Inbound legs, from the seller's warehouse to fulfillable stock at the centre (LeadTimeProfile.FromPlan). Pickup:
//   wait for Thursday's pickup 3 + run 1 + consolidation 2 + air 6 + clearance 2 + transfer 1 + receiving 2 = 17 d;
//   warehouse: preparation 2 + sea 30 + clearance 2 + transfer 1 + receiving 2 = 37 d. The seller's own stock is
//   taken as available to send (the factory upstream is not simulated for these two modes).
// * Direct express ships each order from the seller's own warehouse, so its plan has no Inbound legs (its legs are the
//   buyer's order); restocking that warehouse is the factory → seller lead time, which is not part of a fulfilment
//   plan. PolicyLab states it: a factory handover of 1 day and a domestic truck of 5 ± 2 days, 6 ± 2 days in all.
var request = Scenario.Request();
var directPlan = Scenario.DirectExpress().Plan(request);
var pickupPlan = Scenario.Pickup(trailingSalesUnits: 1200).Plan(request);
var warehousePlan = Scenario.Warehouse().Plan(request);
var ownStoragePerUnitDay = 0.15 / 30;
var centreStoragePerUnitDay = (double)Scenario.Terms().StorageFeePerUnitMonth.Amount / 30;
(string Name, string Source, LeadTimeProfile Lead, FulfilmentPlan Plan, double StoragePerUnitDay)[] modes =
[
    ("direct express", "factory -> seller warehouse (stated: handover 1 d + truck 5 +/- 2 d)",
        LeadTimeProfile.Of("direct express restock", TransitTimeDistribution.Fixed(1), new TransitTimeDistribution(5, 2)), directPlan, ownStoragePerUnitDay),
    ("platform pickup", "plan's Inbound legs: seller -> storage centre", LeadTimeProfile.FromPlan(pickupPlan, LegStage.Inbound), pickupPlan, centreStoragePerUnitDay),
    ("platform warehouse", "plan's Inbound legs: seller -> storage centre", LeadTimeProfile.FromPlan(warehousePlan, LegStage.Inbound), warehousePlan, centreStoragePerUnitDay),
];

var leadTable = new Table().Title("Replenishment lead time and costs per mode").AddColumns("mode", "lead time from", "legs", "mean (d)", "sd (d)", "landed cost / unit", "lost margin / unit", "holding / unit-day");
var costsByMode = new Dictionary<string, CostRates>(StringComparer.Ordinal);
foreach (var (name, source, lead, plan, storage) in modes)
{
    var inv = CultureInfo.InvariantCulture;
    var landed = (double)plan.CostPerUnit.Total.Amount;
    var rates = new CostRates { HoldingPerUnitDay = storage + CapitalPerUnitDay, StockoutPerUnit = Price - landed, PerOrder = PerOrder };
    costsByMode[name] = rates;
    leadTable.AddRow(name, Markup.Escape(source), lead.Legs.Length.ToString(inv), lead.Total.MeanDays.ToString("0.##", inv), lead.Total.StandardDeviationDays.ToString("0.##", inv),
        plan.CostPerUnit.Total.ToString(), rates.StockoutPerUnit.ToString("0.00", inv), rates.HoldingPerUnitDay.ToString("0.0000", inv));
}

AnsiConsole.Write(leadTable);

// Three policies per mode, sized from the mode's lead time with the library's safety stock for a 95 % cycle service
// level: z·√(L·σd² + d²·σL²).
var skus = new List<SimulatedSku>();
foreach (var (name, _, mode, _, _) in modes)
{
    var lead = mode.Total;
    var costs = costsByMode[name];
    var safety = SafetyStock.ForCycleServiceLevel(ServiceLevel, demand.Mean, demand.StandardDeviation, lead.MeanDays, lead.StandardDeviationDays);
    var reorderPoint = (int)Math.Ceiling((demand.Mean * lead.MeanDays) + safety);
    var twoWeeks = (int)(14 * demand.Mean);

    // Just in time: one for one, starting at the base-stock level (the reorder point): every unit sold is reordered.
    skus.Add(new SimulatedSku($"{name} | just in time", new JustInTimePolicy(), demand, mode, costs, initialOnHand: reorderPoint));
    // Min–max: at or below the reorder point, order up to it plus two weeks of sales.
    skus.Add(new SimulatedSku($"{name} | min-max", new MinMaxPolicy(reorderPoint, reorderPoint + twoWeeks), demand, mode, costs, initialOnHand: reorderPoint + twoWeeks));
    // Days of cover: the seller's rule of thumb, lead time + 7 safety days of sales.
    var cover = new DaysOfCoverPolicy(leadTimeDays: (int)Math.Round(lead.MeanDays), safetyDays: 7);
    skus.Add(new SimulatedSku($"{name} | days of cover", cover, demand, mode, costs, initialOnHand: reorderPoint));
}

var result = Simulator.Run(skus, settings);

// KPI table (turns: units shipped / average on hand over the year; days of stock: days of sales the average stock
// covers; bullwhip: variance of the daily orders / variance of the daily demand).
var table = new Table().Title($"PolicyLab: {settings}").AddColumns("mode | policy", "fill rate", "stockout days", "avg on hand", "turns", "days of stock", "orders", "bullwhip", "holding", "lost sales", "ordering", "total cost");
foreach (var r in result.Skus)
{
    var inv = CultureInfo.InvariantCulture;
    table.AddRow(Markup.Escape(r.Sku.Name), r.FillRate.ToString("P1", inv), r.StockoutDays.ToString(inv), r.AverageOnHand.ToString("0", inv),
        r.InventoryTurnover.ToString("0.0", inv), r.DaysInventoryOutstanding.ToString("0.0", inv), r.OrdersPlaced.ToString(inv), r.BullwhipRatio.ToString("0.00", inv),
        r.HoldingCost.ToString("0", inv), r.StockoutCost.ToString("0", inv), r.OrderingCost.ToString("0", inv), r.TotalCost.ToString("0", inv));
}

AnsiConsole.Write(table);

// Chart: stock on hand over the year, one column per week (its average), scaled to the largest weekly average.
string Blocks(IReadOnlyList<SimulationDay> trace, double top)
{
    var levels = ci ? " .:-=+*#%@" : " ▁▂▃▄▅▆▇█";
    var text = new StringBuilder();
    for (var week = 0; week * 7 < trace.Count; week++)
    {
        var days = trace.Skip(week * 7).Take(7).ToList();
        var average = days.Average(d => d.OnHand);
        text.Append(levels[(int)Math.Round(average / top * (levels.Length - 1))]);
    }

    return text.ToString();
}

var highest = result.Skus.Max(r => Enumerable.Range(0, 53).Select(w => r.Trace.Skip(w * 7).Take(7).DefaultIfEmpty().Average(d => d.OnHand)).Max());
var chart = new Table().Title($"Stock on hand, weekly average (full block = {highest:0} units)").AddColumns("mode | policy", "January ... December");
foreach (var r in result.Skus)
{
    chart.AddRow(Markup.Escape(r.Sku.Name), Markup.Escape(Blocks(r.Trace, highest)));
}

AnsiConsole.Write(chart);

// The daily trace as CSV.
using (var csv = new StreamWriter(csvPath, append: false, new UTF8Encoding(false)))
{
    csv.WriteLine("mode,policy,day,date,demand,filled,lost,received,ordered,on_hand,backordered,on_order,cost");
    foreach (var r in result.Skus)
    {
        var parts = r.Sku.Name.Split(" | ");
        foreach (var d in r.Trace)
        {
            csv.WriteLine($"{parts[0]},{parts[1]},{d.Day},{d.Date:uuuu-MM-dd},{d.Demand},{d.FilledFromStock},{d.Lost},{d.Received},{d.Ordered},{d.OnHand},{d.Backordered},{d.OnOrder},{d.Cost}");
        }
    }
}

AnsiConsole.WriteLine($"Daily trace written to {csvPath}");

// Checks: the sample fails loudly if the simulation stops behaving as documented.
var failures = 0;
void Check(bool ok, string what)
{
    AnsiConsole.WriteLine($"  [{(ok ? "ok" : "FAILED")}] {what}");
    if (!ok)
    {
        failures++;
    }
}

var again = Simulator.Run(skus, new SimulationSettings(settings.Periods, settings.Seed, settings.StartDate, settings.Shortages, recordTrace: false, maxDegreeOfParallelism: 1));
Check(again.Skus.Select(r => r.TotalCost).SequenceEqual(result.Skus.Select(r => r.TotalCost)), "the same seed on one thread gives the same costs");
Check(result.Skus.All(r => r.Trace.Count == 365 && r.FillRate is >= 0 and <= 1), "a year of days per SKU, fill rates between 0 and 1");
Check(result.Skus.All(Conserves), "stock + pipeline change only by orders and sales, every day");
Check(File.ReadLines(csvPath).Count() == 1 + (skus.Count * 365), "the CSV has a header and one line per SKU and day");
var coverStock = result.Skus.Where(r => r.Sku.Name.EndsWith("days of cover", StringComparison.Ordinal)).Select(r => r.AverageOnHand).ToList();
Check(coverStock[0] < coverStock[1] && coverStock[1] < coverStock[2], "under days of cover, a longer lead time holds more stock");

AnsiConsole.WriteLine(failures == 0 ? "All checks passed." : $"{failures} check(s) FAILED.");
return failures == 0 ? 0 : 1;

static bool Conserves(SkuSimulationResult r)
{
    long previous = r.InitialOnHand;
    foreach (var d in r.Trace)
    {
        long position = d.OnHand - d.Backordered + d.OnOrder;
        if (position - previous != d.Ordered - d.FilledFromStock)
        {
            return false;
        }

        previous = position;
    }

    return true;
}
