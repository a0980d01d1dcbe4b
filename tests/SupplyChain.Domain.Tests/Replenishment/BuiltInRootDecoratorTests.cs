using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>
/// The fixed-bound decorators call a library policy at the root of their chain through its own type and any other
/// policy through the interface. Whichever way, the decision must be the root's own decision constrained one step at a
/// time through the public <c>With…</c> methods: that is the independent reference here, for every built-in policy.
/// </summary>
public sealed class BuiltInRootDecoratorTests
{
    private const int Runs = 700;

    private static readonly LocalDate Monday = new(2026, 3, 2);

    private static readonly string[] Kinds = ["min-max", "base stock", "reorder point", "reorder level", "periodic review", "days of cover", "just in time"];

    /// <summary>
    /// A policy kind (one of seven) with levels 0 to 400; a position of −30 to 500 net and 0 to 200 on order; a date from
    /// Monday to Sunday (the review days are Monday and Thursday); demand 0 to 40 a day; 0 to 30 units sold; a pack of 1
    /// to 40, an MOQ of 1 to 300 and a maximum of 0 to 2,999.
    /// </summary>
    private static readonly Gen<Drawn> Draws =
        from kind in Gen.Choose(0, Kinds.Length - 1)
        from low in Gen.Choose(0, 200)
        from span in Gen.Choose(0, 200)
        from net in Gen.Choose(-30, 500)
        from onOrder in Gen.Choose(0, 200)
        from day in Gen.Choose(0, 6)
        from demand in Gen.Choose(0, 4_000)
        from sold in Gen.Choose(0, 30)
        from pack in Gen.Choose(1, 40)
        from moq in Gen.Choose(1, 300)
        from max in Gen.Choose(0, 2_999)
        select new Drawn(kind, low, span, net, onOrder, day, demand / 100.0, sold, pack, moq, max);

    [Property(MaxTest = Runs)]
    public Property Decorators_on_a_built_in_policy_decide_as_its_decision_constrained_step_by_step() => Prop.ForAll(Draws.ToArbitrary(), c =>
    {
        var root = c.Policy();
        var stepwise = root.Decide(c.Position, c.Context).WithOrderMultiple(c.Pack).WithMinimumOrderQuantity(c.Moq).WithMaximumOrderQuantity(c.Max);

        var decided = root.RoundedUpToMultipleOf(c.Pack).WithMinimumOrderQuantity(c.Moq).WithMaximumOrderQuantity(c.Max).Decide(c.Position, c.Context);
        decided.Should().Be(stepwise);
        decided.Quantity.Should().Be(stepwise.Quantity);
        decided.BindingConstraints.Should().Be(stepwise.BindingConstraints);

        // The decorators in another order, and each alone: the same decision (the order never matters).
        root.WithMaximumOrderQuantity(c.Max).WithMinimumOrderQuantity(c.Moq).RoundedUpToMultipleOf(c.Pack)
            .Decide(c.Position, c.Context).Should().Be(stepwise);
        root.RoundedUpToMultipleOf(c.Pack).Decide(c.Position, c.Context).Should().Be(root.Decide(c.Position, c.Context).WithOrderMultiple(c.Pack));
        root.WithMaximumOrderQuantity(c.Max).Decide(c.Position, c.Context).Should().Be(root.Decide(c.Position, c.Context).WithMaximumOrderQuantity(c.Max));
        root.WithMinimumOrderQuantity(c.Moq).Decide(c.Position, c.Context).Should().Be(root.Decide(c.Position, c.Context).WithMinimumOrderQuantity(c.Moq));

        // The same root behind a pass-through policy of the caller's goes the interface way: the same decision.
        new PassThrough(root).RoundedUpToMultipleOf(c.Pack).WithMinimumOrderQuantity(c.Moq).WithMaximumOrderQuantity(c.Max)
            .Decide(c.Position, c.Context).Should().Be(stepwise);
    });

    [Fact]
    public void The_cases_reach_every_built_in_policy_ordering_and_not_ordering_and_every_constraint_binding()
    {
        Reach.Covers(Draws, Runs, c => [Kinds[c.Kind] + (c.Policy().Decide(c.Position, c.Context).UnconstrainedQuantity > 0 ? ", orders" : ", no order"), .. Binding(c)],
            [.. Kinds.SelectMany(k => new[] { k + ", orders", k + ", no order" }), "raised to the MOQ", "rounded up to the pack", "lowered to the maximum", "no quantity meets all three"]);
    }

    /// <summary>Which constraints change the root's order in a draw: the branches of the constrained decision the property reaches.</summary>
    private static IEnumerable<string> Binding(Drawn c)
    {
        var binding = c.Policy().Decide(c.Position, c.Context).WithOrderMultiple(c.Pack).WithMinimumOrderQuantity(c.Moq).WithMaximumOrderQuantity(c.Max).BindingConstraints;
        if (binding.HasFlag(OrderConstraints.MinimumOrderQuantity))
        {
            yield return "raised to the MOQ";
        }

        if (binding.HasFlag(OrderConstraints.OrderMultiple))
        {
            yield return "rounded up to the pack";
        }

        if (binding.HasFlag(OrderConstraints.MaximumOrderQuantity))
        {
            yield return "lowered to the maximum";
        }

        if (binding.HasFlag(OrderConstraints.Conflict))
        {
            yield return "no quantity meets all three";
        }
    }

    public sealed record Drawn(int Kind, int Low, int Span, int Net, int OnOrder, int Day, double Demand, int Sold, int Pack, int Moq, int Max)
    {
        public InventoryPosition Position => (Net >= 0 ? new InventoryPosition(Net) : new InventoryPosition(0) { Backordered = -Net }) with { OnOrder = OnOrder };

        public ReplenishmentContext Context => new(Monday.PlusDays(Day), Demand) { UnitsSold = Sold };

        public IReplenishmentPolicy Policy() => Kind switch
        {
            0 => new MinMaxPolicy(Low, Low + Span),
            1 => new BaseStockPolicy(Low + Span),
            2 => new ReorderPointPolicy(reorderPoint: Low, lotSize: Span + 1),
            3 => new ReorderLevelPolicy(reorderLevel: Low, reorderQuantity: Span),
            4 => new PeriodicReviewPolicy(ReviewCalendar.Weekly(IsoDayOfWeek.Monday, IsoDayOfWeek.Thursday), Low + Span),
            5 => new DaysOfCoverPolicy(leadTimeDays: (Low % 20) + 1, safetyDays: Span % 10),
            _ => new JustInTimePolicy(),
        };
    }

    private sealed class PassThrough(IReplenishmentPolicy inner) : IReplenishmentPolicy
    {
        public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) => inner.Decide(in position, in context);
    }
}
