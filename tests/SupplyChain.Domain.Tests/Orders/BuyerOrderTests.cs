using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Orders;
using static SupplyChain.Domain.Tests.Orders.OrdersFixture;

namespace SupplyChain.Domain.Tests.Orders;

/// <summary>Hand-worked allocations and parcel splits of buyer orders, and the refusals that change nothing.</summary>
public sealed class BuyerOrderTests
{
    private static readonly LocalDate March5 = new(2026, 3, 5);
    private static readonly LocalDate March8 = new(2026, 3, 8);
    private static readonly LocalDate March10 = new(2026, 3, 10);

    [Fact]
    public void One_location_with_everything_in_time_serves_the_whole_order_in_one_parcel()
    {
        // Promised 6 March. LAX9 can deliver on the 5th and holds 10 lamps, 10 mugs; Shenzhen only on the 10th (misses).
        // Packing, in line order, stacking on the largest faces (sides in mm, limits 600 × 400 × 400 mm and 5 kg):
        //   lamp 300×200×100, 1.2 kg; + lamp → 300×200×(100+100) = 300×200×200, 2.4 kg;
        //   + mug 120×100×100 → max 300, max 200, 200+100 = 300 → sorted 300×300×200, 2.8 kg;
        //   + mug → 400×300×200, 3.2 kg; + mug → 500×300×200, 3.6 kg: all fit, one parcel.
        // Chargeable: 50 × 30 × 20 cm = 30,000 cm³ / 5,000 = 6 kg > 3.6 kg actual → 6 kg (already a 0.5 kg step).
        var lax = Location(Lax9, lamps: 10, mugs: 10);
        var shenzhen = Location(Shenzhen, lamps: 10, mugs: 10);
        var order = Order(Line(LampSku, 2), Line(MugSku, 3));

        var allocated = order.Allocate(At(1), [lax, shenzhen], Catalogue, FixedPromise.Of((Lax9, March5), (Shenzhen, March10)), SplitAllowed);

        var allocation = allocated.Allocation;
        allocation.Reason.Should().Be(AllocationReason.SingleLocation);
        allocation.Lines.Select(l => (l.Location, l.Sku, l.Units)).Should().Equal((Lax9, LampSku, 2), (Lax9, MugSku, 3));
        allocation.SplitCost.Should().Be(Money.Zero(Currency.USD));
        allocation.Locations.Select(a => (a.Location, a.Verdict, a.UnitsAvailable, a.UnitsTaken)).Should().Equal(
            (Lax9, LocationVerdict.Chosen, 5, 5), (Shenzhen, LocationVerdict.MissesPromise, 0, 0));
        var parcel = allocation.Parcels.Should().ContainSingle().Subject;
        parcel.Number.Should().Be(1);
        parcel.FulfilmentMode.Should().Be(lax.Mode.Name);
        parcel.Lines.Should().Equal(Line(LampSku, 2), Line(MugSku, 3));
        parcel.Box.ToString().Should().Be("500 × 300 × 200 mm");
        parcel.Weight.Kilograms.Should().BeApproximately(3.6, 1e-9);
        parcel.Chargeable.Chargeable.Kilograms.Should().BeApproximately(6.0, 1e-9);

        // Reserved at LAX9: 10 − 2 = 8 lamps and 10 − 3 = 7 mugs stay fulfillable; Shenzhen untouched.
        Balance(lax, Lamp, StockBucket.Reserved).Should().Be(2);
        Balance(lax, Lamp, StockBucket.Fulfillable).Should().Be(8);
        Balance(lax, Mug, StockBucket.Reserved).Should().Be(3);
        Balance(lax, Mug, StockBucket.Fulfillable).Should().Be(7);
        Balance(shenzhen, Lamp, StockBucket.Reserved).Should().Be(0);
        order.Status.Should().Be(BuyerOrderStatus.Allocated);
        order.ReservedUnits.Should().Be(5);
    }

