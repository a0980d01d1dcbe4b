using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Orders;
using static SupplyChain.Domain.Tests.Orders.OrdersFixture;

namespace SupplyChain.Domain.Tests.Orders;

/// <summary>
/// Invariants of buyer orders over random sequences of orders, shipments and cancellations drawing on the same two stock
/// locations (seeded, so every failure replays): every unit of an allocated order is in exactly one parcel; the reserved
/// stock of every ledger equals the units of the open orders' unshipped parcels there; a refused command changes neither
/// the order nor any ledger; each order rebuilt from its history is the same order; and a return never creates units
/// that were not shipped (ledger totals are conserved).
/// </summary>
public sealed class BuyerOrderPropertyTests
{
    private const int Runs = 150;

    private static readonly LocalDate March5 = new(2026, 3, 5);
    private static readonly LocalDate March8 = new(2026, 3, 8);
    private static readonly IDeliveryPromise Promise = FixedPromise.Of((Lax9, March5), (Shenzhen, March8));

    /// <summary>
    /// Stock of 0 to 20 lamps and 0 to 20 mugs at LAX9 and at Shenzhen, 1 to 16 commands, and a seed that picks each
    /// command: place and allocate a new order (0 to 6 lamps, 0 to 6 mugs, at least one unit; promised 6 or 10 March;
    /// split allowed or not; 1 to 4 parcels at most), ship parcel 1 to 4 of an order, cancel an order, or receive a return
    /// of 1 to 3 lamps or mugs from a shipped parcel of an order that shipped one (mostly its first SKU; a quarter of the
    /// time parcel 1 to 4 or either SKU at random; any reason and condition; at the parcel's own location), sometimes dated
    /// an hour before the order's last change.
    /// </summary>
    public sealed record Draw(int[] Stock, int Commands, int Seed);

    private static readonly Gen<Draw> Draws =
        from stock in Gen.Choose(0, 20).ArrayOf(4)
        from commands in Gen.Choose(1, 16)
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        select new Draw(stock, commands, seed);

