using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Fulfilment.Inbound;

/// <summary>
/// Packs stock for the platform's warehouse into cartons that keep a marketplace's <see cref="CartonRules"/>, and
/// labels each carton with the next SSCC of a series.
/// </summary>
/// <remarks>
/// <para>
/// Every carton holds one stock line's product and expiry date (the planner makes no mixed cartons), so no carton
/// mixes SKUs or expiry dates, and every carton belongs to the plan's one shipment. For each line:
/// </para>
/// <list type="number">
/// <item>A unit that on its own is heavier than the weight limit or longer than the side limit goes one unit per
/// carton, in its own packaging (the unit's dimensions and weight), flagged with an
/// <see cref="CartonExemption"/>.</item>
/// <item>Otherwise the product's case pack is used: full cases of <see cref="CasePack.UnitsPerCase"/>, then one
/// partly filled case for the remainder. A case lighter than the limit but with a side over it cannot be used
/// (<see cref="UnpackedReason.CaseTooLarge"/>); without a case pack the units are not packed
/// (<see cref="UnpackedReason.NoCasePack"/>).</item>
/// <item>A case heavier than the weight limit is filled with fewer units: as many as keep the empty case (its gross
/// weight minus its units' weight) plus the units within the limit; when not even one fits,
/// <see cref="UnpackedReason.CaseTooHeavy"/>.</item>
/// </list>
/// <para>
/// A carton with k units of a case weighs the case's gross weight minus the weight of its missing units, computed
/// exactly in grams. Lines are packed in the order SKU (ordinal), product id, expiry date (none first), and cartons get
/// consecutive serial references in that order, so the plan does not depend on the order of the lines.
/// </para>
/// </remarks>
public static class InboundPlanner
{
    /// <summary>
    /// The most cartons one plan may have: 100,000 (some fifty full 40-foot containers). Each carton is one object of the
    /// plan, so this bounds the plan's memory and time whatever the unit counts; a shipment beyond it is refused before
    /// any carton is made.
    /// </summary>
    public const int MaxCartons = 100_000;

    /// <summary>Plans the cartons of one inbound shipment.</summary>
    /// <param name="shipment">The shipment every carton belongs to.</param>
    /// <param name="stock">The stock to send; no product twice with the same expiry date. May be empty.</param>
    /// <param name="rules">The marketplace's carton rules, e.g. <see cref="CartonRules.AmazonUs"/>.</param>
    /// <param name="labels">The SSCC series the cartons are labelled from.</param>
    /// <returns>The cartons with their SSCCs, and the units that could not be packed with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shipment"/>, <paramref name="stock"/>, <paramref name="rules"/> or <paramref name="labels"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stock"/> holds null or the same product with the same expiry twice, or <paramref name="labels"/> runs out of serial references before the last carton.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The stock would need more than <see cref="MaxCartons"/> cartons.</exception>
    public static InboundPlan Plan(ShipmentId shipment, IEnumerable<InboundStockLine> stock, CartonRules rules, SsccSeries labels)
    {
        Guard.NotNull(shipment);
        Guard.NotNull(rules);
        Guard.NotNull(labels);
        var lines = Guard.CopyItems(stock, requireOne: false);
        Guard.Distinct(lines, l => l.Product.Id + InboundStockLine.ExpirySuffix(l.Expiry), nameof(stock));

        // Decide every carton first, then check the serial range, then label: a refusal creates nothing.
        var (drafts, unpacked) = Drafts(lines, rules);

        if (drafts.Count > labels.Count)
        {
            throw new ArgumentException(
                Guard.Format(ErrorMessages.InboundSerialRangeExhausted, drafts.Count, labels.FirstSerialReference, labels.SerialDigits, labels.LastSerialReference),
                nameof(labels));
        }

        return Label(shipment, rules, labels, drafts, unpacked);
    }

    /// <summary>Labels packed drafts from the series, the first carton with its first serial reference; the series must have a label for every draft.</summary>
    internal static InboundPlan Label(ShipmentId shipment, CartonRules rules, SsccSeries labels, List<Draft> drafts, List<UnpackedStock> unpacked)
    {
        var cartons = drafts.Select((d, i) => new InboundCarton(
            labels.At(i), shipment, d.Line.Product, d.Line.Expiry, d.Units, d.GrossGrams, d.Dimensions, d.IsFullCase, d.Exemption)).ToArray();
        return new InboundPlan(shipment, rules, cartons, [.. unpacked]);
    }

