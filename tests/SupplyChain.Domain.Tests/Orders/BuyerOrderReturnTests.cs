using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Orders;
using static SupplyChain.Domain.Tests.Orders.OrdersFixture;

namespace SupplyChain.Domain.Tests.Orders;

/// <summary>Hand-worked buyer returns into each ledger bucket, and the returns refused without changing anything.</summary>
public sealed class BuyerOrderReturnTests
{
    private static readonly IDeliveryPromise Promise = FixedPromise.Of((Lax9, new LocalDate(2026, 3, 5)));

    /// <summary>2 lamps and 3 mugs from LAX9 (10 of each), one parcel (3.6 kg), shipped at hour 2.</summary>
    private static BuyerOrder Shipped(out StockLocation lax)
    {
        lax = Location(Lax9, lamps: 10, mugs: 10);
        var order = Order(Line(LampSku, 2), Line(MugSku, 3));
        order.Allocate(At(1), [lax], Catalogue, Promise, SplitAllowed);
        order.ShipParcel(At(2), 1, [lax]);
        return order;
    }

    [Fact]
    public void Each_condition_is_received_into_its_bucket()
    {
        var order = Shipped(out var lax);

        // Lamps at LAX9: 10 fulfillable − 2 reserved and shipped = 8 fulfillable. Mugs: 10 − 3 = 7.
        Balance(lax, Lamp, StockBucket.Fulfillable).Should().Be(8);
        Balance(lax, Mug, StockBucket.Fulfillable).Should().Be(7);

        var sellable = order.ReceiveReturn(At(30), new BuyerReturn(1, Line(LampSku, 1), ReturnReason.ChangedMind, ReturnCondition.Sellable), lax);
        order.ReceiveReturn(At(31), new BuyerReturn(1, Line(LampSku, 1), ReturnReason.NotAsDescribed, ReturnCondition.CustomerDamaged), lax);
        order.ReceiveReturn(At(32), new BuyerReturn(1, Line(MugSku, 2), ReturnReason.Defective, ReturnCondition.Defective), lax);

        // Sellable lamp: 8 + 1 = 9 fulfillable; the other lamp: 0 + 1 customer-damaged; 2 mugs: 0 + 2 defective, mugs
        // fulfillable stay 7. Nothing else moves.
        Balance(lax, Lamp, StockBucket.Fulfillable).Should().Be(9);
        Balance(lax, Lamp, StockBucket.UnfulfillableCustomerDamaged).Should().Be(1);
        Balance(lax, Mug, StockBucket.UnfulfillableDefective).Should().Be(2);
        Balance(lax, Mug, StockBucket.Fulfillable).Should().Be(7);
        Balance(lax, Lamp, StockBucket.Reserved).Should().Be(0);
        lax.Ledgers.Single(l => l.Product == Lamp.Id).Movements[^2].Should().Be(StockMovement.CustomerReturn(1, At(30), StockBucket.Fulfillable));

        // Placed, allocated, shipped, three returns: version 6; the status stays Shipped.
        sellable.Version.Should().Be(4);
        (order.Version, order.Status).Should().Be((6, BuyerOrderStatus.Shipped));
        (order.ShippedUnits(LampSku), order.ReturnedUnits(LampSku), order.ReturnedUnits(MugSku)).Should().Be((2, 2, 2));
        order.Returns.Select(r => r.Centre).Should().OnlyContain(c => c == Lax9);
    }

    [Fact]
    public void A_return_may_be_received_at_another_storage_centre()
    {
        var order = Shipped(out _);
        var newark = Location(Newark, lamps: 1, mugs: 0);

        order.ReceiveReturn(At(30), new BuyerReturn(1, Line(LampSku, 2), ReturnReason.WrongItem, ReturnCondition.Sellable), newark);

        // Newark held 1 lamp; the 2 returned lamps make 3.
        Balance(newark, Lamp, StockBucket.Fulfillable).Should().Be(3);
        order.Returns.Single().Centre.Should().Be(Newark);
    }

    [Fact]
    public void Returning_more_than_the_parcel_shipped_is_refused_and_changes_nothing()
    {
        var order = Shipped(out var lax);
        order.ReceiveReturn(At(30), new BuyerReturn(1, Line(LampSku, 1), ReturnReason.ChangedMind, ReturnCondition.Sellable), lax);
        var ledgers = string.Join("; ", lax.Ledgers.Select(l => l.ToString() + " v" + l.Version));

        // 2 lamps shipped, 1 already returned: a second return of 2 would make 3 > 2.
        var act = () => order.ReceiveReturn(At(31), new BuyerReturn(1, Line(LampSku, 2), ReturnReason.ChangedMind, ReturnCondition.Sellable), lax);
        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.OrdersReturnWithinShipped);

