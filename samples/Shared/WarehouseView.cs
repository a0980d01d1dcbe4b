using System.Globalization;
using NodaTime.Text;
using SampleRendering;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;

namespace FulfilmentSamples;

/// <summary>
/// Writes the platform warehouse sample's own results for 80 columns: air against sea, the size tier and fees, the
/// inbound cartons, and receiving into stock, each as labelled lines rather than wide tables.
/// </summary>
internal static class WarehouseView
{
    private static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm'Z'");

    /// <summary>The air plan's landed cost and pipeline beside the sea plan's.</summary>
    public static void AirInstead(IAnsiConsole console, FulfilmentPlan air, FulfilmentPlan sea)
    {
        View.Gap(console);
        View.Line(console, $"By air instead: {air.CostPerUnit.Total} per unit, pipeline {air.PipelineTime} (sea: {sea.CostPerUnit.Total}, {sea.PipelineTime}).");
    }

    /// <summary>How the size tier follows from the packaged unit, then the fee table's bands and the quote.</summary>
    public static void Fees(IAnsiConsole console, Product product, SizeTierResult tier, FulfilmentFeeQuote quote, FulfilmentPlan plan)
    {
        View.Gap(console);
        View.Heading(console, $"Size tier ({tier.Table.Name}, built in)");
        View.Labelled(console,
        [
            ("Sides, sorted", string.Create(CultureInfo.InvariantCulture,
                $"{tier.LongestSide.Inches:0.###} × {tier.MedianSide.Inches:0.###} × {tier.ShortestSide.Inches:0.###} in (packaged unit {product.UnitDimensions})")),
            ("Length + girth", $"{Inches(tier.LengthPlusGirth.Inches, "0.###")}: longest + 2 × (median + shortest)"),
            ("Unit weight", $"{Pounds(tier.UnitWeight.Pounds)} ({View.Number(product.UnitMass.Kilograms, "0.###")} kg)"),
            ("Dimensional weight", $"{Pounds(tier.DimensionalWeight.Pounds)}: volume ÷ 139 in³/lb ({tier.Table.DimensionalWeightRule.Name})"),
            ("Shipping weight", $"{Pounds(tier.ShippingWeight.Pounds)}: the larger of unit and dimensional weight"),
            ("Size tier", $"{tier.Tier}: {tier.ExceededLimit} exceeds {tier.ExceededTier}"),
        ]);

        View.Gap(console);
        View.Heading(console, "Fulfilment fee (invented example fee table, not Amazon's)");
        View.Line(console, $"Fee table {quote.Table}; the figures are INVENTED example data, like every price in this sample.");
        View.Labelled(console, quote.Table.Bands.Select(band => (band.Tier.ToString(), Band(band) + (ReferenceEquals(band, quote.Band) ? "  ← the lamp" : string.Empty))));
        var platformFee = plan.CostPerUnit.Parts.Single(p => p.Kind == LandedCostKind.PlatformFee).Amount;
        View.Line(console, $"Quote: {quote.Fee} per unit ({quote.Item.Tier}, shipping weight {Pounds(quote.Item.ShippingWeight.Pounds)}); the landed cost's platform fee: {platformFee}.");
    }

    /// <summary>For each case, the days of supply, whether the fee applies and why, and the landed cost it leads to.</summary>
    public static void LowInventoryLevel(IAnsiConsole console, IEnumerable<(string Name, LowInventoryLevelFeeAssessment Assessment, FulfilmentPlan Plan)> cases)
    {
        View.Gap(console);
        View.Heading(console, "Low-inventory-level fee (built-in rule; invented fee 0.70 USD)");
        LowInventoryLevelFeeRule? rule = null;
        var items = new List<(string, string)>();
        foreach (var (name, assessment, plan) in cases)
        {
            rule = assessment.Rule;
            var part = plan.CostPerUnit.Parts.SingleOrDefault(x => x.Kind == LandedCostKind.LowInventoryLevelFee);
            items.Add((name, string.Create(CultureInfo.InvariantCulture,
                $"{assessment.ShortTermDaysOfSupply} days of supply over 30 days, {assessment.LongTermDaysOfSupply} over 90 days: {assessment.Reason}, "
                + $"{(part is null ? "no fee" : $"fee {part.Amount} per unit")}; landed cost {plan.CostPerUnit.Total}")));
        }

        View.Labelled(console, items);
        if (rule is not null)
        {
            View.Line(console, $"Rule {rule}.");
        }
    }

    /// <summary>The labelled cartons (neighbours that differ only in their SSCC together), their totals and the carton rules.</summary>
    public static void Cartons(IAnsiConsole console, InboundPlan inbound)
    {
        var rules = inbound.Rules;
        View.Gap(console);
        View.Heading(console, $"Inbound carton plan: shipment {inbound.Shipment}");
        View.Labelled(console, Groups(inbound.Cartons).Select(group => ($"{group.Count} cartons", Carton(group))));
        View.Note(console, "Consecutive cartons that differ only in their SSCC are listed together.");
        var kilograms = inbound.Cartons.Sum(c => c.GrossWeight.Kilograms);
        var cubicMetres = inbound.Cartons.Sum(c => c.Dimensions.Volume.CubicMeters);
        View.Line(console, string.Create(CultureInfo.InvariantCulture,
            $"{inbound.Cartons.Count} cartons, {inbound.UnitsInCartons} units, {kilograms:0.##} kg, {cubicMetres:0.###} m³; {inbound.UnitsUnpacked} units left unpacked."));
        var longest = inbound.Cartons.Max(c => c.Dimensions.Longest.Inches);
        var heaviest = inbound.Cartons.Max(c => c.GrossWeight.Pounds);
        var exemptions = inbound.Cartons.Any(c => c.Exemption != CartonExemption.None) ? "single-unit exemptions as marked" : "no single-unit exemption";
        View.Line(console, string.Create(CultureInfo.InvariantCulture,
            $"Carton rules ({rules}): longest side {longest:0.00} in (limit {rules.MaxSide.Inches:0.##} in), heaviest carton {heaviest:0.00} lb (limit {rules.MaxGrossWeight.Pounds:0.##} lb); {exemptions}."));
        View.Line(console, $"Every carton is in shipment {inbound.Shipment} only, holds one SKU with one expiry date (the same SKU with different expiry dates never shares a carton), and has its own SSCC.");
    }

    /// <summary>The count at the dock, the ledger's movements as a timeline, the stock after the order and the reconciliation.</summary>
    public static void Receiving(IAnsiConsole console, Facility centre, InboundPlan inbound, InboundReceiptLine count, StockLedger ledger, InboundReconciliation reconciliation)
    {
        View.Gap(console);
        View.Heading(console, $"Receiving at {centre.Id} and fulfilling from stock");
        View.Line(console, $"Packing list: {inbound.Cartons.Count} cartons, {inbound.UnitsInCartons} units. Receiving count: {count}; all cartons arrived, one with a unit short.");
        View.Gap(console);
        View.Title(console, "Stock movements (UTC)");
        View.Labelled(console, ledger.Movements.Select(m => (Utc.Format(m.At), Movement(m))));
        View.Gap(console);
        var buckets = Enum.GetValues<StockBucket>().Where(b => ledger.Balance(b) != 0).Select(b => string.Create(CultureInfo.InvariantCulture, $"{b} {ledger.Balance(b)}"));
        View.Line(console, $"Stock after the order: {string.Join(", ", buckets)}; every other bucket 0.");
        View.Line(console, $"Ledger: {ledger}.");
        View.Gap(console);
        View.Title(console, "Reconciliation (packing list against receiving count)");
        View.Items(console, [.. reconciliation.Lines.Select(line => $"{line}; claimable {line.ClaimableUnits}"), $"{reconciliation}."]);
        var lost = ledger.Movements.Where(m => m.Kind == StockMovementKind.Adjustment && m.Reason == AdjustmentReason.Lost).Sum(m => m.Quantity);
        var toBuyers = ledger.Movements.Where(m => m.Kind == StockMovementKind.Shipment).Sum(m => m.Quantity);
        View.Line(console, string.Create(CultureInfo.InvariantCulture,
            $"Units: {inbound.UnitsInCartons} planned = {ledger.OnHand} on hand + {ledger.Inbound} inbound + {ledger.Unfulfillable} unfulfillable + {lost} lost (claimed) + {toBuyers} shipped to the buyer."));
    }

    private static string Band(FulfilmentFeeBand band)
    {
        var upTo = band.MaxShippingWeight is { } max ? $"up to {Pounds(max.Pounds, "0.##")}" : "any weight";
        var plus = band.Surcharge is { } s
            ? string.Create(CultureInfo.InvariantCulture, $" + {s.PerStep} per started {s.Step.Pounds:0.##} lb above {s.Above.Pounds:0.##} lb")
            : string.Empty;
        return $"{upTo}: {band.Fee}{plus}";
    }

    private static string Carton(List<InboundCarton> group)
    {
        var first = group[0];
        var d = first.Dimensions;
        var kind = first.Exemption != CartonExemption.None ? $"single unit ({first.Exemption})" : first.IsFullCase ? "full case" : "part-filled case";
        return string.Create(CultureInfo.InvariantCulture,
            $"SSCC {first.Sscc.Digits} to {group[^1].Sscc.Digits}\n"
            + $"{first.Sku}, expiry {first.Expiry?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "none"}, {first.Units} units each ({group.Sum(c => c.Units)} in all), {kind}\n"
            + $"{d.Longest.Centimeters:0.##} × {d.Median.Centimeters:0.##} × {d.Shortest.Centimeters:0.##} cm (longest {d.Longest.Inches:0.00} in), "
            + $"{first.GrossWeight.Kilograms:0.##} kg = {first.GrossWeight.Pounds:0.00} lb gross");
    }

    private static string Movement(StockMovement m)
    {
        var kind = m.Kind + (m.Reason is { } reason ? $" ({reason})" : string.Empty);
        var why = m.Kind switch
        {
            StockMovementKind.InboundPlanned => "inbound shipment created",
            StockMovementKind.InboundShipped => "handed to the forwarder",
            StockMovementKind.InboundArrived => "cartons counted at the dock",
            StockMovementKind.Adjustment => "short on arrival: claimable",
            StockMovementKind.Receipt when m.To == StockBucket.Fulfillable => "checked in sellable",
            StockMovementKind.Receipt => "arrived damaged",
            StockMovementKind.Reservation => "buyer's order",
            StockMovementKind.Shipment => "picked, packed, handed to the last mile",
            _ => string.Empty,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{kind} {m.Quantity}: {m.From?.ToString() ?? "outside"} → {m.To?.ToString() ?? "outside"}\n{why}");
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

    private static string Inches(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture) + " in";

    private static string Pounds(double value, string format = "0.######") => value.ToString(format, CultureInfo.InvariantCulture) + " lb";
}
