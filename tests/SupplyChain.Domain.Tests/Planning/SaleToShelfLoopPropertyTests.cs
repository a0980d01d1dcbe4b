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

/// <summary>The loop conserves units from sale to receipt over generated days, review cycles, despatches and receipts.</summary>
public sealed class SaleToShelfLoopPropertyTests
{
    private const int Runs = 100;
    private static readonly LocalDate Start = new(2027, 1, 4);   // a Monday
    private static readonly FacilityId Shelf = new("ISC-LEJ");

    /// <summary>One drawn SKU: its order multiple, MOQ in multiples, factory index, inbound days and daily sales.</summary>
    public sealed record LoopSku(int Multiple, int MoqPacks, int Factory, int InboundDays, int[] Sales);

    /// <summary>What the factory and the shelf do with one order line: fractions (in percent) despatched, received of that, damaged of that, and whether the order is closed after.</summary>
    public sealed record Fate(int DespatchPercent, int ReceivePercent, int DamagedPercent, bool Close);

    /// <summary>A drawn loop: the SKUs, each factory's review weekday (0 for daily) and the fate of the orders' lines.</summary>
    public sealed record Drawn(LoopSku[] Skus, int[] ReviewWeekdays, Fate[] Fates)
    {
        public override string ToString() =>
            $"skus [{string.Join("; ", Skus.Select(s => $"{s.MoqPacks}×{s.Multiple} @F-{s.Factory} +{s.InboundDays}d sales {string.Join(",", s.Sales)}"))}], " +
            $"reviews [{string.Join(",", ReviewWeekdays)}], fates [{string.Join("; ", Fates.Select(f => $"{f.DespatchPercent}/{f.ReceivePercent}/{f.DamagedPercent}{(f.Close ? " close" : "")}"))}]";
    }

