using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>A worked case a policy's tests must bring: inputs, the expected order and rule, and where the numbers come from.</summary>
public sealed record WorkedCase(InventoryPosition Position, ReplenishmentContext Context, long ExpectedQuantity, ReplenishmentReason ExpectedReason, string Source);

/// <summary>
/// Every policy's tests inherit these (shared/STYLE.md H12); each subclass states a worked case from a named source.
/// </summary>
public abstract class ReplenishmentPolicyContract
{
    protected abstract IReplenishmentPolicy Policy { get; }

    protected abstract WorkedCase Worked { get; }

    /// <summary>
    /// True for a policy whose order in the worked case's context does not depend on the position at all; its reach
    /// check then claims only that it orders, and the monotonicity property holds trivially.
    /// </summary>
    protected virtual bool OrdersRegardlessOfPosition => false;

    [Fact]
    public void Orders_what_the_worked_case_says()
    {
        Worked.Source.Should().NotBeNullOrWhiteSpace("a worked case names its source");
        var decision = Policy.Decide(Worked.Position, Worked.Context);
        decision.Quantity.Should().Be(Worked.ExpectedQuantity);
        decision.Reason.Should().Be(Worked.ExpectedReason);
        decision.Position.Should().Be(Worked.Position.Value);
    }

    [Fact]
    public void Explains_the_worked_case_with_its_numbers()
    {
        var decision = Policy.Decide(Worked.Position, Worked.Context);
        var text = decision.Explain();
        text.Should().StartWith(decision.IsOrder ? "Order " : "No order");
        text.Should().Contain(Worked.Position.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        decision.ToString().Should().Be(text);
    }

    private const int Runs = 100;

    /// <summary>
    /// A net position of ±999,999 units (three in four within ±1,000, where the policies' reorder points and targets
    /// lie) and a drop of 0 to 999,999 (three in four up to 500).
    /// </summary>
    private static readonly Gen<(int Net, int Drop)> Drops =
        from net in Gen.Frequency((1, Gen.Choose(-999_999, 999_999)), (3, Gen.Choose(-1_000, 1_000)))
        from drop in Gen.Frequency((1, Gen.Choose(0, 999_999)), (3, Gen.Choose(0, 500)))
        select (net, drop);

    /// <summary>On hand, on order and backordered, each 0 to 99,999 (three in four up to 500; one in five backorders none).</summary>
    private static readonly Gen<InventoryPosition> Positions =
        from onHand in Gen.Frequency((1, Gen.Choose(0, 99_999)), (3, Gen.Choose(0, 500)))
        from onOrder in Gen.Frequency((1, Gen.Choose(0, 99_999)), (3, Gen.Choose(0, 500)))
        from backordered in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 99_999)), (3, Gen.Choose(0, 500)))
        select new InventoryPosition(onHand) { OnOrder = onOrder, Backordered = backordered };

    [Property(MaxTest = Runs)]
    public Property A_lower_position_never_gets_a_smaller_order() => Prop.ForAll(Drops.ToArbitrary(), given =>
    {
        var higher = InventoryPosition.FromNet(given.Net);
        var lowerPosition = InventoryPosition.FromNet(given.Net - given.Drop);
        Policy.Decide(lowerPosition, Worked.Context).Quantity.Should().BeGreaterThanOrEqualTo(Policy.Decide(higher, Worked.Context).Quantity);
    });

    [Property(MaxTest = Runs)]
    public Property Decides_the_same_twice_and_never_orders_a_negative_quantity() => Prop.ForAll(Positions.ToArbitrary(), position =>
    {
        var first = Policy.Decide(position, Worked.Context);
        first.Should().Be(Policy.Decide(position, Worked.Context));
        first.Quantity.Should().BeGreaterThanOrEqualTo(0);
        first.Position.Should().Be(position.Value);
        first.Explain().Should().NotBeNullOrWhiteSpace();
    });

    [Fact]
    public void The_positions_reach_orders_and_no_orders_and_a_drop_that_starts_an_order()
    {
        if (OrdersRegardlessOfPosition)
        {
            Reach.Sample(Positions, Runs).Should().OnlyContain(position => Policy.Decide(position, Worked.Context).Quantity == Worked.ExpectedQuantity);
            return;
        }

        Reach.Covers(Drops, Runs, given =>
            {
                var atHigher = Policy.Decide(InventoryPosition.FromNet(given.Net), Worked.Context).Quantity;
                var atLower = Policy.Decide(InventoryPosition.FromNet(given.Net - given.Drop), Worked.Context).Quantity;
                return [atHigher > 0 ? "order at the higher position" : "no order at the higher position",
                    atLower > atHigher ? "the lower position orders more" : "the same order"];
            },
            ["order at the higher position", "no order at the higher position", "the lower position orders more", "the same order"]);
        Reach.Covers(Positions, Runs, position => [Policy.Decide(position, Worked.Context).IsOrder ? "an order" : "no order"], ["an order", "no order"]);
    }
}

public sealed class ReorderPointPolicyTests : ReplenishmentPolicyContract
{
    protected override IReplenishmentPolicy Policy => new ReorderPointPolicy(reorderPoint: 40, lotSize: 120);

