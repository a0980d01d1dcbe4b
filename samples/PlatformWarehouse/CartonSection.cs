using System.Globalization;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment.Inbound;

namespace PlatformWarehouseSample;

/// <summary>The inbound carton plan: the labelled cartons, identical neighbours collapsed into one row, and the carton rules kept.</summary>
internal static class CartonSection
{
    /// <summary>Renders the carton plan.</summary>
    /// <param name="console">The console.</param>
    /// <param name="inbound">The mode's inbound plan.</param>
    /// <returns>The number of failed checks.</returns>
    public static int Render(IAnsiConsole console, InboundPlan inbound)
    {
        var failures = 0;
        var rules = inbound.Rules;

        // By hand: 200 units / 10 per case = 20 full cases, no part-filled carton. A case is 60 × 48 × 32.5 cm = 23.622 ×
        // 18.898 × 12.795 in (longest 23.622 ≤ 25 in) and 13 kg = 13 / 0.45359237 = 28.66 lb (≤ 50 lb), so the factory
        // case is a compliant carton as it is. Totals: 20 × 13 kg = 260 kg; 20 × 0.6 × 0.48 × 0.325 m³ = 20 × 0.0936 =
        // 1.872 m³ (so sea LCL at 1,000 kg per m³ charges 1,872 kg, as in the freight line above). SSCCs: serial references
        // 1001 to 1020 after 0 0614141; GS1 mod-10 check digit of 00614141000001001 (weights 3, 1, 3, … from the right):
        // 3 × (1+0+0+0+0+4+4+6+0) + (0+1+0+0+1+1+1+0) = 45 + 4 = 49 → 1, and of 00614141000001020:
        // 3 × (0+0+0+0+0+4+4+6+0) + (2+1+0+0+1+1+1+0) = 42 + 6 = 48 → 2.
        console.Write(new Rule($"[bold]Inbound carton plan: shipment {Markup.Escape(inbound.Shipment.Value)}[/]").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("First SSCC").NoWrap()).AddColumn(new TableColumn("Last SSCC").NoWrap()).AddColumn(new TableColumn("Cartons").RightAligned())
            .AddColumn("SKU").AddColumn("Expiry").AddColumn(new TableColumn("Per carton").RightAligned())
            .AddColumn(new TableColumn("Units").RightAligned()).AddColumn("Dimensions (cm)").AddColumn(new TableColumn("Longest side").RightAligned())
            .AddColumn(new TableColumn("Gross weight").RightAligned()).AddColumn("Carton");
        foreach (var group in Groups(inbound.Cartons))
        {
            var first = group[0];
            var d = first.Dimensions;
            table.AddRow(
                first.Sscc.Digits,
                group[^1].Sscc.Digits,
                group.Count.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(first.Sku.Value),
                first.Expiry?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "none",
                first.Units.ToString(CultureInfo.InvariantCulture),
                group.Sum(c => c.Units).ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{d.Longest.Centimeters:0.##} × {d.Median.Centimeters:0.##} × {d.Shortest.Centimeters:0.##}"),
                string.Create(CultureInfo.InvariantCulture, $"{d.Longest.Inches:0.00} in"),
                string.Create(CultureInfo.InvariantCulture, $"{first.GrossWeight.Kilograms:0.##} kg = {first.GrossWeight.Pounds:0.00} lb"),
                first.Exemption != CartonExemption.None ? $"single unit ({first.Exemption})" : first.IsFullCase ? "full case" : "part-filled case");
        }

        console.Write(table);
        console.MarkupLine("[grey]Consecutive cartons that differ only in their SSCC share a row (consecutive serial references).[/]");
        var kilograms = inbound.Cartons.Sum(c => c.GrossWeight.Kilograms);
        var cubicMetres = inbound.Cartons.Sum(c => c.Dimensions.Volume.CubicMeters);
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{inbound.Cartons.Count} cartons, {inbound.UnitsInCartons} units, {kilograms:0.##} kg, {cubicMetres:0.###} m³; {inbound.UnitsUnpacked} units left unpacked.")));

        // The rules, checked here from the cartons themselves (the planner guarantees them; the sample shows they hold).
        var withinLimits = inbound.Cartons.All(c =>
            (c.Dimensions.Longest <= rules.MaxSide && c.GrossWeight <= rules.MaxGrossWeight) || (c.Units == 1 && c.Exemption != CartonExemption.None));
        var oneShipment = inbound.Cartons.All(c => c.Shipment == inbound.Shipment);
        var distinctLabels = inbound.Cartons.Select(c => c.Sscc.Digits).Distinct(StringComparer.Ordinal).Count() == inbound.Cartons.Count;
        var longest = inbound.Cartons.Max(c => c.Dimensions.Longest.Inches);
        var heaviest = inbound.Cartons.Max(c => c.GrossWeight.Pounds);
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Carton rules {(withinLimits ? "respected" : "BROKEN")} ({rules}): longest side {longest:0.00} in (limit {rules.MaxSide.Inches:0.##} in), heaviest carton {heaviest:0.00} lb (limit {rules.MaxGrossWeight.Pounds:0.##} lb){(inbound.Cartons.Any(c => c.Exemption != CartonExemption.None) ? "; single-unit exemptions as marked" : ", no single-unit exemption needed")}.")));
        console.MarkupLine(Markup.Escape(
            $"Every carton is in shipment {inbound.Shipment} only, holds one SKU with one expiry date (the same SKU with different expiry dates never shares a carton), and has its own SSCC."));

        failures += withinLimits && oneShipment && distinctLabels ? 0 : 1;
        failures += inbound.Cartons.Count == 20 && inbound.UnitsInCartons == 200 && inbound.UnitsUnpacked == 0 && inbound.Cartons.All(c => c.IsFullCase) ? 0 : 1;
        failures += inbound.Cartons[0].Sscc.Digits == "006141410000010011" && inbound.Cartons[^1].Sscc.Digits == "006141410000010202" ? 0 : 1;
        failures += Math.Abs(kilograms - 260) < 1e-9 && Math.Abs(cubicMetres - 1.872) < 1e-9 ? 0 : 1;
        return failures;
    }

    /// <summary>Runs of consecutive cartons that differ only in their SSCC.</summary>
    private static List<List<InboundCarton>> Groups(IReadOnlyList<InboundCarton> cartons)
    {
        var groups = new List<List<InboundCarton>>();
        foreach (var carton in cartons)
        {
            if (groups.Count > 0 && Same(groups[^1][0], carton))
            {
                groups[^1].Add(carton);
            }
            else
            {
                groups.Add([carton]);
            }
        }

        return groups;
    }

    private static bool Same(InboundCarton a, InboundCarton b) =>
        a.Sku == b.Sku && a.Expiry == b.Expiry && a.Units == b.Units && a.IsFullCase == b.IsFullCase && a.Exemption == b.Exemption
        && a.Dimensions == b.Dimensions && a.GrossWeight.CompareTo(b.GrossWeight) == 0;
}