    /// <summary>
    /// 1 to 4 SKUs, each with an order multiple of 1 to 24 and an MOQ of 1 to 4 multiples, at one of 2 factories, 0 to 40
    /// inbound days, selling over 1 to 10 days (from Monday 4 January 2027) 0 (one day in three) or 1 to 300 units a day;
    /// each factory reviews daily (one draw in three) or weekly on Monday to Sunday (1 to 7); each order line is despatched
    /// 0, a part or all (0 to 100 % in thirds: 0, 33, 66, 100), received 0 to 100 % of that, with 0 to 20 % of the
    /// received units damaged, and the order is closed after its receipt in one draw in two.
    /// </summary>
    private static readonly Gen<Drawn> Loops =
        from days in Gen.Choose(1, 10)
        from count in Gen.Choose(1, 4)
        from skus in (
            from multiple in Gen.Choose(1, 24)
            from packs in Gen.Choose(1, 4)
            from factory in Gen.Choose(0, 1)
            from inbound in Gen.Choose(0, 40)
            from sales in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 300))).ArrayOf(days)
            select new LoopSku(multiple, packs, factory, inbound, sales)).ArrayOf(count)
        from reviews in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 7))).ArrayOf(2)
        from fates in (
            from despatch in Gen.Elements(0, 33, 66, 100)
            from receive in Gen.Choose(0, 100)
            from damaged in Gen.Choose(0, 20)
            from close in Gen.Elements(false, true)
            select new Fate(despatch, receive, damaged, close)).ArrayOf(40)
        select new Drawn(skus, reviews, fates);

    /// <summary>The outcome: per SKU the units sold, released before the minimum (unconstrained), ordered, still held, and where the ordered units are.</summary>
    private sealed record Outcome(long Sold, long ReleasedUnconstrained, long Ordered, long Held, long Fulfillable, long Damaged, long InTransit, long NotDespatched, long Lost, bool ReleasedFromHeld);

    private static Outcome[] RunLoop(Drawn loop)
    {
        var network = new SupplyNetwork();
        var books = new Dictionary<FacilityId, CapacityBook>();
        var cycles = new Dictionary<FacilityId, ReviewCycle>();
        for (var f = 0; f < 2; f++)
        {
            var id = new FacilityId("F-" + f);
            network.AddFacility(Factory(id, "M-" + f, "Shenzhen"));
            books.Add(id, new CapacityBook(id, new ProductionCapacity(500, WorkingCalendar.MondayToSaturday, 1), FirstComeAllocation.Instance));
            cycles.Add(id, loop.ReviewWeekdays[f] == 0 ? ReviewCycle.Daily : ReviewCycle.Weekly((IsoDayOfWeek)loop.ReviewWeekdays[f]));
        }

        var ledgers = new Dictionary<Sku, StockLedger>();
        for (var i = 0; i < loop.Skus.Length; i++)
        {
            var product = new ProductId("P-" + i);
            network.AddProduct(Product(product, "seller-A"));
            var raw = loop.Skus[i];
            network.AddSourcingAgreement(SaleToShelfTests.Agreement(product, new FacilityId("F-" + raw.Factory), 2m, raw.Multiple * raw.MoqPacks, raw.Multiple));
            ledgers.Add(new Sku(product.Value), new StockLedger(product, Shelf));
        }

        var orders = new List<PurchaseOrder>();
        var lines = new List<ReleasedLine>();
        IReadOnlyList<HeldLine> held = [];
        var days = loop.Skus[0].Sales.Length;
        var fromHeld = new bool[loop.Skus.Length];
        for (var d = 0; d < days; d++)
        {
            var date = Start.PlusDays(d);
            var skus = loop.Skus.Select((s, i) => new SkuDay(new ProductId("P-" + i), s.Sales[d], default, s.InboundDays));
            var result = SaleToShelf.Run(network, books, skus, date, date.At(new LocalTime(18, 0)).InUtc().ToInstant(), new SaleToShelfOptions { ReviewCycles = cycles, Held = held });
            orders.AddRange(result.PurchaseOrders);
            for (var i = 0; i < loop.Skus.Length; i++)
            {
                // More released than sold today: the line carries units held from earlier days.
                fromHeld[i] |= result.Lines.Any(l => l.Product == new ProductId("P-" + i) && l.Decision.UnconstrainedQuantity > loop.Skus[i].Sales[d]);
            }

            lines.AddRange(result.Lines);
            held = result.Held;
        }

        // The factory accepts every line; each line then meets its drawn fate; every event is posted.
        var lost = new Dictionary<Sku, long>();
        var fate = 0;
        foreach (var order in orders)
        {
            var t = order.LastChangedAt;
            Instant Next() => t = t.Plus(Duration.FromHours(1));
            order.Respond(Next(), order.Lines.Select(l => LineResponse.Accept(l.Line)));
            var states = order.Lines;
            var despatch = new List<DespatchLine>();
            var receive = new List<ReceiptLine>();
            var close = loop.Fates[fate % loop.Fates.Length].Close;
            foreach (var state in states)
            {
                var f = loop.Fates[fate++ % loop.Fates.Length];
                var sent = f.DespatchPercent == 0 ? 0 : Math.Max(1, state.Ordered.Quantity * f.DespatchPercent / 100);
                var got = sent * f.ReceivePercent / 100;
                if (sent > 0)
                {
                    despatch.Add(new DespatchLine { Line = state.Line, Quantity = sent });
                }

                if (got > 0)
                {
                    receive.Add(new ReceiptLine { Line = state.Line, Quantity = got, Damaged = got * f.DamagedPercent / 100 });
                }
            }

            if (despatch.Count > 0)
            {
                order.Despatch(Next(), despatch);
            }

            if (receive.Count > 0)
            {
                order.Receive(Next(), receive);
                if (close)
                {
                    order.Close(Next());
                }
            }

            foreach (var e in order.History)
            {
                foreach (var posted in PurchaseOrderPosting.Post(order, e, ledgers))
                {
                    if (posted.Movement.Reason == AdjustmentReason.Lost)
                    {
                        lost[posted.Sku] = lost.GetValueOrDefault(posted.Sku) + posted.Movement.Quantity;
                    }
                }
            }
        }

        return loop.Skus.Select((s, i) =>
        {
            var product = new ProductId("P-" + i);
            var sku = new Sku(product.Value);
            var ledger = ledgers[sku];
            var states = orders.SelectMany(o => o.Lines).Where(l => l.Ordered.Sku == sku).ToArray();
            var mine = lines.Where(l => l.Product == product).ToArray();
            return new Outcome(
                s.Sales.Sum(),
                mine.Sum(l => l.Decision.UnconstrainedQuantity),
                states.Sum(l => (long)l.Ordered.Quantity),
                held.Where(h => h.Product == product).Sum(h => (long)h.Units),
                ledger.Balance(StockBucket.Fulfillable),
                ledger.Balance(StockBucket.UnfulfillableCarrierDamaged),
                ledger.Balance(StockBucket.InboundShipped),
                states.Sum(l => (long)(l.Ordered.Quantity - l.Despatched)),
                lost.GetValueOrDefault(sku),
                fromHeld[i]);
        }).ToArray();
    }

    [Property(MaxTest = Runs)]
    public Property Every_unit_sold_is_held_or_released_and_every_unit_ordered_is_received_damaged_or_still_open() => Prop.ForAll(Loops.ToArbitrary(), loop =>
        RunLoop(loop).All(o =>
            o.Sold == o.ReleasedUnconstrained + o.Held
            && o.Ordered >= o.ReleasedUnconstrained
            && o.Ordered == o.Fulfillable + o.Damaged + o.InTransit + o.NotDespatched + o.Lost));

    [Fact]
    public void The_generator_reaches_every_case_it_claims()
    {
        Reach.Covers(Loops, Runs, loop =>
        {
            var outcomes = RunLoop(loop);
            return
            [
                loop.ReviewWeekdays.Any(w => w == 0) ? "a daily factory" : "no daily factory",
                loop.ReviewWeekdays.Any(w => w != 0) ? "a weekly factory" : "no weekly factory",
                outcomes.Any(o => o.Held > 0) ? "units held at the end" : "nothing held at the end",
                outcomes.Any(o => o.ReleasedFromHeld) ? "a line released from held units" : "no line from held units",
                outcomes.Any(o => o.Ordered > o.ReleasedUnconstrained) ? "raised by MOQ or multiple" : "exact",
                outcomes.Any(o => o.NotDespatched > 0) ? "units not despatched" : "all despatched",
                outcomes.Any(o => o.InTransit > 0) ? "units in transit" : "nothing in transit",
                outcomes.Any(o => o.Damaged > 0) ? "damaged units" : "no damage",
                outcomes.Any(o => o.Lost > 0) ? "short close" : "no short close",
                outcomes.Any(o => o.Fulfillable > 0) ? "units on the shelf" : "nothing on the shelf",
                loop.Skus[0].Sales.Length == 10 ? "ten days" : "fewer days",
            ];
        },
            ["a daily factory", "a weekly factory", "units held at the end", "nothing held at the end", "a line released from held units",
             "raised by MOQ or multiple", "units not despatched", "all despatched", "units in transit", "damaged units", "short close",
             "no short close", "units on the shelf", "ten days", "fewer days"]);
    }
}
