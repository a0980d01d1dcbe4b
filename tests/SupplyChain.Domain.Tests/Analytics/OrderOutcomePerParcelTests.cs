using NodaTime;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Tests.Orders;
using static SupplyChain.Domain.Tests.Orders.OrdersFixture;

namespace SupplyChain.Domain.Tests.Analytics;

/// <summary>
/// OTIF judged parcel by parcel (issue 16; KPI conventions: an order is on time when every unit arrives by the promise,
/// in full when every line shipped its ordered units). The order of <c>BuyerOrderTests</c>' split case: 4 lamps and
/// 2 mugs placed 2 March 09:00 UTC, promised 10 March; LAX9 holds 3 lamps, Shenzhen 1 lamp and 2 mugs, so the
/// allocation splits it: one parcel of 3 lamps from LAX9, one of 1 lamp + 2 mugs from Shenzhen.
/// </summary>
public sealed class OrderOutcomePerParcelTests
{
    private static readonly LocalDate March9 = new(2026, 3, 9);
    private static readonly LocalDate March10 = new(2026, 3, 10);
    private static readonly LocalDate March12 = new(2026, 3, 12);

    private static (BuyerOrder Order, int FromLax, int FromShenzhen) TwoParcels(bool shipShenzhen = true)
    {
        var lax = Location(Lax9, lamps: 3, mugs: 0);
        var shenzhen = Location(Shenzhen, lamps: 1, mugs: 2);
        var order = new BuyerOrder(new OrderId("SO-2"), Chicago, T0, March10, [Line(LampSku, 4), Line(MugSku, 2)]);
        order.Allocate(At(1), [shenzhen, lax], Catalogue, FixedPromise.Of((Lax9, new LocalDate(2026, 3, 5)), (Shenzhen, new LocalDate(2026, 3, 8))), SplitAllowed);
        var fromLax = order.Parcels.Single(p => p.Location == Lax9).Number;
        var fromShenzhen = order.Parcels.Single(p => p.Location == Shenzhen).Number;
        order.ShipParcel(At(2), fromLax, [lax]);
        if (shipShenzhen)
        {
            order.ShipParcel(At(3), fromShenzhen, [shenzhen]);
        }

        return (order, fromLax, fromShenzhen);
    }

    [Fact]
    public void A_late_parcel_makes_late_only_the_lines_it_carries()
    {
        var (order, lax, shenzhen) = TwoParcels();
        order.Parcels.Select(p => (p.Location, p.Units)).Should().BeEquivalentTo([(Lax9, 3), (Shenzhen, 3)]);

        // LAX9's 3 lamps arrive 12 March (after the 10 March promise: late); Shenzhen's lamp + 2 mugs on 10 March (on time).
        // Lamps: 3 of 4 units late → the line is late. Mugs: both in the on-time parcel → on time. Both lines shipped in
        // full (4 of 4, 2 of 2): the order is in full but not on time, so OTIF = 0 / 1.
        var outcome = OrderOutcome.From(order, new Dictionary<int, LocalDate> { [lax] = March12, [shenzhen] = March10 });

        outcome.Lines.Should().Equal(
            new OrderLineOutcome { Ordered = 4, Shipped = 4, Timing = DeliveryTiming.Late },
            new OrderLineOutcome { Ordered = 2, Shipped = 2, Timing = DeliveryTiming.OnTime });
        outcome.IsInFull.Should().BeTrue();
        outcome.IsOnTime().Should().BeFalse();
        FulfilmentKpis.Otif([outcome]).Should().Be(0);
        FulfilmentKpis.LineFillRate([outcome]).Should().Be(1);

        // The one-date overload cannot say this: with the last parcel's day (12 March) both lines are late; with the first
        // parcel's day (10 March) both are on time and the late lamps disappear.
        OrderOutcome.From(order, March12).Lines.Select(l => l.Timing).Should().Equal(DeliveryTiming.Late, DeliveryTiming.Late);
        OrderOutcome.From(order, March10).Lines.Select(l => l.Timing).Should().Equal(DeliveryTiming.OnTime, DeliveryTiming.OnTime);
    }

