using NodaTime;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Tests.Analytics;

/// <summary>
/// The delivery-day distribution counted from the order's local date (found with samples/LastMile, issue 16): delivery
/// dates are local dates, so counting from the UTC date of the order instant made a Los Angeles evening order delivered
/// the next day a 0-day delivery.
/// </summary>
public sealed class DeliveryDaysInLocalDatesTests
{
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly CountryCode US = CountryCode.Parse("US");

    // Los Angeles: Monday 2026-03-09 19:00 PDT (UTC−7) = Tuesday 02:00Z, delivered Tuesday 03-10.
    private static readonly BuyerOrder EveningInLosAngeles = Order("SO-LA", new LocalDateTime(2026, 3, 9, 19, 0), LosAngeles);

    // Chicago: Monday 2026-03-09 10:00 CDT (UTC−5) = 15:00Z, the same date either way; delivered Wednesday 03-11.
    private static readonly BuyerOrder MorningInChicago = Order("SO-CHI", new LocalDateTime(2026, 3, 9, 10, 0), Chicago);

    // Shanghai: Tuesday 2026-03-10 07:00 CST (UTC+8) = Monday 23:00Z; delivered Wednesday 03-11.
    private static readonly BuyerOrder MorningInShanghai = Order("SO-SH", new LocalDateTime(2026, 3, 10, 7, 0), Shanghai);

    private static readonly Dictionary<OrderId, LocalDate> Delivered = new()
    {
        [EveningInLosAngeles.Id] = new LocalDate(2026, 3, 10),
        [MorningInChicago.Id] = new LocalDate(2026, 3, 11),
        [MorningInShanghai.Id] = new LocalDate(2026, 3, 11),
    };

    private static readonly Dictionary<BuyerOrder, DateTimeZone> Zones = new()
    {
        [EveningInLosAngeles] = LosAngeles,
        [MorningInChicago] = Chicago,
        [MorningInShanghai] = Shanghai,
    };

    [Fact]
    public void Days_count_from_the_order_date_in_its_own_zone()
    {
        // Local dates: Los Angeles 03-09 → 03-10 = 1 day; Chicago 03-09 → 03-11 = 2 days; Shanghai 03-10 → 03-11 = 1 day.
        FulfilmentKpis.DeliveryDays([EveningInLosAngeles, MorningInChicago, MorningInShanghai], Delivered, o => Zones[o])
            .Should().Equal(new Dictionary<int, int> { [1] = 2, [2] = 1 });

        // UTC dates (the two-argument overload, unchanged): Los Angeles 03-10 → 03-10 = 0; Chicago 2; Shanghai 03-09 → 03-11 = 2.
        FulfilmentKpis.DeliveryDays([EveningInLosAngeles, MorningInChicago, MorningInShanghai], Delivered)
            .Should().Equal(new Dictionary<int, int> { [0] = 1, [2] = 2 });
    }

    [Fact]
    public void A_delivery_before_the_local_order_date_or_a_missing_zone_is_refused()
    {
        // Shanghai delivered on 03-09: the UTC date of the order (03-09) allows it, its local date (03-10) does not.
        var early = new Dictionary<OrderId, LocalDate> { [MorningInShanghai.Id] = new LocalDate(2026, 3, 9) };
        FulfilmentKpis.DeliveryDays([MorningInShanghai], early).Should().Equal(new Dictionary<int, int> { [0] = 1 });
        FluentActions.Invoking(() => FulfilmentKpis.DeliveryDays([MorningInShanghai], early, _ => Shanghai))
            .Should().Throw<ArgumentException>().WithParameterName("deliveredOn");

        FluentActions.Invoking(() => FulfilmentKpis.DeliveryDays([MorningInShanghai], Delivered, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("orderZone");
        FluentActions.Invoking(() => FulfilmentKpis.DeliveryDays([MorningInShanghai], Delivered, _ => null!))
            .Should().Throw<ArgumentException>().WithParameterName("orderZone");

        // An order not delivered is left out without asking for its zone.
        FulfilmentKpis.DeliveryDays([MorningInShanghai], new Dictionary<OrderId, LocalDate>(), _ => throw new InvalidOperationException("not asked"))
            .Should().BeEmpty();
    }

    private static BuyerOrder Order(string id, LocalDateTime placed, DateTimeZone zone) => new(
        new OrderId(id), new Address(US, "Anywhere") { PostalCode = "00000" }, placed.InZoneStrictly(zone).ToInstant(), new LocalDate(2026, 3, 12),
        [new SkuQuantity(new Sku("LAMP-01"), 1)]);
}