    [Property(MaxTest = Runs)]
    public Property Every_unit_of_an_allocated_order_is_in_exactly_one_parcel() => Prop.ForAll(Draws.ToArbitrary(), draw =>
    {
        foreach (var order in Run(draw).Orders.Where(o => o.Allocation is not null))
        {
            order.Parcels.Select(p => p.Number).Should().Equal(Enumerable.Range(1, order.Parcels.Count));
            var packed = order.Parcels.SelectMany(p => p.Lines).GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => g.Sum(l => l.Units));
            packed.Should().BeEquivalentTo(order.Lines.ToDictionary(l => l.Sku, l => l.Units));
            order.Parcels.Should().OnlyContain(p => p.Weight.Kilograms <= Express.MaxWeight.Kilograms + 1e-9);
        }
    });

    [Property(MaxTest = Runs)]
    public Property Reserved_stock_equals_the_units_of_open_orders() => Prop.ForAll(Draws.ToArbitrary(), draw =>
    {
        Run(draw, after: (orders, locations) =>
        {
            foreach (var location in locations)
            {
                foreach (var ledger in location.Ledgers)
                {
                    var held = orders.Where(o => o.Status is BuyerOrderStatus.Allocated or BuyerOrderStatus.PartiallyShipped)
                        .SelectMany(o => o.Parcels.Where(p => !o.ShippedParcels.Contains(p.Number) && p.Location == location.Facility)
                            .SelectMany(p => p.Lines.Where(l => l.Sku == SkuOf(ledger.Product)).Select(l => l.Units)))
                        .Sum();
                    ledger.Balance(StockBucket.Reserved).Should().Be(held, $"{ledger} after {orders.Count} orders");
                }
            }
        });
    });

    [Property(MaxTest = Runs)]
    public Property A_refused_command_changes_nothing() => Prop.ForAll(Draws.ToArbitrary(), draw =>
    {
        Run(draw, refused: (before, after) => after.Should().Be(before));
    });

    [Property(MaxTest = Runs)]
    public Property Each_order_rebuilt_from_its_history_is_the_same_order() => Prop.ForAll(Draws.ToArbitrary(), draw =>
    {
        foreach (var order in Run(draw).Orders)
        {
            var rebuilt = BuyerOrder.Rebuild(order.History);
            rebuilt.History.Should().Equal(order.History);
            (rebuilt.Status, rebuilt.ReservedUnits, rebuilt.Version).Should().Be((order.Status, order.ReservedUnits, order.Version));
            rebuilt.Allocation.Should().Be(order.Allocation);
            rebuilt.ShippedParcels.Should().Equal(order.ShippedParcels);
            rebuilt.Returns.Should().Equal(order.Returns);
        }
    });

    [Property(MaxTest = Runs)]
    public Property A_return_never_creates_units_that_were_not_shipped() => Prop.ForAll(Draws.ToArbitrary(), draw =>
    {
        Run(draw, after: (orders, locations) =>
        {
            foreach (var order in orders)
            {
                foreach (var byParcel in order.Returns.GroupBy(r => (r.Return.Parcel, r.Return.Units.Sku)))
                {
                    var shipped = order.ShippedParcels.Contains(byParcel.Key.Parcel)
                        ? order.Parcels[byParcel.Key.Parcel - 1].Lines.Where(l => l.Sku == byParcel.Key.Sku).Sum(l => l.Units) : 0;
                    byParcel.Sum(r => r.Return.Units.Units).Should().BeLessThanOrEqualTo(shipped, $"returns of {byParcel.Key} in {order}");
                }
            }

            foreach (var location in locations)
            {
                foreach (var ledger in location.Ledgers)
                {
                    int Moved(StockMovementKind kind, StockBucket? into = null) =>
                        ledger.Movements.Where(m => m.Kind == kind && (into is null || m.To == into)).Sum(m => m.Quantity);
                    var shipped = Moved(StockMovementKind.Shipment);
                    var kept = shipped - Moved(StockMovementKind.CustomerReturn);

                    // shipped = delivered and kept + returned into each bucket, and kept is never negative
                    kept.Should().BeGreaterThanOrEqualTo(0, ledger.ToString());
                    shipped.Should().Be(kept + Moved(StockMovementKind.CustomerReturn, StockBucket.Fulfillable)
                        + Moved(StockMovementKind.CustomerReturn, StockBucket.UnfulfillableCustomerDamaged) + Moved(StockMovementKind.CustomerReturn, StockBucket.UnfulfillableDefective));

                    // the stock put in at the start plus the returns is exactly what is on hand, unsellable, or out with buyers
                    (Moved(StockMovementKind.TransferIn) + Moved(StockMovementKind.CustomerReturn)).Should().Be(
                        ledger.OnHand + ledger.Balance(StockBucket.UnfulfillableCustomerDamaged) + ledger.Balance(StockBucket.UnfulfillableDefective) + shipped);

                    // and the ledger's returns are the orders' returns received there, per bucket
                    foreach (var bucket in new[] { StockBucket.Fulfillable, StockBucket.UnfulfillableCustomerDamaged, StockBucket.UnfulfillableDefective })
                    {
                        Moved(StockMovementKind.CustomerReturn, bucket).Should().Be(orders.SelectMany(o => o.Returns)
                            .Where(r => r.Centre == location.Facility && r.Return.Units.Sku == SkuOf(ledger.Product) && r.Return.Bucket == bucket)
                            .Sum(r => r.Return.Units.Units));
                    }
                }
            }
        });
    });

    [Fact]
    public void The_draws_reach_every_branch_the_properties_claim() =>
        Reach.Covers(Draws, Runs, draw => Run(draw).Outcomes,
        [
            "allocated SingleLocation", "allocated SplitAcrossLocations", "refused orders.stock-available",
            "refused orders.parcels-within-maximum", "shipped", "shipped in full", "cancelled", "cancelled after a shipment",
            "refused orders.command-allowed-in-status", "refused orders.commands-in-time-order", "refused orders.parcel-planned-and-unshipped",
            "returned Sellable", "returned CustomerDamaged", "returned Defective", "returned a parcel's last units", "refused orders.return-within-shipped",
        ]);

    private static Sku SkuOf(ProductId product) => Catalogue.Single(p => p.Id == product).Sku;

    private sealed record Outcome(List<BuyerOrder> Orders, List<string> Outcomes);

    /// <summary>What a refusal must leave as it was: the order's version, status and reservations, and every ledger.</summary>
    private sealed record Snapshot(int Version, BuyerOrderStatus Status, int Reserved, string Ledgers);

    private static Outcome Run(Draw draw, Action<List<BuyerOrder>, StockLocation[]>? after = null, Action<Snapshot, Snapshot>? refused = null)
    {
        var random = new Random(draw.Seed);
        StockLocation[] locations = [Location(Lax9, draw.Stock[0], draw.Stock[1]), Location(Shenzhen, draw.Stock[2], draw.Stock[3])];
        var orders = new List<BuyerOrder>();
        var outcomes = new List<string>();
        var clock = T0;
        for (var c = 0; c < draw.Commands; c++)
        {
            clock += NodaTime.Duration.FromHours(1);
            var kind = orders.Count == 0 ? 0 : random.Next(4);
            var shippers = orders.Where(o => o.ShippedParcels.Count > 0).ToList();
            var order = kind == 0 ? NewOrder(random, orders.Count, clock)
                : kind == 3 && shippers.Count > 0 ? shippers[random.Next(shippers.Count)]
                : orders[random.Next(orders.Count)];
            var at = random.Next(8) == 0 ? order.LastChangedAt - NodaTime.Duration.FromHours(1) : clock;
            var before = Take(order, locations);
            var shippedBefore = order.ShippedParcels.Count;
            try
            {
                switch (kind)
                {
                    case 0:
                        orders.Add(order);
                        var rules = new OrderSplitRules(random.Next(1, 5), random.Next(2) == 0, new Money(2m, Currency.USD));
                        outcomes.Add("allocated " + order.Allocate(at, locations, Catalogue, Promise, rules).Allocation.Reason);
                        break;
                    case 1:
                        order.ShipParcel(at, random.Next(1, 5), locations);
                        outcomes.Add(order.Status == BuyerOrderStatus.Shipped ? "shipped in full" : "shipped");
                        break;
                    case 2:
                        order.Cancel(at, locations);
                        outcomes.Add(shippedBefore > 0 ? "cancelled after a shipment" : "cancelled");
                        break;
                    default:
                        var parcel = order.ShippedParcels.Count > 0 && random.Next(4) > 0 ? order.ShippedParcels[random.Next(order.ShippedParcels.Count)] : random.Next(1, 5);
                        var sku = parcel <= order.Parcels.Count && random.Next(4) > 0 ? order.Parcels[parcel - 1].Lines[0].Sku : random.Next(2) == 0 ? LampSku : MugSku;
                        var buyerReturn = new BuyerReturn(parcel, Line(sku, random.Next(1, 4)),
                            (ReturnReason)random.Next(1, 6), (ReturnCondition)random.Next(1, 4));
                        var centre = parcel <= order.Parcels.Count ? locations.Single(l => l.Facility == order.Parcels[parcel - 1].Location) : locations[0];
                        order.ReceiveReturn(at, buyerReturn, centre);
                        outcomes.Add("returned " + buyerReturn.Condition);
                        if (order.Parcels[parcel - 1].Lines.Where(l => l.Sku == sku).Sum(l => l.Units)
                            == order.Returns.Where(r => r.Return.Parcel == parcel && r.Return.Units.Sku == sku).Sum(r => r.Return.Units.Units))
                        {
                            outcomes.Add("returned a parcel's last units");
                        }
                        break;
                }
            }
            catch (DomainRuleException e)
            {
                outcomes.Add("refused " + e.Rule);
                refused?.Invoke(before, Take(order, locations));
            }

            after?.Invoke(orders, locations);
        }

        return new Outcome(orders, outcomes);
    }

    private static BuyerOrder NewOrder(Random random, int index, Instant at)
    {
        var lamps = random.Next(0, 7);
        var mugs = random.Next(lamps == 0 ? 1 : 0, 7);
        var lines = new List<SkuQuantity>();
        if (lamps > 0)
        {
            lines.Add(Line(LampSku, lamps));
        }

        if (mugs > 0)
        {
            lines.Add(Line(MugSku, mugs));
        }

        return new BuyerOrder(new OrderId($"SO-{index + 1}"), Chicago, at, random.Next(2) == 0 ? Promised : new LocalDate(2026, 3, 10), lines);
    }

    private static Snapshot Take(BuyerOrder order, StockLocation[] locations) =>
        new(order.Version, order.Status, order.ReservedUnits, string.Join("; ", locations.SelectMany(l => l.Ledgers).Select(l => $"{l} r{l.Balance(StockBucket.Reserved)}")));
}