    [Fact]
    public void An_early_parcel_makes_its_lines_early_but_never_hides_a_late_one()
    {
        var (order, lax, shenzhen) = TwoParcels();

        // LAX9 on 9 March (a day before the promise: early), Shenzhen on 10 March (on time). Lamps: 3 early + 1 on time →
        // early; mugs on time. Early counts as on time by default (OTIF 1), not when early does not count (OTIF 0).
        var early = OrderOutcome.From(order, new Dictionary<int, LocalDate> { [lax] = March9, [shenzhen] = March10 });
        early.Lines.Select(l => l.Timing).Should().Equal(DeliveryTiming.Early, DeliveryTiming.OnTime);
        FulfilmentKpis.Otif([early]).Should().Be(1);
        FulfilmentKpis.Otif([early], EarlyDelivery.CountsAsNotOnTime).Should().Be(0);

        // LAX9 early, Shenzhen late (12 March): the lamp line has early and late units → late; mugs late.
        var mixed = OrderOutcome.From(order, new Dictionary<int, LocalDate> { [lax] = March9, [shenzhen] = March12 });
        mixed.Lines.Select(l => l.Timing).Should().Equal(DeliveryTiming.Late, DeliveryTiming.Late);

        // With two days' tolerance after the promise (window 10–12 March), 12 March is on time: lamps early, mugs on time.
        var window = new DeliveryWindow(March10, daysLateAllowed: 2);
        OrderOutcome.From(order, new Dictionary<int, LocalDate> { [lax] = March9, [shenzhen] = March12 }, window)
            .Lines.Select(l => l.Timing).Should().Equal(DeliveryTiming.Early, DeliveryTiming.OnTime);
    }

    [Fact]
    public void Units_in_a_parcel_not_delivered_or_not_shipped_are_late()
    {
        // Both parcels shipped, only LAX9's delivered (10 March): the Shenzhen lamp and the mugs never arrived → both late,
        // though shipped in full.
        var (order, lax, _) = TwoParcels();
        OrderOutcome.From(order, new Dictionary<int, LocalDate> { [lax] = March10 }).Lines.Should().Equal(
            new OrderLineOutcome { Ordered = 4, Shipped = 4, Timing = DeliveryTiming.Late },
            new OrderLineOutcome { Ordered = 2, Shipped = 2, Timing = DeliveryTiming.Late });

        // Only LAX9's parcel shipped and delivered on time: lamps 3 of 4 shipped (not in full) and late (the fourth never
        // came); mugs 0 of 2 shipped, late. Nothing delivered at all: every line late.
        var (partial, laxOnly, _) = TwoParcels(shipShenzhen: false);
        OrderOutcome.From(partial, new Dictionary<int, LocalDate> { [laxOnly] = March10 }).Lines.Should().Equal(
            new OrderLineOutcome { Ordered = 4, Shipped = 3, Timing = DeliveryTiming.Late },
            new OrderLineOutcome { Ordered = 2, Shipped = 0, Timing = DeliveryTiming.Late });
        OrderOutcome.From(partial, new Dictionary<int, LocalDate>()).Lines.Should().OnlyContain(l => l.Timing == DeliveryTiming.Late);

        // An order never allocated has no parcels: its one line is late, 0 shipped.
        var placed = Order(Line(LampSku, 1));
        OrderOutcome.From(placed, new Dictionary<int, LocalDate>()).Lines.Should().Equal(
            new OrderLineOutcome { Ordered = 1, Shipped = 0, Timing = DeliveryTiming.Late });
    }

