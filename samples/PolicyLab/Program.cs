// PolicyLab: the lamp of the fulfilment samples in each mode under three replenishment policies (just in time,
// min–max, days of cover), simulated daily for a year with a fixed seed; lead times and landed costs come from the
// modes' plans (samples/Shared). Prints KPIs and a stock chart per mode and writes the daily trace as CSV; the tests in
// tests/SupplyChain.Domain.Tests/Fulfilment/SampleScenarioTests.cs check the simulation.
// Usage: dotnet run --project samples/PolicyLab -- [trace.csv] [--ci]   (trace.csv: where the daily trace goes, by
// default policylab-trace.csv in the system temp folder; --ci: plain output for CI logs, the run is the same)
using System.Text;
using FulfilmentSamples;
using NodaTime;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

namespace PolicyLabSample;

/// <summary>The sample: the library calls, the result handed to a renderer in samples/Shared.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var csvPath = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "policylab-trace.csv");
        if (args.Contains("--ci"))
        {
            AnsiConsole.Profile.Capabilities.Ansi = false;
            AnsiConsole.Profile.Capabilities.Unicode = false;
        }

        using (var csv = new StreamWriter(csvPath, append: false, new UTF8Encoding(false)))
        {
            Run(AnsiConsole.Console, csv);
        }

        AnsiConsole.WriteLine($"Daily trace written to {csvPath}");
    }

    /// <summary>Simulates the nine SKUs, writes the KPIs to <paramref name="console"/> and the trace to <paramref name="trace"/>.</summary>
    public static PolicyLabResults Run(IAnsiConsole console, TextWriter trace)
    {
        // The Shenzhen lamp selling 300 a month in the US: about 10 a day (normal, sd 3: stated); lost sales, one year.
        var demand = DemandModel.Normal(10, 3);
        var settings = new SimulationSettings(periods: 365, seed: 20260101, startDate: new LocalDate(2026, 1, 1), ShortageHandling.LostSales, recordTrace: true);

        // Replenishment lead time: from the restocking decision until the stock can be sold where the mode sells from.
        // The platform modes sell from the storage centre: their plan's Inbound legs. Direct express ships from the
        // seller's own warehouse, whose restocking (factory → seller) is no part of a fulfilment plan: stated here.
        var request = Scenario.Request();
        var direct = Scenario.DirectExpress().Plan(request);
        var pickup = Scenario.Pickup(trailingSalesUnits: 1200).Plan(request);
        var warehouse = Scenario.Warehouse().Plan(request);
        var atCentre = (double)Scenario.Terms().StorageFeePerUnitMonth.Amount / 30; // 0.30 a unit-month; 0.15 at the seller's
        (string Name, string LeadTimeFrom, LeadTimeProfile Lead, FulfilmentPlan Plan, CostRates Costs)[] modes =
        [
            ("direct express", "factory → seller warehouse (stated: handover 1 d + truck 5 ± 2 d)",
                LeadTimeProfile.Of("direct express restock", TransitTimeDistribution.Fixed(1), new TransitTimeDistribution(5, 2)), direct, Costs(direct, 0.15 / 30)),
            ("platform pickup", "the plan's Inbound legs: seller → storage centre", LeadTimeProfile.FromPlan(pickup, LegStage.Inbound), pickup, Costs(pickup, atCentre)),
            ("platform warehouse", "the plan's Inbound legs: seller → storage centre", LeadTimeProfile.FromPlan(warehouse, LegStage.Inbound), warehouse, Costs(warehouse, atCentre)),
        ];

        // Three policies per mode, sized from its lead time with the safety stock for a 95 % cycle service level.
        var skus = new List<SimulatedSku>();
        foreach (var (name, _, lead, _, costs) in modes)
        {
            var safety = SafetyStock.ForCycleServiceLevel(0.95, demand.Mean, demand.StandardDeviation, lead.Total.MeanDays, lead.Total.StandardDeviationDays);
            var reorderPoint = (int)Math.Ceiling((demand.Mean * lead.Total.MeanDays) + safety);
            var twoWeeks = (int)(14 * demand.Mean);
            skus.Add(new SimulatedSku($"{name} | just in time", new JustInTimePolicy(), demand, lead, costs, initialOnHand: reorderPoint));
            skus.Add(new SimulatedSku($"{name} | min-max", new MinMaxPolicy(reorderPoint, reorderPoint + twoWeeks), demand, lead, costs, initialOnHand: reorderPoint + twoWeeks));
            var cover = new DaysOfCoverPolicy(leadTimeDays: (int)Math.Round(lead.Total.MeanDays), safetyDays: 7);
            skus.Add(new SimulatedSku($"{name} | days of cover", cover, demand, lead, costs, initialOnHand: reorderPoint));
        }

        var result = Simulator.Run(skus, settings);
        PolicyView.Write(console, modes, result);
        PolicyView.WriteTrace(trace, result);
        return new PolicyLabResults(skus, result);
    }

    /// <summary>Stated: the lamp sells at 39.99 USD; holding = storage + 15 % a year of capital on the 20.00 USD unit
    /// value; a lost sale costs the margin (price − the mode's landed cost per unit); an order costs 40 to place.</summary>
    private static CostRates Costs(FulfilmentPlan plan, double storagePerUnitDay) => new()
    {
        HoldingPerUnitDay = storagePerUnitDay + (20.00 * 0.15 / 365),
        StockoutPerUnit = 39.99 - (double)plan.CostPerUnit.Total.Amount,
        PerOrder = 40,
    };
}
