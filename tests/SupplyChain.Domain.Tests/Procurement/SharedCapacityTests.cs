using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Tests.Products;
using static SupplyChain.Domain.Tests.Products.SupplyNetworkFixture;

namespace SupplyChain.Domain.Tests.Procurement;

/// <summary>
/// From "my product" to the capacity book my peers and I draw on, on the network of <see cref="SupplyNetworkFixture"/>:
/// seller A's mug and seller B's mug are both made at F-SZ (A's first choice); seller C's bottle only shares A's resin
/// producer, not the factory.
/// </summary>
public sealed class SharedCapacityTests
{
    private static readonly PartyId SellerA = new("seller-A");
    private static readonly PartyId SellerB = new("seller-B");
    private static readonly PartyId SellerX = new("seller-X");

    [Fact]
    public void My_product_leads_to_its_factorys_book_its_peers_and_their_holdings()
    {
        var network = SupplyNetworkFixture.Build();
        var shenzhen = ShenzhenBook();
        var yiwu = new CapacityBook(Yiwu, new ProductionCapacity(500, WorkingCalendar.MondayToSaturday, 1), FirstComeAllocation.Instance);

        var shared = SharedCapacity.Of(network, MugA, AsOf, new Dictionary<FacilityId, CapacityBook> { [Shenzhen] = shenzhen, [Yiwu] = yiwu });

        shared.Book.Should().BeSameAs(shenzhen, "A's agreement in force (priority 1) is at F-SZ");
        shared.Agreement.Factory.Should().Be(Shenzhen);
        shared.Seller.Should().Be(SellerA);
        shared.Peers.Select(p => p.Product).Should().Equal([MugB], "B's mug shares the factory; C's bottle only the resin producer");

        // Booked: B 3000, A 1000, X (a buyer outside the network) 1000; 5000 in all. B holds 3000 / 5000 = 0.6, A and X
        // 0.2 each (A before X by id); A's contract reserves 0.3 of the daily capacity.
        shared.BookedUnits.Should().Be(5000);
        shared.Holdings.Select(h => (h.Seller.Value, h.Bookings, h.BookedUnits, h.ShareOfBookedUnits, h.ContractedShare)).Should().Equal(
            ("seller-B", 1, 3000L, 0.6m, 0m),
            ("seller-A", 1, 1000L, 0.2m, 0.3m),
            ("seller-X", 1, 1000L, 0.2m, 0m));
        shared.Holdings[1].ToString().Should().Be("seller-A: 1 bookings, 1000 units (0.2 of booked), contracted 0.3");
    }

    [Fact]
    public void Sellers_with_nothing_booked_are_listed_with_nothing()
    {
        var network = SupplyNetworkFixture.Build();
        var empty = new CapacityBook(Shenzhen, new ProductionCapacity(1000, WorkingCalendar.MondayToSaturday, 2), FirstComeAllocation.Instance);

        var shared = SharedCapacity.Of(network, MugB, AsOf, new Dictionary<FacilityId, CapacityBook> { [Shenzhen] = empty });

        // The product's seller (B) and its peer's seller (A), 0 units each, by id.
        shared.Holdings.Select(h => (h.Seller.Value, h.BookedUnits, h.ShareOfBookedUnits)).Should().Equal(("seller-A", 0L, 0m), ("seller-B", 0L, 0m));
    }

    [Fact]
    public void Refusals_say_what_is_missing()
    {
        var network = SupplyNetworkFixture.Build();
        var books = new Dictionary<FacilityId, CapacityBook> { [Shenzhen] = ShenzhenBook() };

        // The agreements start on 1 January 2025.
        FluentActions.Invoking(() => SharedCapacity.Of(network, MugA, new LocalDate(2024, 12, 31), books))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.ProductsAgreementInForce)
            .WithMessage("Cannot find the capacity book of P-A-MUG: it has no sourcing agreement in force on 2024-12-31.");
        FluentActions.Invoking(() => SharedCapacity.Of(network, BottleC, AsOf, books))
            .Should().Throw<ArgumentException>().WithParameterName("books")
            .WithMessage("books has no capacity book for factory F-YW, which makes P-C-BOTTLE on 2025-03-01.*");
        FluentActions.Invoking(() => SharedCapacity.Of(network, BottleC, AsOf, new Dictionary<FacilityId, CapacityBook> { [Yiwu] = ShenzhenBook() }))
            .Should().Throw<ArgumentException>().WithParameterName("books")
            .WithMessage("books holds the capacity book of factory F-SZ under the key F-YW.*");
        FluentActions.Invoking(() => SharedCapacity.Of(network, new ProductId("P-NONE"), AsOf, books))
            .Should().Throw<ArgumentException>().WithParameterName("product");
    }

    private static CapacityBook ShenzhenBook()
    {
        var rule = new ReservedShareAllocation(new Dictionary<PartyId, decimal> { [SellerA] = 0.3m });
        var book = new CapacityBook(Shenzhen, new ProductionCapacity(1000, WorkingCalendar.MondayToSaturday, 2), rule);
        book.Book([
            new CapacityBooking(SellerB, 3000, new LocalDate(2025, 3, 3)),
            new CapacityBooking(SellerA, 1000, new LocalDate(2025, 3, 3)),
            new CapacityBooking(SellerX, 1000, new LocalDate(2025, 3, 4)),
        ]);
        return book;
    }
}
