using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Simulation;

/// <summary>
/// The simulator's specialised paths (a decider per built-in policy, alone or in built-in order constraints; Poisson and
/// bootstrap samplers; the inlined draw of uncertain legs) against the general path: the same policy wrapped in a
/// policy of another type goes through <see cref="IReplenishmentPolicy.Decide"/> with a full position and context.
/// The same seed must give the same result, figure by figure and day by day.
/// </summary>
public sealed class SimulatorFastPathTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);   // a Wednesday (ISO)
    private static readonly CostRates Costs = new() { HoldingPerUnitDay = 0.5, StockoutPerUnit = 3, PerOrder = 7 };

    /// <summary>Every built-in policy the simulator specialises, with parameters that order often and sometimes not.</summary>
    public static TheoryData<string> Policies => [.. BuiltInPolicies().Keys];

    private static Dictionary<string, IReplenishmentPolicy> BuiltInPolicies() => new(StringComparer.Ordinal)
    {
        ["min-max"] = new MinMaxPolicy(20, 75),
        ["base stock"] = new BaseStockPolicy(60),
        ["reorder point"] = new ReorderPointPolicy(25, 30),
        ["reorder point, negative r"] = new ReorderPointPolicy(-5, 17),
        ["reorder level"] = new ReorderLevelPolicy(30, 40),
        ["reorder level, inactive"] = new ReorderLevelPolicy(0, 0),
        ["periodic review every 5 days from before the start"] = new PeriodicReviewPolicy(ReviewCalendar.Every(5, Start.PlusDays(-13)), 90),
        ["periodic review every 3 days from after the start"] = new PeriodicReviewPolicy(ReviewCalendar.Every(3, Start.PlusDays(40)), 70),
        ["periodic review Monday and Thursday"] = new PeriodicReviewPolicy(ReviewCalendar.Weekly(IsoDayOfWeek.Monday, IsoDayOfWeek.Thursday), 120),
        ["periodic review Sunday"] = new PeriodicReviewPolicy(ReviewCalendar.Weekly(IsoDayOfWeek.Sunday), 150),
        ["days of cover"] = new DaysOfCoverPolicy(leadTimeDays: 3, safetyDays: 2),
        ["just in time"] = new JustInTimePolicy(),
        ["min-max, case pack 12, MOQ 30"] = new MinMaxPolicy(20, 75).RoundedUpToMultipleOf(12).WithMinimumOrderQuantity(30),
        ["base stock, capacity 80, at most 25"] = new BaseStockPolicy(60).WithCapacity(80).WithMaximumOrderQuantity(25),
        ["days of cover, packs of 4 and 6, capacity 70, MOQ 10"] = new DaysOfCoverPolicy(3, 2).RoundedUpToMultipleOf(4).WithCapacity(70).RoundedUpToMultipleOf(6).WithMinimumOrderQuantity(10),
        ["reorder point, at most 20 and 50"] = new ReorderPointPolicy(25, 30).WithMaximumOrderQuantity(50).WithMaximumOrderQuantity(20),
        ["just in time, packs of 5, MOQ 8 and 3"] = new JustInTimePolicy().RoundedUpToMultipleOf(5).WithMinimumOrderQuantity(8).WithMinimumOrderQuantity(3),
        ["custom policy inside constraints (general path on both sides)"] = new Delegating(new MinMaxPolicy(20, 75)).RoundedUpToMultipleOf(10),
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void Each_built_in_policy_gives_the_same_result_as_through_the_interface(string name)
    {
        var policy = BuiltInPolicies()[name];
        var models = new[] { DemandModel.Normal(12, 5), DemandModel.Poisson(9), DemandModel.Bootstrap([0, 7, 2, 19, 11]) };
        var leadTimes = new[] { LeadTimeProfile.Fixed(0), LeadTimeProfile.Fixed(3), LeadTimeProfile.Of("legs", new TransitTimeDistribution(3, 1), new TransitTimeDistribution(2, 0.5)) };
        foreach (var shortages in new[] { ShortageHandling.Backorders, ShortageHandling.LostSales })
        {
            var settings = new SimulationSettings(400, seed: 11, Start, shortages, recordTrace: true);
            foreach (var model in models)
            {
                foreach (var leadTime in leadTimes)
                {
                    foreach (var initialOnHand in new int?[] { 25, null })
                    {
                        var direct = Simulator.Run(new SimulatedSku("direct", policy, model, leadTime, Costs, initialOnHand), settings);
                        var general = Simulator.Run(new SimulatedSku("general", new Delegating(policy), model, leadTime, Costs, initialOnHand), settings);
                        ShouldBeIdentical(direct, general);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_policies_order_on_some_days_and_not_on_others_in_the_comparison()
    {
        // So that the comparison above sees both branches of every rule (the inactive reorder level never orders).
        var settings = new SimulationSettings(400, seed: 11, Start);
        foreach (var (name, policy) in BuiltInPolicies())
        {
            var result = Simulator.Run(new SimulatedSku(name, policy, DemandModel.Normal(12, 5), LeadTimeProfile.Fixed(3), Costs, 25), settings);
            if (name == "reorder level, inactive")
            {
                result.OrdersPlaced.Should().Be(0);
                continue;
            }

            result.OrdersPlaced.Should().BeInRange(1, 399, name);
        }
    }

    [Fact]
    public void Advancing_in_steps_gives_the_same_days_as_at_once()
    {
        // The periodic review counts days from the first day of each step, so steps of any length must agree.
        var sku = new SimulatedSku("review", BuiltInPolicies()["periodic review every 5 days from before the start"], DemandModel.Poisson(9), LeadTimeProfile.Fixed(2), Costs, 25);
        var settings = new SimulationSettings(400, seed: 3, Start, recordTrace: true);
        var once = new SkuRun(sku, settings, 0);
        once.Advance(400);
        var steps = new SkuRun(sku, settings, 0);
        foreach (var days in new[] { 1, 6, 93, 300 })
        {
            steps.Advance(days);
        }

        ShouldBeIdentical(once.Result(), steps.Result());
    }

    [Fact]
    public void A_chain_whose_pack_sizes_overflow_fails_on_both_paths_alike()
    {
        // The three pack sizes are pairwise coprime (2³¹ − 1 is prime, and neighbouring integers share no factor), so their
        // least common multiple is their product, about 9.9·10²⁷ > long.MaxValue: the decision throws on both paths.
        var policy = new MinMaxPolicy(20, 75).RoundedUpToMultipleOf(2147483647).RoundedUpToMultipleOf(2147483646).RoundedUpToMultipleOf(2147483645);
        var settings = new SimulationSettings(10, seed: 1, Start);
        var direct = () => Simulator.Run(new SimulatedSku("direct", policy, DemandModel.Poisson(9), LeadTimeProfile.Fixed(1), Costs, 25), settings);
        var general = () => Simulator.Run(new SimulatedSku("general", new Delegating(policy), DemandModel.Poisson(9), LeadTimeProfile.Fixed(1), Costs, 25), settings);
        direct.Should().Throw<OverflowException>();
        general.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Uncertain_legs_are_drawn_by_the_profile_s_rule()
    {
        // The documented rule, written out here: each leg with σ > 0 draws μ + σZ clamped to [max(0, μ − 4σ), μ + 4σ], a
        // fixed leg adds μ, in the legs' order; the sum is rounded halves up and capped at MaximumDays. The third leg's
        // clamp at 0 (μ − 4σ < 0) and the fixed leg between two drawn ones are both exercised.
        var legs = new[] { new TransitTimeDistribution(3, 1), new TransitTimeDistribution(2.3, 0), new TransitTimeDistribution(0.4, 0.6), new TransitTimeDistribution(6, 2) };
        var profile = LeadTimeProfile.Of("mixed", legs);
        var stream = RandomStream.For(5, 2);
        var reference = stream;
        var clampedAtZero = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var total = 0.0;
            foreach (var leg in legs)
            {
                if (leg.StandardDeviationDays == 0)
                {
                    total += leg.MeanDays;
                    continue;
                }

                var x = leg.MeanDays + (leg.StandardDeviationDays * reference.NextStandardNormal());
                var low = Math.Max(0, leg.MeanDays - (4 * leg.StandardDeviationDays));
                clampedAtZero += x < low && low == 0 ? 1 : 0;
                total += Math.Min(leg.MeanDays + (4 * leg.StandardDeviationDays), Math.Max(low, x));
            }

            var expected = Math.Min(profile.MaximumDays, (int)Math.Floor(total + 0.5));
            profile.Sample(ref stream).Should().Be(expected);
        }

        clampedAtZero.Should().BeGreaterThan(1000, "the third leg falls below 0 about a quarter of the time");
    }

    [Theory]
    [InlineData(ShortageHandling.Backorders)]
    [InlineData(ShortageHandling.LostSales)]
    public void One_or_two_drawn_legs_inlined_give_what_the_profile_s_loop_gives(ShortageHandling shortages)
    {
        // A profile of one or two legs, all drawn, is drawn inline in the day step from the legs' fields; with a fixed leg
        // of 0 days added, the same legs take the profile's loop (LeadTimeProfile.SampleLegs, checked against the
        // written-out rule in the test above), and that leg adds 0 to every lead time and to the longest. So the same seed
        // must give the same days. Legs with μ − 4σ < 0 clamp at 0 (about a quarter of the draws for 0.4 ± 0.6 d), and
        // about 2.8 % of normal draws leave the ziggurat's fast path: each run below places at least 300 orders, so it
        // expects at least 8 such draws among its legs (16 runs in all), and the clamp hundreds of times.
        var profiles = new TransitTimeDistribution[][]
        {
            [new(3, 1)],
            [new(0.4, 0.6)],
            [new(1, 0.5), new(1, 0.5)],
            [new(0.4, 0.6), new(6, 2)],
        };
        var settings = new SimulationSettings(5000, seed: 17, Start, shortages, recordTrace: true);
        foreach (var legs in profiles)
        {
            var inline = LeadTimeProfile.Of("inline", legs);
            var loop = LeadTimeProfile.Of("loop", [.. legs, TransitTimeDistribution.Fixed(0)]);
            loop.MaximumDays.Should().Be(inline.MaximumDays);
            SkuRun.DrawnPathOf(inline).Should().Be(legs.Length == 1 ? SkuRun.DrawnLegsPath.OneLeg : SkuRun.DrawnLegsPath.TwoLegs, "the inline path is the one under test");
            SkuRun.DrawnPathOf(loop).Should().Be(SkuRun.DrawnLegsPath.ProfileLoop);
            foreach (var policy in new IReplenishmentPolicy[] { new BaseStockPolicy(60), new MinMaxPolicy(20, 75) })
            {
                foreach (var model in new[] { DemandModel.Normal(12, 5), DemandModel.Poisson(9) })
                {
                    var inlined = Simulator.Run(new SimulatedSku("inline", policy, model, inline, Costs, 25), settings);
                    var general = Simulator.Run(new SimulatedSku("loop", policy, model, loop, Costs, 25), settings);
                    ShouldBeIdentical(inlined, general);
                    inlined.OrdersPlaced.Should().BeGreaterThan(300, "enough orders to reach the rare paths");
                }
            }
        }
    }

    [Fact]
    public void A_reused_simulator_gives_what_the_catalogue_run_gives_for_each_index()
    {
        // Mixed SKUs one after another on one state (a long ring, then a short one, then back), with and without a trace,
        // backorders and lost sales: each result must be the catalogue run's at that index.
        var skus = new List<SimulatedSku>
        {
            new("long lead", new BaseStockPolicy(400), DemandModel.Poisson(9), LeadTimeProfile.Of("sea", new TransitTimeDistribution(35, 4)), Costs),
            new("short lead", new MinMaxPolicy(20, 75), DemandModel.Normal(12, 5), LeadTimeProfile.Fixed(1), Costs, 30),
            new("review", BuiltInPolicies()["periodic review Monday and Thursday"], DemandModel.Bootstrap([0, 7, 2, 19, 11]), LeadTimeProfile.Fixed(6), Costs),
            new("custom", new Delegating(new DaysOfCoverPolicy(8, 3)), DemandModel.Poisson(4), LeadTimeProfile.Of("legs", new TransitTimeDistribution(3, 1), new TransitTimeDistribution(4, 2)), Costs, 10),
        };
        foreach (var settings in new[] { new SimulationSettings(300, seed: 8, Start, recordTrace: true), new SimulationSettings(300, seed: 9, Start, ShortageHandling.LostSales) })
        {
            var catalogue = Simulator.Run(skus, settings);
            var simulator = new SkuSimulator();
            foreach (var i in new[] { 0, 1, 2, 3, 1, 0 })
            {
                var result = simulator.Run(skus[i], settings, i);
                result.Index.Should().Be(i);
                ShouldBeIdentical(result, catalogue.Skus[i]);
            }
        }
    }

    [Fact]
    public void A_reused_simulator_allocates_the_results_only()
    {
        // After a first run (which sizes the ring and compiles the day step), a run allocates its result (the object and
        // its statistics, a few hundred bytes) and nothing per day: a ten times longer run allocates the same.
        var sku = new SimulatedSku("MUG", new MinMaxPolicy(40, 120), DemandModel.Poisson(9), LeadTimeProfile.Of("legs", new TransitTimeDistribution(3, 1)), Costs, 50);
        var simulator = new SkuSimulator();
        var short_ = new SimulationSettings(365, seed: 1, Start);
        var long_ = new SimulationSettings(3650, seed: 1, Start);
        simulator.Run(sku, short_, 0);
        simulator.Run(sku, long_, 0);

        var before = GC.GetAllocatedBytesForCurrentThread();
        simulator.Run(sku, short_, 1);
        var shortRun = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        simulator.Run(sku, long_, 1);
        var longRun = GC.GetAllocatedBytesForCurrentThread() - before;

        shortRun.Should().BeLessThan(1024);
        longRun.Should().Be(shortRun);
    }

    [Fact]
    public void The_reusable_simulator_refuses_bad_arguments()
    {
        var sku = new SimulatedSku("MUG", new MinMaxPolicy(40, 120), DemandModel.Poisson(9), LeadTimeProfile.Fixed(2), Costs, 50);
        var settings = new SimulationSettings(10, seed: 1, Start);
        var simulator = new SkuSimulator();
        FluentActions.Invoking(() => simulator.Run(null!, settings, 0)).Should().Throw<ArgumentNullException>().WithParameterName("sku");
        FluentActions.Invoking(() => simulator.Run(sku, null!, 0)).Should().Throw<ArgumentNullException>().WithParameterName("settings");
        FluentActions.Invoking(() => simulator.Run(sku, settings, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("streamIndex");
        FluentActions.Invoking(() => simulator.Run(sku, new SimulationSettings(2_000_001, seed: 1, Start, recordTrace: true), 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("settings");
    }

    /// <summary>Every figure of the two results equal (doubles bit for bit), and the traces day by day.</summary>
    internal static void ShouldBeIdentical(SkuSimulationResult actual, SkuSimulationResult expected)
    {
        actual.Trace.Should().Equal(expected.Trace);
        foreach (var property in typeof(SkuSimulationResult).GetProperties())
        {
            if (property.Name is nameof(SkuSimulationResult.Sku) or nameof(SkuSimulationResult.Trace))
            {
                continue;
            }

            var (a, e) = (property.GetValue(actual), property.GetValue(expected));
            a.Should().Be(e, property.Name);
        }
    }

    /// <summary>A policy of another type than the built-in ones, passing every call on to it: forces the interface path.</summary>
    private sealed class Delegating(IReplenishmentPolicy inner) : IReplenishmentPolicy
    {
        public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) => inner.Decide(in position, in context);

        public override string ToString() => "delegating to " + inner;
    }
}
