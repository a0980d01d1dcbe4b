using LastMileSample;
using NodaTime;
using Spectre.Console.Testing;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// samples/LastMile's numbers worked by hand (issue 16), so that its snapshot is not the only check. The network
/// (samples/LastMile/Program.cs, invented): storage centres MDW2 (Chicago time) and ONT8 (Los Angeles time), Monday to
/// Saturday, cut-off 18:00; regional central warehouses RCW-CHI and RCW-LAX, Monday to Saturday, cut-off 22:00; stations
/// DCH1 and DLA1, Monday to Friday, cut-off 09:00, 5 parcels a day. Line hauls MDW2 → RCW-CHI 2 h, ONT8 → RCW-LAX 2 h,
/// ONT8 → RCW-CHI 40 h, RCW-CHI → DCH1 4 h, RCW-LAX → DLA1 3 h. Partner (Los Angeles only): cut-off 20:00 Los Angeles time,
/// 1 working day, Monday to Saturday, 6.50 USD against the network's 4.00. Picking: 2 hours. The week: Monday 2026-03-09
/// (03-14 is a Saturday, 03-16 the next Monday); both zones are on daylight saving time (CDT UTC−5, PDT UTC−7).
/// </summary>
public sealed class LastMileSampleTests
{
    private static readonly Lazy<LastMileResults> Results = new(() => Program.Run(new TestConsole().Width(SampleOutputTests.Columns)));

    private static OrderRow Order(int number) => Results.Value.Orders.Single(o => o.Order.Id == new OrderId($"LM-{number:00}"));

    [Fact]
    public void An_order_picked_past_the_cut_off_takes_the_next_departure_and_a_failed_attempt_is_re_attempted_the_next_working_day()
    {
        // LM-05 (k = 4): Chicago, Monday 17:05 CDT; 2 kettles, a lamp, 2 mugs = 3.2 + 1.2 + 0.8 = 5.2 kg > 5 kg: two parcels.
        // Promise from the order instant: 17:05 ≤ 18:00 at MDW2 → leaves Mon 18:00, RCW-CHI 20:00 ≤ 22:00 → leaves 22:00,
        // DCH1 Tue 02:00 ≤ 09:00 → Tuesday 03-10. Ready after picking at 19:05 > 18:00: the cut-off is missed, the parcels
        // leave on Tuesday at 18:00 and are at DCH1 on Wednesday 02:00 → out on Wednesday 03-11. Parcel 1 finds no one home
        // on Wednesday; DCH1's next working day is Thursday 03-12, when it is delivered: the order is 2 days late.
        var order = Order(5);
        order.Order.PromisedDelivery.Should().Be(new LocalDate(2026, 3, 10));
        order.Parcels.Should().HaveCount(2);
        var first = order.Parcels[0];
        first.Choice.Reason.Should().Be(LastMileChoiceReason.OnlyOption, "no partner serves Chicago");
        var step = first.Choice.Chosen.MissedCutOffs.Should().ContainSingle().Subject;
        step.Facility.Should().Be(new FacilityId("MDW2"));
        step.Delays.Should().Equal(new PromiseDelay(new LocalDate(2026, 3, 9), PromiseDelayReason.MissedCutOff));
        step.Date.Should().Be(new LocalDate(2026, 3, 10));
        first.Choice.Chosen.PromisedDate.Should().Be(new LocalDate(2026, 3, 11));
        first.Attempts!.FailedAttempts.Should().Be(1);
        first.Attempts.IsValidChain.Should().BeTrue();
        first.Delivered.Should().Be(new LocalDate(2026, 3, 12));
        order.Parcels[1].Delivered.Should().Be(new LocalDate(2026, 3, 11));
        order.Delivered.Should().Be(new LocalDate(2026, 3, 12));
    }

    [Fact]
    public void A_weekend_at_the_station_moves_the_promise_to_Monday()
    {
        // LM-29 (k = 28): Chicago, Friday 03-13 08:40 CDT, a lamp. MDW2 Fri 18:00 → RCW-CHI 20:00 → leaves 22:00 → DCH1
        // Saturday 02:00; DCH1 works Monday to Friday, so Saturday and Sunday are closed days → Monday 03-16.
        var order = Order(29);
        order.Order.PromisedDelivery.Should().Be(new LocalDate(2026, 3, 16));
        var delivery = order.Parcels.Single().Choice.Chosen.Steps[^1];
        delivery.Delays.Should().Equal(
            new PromiseDelay(new LocalDate(2026, 3, 14), PromiseDelayReason.Closed),
            new PromiseDelay(new LocalDate(2026, 3, 15), PromiseDelayReason.Closed));
        order.Delivered.Should().Be(new LocalDate(2026, 3, 16));
    }