    // Worked by hand (shared/STYLE.md H12; the (s, Q) rule of Silver, Pyke and Thomas): position 35 ≤ r = 40, so one
    // lot of Q = 120 lifts it to 155 > 40.
    protected override WorkedCase Worked => new(new(onHand: 35), Contexts.Monday, 120,
        ReplenishmentReason.ReorderPointReached, "STYLE.md H12, (s, Q) rule of Silver, Pyke and Thomas, by hand");

    [Theory]
    // An undershoot takes several lots: r = 40, Q = 20, p = −5: 2 lots reach 35 ≤ 40, 3 lots reach 55 > 40.
    [InlineData(-5, 60, 55)]
    // At r exactly one lot is needed: 40 + 20 = 60 > 40.
    [InlineData(40, 20, 60)]
    // p = 21: r − p = 19 < Q, one lot: 41 > 40.
    [InlineData(21, 20, 41)]
    public void Orders_enough_lots_to_lift_the_position_above_the_reorder_point(int net, long expected, double after)
    {
        var decision = new ReorderPointPolicy(40, 20).Decide(InventoryPosition.FromNet(net), Contexts.Monday);
        decision.Quantity.Should().Be(expected);
        decision.Target.Should().Be(after);
        decision.Explain().Should().Be(Guard.Format(
            "Order {0}: position {1} is at or below the reorder point 40; whole lots lift it to {2}, above the reorder point.", expected, net, after));
    }

    [Fact]
    public void Does_not_order_above_the_reorder_point()
    {
        var decision = new ReorderPointPolicy(40, 20).Decide(InventoryPosition.FromNet(41), Contexts.Monday);
        decision.Should().Be(new ReplenishmentDecision(0, ReplenishmentReason.PositionAboveReorderPoint, 41) { TriggerLevel = 40, Target = 41 });
        decision.Explain().Should().Be("No order: position 41 is above the reorder point 40.");
    }
}

public sealed class ReorderLevelPolicyTests : ReplenishmentPolicyContract
{
    protected override IReplenishmentPolicy Policy => new ReorderLevelPolicy(reorderLevel: 50, reorderQuantity: 20);

    // Reference case ERP-05 (erpnext/stock/reorder_item.py): projected −10 ≤ 50; shortfall 60 > reorder qty 20.
    protected override WorkedCase Worked => new(InventoryPosition.FromNet(-10), Contexts.Monday, 60,
        ReplenishmentReason.ReorderLevelReached, "ERPNext reorder_item.py via reference case ERP-05");

    [Fact]
    public void An_inactive_row_never_orders()
    {
        var decision = new ReorderLevelPolicy(0, 0).Decide(InventoryPosition.FromNet(-5), Contexts.Monday);
        decision.Reason.Should().Be(ReplenishmentReason.ReorderLevelInactive);
        decision.Quantity.Should().Be(0);
        decision.Explain().Should().Be("No order: the reorder level and the reorder quantity are both 0, so the rule is inactive.");
    }
}

public sealed class MinMaxPolicyTests : ReplenishmentPolicyContract
{
    protected override IReplenishmentPolicy Policy => new MinMaxPolicy(minimum: 10, maximum: 40);

    // Odoo documentation, reordering rules: minimum 10, maximum 40, forecast 10 → order 30 (reference case ODOO-02).
    protected override WorkedCase Worked => new(InventoryPosition.FromNet(10), Contexts.Monday, 30,
        ReplenishmentReason.MinimumReached, "Odoo documentation reordering_rules.rst (ODOO-02)");

    [Fact]
    public void Explains_with_its_numbers()
    {
        Policy.Decide(InventoryPosition.FromNet(10), Contexts.Monday).Explain()
            .Should().Be("Order 30: position 10 is at or below the minimum 10; ordering up to the maximum 40.");
        Policy.Decide(InventoryPosition.FromNet(11), Contexts.Monday).Explain()
            .Should().Be("No order: position 11 is above the minimum 10.");
    }
}

public sealed class PeriodicReviewPolicyTests : ReplenishmentPolicyContract
{
    protected override IReplenishmentPolicy Policy => new PeriodicReviewPolicy(ReviewCalendar.Every(7, Contexts.Monday.Date), orderUpTo: 200);

    // Worked by hand: reviews every 7 days from Monday 2026-03-02; 2026-03-09 is the next review; S = 200,
    // position 130 (100 on hand + 40 on order − 10 backordered) → 200 − 130 = 70.
    protected override WorkedCase Worked => new(new(100) { OnOrder = 40, Backordered = 10 }, Contexts.Monday.Plus(7), 70,
        ReplenishmentReason.ReviewOrderUpToTarget, "(R, S) order-up-to rule, by hand");

    [Fact]
    public void Orders_nothing_between_reviews_and_nothing_at_or_above_S()
    {
        Policy.Decide(new(0), Contexts.Monday.Plus(3)).Reason.Should().Be(ReplenishmentReason.NotAReviewDay);
        Policy.Decide(new(0), Contexts.Monday.Plus(3)).Quantity.Should().Be(0);
        Policy.Decide(new(0), Contexts.Monday.Plus(-7)).Quantity.Should().Be(200, "reviews run backwards from the first one too");
        Policy.Decide(new(200), Contexts.Monday).Reason.Should().Be(ReplenishmentReason.ReviewPositionAtOrAboveTarget);
    }

