using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Tests.Inventory;

public sealed class StockLedgerTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static StockLedger NewLedger() => new(new ProductId("MUG-350"), new FacilityId("LAX9"));

    [Fact]
    public void An_inbound_shipment_from_plan_to_sale()
    {
        // The seller plans 100 mugs to LAX9; 96 are checked in sellable, 4 arrived broken by the carrier;
        // one order reserves 10 and ships them; another buyer orders 3 more than can be served later (backorder).
        var ledger = NewLedger();
        ledger.Post(StockMovement.InboundPlanned(100, T0));
        ledger.Position.Should().Be(new InventoryPosition(onHand: 0) { OnOrder = 100 });
        ledger.Post(StockMovement.InboundShipped(100, T0.Plus(Duration.FromHours(24))));
        ledger.Post(StockMovement.InboundArrived(100, T0.Plus(Duration.FromHours(24 * 20))));
        ledger.Post(StockMovement.Receipt(96, T0.Plus(Duration.FromHours(24 * 21))));
        ledger.Post(StockMovement.Receipt(4, T0.Plus(Duration.FromHours(24 * 21)), into: StockBucket.UnfulfillableCarrierDamaged));
        ledger.Post(StockMovement.Reservation(10, T0.Plus(Duration.FromHours(24 * 22))));
        ledger.Position.Should().Be(new InventoryPosition(onHand: 96) { Reserved = 10 });
        ledger.Position.AvailableValue.Should().Be(86);
        ledger.Post(StockMovement.Shipment(10, T0.Plus(Duration.FromHours(24 * 23))));
        ledger.Post(StockMovement.BackorderOpened(3, T0.Plus(Duration.FromHours(24 * 23))));

        ledger.Balance(StockBucket.Fulfillable).Should().Be(86);
        ledger.Balance(StockBucket.UnfulfillableCarrierDamaged).Should().Be(4);
        ledger.Unfulfillable.Should().Be(4);
        ledger.Inbound.Should().Be(0);
        ledger.Position.Value.Should().Be(86 - 3);
        ledger.Movements.Should().HaveCount(8);
        ledger.ToString().Should().Be("MUG-350 at LAX9: on hand 86, inbound 0, unfulfillable 4, backordered 3 (8 movements)");
    }

    [Fact]
    public void A_movement_that_would_overdraw_a_bucket_is_refused_and_changes_nothing()
    {
        var ledger = NewLedger();
        ledger.Post(StockMovement.TransferIn(5, T0));

        FluentActions.Invoking(() => ledger.Post(StockMovement.Shipment(6, T0, from: StockBucket.Fulfillable)))
            .Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.InventoryBalanceNotNegative)
            .WithMessage("Cannot post a Shipment of 6 units from Fulfillable: it holds only 5 units of MUG-350 at LAX9.");
        ledger.Balance(StockBucket.Fulfillable).Should().Be(5);
        ledger.Movements.Should().HaveCount(1);
    }

    [Fact]
    public void Adjustments_carry_their_reason()
    {
        var ledger = NewLedger();
        ledger.Post(StockMovement.Adjustment(AdjustmentReason.Found, 3, from: null, to: StockBucket.Fulfillable, T0));
        ledger.Post(StockMovement.Adjustment(AdjustmentReason.Damaged, 1, StockBucket.Fulfillable, StockBucket.UnfulfillableWarehouseDamaged, T0));
        ledger.Post(StockMovement.Adjustment(AdjustmentReason.Disposed, 1, StockBucket.UnfulfillableWarehouseDamaged, to: null, T0));
        ledger.OnHand.Should().Be(2);
        ledger.Unfulfillable.Should().Be(0);
        ledger.Movements[1].Reason.Should().Be(AdjustmentReason.Damaged);
        ledger.Movements[1].ToString().Should().Be("Adjustment (Damaged) 1: Fulfillable -> UnfulfillableWarehouseDamaged at 2026-03-02T09:00:00Z");
    }

    [Fact]
    public void Movements_have_only_the_shapes_their_kind_allows()
    {
        FluentActions.Invoking(() => StockMovement.Receipt(1, T0, into: StockBucket.Reserved)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("into").WithMessage("into cannot be Reserved for a Receipt movement.*");
        FluentActions.Invoking(() => StockMovement.Shipment(1, T0, from: StockBucket.InboundShipped)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("from");
        FluentActions.Invoking(() => StockMovement.Reservation(0, T0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("quantity").WithMessage("quantity must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => StockMovement.Adjustment(AdjustmentReason.Lost, 1, null, null, T0)).Should().Throw<ArgumentException>()
            .WithParameterName("to")
            .WithMessage("An adjustment must move units into, out of or between two different buckets, but both sides are null.*");
        FluentActions.Invoking(() => StockMovement.Adjustment((AdjustmentReason)99, 1, null, StockBucket.Fulfillable, T0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason")
            .WithMessage("reason is not a defined AdjustmentReason value.*");
    }

    private const int LedgerRuns = 300;

    private static readonly StockBucket[] Buckets = Enum.GetValues<StockBucket>();

    /// <summary>
    /// One movement of 1 to 40 units, of any kind: the fourteen shapes below (receipts into a sellable or an
    /// unfulfillable bucket, shipments from reserved or fulfillable stock, found and lost adjustments into or out of any
    /// of the eleven buckets, warehouse damage), so that every bucket is credited and debited.
    /// </summary>
    private static readonly Gen<StockMovement> Movements =
        from kind in Gen.Choose(0, 13)
        from quantity in Gen.Choose(1, 40)
        from bucket in Gen.Elements(Buckets)
        from first in Gen.Elements(true, false)
        select kind switch
        {
            0 => StockMovement.InboundPlanned(quantity, T0),
            1 => StockMovement.InboundShipped(quantity, T0),
            2 => StockMovement.InboundArrived(quantity, T0),
            3 => StockMovement.Receipt(quantity, T0, first ? StockBucket.Fulfillable : StockBucket.UnfulfillableDefective),
            4 => StockMovement.Shipment(quantity, T0, first ? StockBucket.Reserved : StockBucket.Fulfillable),
            5 => StockMovement.TransferOut(quantity, T0),
            6 => StockMovement.TransferIn(quantity, T0),
            7 => StockMovement.Reservation(quantity, T0),
            8 => StockMovement.Release(quantity, T0),
            9 => StockMovement.BackorderOpened(quantity, T0),
            10 => StockMovement.BackorderClosed(quantity, T0),
            11 => StockMovement.Adjustment(AdjustmentReason.Found, quantity, null, bucket, T0),
            12 => StockMovement.Adjustment(AdjustmentReason.Lost, quantity, bucket, null, T0),
            _ => StockMovement.Adjustment(AdjustmentReason.Damaged, quantity, StockBucket.Fulfillable, StockBucket.UnfulfillableWarehouseDamaged, T0),
        };

    /// <summary>Sequences of 0 to 80 movements: long enough that buckets fill up and are then drawn down, or overdrawn.</summary>
    private static readonly Gen<StockMovement[]> Sequences =
        from length in Gen.Choose(0, 80)
        from movements in Movements.ArrayOf(length)
        select movements;

    /// <summary>
    /// Conservation: for any sequence of movements, each accepted one changes exactly its two buckets, each refused
    /// one changes nothing, and every balance equals Σ in − Σ out over the recorded movements, never below zero.
    /// </summary>
    [Property(MaxTest = LedgerRuns)]
    public Property Balances_are_the_sum_of_the_movements() => Prop.ForAll(Sequences.ToArbitrary(), steps =>
    {
        var ledger = NewLedger();
        var model = new Dictionary<StockBucket, long>();
        foreach (var movement in steps)
        {
            var enough = movement.From is not { } from || model.GetValueOrDefault(from) >= movement.Quantity;
            var countBefore = ledger.Movements.Count;
            var before = Buckets.Select(ledger.Balance).ToArray();
            if (enough)
            {
                ledger.Post(movement);
                Apply(model, movement);
                ledger.Movements.Should().HaveCount(countBefore + 1);
            }
            else
            {
                FluentActions.Invoking(() => ledger.Post(movement)).Should().Throw<DomainRuleException>()
                    .Where(e => e.Rule == DomainRules.InventoryBalanceNotNegative);
                ledger.Movements.Should().HaveCount(countBefore);
                Buckets.Select(ledger.Balance).Should().Equal(before);
            }
        }

        foreach (var bucket in Buckets)
        {
            var sum = ledger.Movements.Sum(m => (m.To == bucket ? m.Quantity : 0) - (m.From == bucket ? m.Quantity : 0));
            ledger.Balance(bucket).Should().Be(sum).And.BeGreaterThanOrEqualTo(0);
            ((long)ledger.Balance(bucket)).Should().Be(model.GetValueOrDefault(bucket));
        }

        var p = ledger.Position;
        p.Value.Should().Be((long)ledger.OnHand + ledger.Inbound - ledger.Balance(StockBucket.Backordered));
    });

    /// <summary>
    /// History: over the same sequences (the reach of the facts below covers them), the version counts the accepted
    /// movements only, and the ledger rebuilt from its movements has the same movements, version and balances.
    /// </summary>
    [Property(MaxTest = LedgerRuns)]
    public Property A_ledger_rebuilt_from_its_movements_is_the_same_ledger() => Prop.ForAll(Sequences.ToArbitrary(), steps =>
    {
        var ledger = NewLedger();
        var accepted = 0;
        foreach (var movement in steps)
        {
            try
            {
                ledger.Post(movement);
                accepted++;
            }
            catch (DomainRuleException)
            {
                // Refused: no event, no version.
            }

            ledger.Version.Should().Be(accepted);
        }

        var rebuilt = StockLedger.Rebuild(ledger.Product, ledger.Facility, ledger.Movements);

        rebuilt.Movements.Should().Equal(ledger.Movements);
        rebuilt.Version.Should().Be(ledger.Version);
        Buckets.Select(rebuilt.Balance).Should().Equal(Buckets.Select(ledger.Balance));
    });

    [Fact]
    public void A_history_the_ledger_would_refuse_does_not_rebuild()
    {
        // 5 units found into fulfillable (an adjustment from nowhere), then 6 shipped from it: the sixth was never there.
        StockMovement[] history = [StockMovement.Adjustment(AdjustmentReason.Found, 5, null, StockBucket.Fulfillable, T0), StockMovement.Shipment(6, T0, StockBucket.Fulfillable)];

        var refusal = FluentActions.Invoking(() => StockLedger.Rebuild(new ProductId("MUG-350"), new FacilityId("LAX9"), history))
            .Should().Throw<ArgumentException>().Which;
        refusal.ParamName.Should().Be("movements");
        refusal.Message.Should().StartWith("Movement 1 of the history");
        refusal.InnerException.Should().BeOfType<DomainRuleException>().Which.Rule.Should().Be(DomainRules.InventoryBalanceNotNegative);
        StockLedger.Rebuild(new ProductId("MUG-350"), new FacilityId("LAX9"), []).Version.Should().Be(0);
    }

    [Fact]
    public void The_movement_sequences_credit_and_debit_every_bucket_and_are_sometimes_refused()
    {
        // Replays each sequence on the test's own model (not the ledger), labelling what the property sees.
        static IEnumerable<string> Labels(StockMovement[] steps)
        {
            var model = new Dictionary<StockBucket, long>();
            foreach (var movement in steps)
            {
                if (movement.From is { } from && model.GetValueOrDefault(from) < movement.Quantity)
                {
                    yield return "refused overdraw of " + from;
                    continue;
                }

                Apply(model, movement);
                if (movement.To is { } to)
                {
                    yield return "credited " + to;
                }

                if (movement.From is { } debited)
                {
                    yield return "debited " + debited;
                }
            }
        }

        Reach.Covers(Sequences, LedgerRuns, Labels,
            [.. Buckets.Select(b => "credited " + b), .. Buckets.Select(b => "debited " + b),
                .. Buckets.Select(b => "refused overdraw of " + b)]);
    }

    private static void Apply(Dictionary<StockBucket, long> model, StockMovement movement)
    {
        if (movement.From is { } f)
        {
            model[f] = model.GetValueOrDefault(f) - movement.Quantity;
        }

        if (movement.To is { } t)
        {
            model[t] = model.GetValueOrDefault(t) + movement.Quantity;
        }
    }
}
