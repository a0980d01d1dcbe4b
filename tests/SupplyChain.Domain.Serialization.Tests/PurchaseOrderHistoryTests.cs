using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Tests;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// What an application does with the package: store a purchase order's history as JSON, read it back and
/// <see cref="PurchaseOrder.Rebuild"/> the order; the rebuilt order is the same order.
/// </summary>
public sealed class PurchaseOrderHistoryTests
{
    private const int Runs = 200;

    [Fact]
    public void The_docs_example_order_is_stored_and_rebuilt()
    {
        // docs/procurement.md: 400 lamps at 6.25 USD, changed to 432 by the factory, 440 despatched (≤ 432 × 1.025 = 442.8), 440 received (2 damaged), closed.
        var order = new PurchaseOrder(new OrderId("PO-2026-001"), new PartyId("SELLER-A"), new PartyId("FACTORY-SZ"),
            [new PurchaseOrderLine(10, new Sku("LAMP-01"), 400, new Money(6.25m, Currency.USD), new LocalDate(2026, 3, 20))],
            draftedAt: Instant.FromUtc(2026, 2, 2, 8, 0), overDeliveryTolerancePercent: 2.5m);
        order.Issue(Instant.FromUtc(2026, 2, 2, 9, 0));
        order.Respond(Instant.FromUtc(2026, 2, 3, 9, 0), [LineResponse.Change(10, 432, new LocalDate(2026, 3, 25))]);
        order.Despatch(Instant.FromUtc(2026, 3, 20, 6, 0), [new DespatchLine { Line = 10, Quantity = 440 }]);
        order.Receive(Instant.FromUtc(2026, 4, 28, 6, 0), [new ReceiptLine { Line = 10, Quantity = 440, Damaged = 2 }]);
        order.Close(Instant.FromUtc(2026, 4, 29, 6, 0));

        var json = Json.Write(order.History);
        var rebuilt = PurchaseOrder.Rebuild(Json.Read<List<PurchaseOrderEvent>>(json));

        SameOrder(rebuilt, order);
        rebuilt.Status.Should().Be(PurchaseOrderStatus.Closed);
        rebuilt.ConfirmedValue.Should().Be(new Money(2700.00m, Currency.USD));   // 432 × 6.25 = 2700
        json.Should().StartWith("""[{"type":"PurchaseOrderDrafted","orderId":"PO-2026-001","version":1,""");
    }

    /// <summary>1 to 4 lines of 1 to 100,000 units, tolerance 0 to 100 % in tenths, 0 to 12 commands chosen by a seed (valid ones, whole or partial quantities).</summary>
    public sealed record Draw(int[] Quantities, decimal Tolerance, int Commands, int Seed);

    private static readonly Gen<Draw> Draws =
        from lines in Gen.Choose(1, 4)
        from quantities in Gen.Choose(1, 100_000).ArrayOf(lines)
        from tolerance in Gen.Choose(0, 1000).Select(t => t / 10m)
        from commands in Gen.Choose(0, 12)
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        select new Draw(quantities, tolerance, commands, seed);

    [Property(MaxTest = Runs)]
    public Property A_stored_history_rebuilds_the_same_order() => Prop.ForAll(Draws.ToArbitrary(), draw =>
    {
        var order = Play(draw);
        SameOrder(PurchaseOrder.Rebuild(Json.Read<List<PurchaseOrderEvent>>(Json.Write(order.History))), order);
    });

    [Fact]
    public void The_histories_reach_every_status() =>
        Reach.Covers(Draws, Runs, d => [Play(d).Status.ToString()], Enum.GetNames<PurchaseOrderStatus>());

    internal static void SameOrder(PurchaseOrder rebuilt, PurchaseOrder order)
    {
        rebuilt.History.Should().Equal(order.History);
        rebuilt.Lines.Should().Equal(order.Lines);
        rebuilt.Status.Should().Be(order.Status);
        rebuilt.Version.Should().Be(order.Version);
        rebuilt.ConfirmedValue.Should().Be(order.ConfirmedValue);
        rebuilt.PromisedDate.Should().Be(order.PromisedDate);
    }

    private static PurchaseOrder Play(Draw draw)
    {
        var random = new Random(draw.Seed);
        var at = Instant.FromUtc(2026, 1, 5, 8, 0);
        var lines = draw.Quantities.Select((q, i) => new PurchaseOrderLine((i + 1) * 10, new Sku($"SKU-{i}"), q,
            new Money(random.Next(1, 1_000_000) / 1000m, Currency.EUR), new LocalDate(2026, 3, 1).PlusDays(random.Next(0, 60)))).ToList();
        var order = new PurchaseOrder(new OrderId($"PO-{draw.Seed}"), new PartyId("SELLER"), new PartyId("FACTORY"), lines, at, draw.Tolerance);
        for (var c = 0; c < draw.Commands; c++)
        {
            at += Duration.FromMinutes(random.Next(0, 5000));
            try
            {
                Command(order, at, random);
            }
            catch (DomainRuleException)
            {
                // Refused: records nothing, as the domain tests show; the history stays what was accepted.
            }
        }

        return order;
    }

    private static void Command(PurchaseOrder order, Instant at, Random random)
    {
        var states = order.Lines;
        switch (order.Status)
        {
            case PurchaseOrderStatus.Draft:
                if (random.Next(10) == 0) { order.Cancel(at); } else { order.Issue(at); }
                return;
            case PurchaseOrderStatus.Issued:
                order.Respond(at, states.Select(s => random.Next(5) switch
                {
                    0 => LineResponse.Reject(s.Line),
                    1 => LineResponse.Change(s.Line, random.Next(1, 100_001), random.Next(2) == 0 ? null : s.Ordered.RequestedDate.PlusDays(random.Next(-5, 20))),
                    _ => LineResponse.Accept(s.Line),
                }).ToList());
                return;
            case PurchaseOrderStatus.PartiallyReceived or PurchaseOrderStatus.Received when random.Next(3) == 0:
                order.Close(at);
                return;
            case PurchaseOrderStatus.PartiallyDespatched or PurchaseOrderStatus.Despatched or PurchaseOrderStatus.PartiallyReceived when random.Next(2) == 0:
                var arrived = states.Where(s => s.Despatched > s.Received).ToList();
                if (arrived.Count > 0)
                {
                    order.Receive(at, arrived.Select(s =>
                    {
                        var quantity = random.Next(2) == 0 ? s.Despatched - s.Received : random.Next(1, s.Despatched - s.Received + 1);
                        return new ReceiptLine { Line = s.Line, Quantity = quantity, Damaged = random.Next(3) == 0 ? random.Next(0, quantity + 1) : 0 };
                    }).ToList());
                }

                return;
            case PurchaseOrderStatus.Confirmed or PurchaseOrderStatus.PartiallyDespatched or PurchaseOrderStatus.Despatched or PurchaseOrderStatus.PartiallyReceived:
                var open = states.Where(s => s.Open > 0).ToList();
                if (open.Count > 0)
                {
                    order.Despatch(at, open.Select(s => new DespatchLine { Line = s.Line, Quantity = random.Next(2) == 0 ? s.Open : random.Next(1, s.Open + 1) }).ToList());
                }

                return;
        }
    }
}