    /// <summary>
    /// Packs without labelling: the cartons <see cref="Plan"/> would make, in SSCC order, and the stock it could not
    /// pack. The lines must already be checked (no null, no product and expiry twice).
    /// </summary>
    internal static (List<Draft> Drafts, List<UnpackedStock> Unpacked) Drafts(IEnumerable<InboundStockLine> lines, CartonRules rules)
    {
        var ordered = lines
            .OrderBy(l => l.Product.Sku.Value, StringComparer.Ordinal)
            .ThenBy(l => l.Product.Id.Value, StringComparer.Ordinal)
            .ThenBy(l => l.Expiry.HasValue)
            .ThenBy(l => l.Expiry.GetValueOrDefault())
            .ToArray();
        var drafts = new List<Draft>();
        var unpacked = new List<UnpackedStock>();
        foreach (var line in ordered)
        {
            Pack(line, rules, drafts, unpacked);
        }

        return (drafts, unpacked);
    }

    private static void Pack(InboundStockLine line, CartonRules rules, List<Draft> drafts, List<UnpackedStock> unpacked)
    {
        var product = line.Product;
        var unitGrams = Grams(product.UnitMass.Grams);
        var overweight = unitGrams > rules.MaxGrossGrams;
        var oversize = product.UnitDimensions.LongestMillimetres > rules.MaxSideMillimetres;
        if (overweight || oversize)
        {
            var exemption = (overweight, oversize) switch
            {
                (true, true) => CartonExemption.OverweightAndOversizeUnit,
                (true, false) => CartonExemption.OverweightUnit,
                _ => CartonExemption.OversizeUnit,
            };
            RequireCartonsWithinLimit(drafts.Count, line.Units);
            for (var i = 0; i < line.Units; i++)
            {
                drafts.Add(new Draft(line, 1, unitGrams, product.UnitDimensions, IsFullCase: false, exemption));
            }

            return;
        }

        if (product.Packaging?.CasePack is not { } casePack)
        {
            unpacked.Add(new UnpackedStock(product, line.Expiry, line.Units, UnpackedReason.NoCasePack));
            return;
        }

        if (casePack.OuterDimensions.LongestMillimetres > rules.MaxSideMillimetres)
        {
            unpacked.Add(new UnpackedStock(product, line.Expiry, line.Units, UnpackedReason.CaseTooLarge));
            return;
        }

        var perCase = casePack.UnitsPerCase;
        var caseGrams = Grams(casePack.GrossWeight.Grams);
        // The empty case; never below zero (Product allows a case a hair lighter than its units, by a relative 1e-9).
        var tareGrams = Math.Max(0m, caseGrams - (perCase * unitGrams));
        var perCarton = caseGrams <= rules.MaxGrossGrams
            ? perCase
            : unitGrams == 0m
                ? 0   // units lighter than 0.005 g are stored as 0 g: only the empty case counts, and it is over the limit
                : (int)Math.Max(0m, Math.Min(perCase, Math.Floor((rules.MaxGrossGrams - tareGrams) / unitGrams)));
        if (perCarton < 1)
        {
            unpacked.Add(new UnpackedStock(product, line.Expiry, line.Units, UnpackedReason.CaseTooHeavy));
            return;
        }

        RequireCartonsWithinLimit(drafts.Count, (line.Units + (long)perCarton - 1) / perCarton);
        var left = line.Units;
        while (left > 0)
        {
            var units = Math.Min(left, perCarton);
            var grams = units == perCase ? caseGrams : tareGrams + (units * unitGrams);
            drafts.Add(new Draft(line, units, grams, casePack.OuterDimensions, units == perCase, CartonExemption.None));
            left -= units;
        }
    }

    /// <summary>Refuses a plan that would pass <see cref="MaxCartons"/>, before its cartons are made.</summary>
    private static void RequireCartonsWithinLimit(int made, long more)
    {
        if (made + more > MaxCartons)
        {
            throw Guard.OutOfRange(made + more, Guard.Format(ErrorMessages.InboundTooManyCartons, made + more, MaxCartons), "stock");
        }
    }

    // Products store masses at 0.01 g; reading the double back with 15 significant digits and rounding to 2 decimals
    // gives the stored value exactly. (Sides need no such step: Dimensions keeps them exact.)
    private static decimal Grams(double grams) => Math.Round((decimal)grams, 2, MidpointRounding.AwayFromZero);

    internal sealed record Draft(InboundStockLine Line, int Units, decimal GrossGrams, Dimensions Dimensions, bool IsFullCase, CartonExemption Exemption);
}
