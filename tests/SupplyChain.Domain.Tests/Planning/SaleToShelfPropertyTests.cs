using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Planning;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Products;
using static SupplyChain.Domain.Tests.Products.SupplyNetworkFixture;

namespace SupplyChain.Domain.Tests.Planning;

/// <summary>The sale-to-shelf run conserves units on generated days.</summary>
public sealed class SaleToShelfPropertyTests
{
    private const int Runs = 150;
    private static readonly LocalDate Day = new(2027, 1, 4);
    private static readonly Instant At = Instant.FromUtc(2027, 1, 4, 18, 0);

    /// <summary>One drawn SKU: units sold, the agreement's order multiple and MOQ (a multiple of it), its factory index, inbound days.</summary>
    public sealed record RawSku(int Sold, int Multiple, int MoqPacks, int Factory, int InboundDays)
    {
        public int Moq => Multiple * MoqPacks;
    }

    /// <summary>One drawn day: the SKUs, each factory's units per day and finishing days, and a peer's booking already on each book (0 for none).</summary>
    public sealed record Scenario(RawSku[] Skus, (int PerDay, int Finishing, int PeerUnits)[] Factories)
    {
        public override string ToString() =>
            $"skus [{string.Join(", ", Skus.Select(s => $"sold {s.Sold} moq {s.Moq}×{s.Multiple} @F-{s.Factory} +{s.InboundDays}d"))}], " +
            $"factories [{string.Join(", ", Factories.Select(f => $"{f.PerDay}/day fin {f.Finishing} peer {f.PeerUnits}"))}]";
    }

    /// <summary>
    /// 1 to 6 SKUs, each selling 0 (one draw in six) or 1 to 500 units, with an order multiple of 1 to 48 and an MOQ of
    /// 1 to 5 multiples, at one of 3 factories, 0 to 60 inbound days; each factory makes 10 to 2000 units a day
    /// (Monday to Saturday), finishes in 0 to 3 working days and holds a peer's booking of 0 (none, one draw in two) or
    /// 1 to 5000 units. The worst draw (6 × 2400 units plus 5000 at 10 a day) ends well inside the planning horizon.
    /// </summary>
    private static readonly Gen<Scenario> Scenarios =
        from count in Gen.Choose(1, 6)
        from skus in (
            from sold in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 500)))
            from multiple in Gen.Choose(1, 48)
            from packs in Gen.Choose(1, 5)
            from factory in Gen.Choose(0, 2)
            from inbound in Gen.Choose(0, 60)
            select new RawSku(sold, multiple, packs, factory, inbound)).ArrayOf(count)
        from factories in (
            from perDay in Gen.Choose(10, 2000)
            from finishing in Gen.Choose(0, 3)
            from peer in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 5000)))
            select (perDay, finishing, peer)).ArrayOf(3)
        select new Scenario(skus, factories);

    private static readonly Arbitrary<Scenario> Any = Scenarios.ToArbitrary();

    private static (SupplyNetwork Network, Dictionary<FacilityId, CapacityBook> Books, SkuDay[] Skus) Build(Scenario s)
    {
        var network = new SupplyNetwork();
        var books = new Dictionary<FacilityId, CapacityBook>();
        for (var f = 0; f < s.Factories.Length; f++)
        {
            var id = new FacilityId("F-" + f);
            network.AddFacility(Factory(id, "M-" + f, "Shenzhen"));
            var book = new CapacityBook(id, new ProductionCapacity(s.Factories[f].PerDay, WorkingCalendar.MondayToSaturday, s.Factories[f].Finishing), FirstComeAllocation.Instance);
            if (s.Factories[f].PeerUnits > 0)
            {
                book.Book(new CapacityBooking(new PartyId("seller-B"), s.Factories[f].PeerUnits, Day));
            }

            books.Add(id, book);
        }

        var skus = new SkuDay[s.Skus.Length];
        for (var i = 0; i < s.Skus.Length; i++)
        {
            var raw = s.Skus[i];
            var product = new ProductId("P-" + i);
            network.AddProduct(Product(product, "seller-A"));
            network.AddSourcingAgreement(SaleToShelfTests.Agreement(product, new FacilityId("F-" + raw.Factory), 1.5m + i, raw.Moq, raw.Multiple));
            skus[i] = new SkuDay(product, raw.Sold, new InventoryPosition(100), raw.InboundDays);
        }

        return (network, books, skus);
    }

    [Property(MaxTest = Runs)]
    public Property Units_released_equal_units_ordered_equal_units_booked() => Prop.ForAll(Any, s =>
    {
        var (network, books, skus) = Build(s);
        var before = books.Values.Sum(b => b.Bookings.Sum(x => (long)x.Units));

        var result = SaleToShelf.Run(network, books, skus, Day, At, "PO");

        var released = result.Decisions.Values.Sum(d => d.Quantity);
        var ordered = result.PurchaseOrders.Sum(o => o.Lines.Sum(l => (long)l.Ordered.Quantity));
        var booked = books.Values.Sum(b => b.Bookings.Sum(x => (long)x.Units)) - before;
        var promised = result.Promises.Sum(p => (long)p.Booking.Units);
        return released == ordered && ordered == booked && booked == promised && result.Lines.Sum(l => (long)l.Units) == released;
    });

    [Property(MaxTest = Runs)]
    public Property Each_line_is_the_smallest_allowed_order_covering_the_sale_and_arrives_after_its_ready_date() => Prop.ForAll(Any, s =>
    {
        var (network, books, skus) = Build(s);

        var result = SaleToShelf.Run(network, books, skus, Day, At, "PO");

        var distinctFactories = s.Skus.Where(k => k.Sold > 0).Select(k => k.Factory).Distinct().Count();
        return result.PurchaseOrders.Count == distinctFactories
            && s.Skus.Select((raw, i) =>
            {
                var line = result.Lines.SingleOrDefault(l => l.Product == new ProductId("P-" + i));
                if (raw.Sold == 0)
                {
                    return line is null;
                }

                // At least the sale and the MOQ, a multiple, and less than one multiple above the larger of the two.
                var floor = Math.Max(raw.Sold, raw.Moq);
                return line is not null
                    && line.Units >= floor && line.Units % raw.Multiple == 0 && line.Units - floor < raw.Multiple
                    && line.Factory == new FacilityId("F-" + raw.Factory)
                    && line.ExpectedArrival == line.ReadyDate.PlusDays(raw.InboundDays);
            }).All(ok => ok);
    });

    [Fact]
    public void The_generator_reaches_every_case_it_claims()
    {
        Reach.Covers(Scenarios, Runs, s => s.Skus.Select(k => k.Sold == 0 ? "no sale"
                : k.Sold < k.Moq ? "raised to the MOQ"
                : k.Sold % k.Multiple != 0 ? "rounded to the multiple"
                : "exact")
            .Append(s.Skus.Where(k => k.Sold > 0).Select(k => k.Factory).Distinct().Count() switch { 0 => "no order", 1 => "one order", _ => "several orders" })
            .Append(s.Skus.Where(k => k.Sold > 0).GroupBy(k => k.Factory).Any(g => g.Count() > 1) ? "an order of several lines" : "single-line orders")
            .Append(s.Factories.Any(f => f.PeerUnits > 0) ? "a peer booked first" : "empty books")
            .Append(s.Skus.Length == 6 ? "six SKUs" : "fewer SKUs"),
            ["no sale", "raised to the MOQ", "rounded to the multiple", "exact", "no order", "one order", "several orders",
             "an order of several lines", "single-line orders", "a peer booked first", "empty books", "six SKUs", "fewer SKUs"]);
    }
}
