using System.Globalization;
using FulfilmentSamples;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.PlatformFees;

namespace PlatformWarehouseSample;

/// <summary>The lamp's size tier from the built-in Amazon US 2024 table, the fulfilment fee quoted from it, and the low-inventory-level fee.</summary>
internal static class FeeSection
{
    /// <summary>Renders the section.</summary>
    /// <param name="console">The console.</param>
    /// <param name="mode">The warehouse mode with fees (days of supply 35 and 24).</param>
    /// <param name="plan">The mode's plan of the request.</param>
    /// <returns>The number of failed checks.</returns>
    public static int Render(IAnsiConsole console, PlatformWarehouseMode mode, FulfilmentPlan plan)
    {
        var failures = 0;
        var request = Scenario.Request();
        var product = request.Product;

        // 1. Size tier of the packaged unit, 30 × 20 × 15 cm and 1.2 kg, under the built-in table in force in the US on
        // 2026-03-02 (amazon-us-2024-02-05). By hand: sides 300/25.4 = 11.811, 200/25.4 = 7.874, 150/25.4 = 5.906 in;
        // small standard allows at most 15 × 12 × 0.75 in, so the shortest side (5.906 > 0.75) is the first limit exceeded;
        // large standard (≤ 18 × 14 × 8 in, ≤ 20 lb) fits. Length + girth = 11.811 + 2 × (7.874 + 5.906) = 39.370 in.
        // Unit weight 1.2 / 0.45359237 = 2.645547 lb. Dimensional weight: 30 × 20 × 15 = 9,000 cm³ = 9,000 / 16.387064 =
        // 549.2137 in³, ÷ 139 in³/lb = 3.951178 lb; shipping weight = max(2.645547, 3.951178) = 3.951178 lb.
        var unit = product.UnitDimensions;
        var tier = SizeTierTables.BuiltIn.Classify(Scenario.UnitedStates, request.Date, unit, product.UnitMass);
        console.Write(new Rule($"[bold]Size tier ({Markup.Escape(tier.Table.Name)}, built in)[/]").LeftJustified());
        var tierTable = new Table().Border(TableBorder.Simple).AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned()).AddColumn("How");
        tierTable.AddRow("Sides, sorted", Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{tier.LongestSide.Inches:0.###} × {tier.MedianSide.Inches:0.###} × {tier.ShortestSide.Inches:0.###} in")), Markup.Escape($"packaged unit {unit}"));
        tierTable.AddRow("Length + girth", Inches(tier.LengthPlusGirth.Inches), "longest + 2 × (median + shortest)");
        tierTable.AddRow("Unit weight", Pounds(tier.UnitWeight.Pounds), Markup.Escape($"{product.UnitMass.Kilograms.ToString(CultureInfo.InvariantCulture)} kg"));
        tierTable.AddRow("Dimensional weight", Pounds(tier.DimensionalWeight.Pounds), Markup.Escape($"volume ÷ 139 in³/lb ({tier.Table.DimensionalWeightRule.Name})"));
        tierTable.AddRow("[bold]Shipping weight[/]", $"[bold]{Pounds(tier.ShippingWeight.Pounds)}[/]", "the larger of unit and dimensional weight");
        tierTable.AddRow("[bold]Size tier[/]", $"[bold]{tier.Tier}[/]", Markup.Escape($"{tier.ExceededLimit} exceeds {tier.ExceededTier}"));
        console.Write(tierTable);
        failures += tier.Tier == SizeTier.LargeStandard && tier.ExceededLimit == SizeTierLimit.ShortestSide ? 0 : 1;
        failures += Math.Abs(tier.ShippingWeight.Pounds - 3.951178) < 0.000001 ? 0 : 1;

        // 3a. Fulfilment fee from the invented table: large standard, 3.951178 lb is in the band "up to 20 lb" (above 3 lb):
        // 5.65 + 0.30 per started 0.5 lb above 3 lb; (3.951178 − 3) / 0.5 = 1.90 → 2 steps → 5.65 + 2 × 0.30 = 6.25 USD.
        // It replaces the storage centre's flat 5.40 USD, so the sea total is 1.40 + 1.50 + 0.00 + 6.25 + 0.45 = 9.60 USD
        // (exact 9.604: freight 280.80 / 200 = 1.404).
        var quote = mode.Fees.QuoteFulfilmentFee(request.Product, request.Destination, request.Date)!;
        console.Write(new Rule("[bold]Fulfilment fee (invented example fee table, not Amazon's)[/]").LeftJustified());
        console.MarkupLine(Markup.Escape($"Fee table {quote.Table}; the figures are INVENTED example data, like every price in this sample."));
        var bands = new Table().Border(TableBorder.Simple).AddColumn("Tier").AddColumn(new TableColumn("Up to").RightAligned())
            .AddColumn(new TableColumn("Fee").RightAligned()).AddColumn("Plus").AddColumn(string.Empty);
        foreach (var band in quote.Table.Bands)
        {
            bands.AddRow(
                band.Tier.ToString(),
                band.MaxShippingWeight is { } max ? Pounds(max.Pounds, "0.##") : "any",
                band.Fee.ToString(),
                Markup.Escape(band.Surcharge is { } surcharge
                    ? string.Create(CultureInfo.InvariantCulture, $"{surcharge.PerStep} per started {surcharge.Step.Pounds:0.##} lb above {surcharge.Above.Pounds:0.##} lb")
                    : string.Empty),
                ReferenceEquals(band, quote.Band) ? "← the lamp" : string.Empty);
        }

        console.Write(bands);
        var platformFee = plan.CostPerUnit.Parts.Single(p => p.Kind == LandedCostKind.PlatformFee).Amount;
        console.MarkupLine(Markup.Escape($"Quote: {quote.Fee} per unit ({quote.Item.Tier}, shipping weight {Pounds(quote.Item.ShippingWeight.Pounds)}); the landed cost's platform fee: {platformFee}."));
        failures += quote.Fee == Scenario.Usd(6.25m) && platformFee == quote.Fee ? 0 : 1;
        failures += quote.Item.Tier == tier.Tier ? 0 : 1;
        failures += plan.CostPerUnit.Total == Scenario.Usd(9.60m) ? 0 : 1;

        failures += LowInventoryLevel(console, mode, plan);
        return failures;
    }

    private static int LowInventoryLevel(IAnsiConsole console, PlatformWarehouseMode mode, FulfilmentPlan plan)
    {
        var failures = 0;
        var request = Scenario.Request();

        // 3b. Low-inventory-level fee (built-in rule amazon-us-2024-04-01, in force on 2026-03-02: fee only when the days of
        // supply are below 28 in both the 30-day and the 90-day window). The sample's seller: 35 and 24 days, so the
        // 30-day window is not below 28 and no fee (reason ShortTermAtOrAboveThreshold), no extra cost part.
        // Contrast, after a stock-out: 18 and 24 days, both below 28, so the invented fee of 0.70 USD per unit applies and
        // is its own cost part: 9.60 + 0.70 = 10.30 USD (exact 10.304).
        var lowStock = WarehouseScenario.Warehouse(WarehouseScenario.Sea(), WarehouseScenario.Fees(18m, 24m));
        var lowStockPlan = lowStock.Plan(request);
        console.Write(new Rule("[bold]Low-inventory-level fee (built-in rule; invented fee 0.70 USD per unit)[/]").LeftJustified());
        var table = new Table().Border(TableBorder.Simple).AddColumn("Case").AddColumn(new TableColumn("30-day days of supply").RightAligned())
            .AddColumn(new TableColumn("90-day").RightAligned()).AddColumn(new TableColumn("Threshold").RightAligned()).AddColumn("Reason")
            .AddColumn("Applies").AddColumn(new TableColumn("Fee part").RightAligned()).AddColumn(new TableColumn("Landed cost").RightAligned());
        foreach (var (name, m, p) in new[] { ("this seller", mode, plan), ("after a stock-out", lowStock, lowStockPlan) })
        {
            var assessment = m.Fees.AssessLowInventoryLevelFee(request.Destination, request.Date)!;
            var part = p.CostPerUnit.Parts.SingleOrDefault(x => x.Kind == LandedCostKind.LowInventoryLevelFee);
            table.AddRow(
                name,
                assessment.ShortTermDaysOfSupply.ToString(CultureInfo.InvariantCulture),
                assessment.LongTermDaysOfSupply.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"< {assessment.Rule.ThresholdDays} in both"),
                assessment.Reason.ToString(),
                assessment.Applies ? "yes" : "no",
                part?.Amount.ToString() ?? "none",
                p.CostPerUnit.Total.ToString());
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"Rule {LowInventoryLevelFeeRules.BuiltIn.InForce(Scenario.UnitedStates, request.Date)}."));
        var mine = mode.Fees.AssessLowInventoryLevelFee(request.Destination, request.Date)!;
        var theirs = lowStock.Fees.AssessLowInventoryLevelFee(request.Destination, request.Date)!;
        failures += !mine.Applies && mine.Reason == LowInventoryLevelFeeReason.ShortTermAtOrAboveThreshold
            && plan.CostPerUnit.Parts.All(x => x.Kind != LandedCostKind.LowInventoryLevelFee) ? 0 : 1;
        failures += theirs.Applies && theirs.Reason == LowInventoryLevelFeeReason.BothBelowThreshold
            && lowStockPlan.CostPerUnit.Parts.Single(x => x.Kind == LandedCostKind.LowInventoryLevelFee).Amount == Scenario.Usd(0.70m)
            && lowStockPlan.CostPerUnit.Total == Scenario.Usd(10.30m) ? 0 : 1;
        return failures;
    }

    private static string Inches(double value) => value.ToString("0.###", CultureInfo.InvariantCulture) + " in";

    private static string Pounds(double value, string format = "0.######") => value.ToString(format, CultureInfo.InvariantCulture) + " lb";
}
