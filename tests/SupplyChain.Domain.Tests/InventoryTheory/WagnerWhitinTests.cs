using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Tests.InventoryTheory;

public sealed class WagnerWhitinTests
{
    [Fact]
    public void Example_3_9_by_hand()
    {
        // Demand 90, 120, 80, 70; K = 500, h = 2. Ordering 210 in period 0 (covers 0–1) and 150 in period 2 costs
        // 2·500 + 2·120 + 2·70 = 1380 (Snyder & Shen, Example 3.9).
        var plan = WagnerWhitin.Solve([90, 120, 80, 70], fixedCost: 500, holdingCost: 2);

        plan.OrderQuantities.Should().Equal(210, 0, 150, 0);
        plan.NextOrderPeriods[0].Should().Be(2);
        plan.Cost.Should().Be(1380);
    }

    [Fact]
    public void Zero_demand_periods_place_no_order_and_cost_nothing()
    {
        // Demand 0, 90, 0, 70; K = 500, h = 2 (0-based periods). Covering a zero-demand period alone costs 0 (no K),
        // so period 0 places no order and period 1 chooses between 90 now + 70 in period 3 (500 + 500 = 1000) and
        // 160 now, carrying 70 for two periods (500 + 2·2·70 = 780): 780. Period 2 (zero demand) covers only itself.
        var plan = WagnerWhitin.Solve([0, 90, 0, 70], fixedCost: 500, holdingCost: 2);

        plan.OrderQuantities.Should().Equal(0, 160, 0, 0);
        plan.NextOrderPeriods.Should().Equal(1, 4, 3, 4);
        plan.Cost.Should().Be(780);
    }

    [Fact]
    public void Trailing_zero_demand_adds_nothing()
    {
        // 90 then 0: one order of 90 in period 0 (K = 500); the empty last period costs nothing.
        var plan = WagnerWhitin.Solve([90, 0], fixedCost: 500, holdingCost: 2, purchaseCost: 3);

        plan.OrderQuantities.Should().Equal(90, 0);
        plan.Cost.Should().Be(500 + (3 * 90));
    }

    [Fact]
    public void All_zero_demand_orders_nothing_at_zero_cost()
    {
        // Every cover costs 0 (no K for zero demand, nothing carried); ties keep the shortest cover, s_t = t + 1.
        var plan = WagnerWhitin.Solve([0, 0, 0], fixedCost: [500, 400, 300], holdingCost: [2], purchaseCost: [3]);

        plan.OrderQuantities.Should().Equal(0, 0, 0);
        plan.NextOrderPeriods.Should().Equal(1, 2, 3);
        plan.Cost.Should().Be(0);
    }

    private const int Runs = 200;

    /// <summary>Five periods of 0 to 255 units (one in five none) and a fixed order cost of 0 to 299.</summary>
    private static readonly Gen<(double[] Demand, int FixedCost)> Cases =
        from demand in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(0, 255))).Select(d => (double)d).ArrayOf(5)
        from fixedCost in Gen.Choose(0, 299)
        select (demand, fixedCost);

    [Fact]
    public void The_cases_reach_zero_demand_periods_and_plans_of_one_to_five_orders()
    {
        Reach.Covers(Cases, Runs, given =>
            {
                var orders = WagnerWhitin.Solve(given.Demand, given.FixedCost, 1.5).OrderQuantities.Count(q => q > 0);
                return [$"{orders} order(s)", given.Demand.Contains(0) ? "a period without demand" : "demand every period"];
            },
            [.. Enumerable.Range(1, 5).Select(n => $"{n} order(s)"), "a period without demand", "demand every period"]);
    }

    [Property(MaxTest = Runs)]
    public Property Plan_is_no_worse_than_any_brute_force_plan() => Prop.ForAll(Cases.ToArbitrary(), given =>
    {
        // Independent check: enumerate all 2^(T−1) order patterns (period 0 always orders when it has demand).
        var demand = given.Demand;
        double fixedCost = given.FixedCost, holding = 1.5;
        var plan = WagnerWhitin.Solve(demand, fixedCost, holding);
        var best = double.MaxValue;
        for (var mask = 0; mask < 1 << 4; mask++)
        {
            var cost = 0.0;
            var start = 0;
            for (var t = 1; t <= 5; t++)
            {
                if (t == 5 || (mask & (1 << (t - 1))) != 0)
                {
                    var quantity = 0.0;
                    for (var i = start; i < t; i++)
                    {
                        quantity += demand[i];
                        cost += holding * (i - start) * demand[i];
                    }

                    cost += quantity > 0 ? fixedCost : 0;
                    start = t;
                }
            }

            best = Math.Min(best, cost);
        }

        return Math.Abs(plan.Cost - best) <= 1e-9 && plan.OrderQuantities.Sum() == demand.Sum();
    });

    [Fact]
    public void Cost_lists_must_have_one_entry_per_period()
    {
        FluentActions.Invoking(() => WagnerWhitin.Solve([90, 120, 80], [500, 500], [2]))
            .Should().Throw<ArgumentException>()
            .WithParameterName("fixedCost")
            .WithMessage("fixedCost must have 3 entries (one per period), but had 2.*");
    }

    [Fact]
    public void Negative_demand_is_rejected()
    {
        FluentActions.Invoking(() => WagnerWhitin.Solve([90, -1], 500, 2))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("demand")
            .WithMessage("demand must hold finite non-negative numbers, but entry 1 was -1.*");
    }
}