    [Fact]
    public void A_full_station_moves_the_parcel_to_its_next_working_day()
    {
        // Parcels reaching DCH1 over the weekend go out on Monday 03-16. Booked in the order they are ready: LM-25's two
        // parcels (from ONT8, Chicago's kettles being short at MDW2: ready Thu 18:20 CDT = 16:20 PDT ≤ 18:00 at ONT8, leaves
        // Thu 18:00 PDT = Fri 01:00Z, + 40 h = Sat 17:00Z = 12:00 CDT at RCW-CHI, leaves 22:00, DCH1 Sun 02:00), LM-27
        // (ready Thu 20:30, leaves MDW2 Fri), LM-29 (ready Fri 10:40) and LM-31 (ready Fri 15:50): 5, the capacity.
        // LM-33 (Friday 17:05, so quoted after LM-31 was booked) is promised Tuesday 03-17 and delivered then.
        Results.Value.Ledger.Booked(new FacilityId("DCH1"), new LocalDate(2026, 3, 16)).Should().Be(5);
        Order(25).Parcels.Should().OnlyContain(p => p.Parcel.Location == new FacilityId("ONT8") && p.Delivered == new LocalDate(2026, 3, 16));
        var order = Order(33);
        order.Order.PromisedDelivery.Should().Be(new LocalDate(2026, 3, 17));
        order.Parcels.Single().Choice.Chosen.Steps[^1].Delays.Should().Contain(new PromiseDelay(new LocalDate(2026, 3, 16), PromiseDelayReason.CapacityFull));
        order.Delivered.Should().Be(new LocalDate(2026, 3, 17));
    }

    [Fact]
    public void The_partner_is_chosen_when_only_it_still_meets_the_promise()
    {
        // LM-04 (k = 3): Los Angeles, Monday 16:20 PDT. Quote: network 16:20 ≤ 18:00 at ONT8 → RCW-LAX 20:00 → leaves 22:00
        // → DLA1 Tue 01:00 → Tuesday 03-10; partner 16:20 ≤ 20:00 → handed over Monday, + 1 working day → Tuesday. Promise
        // Tuesday. Ready at 18:20: the network misses ONT8's 18:00 → Wednesday 03-11; the partner's 20:00 is still ahead →
        // Tuesday, the only one on time: chosen although dearer (6.50 against 4.00 USD).
        var parcel = Order(4).Parcels.Single();
        parcel.Choice.Reason.Should().Be(LastMileChoiceReason.CheapestOnTime);
        parcel.Choice.Chosen.Kind.Should().Be(LastMileKind.LocalPartner);
        parcel.Choice.Candidates.Select(c => c.PromisedDate).Should().Equal(new LocalDate(2026, 3, 11), new LocalDate(2026, 3, 10));
        parcel.Delivered.Should().Be(new LocalDate(2026, 3, 10));
    }

    [Fact]
    public void When_neither_carrier_meets_the_promise_the_earliest_and_then_cheaper_is_chosen()
    {
        // LM-06 (k = 5): Los Angeles, Monday 18:30 PDT, 2 mugs. Quote: the network misses 18:00 → Tue 18:00 → DLA1 Wed 01:00
        // → Wednesday 03-11; the partner 18:30 ≤ 20:00 → Monday + 1 → Tuesday 03-10: promised Tuesday. Ready at 20:30: the
        // partner's 20:00 is missed too → handed over Tuesday → Wednesday. Both Wednesday: the cheaper, the network; 1 day late.
        var order = Order(6);
        order.Order.PromisedDelivery.Should().Be(new LocalDate(2026, 3, 10));
        var parcel = order.Parcels.Single();
        parcel.Choice.Reason.Should().Be(LastMileChoiceReason.EarliestWhenNoneOnTime);
        parcel.Choice.Chosen.Kind.Should().Be(LastMileKind.PlatformNetwork);
        order.Delivered.Should().Be(new LocalDate(2026, 3, 11));
    }

