using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Analytics;

namespace SupplyChain.Domain.Tests.Analytics;

public sealed class FulfilmentKpisTests
{
    private static OrderLineOutcome Line(int ordered, int shipped, DeliveryTiming timing = DeliveryTiming.OnTime) => new() { Ordered = ordered, Shipped = shipped, Timing = timing };

    private static OrderOutcome Order(params OrderLineOutcome[] lines) => new(lines);

    [Fact]
    public void A_worked_week_of_orders_gives_each_rate()
    {
        // Four orders, worked by hand:
        //   A: 10/10 on time              -> in full, on time
        //   B: 5/5 early, 3/4 on time     -> short line: not in full
        //   C: 6/6 early                  -> in full; on time only if early counts
        //   D: 2/2 late, 8/8 on time      -> in full, late
        // Units: (10 + 5 + 3 + 6 + 2 + 8) / (10 + 5 + 4 + 6 + 2 + 8) = 34/35. Lines: 5 of 6 in full.
        // Orders in full: A, C, D = 3/4. OTIF: A, C = 2/4, or A only = 1/4 when early is not on time.
        OrderOutcome[] orders =
        [
            Order(Line(10, 10)),
            Order(Line(5, 5, DeliveryTiming.Early), Line(4, 3)),
            Order(Line(6, 6, DeliveryTiming.Early)),
            Order(Line(2, 2, DeliveryTiming.Late), Line(8, 8)),
        ];

        FulfilmentKpis.UnitFillRate(orders).Should().BeApproximately(34.0 / 35.0, 1e-12);
        FulfilmentKpis.LineFillRate(orders).Should().BeApproximately(5.0 / 6.0, 1e-12);
        FulfilmentKpis.OrderFillRate(orders).Should().Be(0.75);
        FulfilmentKpis.Otif(orders).Should().Be(0.5);
        FulfilmentKpis.Otif(orders, EarlyDelivery.CountsAsNotOnTime).Should().Be(0.25);
    }

    [Fact]
    public void Over_shipment_is_in_full_but_does_not_make_up_for_another_line()
    {
        // 12 shipped of 10 counts as 10; 0 of 10 counts as 0: (10 + 0) / 20.
        OrderOutcome[] orders = [Order(Line(10, 12), Line(10, 0))];
        FulfilmentKpis.UnitFillRate(orders).Should().Be(0.5);
        orders[0].Lines[0].IsInFull.Should().BeTrue();
    }

    private static readonly PerfectOrderAssessment Perfect =
        new() { DeliveredInFull = true, OnTimeToCommitDate = true, DocumentationAccurate = true, PerfectCondition = true };