        // No parcel 2, and no tube in parcel 1: nothing was shipped to return.
        ((Action)(() => order.ReceiveReturn(At(31), new BuyerReturn(2, Line(LampSku, 1), ReturnReason.ChangedMind, ReturnCondition.Sellable), lax)))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.OrdersReturnWithinShipped);
        ((Action)(() => order.ReceiveReturn(At(31), new BuyerReturn(1, Line(TubeSku, 1), ReturnReason.ChangedMind, ReturnCondition.Sellable), lax)))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.OrdersReturnWithinShipped);

        (order.Version, order.Returns.Count).Should().Be((4, 1));
        string.Join("; ", lax.Ledgers.Select(l => l.ToString() + " v" + l.Version)).Should().Be(ledgers);
    }

    [Fact]
    public void A_parcel_not_yet_shipped_cannot_be_returned()
    {
        var lax = Location(Lax9, lamps: 10, mugs: 10);
        var order = Order(Line(LampSku, 2));
        order.Allocate(At(1), [lax], Catalogue, Promise, SplitAllowed);

        var act = () => order.ReceiveReturn(At(2), new BuyerReturn(1, Line(LampSku, 1), ReturnReason.ChangedMind, ReturnCondition.Sellable), lax);

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.OrdersReturnWithinShipped);
        Balance(lax, Lamp, StockBucket.Fulfillable).Should().Be(8);
    }

    [Fact]
    public void A_return_dated_before_the_shipment_or_at_a_centre_without_the_product_is_refused()
    {
        var order = Shipped(out var lax);
        var noLamps = Location(Shenzhen, lamps: 0, mugs: 5);
        var buyerReturn = new BuyerReturn(1, Line(LampSku, 1), ReturnReason.ChangedMind, ReturnCondition.Sellable);

        ((Action)(() => order.ReceiveReturn(At(1), buyerReturn, lax))).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be(DomainRules.OrdersCommandsInTimeOrder);
        ((Action)(() => order.ReceiveReturn(At(30), buyerReturn, noLamps))).Should().Throw<ArgumentException>().WithParameterName("centre");
        order.Version.Should().Be(3);
    }

    [Fact]
    public void Rebuild_replays_the_returns_and_refuses_one_that_exceeds_the_shipment()
    {
        var order = Shipped(out var lax);
        order.ReceiveReturn(At(30), new BuyerReturn(1, Line(MugSku, 3), ReturnReason.DamagedInTransit, ReturnCondition.CustomerDamaged), lax);

        var rebuilt = BuyerOrder.Rebuild(order.History);
        rebuilt.Returns.Should().Equal(order.Returns);
        rebuilt.ReturnedUnits(MugSku).Should().Be(3);

        // A fifth event returning a fourth mug: 3 shipped, 3 returned.
        var forged = new BuyerOrderReturnReceived(order.Id, 5, At(31), new BuyerReturn(1, Line(MugSku, 1), ReturnReason.ChangedMind, ReturnCondition.Sellable), Lax9);
        var act = () => BuyerOrder.Rebuild([.. order.History, forged]);
        act.Should().Throw<ArgumentException>().WithInnerException<DomainRuleException>().Which.Rule.Should().Be(DomainRules.OrdersReturnWithinShipped);
    }

    [Fact]
    public void A_return_states_its_bucket_and_refuses_bad_values()
    {
        new BuyerReturn(1, Line(LampSku, 1), ReturnReason.ChangedMind, ReturnCondition.Sellable).Bucket.Should().Be(StockBucket.Fulfillable);
        new BuyerReturn(1, Line(LampSku, 1), ReturnReason.ChangedMind, ReturnCondition.CustomerDamaged).Bucket.Should().Be(StockBucket.UnfulfillableCustomerDamaged);
        new BuyerReturn(1, Line(LampSku, 1), ReturnReason.ChangedMind, ReturnCondition.Defective).Bucket.Should().Be(StockBucket.UnfulfillableDefective);
        ((Action)(() => _ = new BuyerReturn(0, Line(LampSku, 1), ReturnReason.ChangedMind, ReturnCondition.Sellable))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new BuyerReturn(1, Line(LampSku, 0), ReturnReason.ChangedMind, ReturnCondition.Sellable))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new BuyerReturn(1, Line(LampSku, 1), (ReturnReason)9, ReturnCondition.Sellable))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new BuyerReturn(1, default, ReturnReason.ChangedMind, ReturnCondition.Sellable))).Should().Throw<ArgumentException>();
        ((Action)(() => StockMovement.CustomerReturn(1, At(1), StockBucket.Reserved))).Should().Throw<ArgumentOutOfRangeException>();
    }
}