    [Fact]
    public void Weekly_calendars_review_on_the_named_days()
    {
        var calendar = ReviewCalendar.Weekly(NodaTime.IsoDayOfWeek.Monday, NodaTime.IsoDayOfWeek.Thursday);
        calendar.ToString().Should().Be("weekly on Monday, Thursday");
        // 2026-03-02 is a Monday (ISO calendar), so 03-05 is a Thursday.
        Enumerable.Range(0, 7).Select(d => calendar.IsReviewDay(Contexts.Monday.Date.PlusDays(d)))
            .Should().Equal(true, false, false, true, false, false, false);
        ReviewCalendar.Every(14, Contexts.Monday.Date).ToString().Should().Be("every 14 days from 2026-03-02");
    }
}

public sealed class JustInTimePolicyTests : ReplenishmentPolicyContract
{
    protected override IReplenishmentPolicy Policy => new JustInTimePolicy();

    // One for one: the order is the units sold, whatever the position.
    protected override bool OrdersRegardlessOfPosition => true;

    // One-for-one replenishment (base stock): each unit sold is ordered again; 3 sold → order 3 (by definition).
    protected override WorkedCase Worked => new(new(17), Contexts.Monday.WithSales(3), 3,
        ReplenishmentReason.ReplaceUnitsSold, "one-for-one (base-stock) definition, by hand");

    [Fact]
    public void Keeps_the_position_at_its_base_stock_level()
    {
        // Base stock 20: after selling 3 the position is 17; ordering 3 brings it back to 20.
        var decision = Policy.Decide(new(17), Contexts.Monday.WithSales(3));
        decision.Target.Should().Be(20);
        decision.Explain().Should().Be("Order 3: one for one, the 3 units sold are ordered again (position 17).");
        Policy.Decide(new(20), Contexts.Monday).Reason.Should().Be(ReplenishmentReason.NoUnitsSold);
    }
}

public sealed class DaysOfCoverPolicyTests : ReplenishmentPolicyContract
{
    protected override IReplenishmentPolicy Policy => DaysOfCoverPolicy.FromProductionAndTransit(productionDays: 7, transitDays: 20, safetyDays: 7);

    // Seller rule of thumb (m.by56.com/news/50458.html), reference case RS-02: (7 + 20 + 7) × 12.5 − 0 = 425.
    protected override WorkedCase Worked => new(new(0), Contexts.Monday.WithDemand(12.5), 425,
        ReplenishmentReason.CoverShortfall, "seller rule of thumb, m.by56.com/news/50458.html (RS-02)");

    [Fact]
    public void Counts_in_transit_stock_and_rounds_up_to_whole_units()
    {
        // RS-06: (10 + 10 + 5) × 2.5 = 62.5; minus 20 in stock = 42.5 → 43 whole units. Here 12 on hand + 8 in transit.
        var decision = DaysOfCoverPolicy.FromProductionAndTransit(10, 10, 5).Decide(new(12) { OnOrder = 8 }, Contexts.Monday.WithDemand(2.5));
        decision.Quantity.Should().Be(43);
        decision.Explain().Should().Be("Order 43: position 20 falls short of the target 62.5 (cover days x daily sales); the shortfall is rounded up to whole units.");
    }
}

/// <summary>A constrained policy honours the same contract.</summary>
public sealed class ConstrainedMinMaxPolicyTests : ReplenishmentPolicyContract
{
    protected override IReplenishmentPolicy Policy =>
        new MinMaxPolicy(minimum: 100, maximum: 500).RoundedUpToMultipleOf(24).WithMinimumOrderQuantity(450);

    // Odoo min-max with multiple 24 (reference case MM-09: need 500 − 99 = 401 → 408); with an MOQ of 450 the order
    // is raised to 450 and then to the next multiple of 24: 24 × 19 = 456.
    protected override WorkedCase Worked => new(InventoryPosition.FromNet(99), Contexts.Monday, 456,
        ReplenishmentReason.MinimumReached, "Odoo reordering rules with multiple (MM-09), MOQ by hand");
}

internal static class Contexts
{
    public static readonly ReplenishmentContext Monday = new(new NodaTime.LocalDate(2026, 3, 2), dailyDemand: 0);

    public static ReplenishmentContext Plus(this ReplenishmentContext c, int days) =>
        new(c.Date.PlusDays(days), c.DailyDemand) { LeadTimeDays = c.LeadTimeDays, UnitsSold = c.UnitsSold };

    public static ReplenishmentContext WithSales(this ReplenishmentContext c, int sold) =>
        new(c.Date, c.DailyDemand) { LeadTimeDays = c.LeadTimeDays, UnitsSold = sold };

    public static ReplenishmentContext WithDemand(this ReplenishmentContext c, double perDay) =>
        new(c.Date, perDay) { LeadTimeDays = c.LeadTimeDays, UnitsSold = c.UnitsSold };
}
