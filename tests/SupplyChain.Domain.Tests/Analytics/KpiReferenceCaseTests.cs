using System.Text.Json;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Tests.Reference;

namespace SupplyChain.Domain.Tests.Analytics;

/// <summary>
/// The kpis reference family (Reference/Data/domain/README.md, "kpis.json"): one theory row per case, one mapping
/// per <c>kpi</c> value. An unknown kpi or field fails the case.
/// </summary>
public sealed class KpiReferenceCaseTests
{
    public static TheoryData<ReferenceCase> Cases => ReferenceCases.Domain("kpis");

    [Theory]
    [Trait("Family", "kpis")]
    [MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c) => c.Map(j =>
    {
        var kpi = j.Str("kpi");
        var tolerance = c.Tolerance;

        switch (kpi)
        {
            case "unit-fill-rate" or "line-fill-rate" or "order-fill-rate" or "otif":
                {
                    c.ShouldOnlyHaveFields("kpi", "orders", "expected");
                    var orders = Orders(j.GetProperty("orders"));
                    double actual = kpi switch
                    {
                        "unit-fill-rate" => FulfilmentKpis.UnitFillRate(orders),
                        "line-fill-rate" => FulfilmentKpis.LineFillRate(orders),
                        "order-fill-rate" => FulfilmentKpis.OrderFillRate(orders),
                        _ => FulfilmentKpis.Otif(orders),
                    };
                    actual.Should().BeApproximately(j.Double("expected"), tolerance);
                    break;
                }

            case "perfect-order-rate":
                {
                    c.ShouldOnlyHaveFields("kpi", "orderGroups", "expected");
                    var groups = j.GetProperty("orderGroups").EnumerateArray().Select(g =>
                    {
                        ShouldOnlyHave(g, "count", "deliveredInFull", "onTimeToCommitDate", "documentationAccurate", "perfectCondition");
                        return new PerfectOrderAssessment
                        {
                            DeliveredInFull = g.Bool("deliveredInFull"),
                            OnTimeToCommitDate = g.Bool("onTimeToCommitDate"),
                            DocumentationAccurate = g.Bool("documentationAccurate"),
                            PerfectCondition = g.Bool("perfectCondition"),
                            Orders = g.Int("count"),
                        };
                    }).ToList();
                    FulfilmentKpis.PerfectOrderRate(groups).Should().BeApproximately(j.Double("expected"), tolerance);
                    break;
                }

            case "inventory-turnover":
                c.ShouldOnlyHaveFields("kpi", "annualCogs", "averageInventoryAtCost", "expected");
                InventoryKpis.InventoryTurnover(MoneyOf(j, "annualCogs"), MoneyOf(j, "averageInventoryAtCost"))
                    .Should().BeApproximately(j.Double("expected"), tolerance);
                break;

            case "days-inventory-outstanding":
                c.ShouldOnlyHaveFields("kpi", "annualCogs", "averageInventoryAtCost", "daysInYear", "expected");
                InventoryKpis.DaysInventoryOutstanding(MoneyOf(j, "annualCogs"), MoneyOf(j, "averageInventoryAtCost"), j.Int("daysInYear"))
                    .Should().BeApproximately(j.Double("expected"), tolerance);
                break;

            case "gmroi":
                c.ShouldOnlyHaveFields("kpi", "revenue", "cogs", "averageInventoryAtCost", "expected");
                InventoryKpis.Gmroi(MoneyOf(j, "revenue"), MoneyOf(j, "cogs"), MoneyOf(j, "averageInventoryAtCost"))
                    .Should().BeApproximately(j.Double("expected"), tolerance);
                break;

            case "days-of-supply":
                c.ShouldOnlyHaveFields("kpi", "inventoryUnits", "averageDailyDemand", "expected");
                InventoryKpis.DaysOfSupply(j.Int("inventoryUnits"), j.Double("averageDailyDemand"))
                    .Should().BeApproximately(j.Double("expected"), tolerance);
                break;

            case "bullwhip-ratio":
                c.ShouldOnlyHaveFields("kpi", "demandSeries", "orderSeries", "expected");
                Bullwhip.Ratio(Numbers(j, "demandSeries"), Numbers(j, "orderSeries"))
                    .Should().BeApproximately(j.Double("expected"), tolerance);
                break;

            case "bullwhip-lower-bound":
                c.ShouldOnlyHaveFields("kpi", "leadTimePeriods", "movingAveragePeriods", "expected");
                Bullwhip.ChenLowerBound(j.Double("leadTimePeriods"), j.Int("movingAveragePeriods"))
                    .Should().BeApproximately(j.Double("expected"), tolerance);
                break;

            case "hhi":
                {
                    c.ShouldOnlyHaveFields("kpi", "sharesPercent", "expected", "expectedBand");
                    var shares = j.GetProperty("sharesPercent").EnumerateArray().Select(e => e.GetDecimal()).ToList();
                    var hhi = HerfindahlHirschmanIndex.FromSharesPercent(shares);
                    ((double)hhi.Value).Should().BeApproximately(j.Double("expected"), tolerance);
                    if (j.Has("expectedBand"))
                    {
                        hhi.Band.Should().Be(BandOf(j.Str("expectedBand")));
                    }

                    break;
                }

            default:
                throw new InvalidDataException($"Unknown kpi '{kpi}' in case {c.Id}.");
        }
    });

    private static List<OrderOutcome> Orders(JsonElement orders) =>
        orders.EnumerateArray().Select(order =>
        {
            ShouldOnlyHave(order, "lines");
            return new OrderOutcome(order.GetProperty("lines").EnumerateArray().Select(line =>
            {
                ShouldOnlyHave(line, "ordered", "shipped", "onTime");
                return new OrderLineOutcome
                {
                    Ordered = line.Int("ordered"),
                    Shipped = line.Int("shipped"),
                    Timing = line.Bool("onTime") ? DeliveryTiming.OnTime : DeliveryTiming.Late,
                };
            }));
        }).ToList();

    private static Money MoneyOf(CaseFields j, string name)
    {
        var money = j.GetProperty(name);
        ShouldOnlyHave(money, "amount", "currency");
        return new Money(money.Decimal("amount"), Currency.Parse(money.Str("currency")));
    }

    private static double[] Numbers(CaseFields j, string name) =>
        j.GetProperty(name).EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private static ConcentrationBand BandOf(string band) => band switch
    {
        "unconcentrated" => ConcentrationBand.Unconcentrated,
        "moderately-concentrated" => ConcentrationBand.ModeratelyConcentrated,
        "highly-concentrated" => ConcentrationBand.HighlyConcentrated,
        _ => throw new InvalidDataException($"Unknown HHI band '{band}'."),
    };

    private static void ShouldOnlyHave(JsonElement element, params string[] known) =>
        element.EnumerateObject().Select(p => p.Name).Where(n => !known.Contains(n, StringComparer.Ordinal))
            .Should().BeEmpty("the mapping must interpret every field of a nested object");
}
