using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using UnitsNet;
using static SupplyChain.Domain.Tests.Fulfilment.InboundPlanTestData;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Invariants of the inbound carton planner on generated products and stock.</summary>
public sealed class InboundPlanPropertyTests
{
    private static readonly ShipmentId Shipment = new("FBA-IN-P");
    private static readonly LocalDate FirstExpiry = new(2026, 1, 1);

    private const int Runs = 60;

    /// <summary>The raw draws of one product: side, weight, units per case, tare, expiry lines and units (see <see cref="Stock"/>).</summary>
    public sealed record RawProduct(int Side, int Tenths, int PerCase, int Tare, int Lines, int Units);

    /// <summary>
    /// 0 to 8 products over the ranges above, weighted so that every branch of the planner is common: half the sides and
    /// two weights in five drawn within the carton limits (1 to 25 in, 0.1 to 50 lb), one weight in five just under
    /// 50 lb (44.1 to 50 lb, so the tare can make even one unit's case too heavy), the rest over the whole range (so
    /// some units are oversize, overweight or both); one product in four without a case pack, half with 1 to 4 units a
    /// case, the rest with 1 to 48.
    /// </summary>
    private static readonly Gen<RawProduct[]> Raws =
        from count in Gen.Choose(0, 8)
        from raw in (from side in Gen.Frequency((1, Gen.Choose(0, 48)), (1, Gen.Choose(0, 79)))
                     from tenths in Gen.Frequency((2, Gen.Choose(0, 499)), (1, Gen.Choose(440, 499)), (2, Gen.Choose(0, 699)))
                     from perCase in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 4)), (1, Gen.Choose(1, 48)))
                     from tare in Gen.Choose(0, 5)
                     from lines in Gen.Choose(0, 2)
                     from units in Gen.Choose(0, 199)
                     select new RawProduct(side, tenths, perCase, tare, lines, units)).ArrayOf(count)
        select raw;

    private static readonly Arbitrary<RawProduct[]> Any = Raws.ToArbitrary();

    // One generated product per draw: unit sides 1 to 40 in steps of 0.5 in (some over 25 in), unit weight 0.1 to
    // 70 lb in 0.1 lb steps (some over 50 lb), case pack of 1 to 48 units laid end to end (so cases of every size,
    // many over the limits), packaging 0.01 to 5.01 lb, 0.1 in of slack per side, or no case pack; and 1 to 3 expiry dates with 1 to 200 units each.
    private static InboundStockLine[] Stock(RawProduct[] raw)
    {
        var lines = new List<InboundStockLine>();
        for (var i = 0; i < raw.Length; i++)
        {
            var r = raw[i];
            var side = (r.Side % 80 + 2) / 2.0;
            var pounds = (r.Tenths % 700 + 1) / 10.0;
            var perCase = r.PerCase % 49;   // 0: no case pack
            var casePack = perCase == 0
                ? null
                : new CasePack(perCase, Inches((side * perCase) + 0.1, side + 0.1, side + 0.1), Mass.FromPounds((pounds * perCase) + (r.Tare % 6) + 0.01));
            var product = Product($"SKU-{i:D2}", Inches(side, side, side), Mass.FromPounds(pounds), casePack);
            for (var e = 0; e <= r.Lines % 3; e++)
            {
                lines.Add(new InboundStockLine(product, (r.Units * (e + 1) % 200) + 1, FirstExpiry.PlusDays(e * 30)));
            }
        }

        return [.. lines];
    }

    private static InboundPlan Plan(InboundStockLine[] stock) =>
        InboundPlanner.Plan(Shipment, stock, CartonRules.AmazonUs, new SsccSeries(0, "0614141", 1));

    [Property(MaxTest = Runs)]
    public Property Units_in_equal_units_in_cartons_plus_units_reported_unpacked_per_SKU_and_expiry() => Prop.ForAll(Any, raw =>
    {
        var stock = Stock(raw);
        var plan = Plan(stock);
        return stock.All(line =>
            plan.Cartons.Where(c => c.Product == line.Product.Id && c.Expiry == line.Expiry).Sum(c => c.Units)
            + plan.Unpacked.Where(u => u.Product == line.Product.Id && u.Expiry == line.Expiry).Sum(u => u.Units) == line.Units)
            && plan.UnitsInCartons + plan.UnitsUnpacked == stock.Sum(l => l.Units);
    });

    [Property(MaxTest = Runs)]
    public Property No_carton_breaks_a_rule() => Prop.ForAll(Any, raw =>
    {
        var plan = Plan(Stock(raw));
        const double Slack = 1e-4;   // the 0.01 g / 0.01 mm storage resolution, in pounds and inches, rounded up
        return plan.Cartons.All(c =>
        {
            var within = c.Dimensions.Longest.Inches <= 25 + Slack && c.GrossWeight.Pounds <= 50 + Slack;
            var singleExceptionalUnit = c.Units == 1 && c.Exemption != CartonExemption.None
                && (c.Dimensions.Longest.Inches > 25 || c.GrossWeight.Pounds > 50);
            return c.Units > 0 && c.Shipment == Shipment && (c.Exemption == CartonExemption.None ? within : singleExceptionalUnit);
        });
    });

    [Property(MaxTest = Runs)]
    public Property Each_carton_holds_units_of_one_stock_line_so_expiry_dates_never_mix() => Prop.ForAll(Any, raw =>
    {
        var stock = Stock(raw);
        var plan = Plan(stock);
        // A carton names one product and one expiry, and that pair is a line of the stock: no carton can hold
        // units of two expiry dates (or two SKUs).
        return plan.Cartons.All(c => stock.Count(l => l.Product.Id == c.Product && l.Product.Sku == c.Sku && l.Expiry == c.Expiry) == 1);
    });

    [Property(MaxTest = Runs)]
    public Property SSCCs_are_consecutive_and_valid() => Prop.ForAll(Any, raw =>
    {
        var plan = Plan(Stock(raw));
        return plan.Cartons.Select((c, i) => Sscc.TryParse(c.Sscc.Digits, out _) && c.Sscc.Digits[8..17] == (i + 1).ToString("D9", System.Globalization.CultureInfo.InvariantCulture)).All(ok => ok);
    });

    [Property(MaxTest = Runs)]
    public Property The_plan_does_not_depend_on_the_order_of_the_lines() => Prop.ForAll(Any, raw =>
    {
        var stock = Stock(raw);
        var one = Plan(stock);
        var other = Plan([.. stock.Reverse()]);
        return one.Cartons.Select(c => (c.Sscc.Digits, c.Sku.Value, c.Expiry, c.Units))
            .SequenceEqual(other.Cartons.Select(c => (c.Sscc.Digits, c.Sku.Value, c.Expiry, c.Units)));
    });

    [Fact]
    public void The_stock_reaches_every_unpacked_reason_every_exemption_and_one_to_three_expiry_dates()
    {
        static IEnumerable<string> Labels(RawProduct[] raw)
        {
            var plan = Plan(Stock(raw));
            foreach (var reason in plan.Unpacked.Select(u => u.Reason).Distinct())
            {
                yield return "unpacked: " + reason;
            }

            foreach (var exemption in plan.Cartons.Select(c => c.Exemption).Distinct())
            {
                yield return "carton exemption: " + exemption;
            }

            foreach (var lines in raw.Select(r => r.Lines % 3 + 1).Distinct())
            {
                yield return $"{lines} expiry date(s)";
            }

            if (plan.Cartons.Any(c => c.Units > 1))
            {
                yield return "a carton of several units";
            }

            if (plan.Cartons.Any(c => c.Exemption == CartonExemption.None && !c.IsFullCase))
            {
                yield return "a part-filled carton";
            }
        }

        Reach.Covers(Raws, Runs, Labels,
            [.. Enum.GetNames<UnpackedReason>().Select(r => "unpacked: " + r), .. Enum.GetNames<CartonExemption>().Select(e => "carton exemption: " + e),
                "1 expiry date(s)", "2 expiry date(s)", "3 expiry date(s)", "a carton of several units", "a part-filled carton"]);
    }
}
