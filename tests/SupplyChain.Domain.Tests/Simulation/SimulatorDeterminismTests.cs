using MathNet.Numerics.Random;
using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Simulation;

public sealed class SimulatorDeterminismTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);

    private static List<SimulatedSku> Catalogue(int count) =>
        Enumerable.Range(0, count).Select(i => new SimulatedSku(
            "SKU-" + i,
            (i % 3) switch
            {
                0 => new MinMaxPolicy(20 + i, 60 + (2 * i)),
                1 => new DaysOfCoverPolicy(12, 5),
                _ => new JustInTimePolicy(),
            },
            (i % 3) switch
            {
                0 => DemandModel.Poisson(3 + (i % 5)),
                1 => DemandModel.Normal(10 + i, 3),
                _ => DemandModel.Bootstrap([0, 2, 5, 1, 9, 3]),
            },
            LeadTimeProfile.Of("two legs", new TransitTimeDistribution(5, 1.5), new TransitTimeDistribution(4, 2)),
            new CostRates { HoldingPerUnitDay = 0.1, StockoutPerUnit = 2, PerOrder = 15 },
            initialOnHand: 40)).ToList();

    [Fact]
    public void The_same_seed_gives_the_same_result()
    {
        var skus = Catalogue(12);
        var settings = new SimulationSettings(400, seed: 42, Start, recordTrace: true);
        var first = Simulator.Run(skus, settings);
        var second = Simulator.Run(skus, settings);

        for (var i = 0; i < skus.Count; i++)
        {
            second.Skus[i].Trace.Should().Equal(first.Skus[i].Trace);
            second.Skus[i].TotalCost.Should().Be(first.Skus[i].TotalCost);
            second.Skus[i].DailyCost.Should().Be(first.Skus[i].DailyCost);
        }

        var other = Simulator.Run(skus, new SimulationSettings(400, seed: 43, Start));
        other.TotalCost.Should().NotBe(first.TotalCost, "another seed draws other demand");
    }

    [Fact]
    public void The_degree_of_parallelism_never_changes_the_result()
    {
        var skus = Catalogue(30);
        var results = new[] { 1, 2, 4, -1 }
            .Select(dop => Simulator.Run(skus, new SimulationSettings(300, seed: 7, Start, ShortageHandling.LostSales, maxDegreeOfParallelism: dop)))
            .ToList();

        foreach (var result in results.Skip(1))
        {
            result.TotalCost.Should().Be(results[0].TotalCost);
            for (var i = 0; i < skus.Count; i++)
            {
                var (a, b) = (results[0].Skus[i], result.Skus[i]);
                (b.TotalDemand, b.FilledFromStock, b.UnitsLost, b.OrdersPlaced, b.UnitsOrdered, b.StockoutDays, b.EndingOnHand, b.EndingOnOrder)
                    .Should().Be((a.TotalDemand, a.FilledFromStock, a.UnitsLost, a.OrdersPlaced, a.UnitsOrdered, a.StockoutDays, a.EndingOnHand, a.EndingOnOrder));
                b.DailyDemand.Should().Be(a.DailyDemand);
                b.DailyOnHand.Should().Be(a.DailyOnHand);
                b.DailyCost.Should().Be(a.DailyCost);
            }
        }
    }

    [Fact]
    public void A_SKU_s_stream_depends_on_its_index_not_on_the_others()
    {
        // SKU 5 of a catalogue of 12 and of a catalogue of 6 sees the same stream, so its results are equal.
        var settings = new SimulationSettings(200, seed: 99, Start);
        var large = Simulator.Run(Catalogue(12), settings);
        var small = Simulator.Run(Catalogue(6), settings);
        small.Skus[5].DailyCost.Should().Be(large.Skus[5].DailyCost);
        small.Skus[5].TotalDemand.Should().Be(large.Skus[5].TotalDemand);
        large.Skus[4].DailyDemand.Should().NotBe(large.Skus[1].DailyDemand);
    }

    [Theory]
    [InlineData(ShortageHandling.Backorders)]
    [InlineData(ShortageHandling.LostSales)]
    public void The_built_in_min_max_shortcut_gives_what_the_policy_interface_gives(ShortageHandling shortages)
    {
        // The engine applies MinMaxPolicy's rule directly (and draws normal demand on a specialised path); wrapped in a
        // policy of another type, the same policy goes through IReplenishmentPolicy.Decide with a full position and
        // context. Every day of the two runs must be identical, for each demand model and for fixed and random lead times.
        var models = new[] { DemandModel.Normal(30, 9), DemandModel.Poisson(4), DemandModel.Bootstrap([0, 7, 2, 12]) };
        var leadTimes = new[] { LeadTimeProfile.Fixed(0), LeadTimeProfile.Fixed(3), LeadTimeProfile.Of("legs", new TransitTimeDistribution(3, 1), new TransitTimeDistribution(2, 0.5)) };
        var settings = new SimulationSettings(500, seed: 11, Start, shortages, recordTrace: true);
        foreach (var model in models)
        {
            foreach (var leadTime in leadTimes)
            {
                var policy = new MinMaxPolicy(20, 75);
                var direct = Simulator.Run(new SimulatedSku("direct", policy, model, leadTime, new CostRates { HoldingPerUnitDay = 0.5, StockoutPerUnit = 3, PerOrder = 7 }, initialOnHand: 10), settings);
                var wrapped = Simulator.Run(new SimulatedSku("wrapped", new Delegating(policy), model, leadTime, new CostRates { HoldingPerUnitDay = 0.5, StockoutPerUnit = 3, PerOrder = 7 }, initialOnHand: 10), settings);
                wrapped.Trace.Should().Equal(direct.Trace);
                (wrapped.TotalCost, wrapped.DailyDemand, wrapped.DailyOnHand, wrapped.DailyCost)
                    .Should().Be((direct.TotalCost, direct.DailyDemand, direct.DailyOnHand, direct.DailyCost));
            }
        }
    }

    /// <summary>A policy of another type than the built-in one, passing every call on to it.</summary>
    private sealed class Delegating(IReplenishmentPolicy inner) : IReplenishmentPolicy
    {
        public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) => inner.Decide(in position, in context);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12345)]
    [InlineData(-7)]
    public void Stream_zero_is_MathNet_xoshiro256_star_star_with_the_same_seed(int seed)
    {
        // MathNet.Numerics' Xoshiro256StarStar(seed) seeds its state from SplitMix64 started at the seed, as the
        // simulator does for SKU 0; its NextDouble is the top 53 bits times 2^-53.
        var reference = new Xoshiro256StarStar(seed);
        var stream = RandomStream.For(seed, 0);
        for (var i = 0; i < 1000; i++)
        {
            stream.NextDouble().Should().Be(reference.NextDouble());
        }
    }

    [Fact]
    public void The_deterministic_logarithm_agrees_with_the_platform_one()
    {
        // Within 1e-15 relative (about 4 units in the last place) of the C runtime's log, over (0, 1), their inverses and the edges.
        var stream = RandomStream.For(1, 0);
        for (var i = 0; i < 100_000; i++)
        {
            var x = stream.NextDouble() + 1e-300;
            DeterministicMath.Log(x).Should().BeApproximately(Math.Log(x), (Math.Abs(Math.Log(x)) * 1e-15) + 1e-300);
            DeterministicMath.LogBySeries(x).Should().BeApproximately(Math.Log(x), (Math.Abs(Math.Log(x)) * 1e-15) + 1e-300);
            DeterministicMath.Log(1 / x).Should().BeApproximately(Math.Log(1 / x), Math.Abs(Math.Log(1 / x)) * 1e-15);
        }

        foreach (var x in new[] { double.Epsilon, 1e-310, 1e-5, 0.5, 1, Math.Sqrt(2), 2, 10, 1e300, double.MaxValue })
        {
            DeterministicMath.Log(x).Should().BeApproximately(Math.Log(x), Math.Abs(Math.Log(x)) * 1e-15);
        }
    }

    [Fact]
    public void The_deterministic_exponential_agrees_with_the_platform_one()
    {
        // Within 1e-15 relative (about 4 units in the last place) of the C runtime's exp over [−700, 700] and near 0;
        // in the subnormal range within one unit of the smallest subnormal (the scaling rounds twice there).
        var stream = RandomStream.For(2, 0);
        for (var i = 0; i < 100_000; i++)
        {
            var x = (1400 * stream.NextDouble()) - 700;
            DeterministicMath.Exp(x).Should().BeApproximately(Math.Exp(x), Math.Exp(x) * 1e-15);
            var small = (stream.NextDouble() - 0.5) * 1e-3;
            DeterministicMath.Exp(small).Should().BeApproximately(Math.Exp(small), Math.Exp(small) * 1e-15);
        }

        foreach (var x in new[] { -745.1, -740.0, -708.5 })
        {
            DeterministicMath.Exp(x).Should().BeApproximately(Math.Exp(x), (Math.Exp(x) * 1e-15) + double.Epsilon);
        }

        (DeterministicMath.Exp(0), DeterministicMath.Exp(-800), DeterministicMath.Exp(710), double.IsNaN(DeterministicMath.Exp(double.NaN)))
            .Should().Be((1.0, 0.0, double.PositiveInfinity, true));
        DeterministicMath.Exp(709.78).Should().BeApproximately(Math.Exp(709.78), Math.Exp(709.78) * 1e-15);
    }
}