    [Fact]
    public void Units_go_into_a_new_parcel_when_the_weight_limit_is_reached()
    {
        // 5 lamps of 1.2 kg, limit 5 kg: 4 × 1.2 = 4.8 kg fits, a fifth would make 6.0 kg → parcel 2.
        // Parcel 1: 300×200×(4 × 100) = sorted 400×300×200 mm; 24,000 cm³ / 5,000 = 4.8 kg = actual → rounded up to 5.0 kg.
        // Parcel 2: one lamp 300×200×100 mm; 6,000 / 5,000 = 1.2 kg = actual → 1.5 kg.
        var lax = Location(Lax9, lamps: 10, mugs: 0);
        var order = Order(Line(LampSku, 5));

        var parcels = order.Allocate(At(1), [lax], Catalogue, FixedPromise.Of((Lax9, March5)), SplitAllowed).Allocation.Parcels;

        parcels.Select(p => (p.Number, p.Units, p.Box.ToString())).Should().Equal((1, 4, "400 × 300 × 200 mm"), (2, 1, "300 × 200 × 100 mm"));
        parcels.Select(p => p.Chargeable.Chargeable.Kilograms).Should().Equal(5.0, 1.5);
    }

    [Fact]
    public void An_order_no_location_holds_in_full_is_split_across_locations_at_the_split_cost()
    {
        // 4 lamps and 2 mugs, promised 10 March (here the promise is moved by a second order date below).
        // LAX9 (5 March): 3 lamps, no mugs → covers min(3, 4) + 0 = 3 units. Shenzhen (8 March): 1 lamp, 2 mugs → 1 + 2 = 3.
        // Newark cannot deliver (no date). No single location holds all 6 units. Greedy: tie at 3 units, LAX9 is earlier
        // → LAX9 takes 3 lamps; open: 1 lamp, 2 mugs; Shenzhen covers 3 → takes 1 lamp, 2 mugs. Split cost 3.50 × (2 − 1).
        // Parcels: LAX9 3 lamps = 300×200×300 → 300×300×200 mm, 3.6 kg; Shenzhen lamp + 2 mugs = 300×200×(100+100+100)
        // → 300×300×200 mm, 1.2 + 0.8 = 2.0 kg.
        var lax = Location(Lax9, lamps: 3, mugs: 0);
        var shenzhen = Location(Shenzhen, lamps: 1, mugs: 2);
        var newark = Location(Newark, lamps: 50, mugs: 50);
        var order = new BuyerOrder(new("SO-2"), Chicago, T0, March10, [Line(LampSku, 4), Line(MugSku, 2)]);

        var allocation = order.Allocate(At(1), [newark, shenzhen, lax], Catalogue, FixedPromise.Of((Lax9, March5), (Shenzhen, March8)), SplitAllowed).Allocation;

        allocation.Reason.Should().Be(AllocationReason.SplitAcrossLocations);
        allocation.Lines.Select(l => (l.Location, l.Sku, l.Units)).Should().Equal((Lax9, LampSku, 3), (Shenzhen, LampSku, 1), (Shenzhen, MugSku, 2));
        allocation.SplitCost.Should().Be(new Money(3.50m, Currency.USD));
        allocation.Locations.Select(a => (a.Location, a.Verdict)).Should().Equal(
            (Newark, LocationVerdict.CannotDeliver), (Shenzhen, LocationVerdict.Chosen), (Lax9, LocationVerdict.Chosen));
        allocation.Parcels.Select(p => (p.Location, p.Box.ToString(), p.Weight.Kilograms)).Should().Equal(
            (Lax9, "300 × 300 × 200 mm", 3.6), (Shenzhen, "300 × 300 × 200 mm", 2.0));
        allocation.Parcels.Select(p => p.FulfilmentMode).Should().Equal(lax.Mode.Name, shenzhen.Mode.Name);
        Balance(lax, Lamp, StockBucket.Reserved).Should().Be(3);
        Balance(shenzhen, Mug, StockBucket.Reserved).Should().Be(2);
    }

