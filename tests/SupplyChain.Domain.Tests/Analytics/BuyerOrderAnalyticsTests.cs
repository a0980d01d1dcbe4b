using NodaTime;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Tests.Orders;
using static SupplyChain.Domain.Tests.Orders.OrdersFixture;

namespace SupplyChain.Domain.Tests.Analytics;

/// <summary>
/// Return rates and fulfilment KPIs computed from buyer orders, hand-worked. Four orders placed on 2 March 09:00 UTC,
/// promised for 6 March, served from LAX9 (10 lamps, 10 mugs), one parcel each:
/// SO-1 2 lamps + 3 mugs, shipped, delivered 5 March; returned 1 lamp (changed mind, sellable) and 2 mugs (defective).
/// SO-2 4 lamps, shipped, delivered 7 March; returned 1 lamp (damaged in transit, customer-damaged).
/// SO-3 1 mug, allocated, never shipped nor delivered.
/// SO-4 1 lamp, shipped, delivered 5 March; no return.
/// </summary>
public sealed class BuyerOrderAnalyticsTests
{
    private static readonly LocalDate March5 = new(2026, 3, 5);
    private static readonly LocalDate March7 = new(2026, 3, 7);

    private static (BuyerOrder[] Orders, Dictionary<OrderId, LocalDate> Delivered) Scenario()
    {
        var lax = Location(Lax9, lamps: 10, mugs: 10);
        var promise = FixedPromise.Of((Lax9, March5));
        BuyerOrder Make(string id, bool ship, params SkuQuantity[] lines)
        {
            var order = new BuyerOrder(new OrderId(id), Chicago, T0, Promised, lines);
            order.Allocate(At(1), [lax], Catalogue, promise, SplitAllowed);
            if (ship)
            {
                order.ShipParcel(At(2), 1, [lax]);
            }

            return order;
        }

        var so1 = Make("SO-1", true, Line(LampSku, 2), Line(MugSku, 3));
        var so2 = Make("SO-2", true, Line(LampSku, 4));
        var so3 = Make("SO-3", false, Line(MugSku, 1));
        var so4 = Make("SO-4", true, Line(LampSku, 1));
        so1.ReceiveReturn(At(100), new BuyerReturn(1, Line(LampSku, 1), ReturnReason.ChangedMind, ReturnCondition.Sellable), lax);
        so1.ReceiveReturn(At(101), new BuyerReturn(1, Line(MugSku, 2), ReturnReason.Defective, ReturnCondition.Defective), lax);
        so2.ReceiveReturn(At(100), new BuyerReturn(1, Line(LampSku, 1), ReturnReason.DamagedInTransit, ReturnCondition.CustomerDamaged), lax);
        return ([so1, so2, so3, so4], new() { [so1.Id] = March5, [so2.Id] = March7, [so4.Id] = March5 });
    }

    [Fact]
    public void Return_rates_by_sku_divide_its_returned_units_by_its_shipped_units()
    {
        var rates = ReturnRates.BySku(Scenario().Orders);

        // Lamps shipped 2 + 4 + 1 = 7, returned 1 + 1 = 2 → 2/7. Mugs shipped 3 (SO-3's mug never shipped), returned 2 → 2/3.
        rates.Keys.Should().Equal(LampSku, MugSku);
        rates[LampSku].Should().Be(new ReturnRate(2, 7));
        rates[LampSku].Rate.Should().BeApproximately(2.0 / 7, 1e-12);
        rates[MugSku].Rate.Should().BeApproximately(2.0 / 3, 1e-12);
    }

    [Fact]
    public void Return_rates_by_reason_divide_by_all_units_shipped()
    {
        var rates = ReturnRates.ByReason(Scenario().Orders);

        // All units shipped: 5 + 4 + 1 = 10. Changed mind 1, defective 2, damaged in transit 1, the others 0.
        rates.Should().HaveCount(5);
        rates[ReturnReason.ChangedMind].Should().Be(new ReturnRate(1, 10));
        rates[ReturnReason.Defective].Rate.Should().BeApproximately(0.2, 1e-12);
        rates[ReturnReason.DamagedInTransit].Rate.Should().BeApproximately(0.1, 1e-12);
        rates[ReturnReason.WrongItem].Rate.Should().Be(0);
        rates[ReturnReason.NotAsDescribed].Rate.Should().Be(0);

        // The reasons add up to the overall rate: 4 returned of 10.
        rates.Values.Sum(r => r.Returned).Should().Be(4);
        ReturnRates.ByReason([]).Values.Should().OnlyContain(r => r.Rate == 0);
    }

    [Fact]
    public void Otif_and_perfect_order_rate_come_straight_from_the_orders()
    {
        var (orders, delivered) = Scenario();
        LocalDate? On(BuyerOrder o) => delivered.TryGetValue(o.Id, out var d) ? d : null;

        var outcomes = orders.Select(o => OrderOutcome.From(o, On(o))).ToList();

        // SO-1 in full, 5 March (early counts as on time): OTIF. SO-2 in full but 7 March > 6 March: late.
        // SO-3 0 of 1 shipped, not delivered (late). SO-4 in full, 5 March: OTIF. OTIF = 2/4 = 0.5.
        outcomes[2].Lines.Single().Should().Be(new OrderLineOutcome { Ordered = 1, Shipped = 0, Timing = DeliveryTiming.Late });
        outcomes[1].Lines.Single().Timing.Should().Be(DeliveryTiming.Late);
        FulfilmentKpis.Otif(outcomes).Should().Be(0.5);
        // Order fill rate: SO-1, SO-2, SO-4 in full = 3/4.
        FulfilmentKpis.OrderFillRate(outcomes).Should().Be(0.75);

        // Perfect: SO-1 is OTIF but returned defective mugs (not perfect condition); SO-2 late; SO-3 not delivered;
        // SO-4 delivered in full, on time, no return → 1 perfect of 4 = 0.25.
        var assessments = orders.Select(o => PerfectOrderAssessment.From(o, On(o), documentationAccurate: true)).ToList();
        assessments.Select(a => a.IsPerfect).Should().Equal(false, false, false, true);
        assessments[0].PerfectCondition.Should().BeFalse();
        assessments[0].OnTimeToCommitDate.Should().BeTrue();
        assessments[2].DeliveredInFull.Should().BeFalse();
        FulfilmentKpis.PerfectOrderRate(assessments).Should().Be(0.25);

        // With a day's tolerance after the promise, SO-2 (7 March) is on time: OTIF 3/4.
        FulfilmentKpis.Otif(orders.Select(o => OrderOutcome.From(o, On(o), new DeliveryWindow(o.PromisedDelivery, daysLateAllowed: 1)))).Should().Be(0.75);
    }

    [Fact]
    public void Delivery_days_count_orders_by_days_from_the_order_date()
    {
        var (orders, delivered) = Scenario();

        // Placed 2 March (UTC): SO-1 and SO-4 delivered on the 5th = 3 days, SO-2 on the 7th = 5 days; SO-3 left out.
        var days = FulfilmentKpis.DeliveryDays(orders, delivered);

        days.Should().Equal(new Dictionary<int, int> { [3] = 2, [5] = 1 });
        days.Keys.Should().BeInAscendingOrder();
        var early = new Dictionary<OrderId, LocalDate> { [orders[0].Id] = new LocalDate(2026, 3, 1) };
        ((Action)(() => FulfilmentKpis.DeliveryDays(orders, early))).Should().Throw<ArgumentException>().WithParameterName("deliveredOn");
    }
}