    [Fact]
    public void Failed_attempts_are_re_attempted_across_the_weekend_and_three_failures_return_the_parcel()
    {
        // LM-16 (k = 15): Los Angeles, Wednesday 11:15, a lamp: ONT8 Wed 18:00 → DLA1 Thu 01:00 → Thursday 03-12. Address
        // problem on Thursday, no one home on Friday; DLA1 works Monday to Friday → Monday 03-16, delivered.
        var sixteen = Order(16).Parcels.Single();
        sixteen.Attempts!.FailedAttempts.Should().Be(2);
        sixteen.Delivered.Should().Be(new LocalDate(2026, 3, 16));

        // LM-27 (k = 26): Chicago, Thursday 18:30 → MDW2 Fri 18:00 → DCH1 Sat 02:00 → Monday 03-16. Failed on Monday,
        // Tuesday and Wednesday (the third): back at the station, then to the sender; the order is never delivered.
        var order = Order(27);
        var parcel = order.Parcels.Single();
        parcel.Attempts!.Stage.Should().Be(DeliveryAttemptStage.ReturnedToSender);
        parcel.Attempts.FailedAttempts.Should().Be(3);
        parcel.Shipment!.Delivery.TransportStatus.Should().Be(TransportStatus.ReturnedToSender);
        order.Delivered.Should().BeNull();

        // Its 2 mugs (k % 5 = 1) are booked back into MDW2's fulfillable stock on Thursday 03-19, DCH1's next working day
        // after the third failure, at 12:00 CDT = 17:00Z.
        var mugs = Results.Value.Centres.Single(c => c.Facility == new FacilityId("MDW2")).Ledgers.Single(l => l.Product == new ProductId("MUG-350"));
        mugs.Movements.Where(m => m.Kind == StockMovementKind.TransferIn).Select(m => (m.Quantity, m.At)).Should().Contain((2, Instant.FromUtc(2026, 3, 19, 17, 0)));
    }

    [Fact]
    public void An_order_without_stock_in_time_is_cancelled_and_the_totals_follow()
    {
        // ONT8 holds 4 towel sets; Los Angeles orders with towels are k % 5 = 3 and k odd: LM-04, LM-14, LM-24, LM-34, then
        // LM-44, which finds none (and Los Angeles buyers are offered only ONT8): cancelled, nothing reserved.
        var cancelled = Order(44);
        cancelled.Order.Status.Should().Be(BuyerOrderStatus.Cancelled);
        cancelled.Order.ReservedUnits.Should().Be(0);

        // Units: per five orders 1 + 2 + 2 + 2 + 5 = 12, so 120 ordered; LM-44's towel set and lamp are not shipped: 118.
        // Unit fill rate 118 / 120; order fill rate 49 / 50.
        var kpis = Results.Value.Kpis;
        kpis.UnitFillRate.Should().BeApproximately(118.0 / 120, 1e-12);
        kpis.OrderFillRate.Should().BeApproximately(49.0 / 50, 1e-12);

        // Not on time in full: picked past a cut-off LM-05, LM-06, LM-11 (Tue 16:20 CHI, ready 18:20 → Thu instead of Wed),
        // LM-20 (as LM-06, on Wednesday), LM-34 (Fri 18:30 LA: promised Saturday by the partner, both carriers then Monday);
        // failed attempts LM-16 (and LM-05); returned to the sender LM-27; cancelled LM-44. OTIF = (50 − 8) / 50.
        Results.Value.Orders.Where(o => !(o.Delivered is { } d && d <= o.Order.PromisedDelivery)).Select(o => o.Order.Id.ToString())
            .Should().Equal("LM-05", "LM-06", "LM-11", "LM-16", "LM-20", "LM-27", "LM-34", "LM-44");
        kpis.Otif.Should().BeApproximately(42.0 / 50, 1e-12);

        // Days to delivery, from the order's local date: 48 orders delivered (all but LM-27 and LM-44), none the same day
        // (every promise is at least the next day); the longest LM-16, Wednesday 03-11 to Monday 03-16 = 5 days.
        kpis.DeliveryDays.Values.Sum().Should().Be(48);
        kpis.DeliveryDays.Keys.Should().NotContain(0);
        kpis.DeliveryDays.Keys.Max().Should().Be(5);
        kpis.DeliveryDays[5].Should().Be(1);
    }

    [Fact]
    public void The_two_returns_go_into_the_bucket_of_their_condition()
    {
        // LM-11's lamp comes back unused (sellable) into MDW2's fulfillable bucket; LM-30's kettle is defective: into ONT8's
        // defective bucket, empty before. Each is 1 unit of 118 shipped; the kettle 1 of 30 shipped (10 orders of 1 and 10 of 2).
        var returns = Results.Value.Returns;
        returns.Select(r => (r.Order.ToString(), r.Return.Bucket, r.Centre.ToString(), r.BucketAfter - r.BucketBefore)).Should().Equal(
            ("LM-11", StockBucket.Fulfillable, "MDW2", 1),
            ("LM-30", StockBucket.UnfulfillableDefective, "ONT8", 1));
        returns[1].BucketBefore.Should().Be(0);
        Results.Value.Kpis.ReturnsByReason[ReturnReason.ChangedMind].Should().Be(new ReturnRate(1, 118));
        Results.Value.Kpis.ReturnsByReason[ReturnReason.Defective].Should().Be(new ReturnRate(1, 118));
        Results.Value.Kpis.ReturnsBySku[new Sku("KETTLE-17")].Should().Be(new ReturnRate(1, 30));
    }
}
