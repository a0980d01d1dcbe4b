using NodaTime;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Orders;
using static SupplyChain.Domain.Tests.Fulfilment.LastMileNetworkTestData;
using static SupplyChain.Domain.Tests.Orders.OrdersFixture;

namespace SupplyChain.Domain.Tests.Orders;

/// <summary>
/// The allocation asks the last-mile network (issue 16): <see cref="LastMileDeliveryPromise"/> over the invented US
/// network of LastMileNetworkTestData (ONT8 → RCW-JOL → DCH1; partner Example Parcel Co, Los Angeles
/// time, Monday–Friday, cut-off 17:00, 3 working days).
/// </summary>
public sealed class LastMileDeliveryPromiseTests
{
    // Thursday 2026-03-05 21:30 PST, as in LastMilePromiseTests.
    private static readonly Instant ThursdayEvening = new LocalDateTime(2026, 3, 5, 21, 30).At(LosAngelesTime);

    private static readonly StockLocation Ontario = Location(new FacilityId("ONT8"), lamps: 10, mugs: 10);

    [Fact]
    public void The_network_promise_is_the_date_when_it_is_the_earliest()
    {
        // Network (docs/last-mile-network.md worked example): misses ONT8's Thursday 20:00 cut-off, leaves Friday 20:00
        // PST, reaches Joliet Sunday 15:00 CDT (closed), leaves Monday 22:00 CDT, DCH1 at 04:00 CDT Tuesday, before its
        // 10:00 cut-off → Tuesday 2026-03-10.
        // Partner: 21:30 is after its 17:00 cut-off → hand-over Friday 03-06; 3 working days Mon–Fri → Mon 9, Tue 10,
        // Wed 11 → Wednesday 2026-03-11. Earliest: 03-10.
        var promise = new LastMileDeliveryPromise(Network(), [Partner()], StationCapacityLedger.Empty);

        promise.EarliestDelivery(Ontario, ChicagoBuyer, ThursdayEvening).Should().Be(new LocalDate(2026, 3, 10));
    }

    [Fact]
    public void A_partner_earlier_than_the_network_gives_the_date_and_the_ledger_is_not_booked()
    {
        // DCH1 closed Tuesday 10 to Thursday 12 March: the network's parcel is at DCH1 on Tuesday 04:00 CDT and goes out
        // on the next working day, Friday 2026-03-13. The partner still delivers Wednesday 2026-03-11 (above), the
        // earliest, although the chooser without a required date would pick the cheaper network (4.00 < 6.50 USD).
        var closed = ChicagoStation(closure: new DateInterval(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 12)));
        var ledger = StationCapacityLedger.Empty;
        var promise = new LastMileDeliveryPromise(Network(closed), [Partner()], ledger);

        promise.EarliestDelivery(Ontario, ChicagoBuyer, ThursdayEvening).Should().Be(new LocalDate(2026, 3, 11));
        promise.Ledger.TotalBooked.Should().Be(0, "a quote books nothing");
    }

    [Fact]
    public void A_location_outside_the_network_or_an_address_nothing_serves_gets_no_date()
    {
        var promise = new LastMileDeliveryPromise(Network(), [], StationCapacityLedger.Empty);

        // LAX9 is not a facility of this network; Denver 80202 matches no postal-code row and there is no partner.
        promise.EarliestDelivery(Location(Lax9, lamps: 1, mugs: 0), ChicagoBuyer, ThursdayEvening).Should().BeNull();
        promise.EarliestDelivery(Ontario, DenverBuyer, ThursdayEvening).Should().BeNull();
    }

    [Fact]
    public void Allocation_uses_the_promised_date_of_the_network()
    {
        // Promise to the buyer Tuesday 03-10: the network's 03-10 (first test) meets it, LAX9 (not in the network) cannot
        // deliver, so everything is taken from ONT8 and reserved there: 10 − 2 = 8 lamps stay fulfillable.
        var ontario = Location(new FacilityId("ONT8"), lamps: 10, mugs: 10);
        var lax = Location(Lax9, lamps: 10, mugs: 10);
        var order = new BuyerOrder(new OrderId("SO-LM-1"), ChicagoBuyer, ThursdayEvening, new LocalDate(2026, 3, 10), [Line(LampSku, 2)]);

        var allocation = order.Allocate(ThursdayEvening, [lax, ontario], Catalogue, new LastMileDeliveryPromise(Network(), [Partner()], StationCapacityLedger.Empty), SplitAllowed).Allocation;

        allocation.Lines.Select(l => (l.Location, l.Units)).Should().Equal((new FacilityId("ONT8"), 2));
        Balance(ontario, Lamp, SupplyChain.Domain.Inventory.StockBucket.Fulfillable).Should().Be(8);
        Balance(lax, Lamp, SupplyChain.Domain.Inventory.StockBucket.Fulfillable).Should().Be(10);
    }
}