    [Fact]
    public void A_delivery_for_a_parcel_not_shipped_or_before_the_order_is_refused()
    {
        var (partial, lax, shenzhen) = TwoParcels(shipShenzhen: false);

        FluentActions.Invoking(() => OrderOutcome.From(partial, new Dictionary<int, LocalDate> { [shenzhen] = March10 }))
            .Should().Throw<ArgumentException>().WithParameterName("parcelsDeliveredOn")
            .WithMessage($"Parcel {shenzhen} of order SO-2 is given a delivery day, but the order has not shipped it; parcels shipped so far are {lax}.*");
        FluentActions.Invoking(() => OrderOutcome.From(partial, new Dictionary<int, LocalDate> { [7] = March10 }))
            .Should().Throw<ArgumentException>().WithParameterName("parcelsDeliveredOn");

        // Placed 2 March 09:00 UTC: a parcel delivered on 1 March is refused.
        FluentActions.Invoking(() => OrderOutcome.From(partial, new Dictionary<int, LocalDate> { [lax] = new LocalDate(2026, 3, 1) }))
            .Should().Throw<ArgumentException>().WithParameterName("parcelsDeliveredOn")
            .WithMessage($"Parcel {lax} of order SO-2 is delivered on 2026-03-01, before the day the order was placed (2026-03-02).*");
        FluentActions.Invoking(() => OrderOutcome.From(partial, (IReadOnlyDictionary<int, LocalDate>)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("parcelsDeliveredOn");
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(12)]
    public void Every_parcel_on_one_day_is_the_one_date_outcome(int day)
    {
        // When all parcels arrive on the same day, judging per parcel and judging the order by that day agree.
        var (order, lax, shenzhen) = TwoParcels();
        var on = new LocalDate(2026, 3, day);

        OrderOutcome.From(order, new Dictionary<int, LocalDate> { [lax] = on, [shenzhen] = on }).Lines
            .Should().Equal(OrderOutcome.From(order, on).Lines);
    }

    [Fact]
    public void Outcomes_with_equal_lines_are_equal_and_differ_when_one_line_does()
    {
        // A record holding an ImmutableArray would compare the arrays by reference: two outcomes built separately from
        // the same lines must be equal (and hash alike); one line's timing changed makes them differ.
        var (order, lax, shenzhen) = TwoParcels();
        var onTime = OrderOutcome.From(order, new Dictionary<int, LocalDate> { [lax] = March10, [shenzhen] = March10 });
        var sameAgain = OrderOutcome.From(order, March10);
        var oneLate = OrderOutcome.From(order, new Dictionary<int, LocalDate> { [lax] = March12, [shenzhen] = March10 });

        onTime.Should().Be(sameAgain);
        onTime.GetHashCode().Should().Be(sameAgain.GetHashCode());
        onTime.Should().NotBe(oneLate);
    }

    [Fact]
    public void Perfect_order_per_parcel_needs_every_parcel_delivered_and_each_by_the_promise()
    {
        // Promise 10 March. Both parcels on 10 March: delivered in full and on time. The LAX9 parcel (3 lamps) on
        // 12 March: still delivered in full (every unit arrived), but late. The LAX9 parcel never delivered: neither in
        // full nor on time, although the Shenzhen parcel arrived on time.
        var (order, lax, shenzhen) = TwoParcels();

        var both = PerfectOrderAssessment.From(order, new Dictionary<int, LocalDate> { [lax] = March10, [shenzhen] = March10 }, documentationAccurate: true);
        var oneLate = PerfectOrderAssessment.From(order, new Dictionary<int, LocalDate> { [lax] = March12, [shenzhen] = March10 }, documentationAccurate: true);
        var oneMissing = PerfectOrderAssessment.From(order, new Dictionary<int, LocalDate> { [shenzhen] = March10 }, documentationAccurate: true);

        (both.DeliveredInFull, both.OnTimeToCommitDate, both.IsPerfect).Should().Be((true, true, true));
        (oneLate.DeliveredInFull, oneLate.OnTimeToCommitDate, oneLate.IsPerfect).Should().Be((true, false, false));
        (oneMissing.DeliveredInFull, oneMissing.OnTimeToCommitDate, oneMissing.IsPerfect).Should().Be((false, false, false));
    }

    [Fact]
    public void A_literal_null_date_still_means_the_order_was_not_delivered()
    {
        // The one-date overload has priority, so existing calls with a literal null keep compiling and meaning "not delivered".
        var (order, _, _) = TwoParcels();
        OrderOutcome.From(order, null).Lines.Should().OnlyContain(l => l.Timing == DeliveryTiming.Late);
    }
}