    [Fact]
    public void A_perfect_order_assessment_is_one_order_unless_told_otherwise()
    {
        Perfect.Orders.Should().Be(1);
        Perfect.IsPerfect.Should().BeTrue();
        (Perfect with { DocumentationAccurate = false }).IsPerfect.Should().BeFalse();
        (Perfect with { Orders = 12 }).ToString().Should().Be("12 orders: perfect");
        FluentActions.Invoking(() => Perfect with { Orders = -1 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("Orders").WithMessage("Orders must not be negative, but was -1.*");
        default(PerfectOrderAssessment).Orders.Should().Be(0, "the default value is a group of no orders");
    }

    [Fact]
    public void Perfect_order_rate_needs_all_four_checks()
    {
        // 70 perfect; 10 late; 10 with a wrong invoice; 10 damaged -> 70/100 (SCOR RL.1.1: all four must hold).
        PerfectOrderAssessment[] orders =
        [
            new() { DeliveredInFull = true, OnTimeToCommitDate = true, DocumentationAccurate = true, PerfectCondition = true, Orders = 70 },
            new() { DeliveredInFull = true, OnTimeToCommitDate = false, DocumentationAccurate = true, PerfectCondition = true, Orders = 10 },
            new() { DeliveredInFull = true, OnTimeToCommitDate = true, DocumentationAccurate = false, PerfectCondition = true, Orders = 10 },
            new() { DeliveredInFull = true, OnTimeToCommitDate = true, DocumentationAccurate = true, PerfectCondition = false, Orders = 10 },
        ];
        FulfilmentKpis.PerfectOrderRate(orders).Should().Be(0.7);
    }

    [Theory]
    // Window 10 March, 1 day early and 2 days late allowed: 9th to 12th inclusive are on time.
    [InlineData(8, DeliveryTiming.Early)]
    [InlineData(9, DeliveryTiming.OnTime)]
    [InlineData(10, DeliveryTiming.OnTime)]
    [InlineData(12, DeliveryTiming.OnTime)]
    [InlineData(13, DeliveryTiming.Late)]
    public void Delivery_window_ends_are_inclusive(int day, DeliveryTiming expected)
    {
        var window = new DeliveryWindow(10.March(2025), daysEarlyAllowed: 1, daysLateAllowed: 2);
        window.Classify(new LocalDate(2025, 3, day)).Should().Be(expected);
        window.ToString().Should().Be("2025-03-10 (-1/+2 days)");
    }

    [Fact]
    public void No_orders_is_refused_with_the_parameter_name()
    {
        FluentActions.Invoking(() => FulfilmentKpis.UnitFillRate([])).Should().Throw<ArgumentException>()
            .WithParameterName("orders").WithMessage("orders must contain at least one order.*");
        FluentActions.Invoking(() => FulfilmentKpis.PerfectOrderRate([Perfect with { Orders = 0 }]))
            .Should().Throw<ArgumentException>().WithParameterName("orders");
        FluentActions.Invoking(() => FulfilmentKpis.OrderFillRate([null!])).Should().Throw<ArgumentNullException>()
            .WithParameterName("orders").WithMessage("orders must not contain null, but element 0 is null.*");
    }

    [Fact]
    public void Bad_lines_are_refused()
    {
        FluentActions.Invoking(() => Line(0, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("Ordered").WithMessage("Ordered must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => Line(1, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("Shipped").WithMessage("Shipped must not be negative, but was -1.*");
        FluentActions.Invoking(() => Line(1, 1, (DeliveryTiming)7)).Should().Throw<ArgumentException>()
            .WithParameterName("Timing").WithMessage("Timing is not a defined DeliveryTiming value.*");
        FluentActions.Invoking(() => Line(5, 4) with { Ordered = 0 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("Ordered");
        (Line(5, 4) with { Shipped = 6 }).IsInFull.Should().BeTrue("an over-shipment is in full");
        FluentActions.Invoking(() => new OrderOutcome([])).Should().Throw<ArgumentException>()
            .WithParameterName("lines").WithMessage("lines must contain at least one order line.*");
        FluentActions.Invoking(() => new OrderOutcome([default])).Should().Throw<ArgumentException>()
            .WithParameterName("lines").WithMessage("lines must not contain a default OrderLineOutcome (never constructed), but element 0 is one.*");
        FluentActions.Invoking(() => new DeliveryWindow(1.March(2025), -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("daysEarlyAllowed");
    }

    /// <summary>1 to 20 orders of 1 to 5 lines; a line orders 1 to 50 units, ships 0 to 60 (short, exact or over) and arrives on time, early or late.</summary>
    private static readonly Gen<OrderOutcome[]> OrderBatches =
        from count in Gen.Choose(1, 20)
        from orders in (from lineCount in Gen.Choose(1, 5)
                        from lines in (from ordered in Gen.Choose(1, 50)
                                       from shipped in Gen.Frequency((1, Gen.Constant(ordered)), (2, Gen.Choose(0, 60)))
                                       from timing in Gen.Elements(DeliveryTiming.OnTime, DeliveryTiming.Early, DeliveryTiming.Late)
                                       select Line(ordered, shipped, timing)).ArrayOf(lineCount)
                        select new OrderOutcome(lines)).ArrayOf(count)
        select orders;

    private static Arbitrary<OrderOutcome[]> Orders() => OrderBatches.ToArbitrary();

    [Fact]
    public void The_batches_reach_short_exact_and_over_shipped_lines_every_timing_and_OTIF_below_the_fill_rate()
    {
        static IEnumerable<string> Labels(OrderOutcome[] orders)
        {
            foreach (var line in orders.SelectMany(o => o.Lines))
            {
                yield return line.Shipped < line.Ordered ? "short line" : line.Shipped == line.Ordered ? "exact line" : "over-shipped line";
                yield return "timing " + line.Timing;
            }

            yield return FulfilmentKpis.Otif(orders) < FulfilmentKpis.OrderFillRate(orders) ? "OTIF below the order fill rate" : "OTIF equal to the order fill rate";
            yield return FulfilmentKpis.Otif(orders, EarlyDelivery.CountsAsNotOnTime) < FulfilmentKpis.Otif(orders) ? "early deliveries lower OTIF" : "early deliveries change nothing";
        }

        Reach.Covers(OrderBatches, 100, Labels,
            ["short line", "exact line", "over-shipped line", "timing OnTime", "timing Early", "timing Late", "OTIF below the order fill rate",
                "OTIF equal to the order fill rate", "early deliveries lower OTIF", "early deliveries change nothing"]);
    }

    [Property]
    public Property Rates_are_fractions_and_OTIF_never_beats_the_order_fill_rate() =>
        Prop.ForAll(Orders(), orders =>
        {
            var rates = new[]
            {
                FulfilmentKpis.UnitFillRate(orders), FulfilmentKpis.LineFillRate(orders), FulfilmentKpis.OrderFillRate(orders),
                FulfilmentKpis.Otif(orders), FulfilmentKpis.Otif(orders, EarlyDelivery.CountsAsNotOnTime),
            };
            return rates.All(r => r is >= 0 and <= 1)
                && FulfilmentKpis.Otif(orders) <= FulfilmentKpis.OrderFillRate(orders)
                && FulfilmentKpis.Otif(orders, EarlyDelivery.CountsAsNotOnTime) <= FulfilmentKpis.Otif(orders);
        });
}