    [Fact]
    public void Without_a_split_the_same_order_is_refused_and_nothing_is_reserved()
    {
        var lax = Location(Lax9, lamps: 3, mugs: 0);
        var shenzhen = Location(Shenzhen, lamps: 1, mugs: 2);
        var order = new BuyerOrder(new("SO-2"), Chicago, T0, March10, [Line(LampSku, 4), Line(MugSku, 2)]);

        var refuse = () => order.Allocate(At(1), [lax, shenzhen], Catalogue, FixedPromise.Of((Lax9, March5), (Shenzhen, March8)), NoSplit);

        refuse.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.OrdersStockAvailable);
        order.Status.Should().Be(BuyerOrderStatus.Placed);
        order.Version.Should().Be(1);
        lax.Ledgers.Concat(shenzhen.Ledgers).Should().OnlyContain(l => l.Balance(StockBucket.Reserved) == 0 && l.Version == 1);
    }

    [Fact]
    public void A_unit_over_the_carriers_limits_is_refused()
    {
        // The tube's 900 mm side is longer than the carrier's 600 mm.
        var lax = Location(Lax9, lamps: 5, mugs: 0, tubes: 5);
        var order = Order(Line(LampSku, 1), Line(TubeSku, 1));

        var refuse = () => order.Allocate(At(1), [lax], Catalogue, FixedPromise.Of((Lax9, March5)), SplitAllowed);

        refuse.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.OrdersParcelWithinCarrierLimits);
        order.Status.Should().Be(BuyerOrderStatus.Placed);
        lax.Ledgers.Should().OnlyContain(l => l.Version == 1);
    }

    [Fact]
    public void More_parcels_than_the_rules_allow_are_refused()
    {
        // 5 lamps need 2 parcels (worked above); the rules allow 1.
        var lax = Location(Lax9, lamps: 10, mugs: 0);
        var order = Order(Line(LampSku, 5));

        var refuse = () => order.Allocate(At(1), [lax], Catalogue, FixedPromise.Of((Lax9, March5)), new OrderSplitRules(1, true, Money.Zero(Currency.USD)));

        refuse.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.OrdersParcelsWithinMaximum);
        lax.Ledgers.Should().OnlyContain(l => l.Version == 1);
    }

    [Fact]
    public void Parcels_ship_one_by_one_and_a_cancel_releases_only_what_is_left()
    {
        var lax = Location(Lax9, lamps: 10, mugs: 0);
        var order = Order(Line(LampSku, 5));
        order.Allocate(At(1), [lax], Catalogue, FixedPromise.Of((Lax9, March5)), SplitAllowed);

        order.ShipParcel(At(2), 2, [lax]);
        // Parcel 2 held 1 lamp: reserved 5 − 1 = 4, 1 shipped out of the books (10 − 1 = 9 on hand).
        order.Status.Should().Be(BuyerOrderStatus.PartiallyShipped);
        Balance(lax, Lamp, StockBucket.Reserved).Should().Be(4);
        lax.Ledgers[0].OnHand.Should().Be(9);

        order.Cancel(At(3), [lax]);
        // The 4 lamps of parcel 1 go back: reserved 0, fulfillable 5 + 4 = 9.
        order.Status.Should().Be(BuyerOrderStatus.Cancelled);
        order.ReservedUnits.Should().Be(0);
        Balance(lax, Lamp, StockBucket.Reserved).Should().Be(0);
        Balance(lax, Lamp, StockBucket.Fulfillable).Should().Be(9);
    }

    [Fact]
    public void A_cancelled_order_is_never_shipped()
    {
        var lax = Location(Lax9, lamps: 10, mugs: 0);
        var order = Order(Line(LampSku, 2));
        order.Allocate(At(1), [lax], Catalogue, FixedPromise.Of((Lax9, March5)), SplitAllowed);
        order.Cancel(At(2), [lax]);
        var ledgerVersion = lax.Ledgers[0].Version;

        var refuse = () => order.ShipParcel(At(3), 1, [lax]);

        refuse.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.OrdersCommandAllowedInStatus);
        order.Version.Should().Be(3);
        lax.Ledgers[0].Version.Should().Be(ledgerVersion);
    }

    [Fact]
    public void A_parcel_ships_once_and_only_when_planned()
    {
        var lax = Location(Lax9, lamps: 10, mugs: 0);
        var order = Order(Line(LampSku, 2));
        order.Allocate(At(1), [lax], Catalogue, FixedPromise.Of((Lax9, March5)), SplitAllowed);

        FluentActions.Invoking(() => order.ShipParcel(At(2), 2, [lax])).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be(DomainRules.OrdersParcelPlannedAndUnshipped);
        FluentActions.Invoking(() => order.ShipParcel(T0 - NodaTime.Duration.FromSeconds(1), 1, [lax])).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be(DomainRules.OrdersCommandsInTimeOrder);
        order.Version.Should().Be(2);
    }

    [Fact]
    public void The_order_rebuilt_from_its_history_is_the_same_order()
    {
        var lax = Location(Lax9, lamps: 10, mugs: 10);
        var order = Order(Line(LampSku, 5), Line(MugSku, 1));
        order.Allocate(At(1), [lax], Catalogue, FixedPromise.Of((Lax9, March5)), SplitAllowed);
        order.ShipParcel(At(2), 1, [lax]);

        var rebuilt = BuyerOrder.Rebuild(order.History);

        rebuilt.History.Should().Equal(order.History);
        rebuilt.Status.Should().Be(order.Status);
        rebuilt.Allocation.Should().Be(order.Allocation);
        rebuilt.ShippedParcels.Should().Equal(order.ShippedParcels);
        rebuilt.ReservedUnits.Should().Be(order.ReservedUnits);
    }

    [Fact]
    public void A_history_that_ships_a_parcel_twice_is_refused()
    {
        var lax = Location(Lax9, lamps: 10, mugs: 0);
        var order = Order(Line(LampSku, 2));
        order.Allocate(At(1), [lax], Catalogue, FixedPromise.Of((Lax9, March5)), SplitAllowed);
        order.ShipParcel(At(2), 1, [lax]);

        var rebuild = () => BuyerOrder.Rebuild([.. order.History, new BuyerOrderParcelShipped(order.Id, 4, At(3), 1)]);

        rebuild.Should().Throw<ArgumentException>().WithParameterName("history")
            .WithInnerException<DomainRuleException>();
    }

    [Fact]
    public void Bad_lines_are_refused_naming_the_parameter()
    {
        FluentActions.Invoking(() => Order()).Should().Throw<ArgumentException>().WithParameterName("lines");
        FluentActions.Invoking(() => Order(Line(LampSku, 1), Line(LampSku, 2))).Should().Throw<ArgumentException>().WithParameterName("lines");
        FluentActions.Invoking(() => Order(Line(LampSku, 0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lines");
    }
}

/// <summary>Refusals that involve the ledgers and the arguments of the commands.</summary>
public sealed class BuyerOrderStockTests
{
    private static readonly LocalDate March5 = new(2026, 3, 5);

    [Fact]
    public void A_ledger_that_lost_the_reserved_units_refuses_the_shipment_and_nothing_changes()
    {
        var lax = Location(Lax9, lamps: 10, mugs: 0);
        var order = Order(Line(LampSku, 2));
        order.Allocate(At(1), [lax], Catalogue, FixedPromise.Of((Lax9, March5)), SplitAllowed);
        // Someone else releases the hold behind the order's back: reserved 2 → 0.
        lax.Ledgers[0].Post(StockMovement.Release(2, At(2)));

        var refuse = () => order.ShipParcel(At(3), 1, [lax]);

        refuse.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.InventoryBalanceNotNegative);
        order.Status.Should().Be(BuyerOrderStatus.Allocated);
        lax.Ledgers[0].Version.Should().Be(3);
    }

    [Fact]
    public void A_missing_product_or_location_is_a_bad_argument()
    {
        var lax = Location(Lax9, lamps: 10, mugs: 0);
        var order = Order(Line(LampSku, 2));

        FluentActions.Invoking(() => order.Allocate(At(1), [lax], [Mug], FixedPromise.Of((Lax9, March5)), SplitAllowed))
            .Should().Throw<ArgumentException>().WithParameterName("products");
        order.Allocate(At(1), [lax], Catalogue, FixedPromise.Of((Lax9, March5)), SplitAllowed);
        FluentActions.Invoking(() => order.Cancel(At(2), [])).Should().Throw<ArgumentException>().WithParameterName("locations");
        order.Status.Should().Be(BuyerOrderStatus.Allocated);
        Balance(lax, Lamp, StockBucket.Reserved).Should().Be(2);
    }

    [Fact]
    public void The_largest_order_stops_packing_at_the_parcel_maximum()
    {
        // 100,000 mugs: 6 fit per parcel (a 7th makes a 700 mm stack over the 600 mm side), so 16,667 parcels > 1,000.
        var lax = Location(Lax9, lamps: 0, mugs: BuyerOrder.MaxUnits);
        var order = Order(Line(MugSku, BuyerOrder.MaxUnits));

        var refuse = () => order.Allocate(At(1), [lax], Catalogue, FixedPromise.Of((Lax9, March5)), new OrderSplitRules(OrderSplitRules.MaxParcelsLimit, true, SplitAllowed.SplitCost));

        refuse.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.OrdersParcelsWithinMaximum);
        lax.Ledgers[0].Version.Should().Be(1);
    }
}
