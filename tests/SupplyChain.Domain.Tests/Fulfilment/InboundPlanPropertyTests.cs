using FsCheck;
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

    // One generated product per tuple: unit sides 1 to 40 in steps of 0.5 in (some over 25 in), unit weight 0.1 to
    // 70 lb in 0.1 lb steps (some over 50 lb), case pack of 1 to 48 units laid end to end (so cases of every size,
    // many over the limits), packaging 0.01 to 5.01 lb, 0.1 in of slack per side, or no case pack; and 1 to 3 expiry dates with 1 to 200 units each.
    private static InboundStockLine[] Stock((byte Side, ushort Tenths, byte PerCase, byte Tare, byte Lines, byte Units)[] raw)
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

    [Property(MaxTest = 60)]
    public bool Units_in_equal_units_in_cartons_plus_units_reported_unpacked_per_SKU_and_expiry((byte, ushort, byte, byte, byte, byte)[] raw)
    {
        var stock = Stock(raw);
        var plan = Plan(stock);
        return stock.All(line =>
            plan.Cartons.Where(c => c.Product == line.Product.Id && c.Expiry == line.Expiry).Sum(c => c.Units)
            + plan.Unpacked.Where(u => u.Product == line.Product.Id && u.Expiry == line.Expiry).Sum(u => u.Units) == line.Units)
            && plan.UnitsInCartons + plan.UnitsUnpacked == stock.Sum(l => l.Units);
    }

    [Property(MaxTest = 60)]
    public bool No_carton_breaks_a_rule((byte, ushort, byte, byte, byte, byte)[] raw)
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
    }

    [Property(MaxTest = 60)]
    public bool Each_carton_holds_units_of_one_stock_line_so_expiry_dates_never_mix((byte, ushort, byte, byte, byte, byte)[] raw)
    {
        var stock = Stock(raw);
        var plan = Plan(stock);
        // A carton names one product and one expiry, and that pair is a line of the stock: no carton can hold
        // units of two expiry dates (or two SKUs).
        return plan.Cartons.All(c => stock.Count(l => l.Product.Id == c.Product && l.Product.Sku == c.Sku && l.Expiry == c.Expiry) == 1);
    }

    [Property(MaxTest = 60)]
    public bool SSCCs_are_consecutive_and_valid((byte, ushort, byte, byte, byte, byte)[] raw)
    {
        var plan = Plan(Stock(raw));
        return plan.Cartons.Select((c, i) => Sscc.TryParse(c.Sscc.Digits, out _) && c.Sscc.Digits[8..17] == (i + 1).ToString("D9", System.Globalization.CultureInfo.InvariantCulture)).All(ok => ok);
    }

    [Property(MaxTest = 60)]
    public bool The_plan_does_not_depend_on_the_order_of_the_lines((byte, ushort, byte, byte, byte, byte)[] raw)
    {
        var stock = Stock(raw);
        var one = Plan(stock);
        var other = Plan([.. stock.Reverse()]);
        return one.Cartons.Select(c => (c.Sscc.Digits, c.Sku.Value, c.Expiry, c.Units))
            .SequenceEqual(other.Cartons.Select(c => (c.Sscc.Digits, c.Sku.Value, c.Expiry, c.Units)));
    }
}
