using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Simulation;

/// <summary>
/// Issue 18: a catalogue simulated in partitions (<see cref="Simulator.RunPartition"/>, each on its own thread count, in
/// any order) and put together (<see cref="SimulationResult.Combine"/>) is the single run, bit for bit.
/// </summary>
public sealed class SimulatorPartitionTests
{
    private const int Runs = 60;
    private static readonly LocalDate Start = new(2026, 3, 2);

    /// <summary>
    /// A catalogue of 1 to 40 SKUs, cut at 0 to 7 distinct points into 1 to 8 partitions, each run with 1, 2, 3 or all
    /// cores, handed to Combine rotated by 0 to 7 places (so out of catalogue order), with backorders or lost sales.
    /// </summary>
    public sealed record Draw(int Size, int[] Cuts, int[] Parallelism, int Rotation, ShortageHandling Shortages)
    {
        public IEnumerable<(int First, int Count)> Partitions()
        {
            var bounds = Cuts.Prepend(0).Append(Size).ToArray();
            return bounds.Zip(bounds.Skip(1), (from, to) => (from, to - from));
        }

        public override string ToString() =>
            $"{Size} SKUs cut at [{string.Join(", ", Cuts)}], parallelism [{string.Join(", ", Parallelism)}], rotated {Rotation}, {Shortages}";
    }

    private static readonly Gen<Draw> Draws =
        from size in Gen.Choose(1, 40)
        from cutCount in Gen.Choose(0, Math.Min(7, size - 1))
        from cuts in Gen.Choose(1, Math.Max(1, size - 1)).ArrayOf(cutCount)
        let distinct = size == 1 ? [] : cuts.Distinct().Order().ToArray()
        from parallelism in Gen.Elements(1, 2, 3, -1).ArrayOf(distinct.Length + 1)
        from rotation in Gen.Choose(0, 7)
        from shortages in Gen.Elements(ShortageHandling.Backorders, ShortageHandling.LostSales)
        select new Draw(size, distinct, parallelism, rotation, shortages);

    /// <summary>
    /// A factory making 120 units per working day, shared with a peer who books Poisson(60) units on half the days: its
    /// stage draws from a stream of its own, derived from the SKU's catalogue index too.
    /// </summary>
    private static readonly FactoryStage Factory = new(
        new CapacityBook(new FacilityId("F-SZ"), new ProductionCapacity(120, WorkingCalendar.MondayToFriday, 0), FirstComeAllocation.Instance),
        new PartyId("SELLER-M"), LeadTimeProfile.Of("sea", new TransitTimeDistribution(6, 2)), [new PeerBookings(new PartyId("SELLER-P"), DemandModel.Poisson(60), 0.5)]);

    /// <summary>
    /// Min–max, days of cover, just in time and reorder point; normal, Poisson and bootstrap demand; fixed and uncertain
    /// lead times; every fifth SKU (index 4, 9, …) behind the shared factory.
    /// </summary>
    private static List<SimulatedSku> Catalogue(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SimulatedSku(
            "SKU-" + i,
            (i % 4) switch
            {
                0 => new MinMaxPolicy(15 + i, 50 + (2 * i)),
                1 => new DaysOfCoverPolicy(10, 4),
                2 => new JustInTimePolicy(),
                _ => new ReorderPointPolicy(30, 45),
            },
            (i % 3) switch
            {
                0 => DemandModel.Poisson(2 + (i % 6)),
                1 => DemandModel.Normal(8 + i, 3),
                _ => DemandModel.Bootstrap([0, 3, 6, 1, 11, 2]),
            },
            i % 2 == 0 ? LeadTimeProfile.Fixed(3) : LeadTimeProfile.Of("two legs", new TransitTimeDistribution(4, 1.5), new TransitTimeDistribution(3, 1)),
            new CostRates { HoldingPerUnitDay = 0.2, StockoutPerUnit = 3, PerOrder = 12 },
            initialOnHand: 25)
        {
            Factory = i % 5 == 4 ? Factory : null,
        })];

    private static SimulationResult Partitioned(Draw draw, IReadOnlyList<SimulatedSku> catalogue, long seed)
    {
        var results = draw.Partitions()
            .Select((p, k) => Simulator.RunPartition(catalogue.Skip(p.First).Take(p.Count), p.First,
                new SimulationSettings(60, seed, Start, draw.Shortages, maxDegreeOfParallelism: draw.Parallelism[k])))
            .ToList();
        var rotation = draw.Rotation % results.Count;
        return SimulationResult.Combine([.. results.Skip(rotation), .. results.Take(rotation)]);
    }

    [Property(MaxTest = Runs)]
    public Property Any_partitioning_on_any_thread_count_gives_the_single_run_bit_for_bit() => Prop.ForAll(Draws.ToArbitrary(), draw =>
    {
        var catalogue = Catalogue(draw.Size);
        var single = Simulator.Run(catalogue, new SimulationSettings(60, 2026, Start, draw.Shortages, maxDegreeOfParallelism: 1));
        var combined = Partitioned(draw, catalogue, 2026);

        combined.FirstIndex.Should().Be(0);
        combined.Skus.Should().HaveCount(draw.Size);
        BitsOf(combined.TotalCost).Should().Be(BitsOf(single.TotalCost), "the total is added SKU by SKU in catalogue order");
        (combined.TotalDemand, combined.FilledFromStock).Should().Be((single.TotalDemand, single.FilledFromStock));
        for (var i = 0; i < draw.Size; i++)
        {
            ShouldBeTheSame(combined.Skus[i], single.Skus[i]);
        }
    });

    [Fact]
    public void The_draws_reach_every_shape_of_partitioning()
    {
        static IEnumerable<string> Labels(Draw draw)
        {
            var partitions = draw.Partitions().ToList();
            yield return partitions.Count switch { 1 => "one partition", < 5 => "2-4 partitions", _ => "5-8 partitions" };
            if (partitions.Any(p => p.Count == 1) && partitions.Count > 1)
            {
                yield return "a one-SKU partition";
            }

            if (draw.Rotation % partitions.Count != 0)
            {
                yield return "out of order";
            }

            if (draw.Parallelism.Distinct().Count() > 1)
            {
                yield return "mixed thread counts";
            }

            foreach (var p in draw.Parallelism)
            {
                yield return $"parallelism {p}";
            }

            yield return draw.Shortages.ToString();
            yield return draw.Size switch { 1 => "1 SKU", <= 20 => "2-20 SKUs", _ => "21-40 SKUs" };
            if (draw.Partitions().Any(p => p.First > 0 && Enumerable.Range(p.First, p.Count).Any(i => i % 5 == 4)))
            {
                yield return "a factory-stage SKU in a later partition";
            }
        }

        Reach.Covers(Draws, Runs, Labels,
        [
            "one partition", "2-4 partitions", "5-8 partitions", "a one-SKU partition", "out of order", "mixed thread counts",
            "parallelism 1", "parallelism 2", "parallelism 3", "parallelism -1", "Backorders", "LostSales", "1 SKU", "2-20 SKUs", "21-40 SKUs",
            "a factory-stage SKU in a later partition",
        ]);
    }

    [Fact]
    public void A_partition_uses_the_streams_of_its_catalogue_indexes()
    {
        // SKUs 5 to 9 of a catalogue of 12, run alone from index 5, see streams 5 to 9: the same days as in the whole run.
        var catalogue = Catalogue(12);
        var settings = new SimulationSettings(90, seed: 3, Start, recordTrace: true);
        var whole = Simulator.Run(catalogue, settings);
        var part = Simulator.RunPartition(catalogue.GetRange(5, 5), 5, settings);

        part.FirstIndex.Should().Be(5);
        part.Skus.Select(s => s.Index).Should().Equal(5, 6, 7, 8, 9);
        for (var j = 0; j < 5; j++)
        {
            part.Skus[j].Sku.Should().BeSameAs(catalogue[5 + j]);
            part.Skus[j].Trace.Should().Equal(whole.Skus[5 + j].Trace);
        }

        // From index 0 instead, the same SKUs draw streams 0 to 4 and see other demand.
        Simulator.RunPartition(catalogue.GetRange(5, 5), 0, settings).Skus[1].Trace.Should().NotEqual(whole.Skus[6].Trace);
    }

    [Fact]
    public void Combined_partitions_combine_again_and_keep_the_trace()
    {
        // Two machines with two partitions each: each machine combines its own, then the client combines the machines.
        var catalogue = Catalogue(10);
        var settings = new SimulationSettings(45, seed: 17, Start, recordTrace: true);
        var whole = Simulator.Run(catalogue, settings);
        var machineA = SimulationResult.Combine([Simulator.RunPartition(catalogue.GetRange(0, 3), 0, settings), Simulator.RunPartition(catalogue.GetRange(3, 2), 3, settings)]);
        var machineB = SimulationResult.Combine([Simulator.RunPartition(catalogue.GetRange(8, 2), 8, settings), Simulator.RunPartition(catalogue.GetRange(5, 3), 5, settings)]);
        machineB.FirstIndex.Should().Be(5);
        machineB.Skus.Select(s => s.Index).Should().Equal(5, 6, 7, 8, 9);

        var all = SimulationResult.Combine([machineB, machineA]);
        all.Settings.Should().Be(settings);
        for (var i = 0; i < 10; i++)
        {
            all.Skus[i].Trace.Should().Equal(whole.Skus[i].Trace);
            ShouldBeTheSame(all.Skus[i], whole.Skus[i]);
        }
    }

    [Fact]
    public void A_partition_may_end_at_the_last_int_index()
    {
        // firstIndex + count − 1 = int.MaxValue is the last index a SKU can have; one more is refused.
        var sku = Catalogue(1)[0];
        var settings = new SimulationSettings(10, 1, Start);
        Simulator.RunPartition([sku, sku], int.MaxValue - 1, settings).Skus.Select(s => s.Index).Should().Equal(int.MaxValue - 1, int.MaxValue);
        FluentActions.Invoking(() => Simulator.RunPartition([sku, sku], int.MaxValue, settings)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("firstIndex")
            .WithMessage("firstIndex 2147483647 with 2 SKUs would put the partition's last SKU past catalogue index int.MaxValue (2147483647).*");
    }

    [Fact]
    public void A_partition_is_checked()
    {
        var skus = Catalogue(3);
        var settings = new SimulationSettings(10, 1, Start);
        FluentActions.Invoking(() => Simulator.RunPartition(skus, -1, settings)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstIndex");
        FluentActions.Invoking(() => Simulator.RunPartition([], 4, settings)).Should().Throw<ArgumentException>().WithParameterName("skus");
        FluentActions.Invoking(() => Simulator.RunPartition(null!, 4, settings)).Should().Throw<ArgumentNullException>().WithParameterName("skus");
        FluentActions.Invoking(() => Simulator.RunPartition(skus, 4, null!)).Should().Throw<ArgumentNullException>().WithParameterName("settings");

        // The trace limit holds per partition: 1001 SKUs × 2000 days = 2 002 000 SKU-days > 2 000 000.
        var wide = Enumerable.Repeat(skus[0], 1001).ToArray();
        FluentActions.Invoking(() => Simulator.RunPartition(wide, 7, new SimulationSettings(2000, 1, Start, recordTrace: true)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("settings");
    }

    [Fact]
    public void Combine_refuses_gaps_overlaps_and_other_runs()
    {
        var skus = Catalogue(6);
        var settings = new SimulationSettings(10, 1, Start);
        var first = Simulator.RunPartition(skus.GetRange(0, 3), 0, settings);      // 0–2
        var gap = Simulator.RunPartition(skus.GetRange(4, 2), 4, settings);        // 4–5: index 3 is missing
        var overlap = Simulator.RunPartition(skus.GetRange(2, 2), 2, settings);    // 2–3: index 2 twice

        FluentActions.Invoking(() => SimulationResult.Combine([gap, first])).Should().Throw<ArgumentException>().WithParameterName("partitions")
            .WithMessage("partitions must be contiguous: no partition holds the SKUs of catalogue index 3 to 3.*");
        FluentActions.Invoking(() => SimulationResult.Combine([first, overlap])).Should().Throw<ArgumentException>().WithParameterName("partitions")
            .WithMessage("partitions must not overlap: catalogue index 2 is in the partition starting at 0 and in the one starting at 2.*");
        FluentActions.Invoking(() => SimulationResult.Combine([first, first])).Should().Throw<ArgumentException>().WithParameterName("partitions")
            .WithMessage("partitions must not overlap: catalogue index 0 is in the partition starting at 0 and in the one starting at 0.*");

        var otherSeed = Simulator.RunPartition(skus.GetRange(3, 3), 3, new SimulationSettings(10, 2, Start));
        FluentActions.Invoking(() => SimulationResult.Combine([first, otherSeed])).Should().Throw<ArgumentException>().WithParameterName("partitions")
            .WithMessage("partitions must come from the same run (days, seed, start date, shortages, trace), but the partition starting at 0 ran '10 days from 2026-03-02, seed 1, Backorders' (trace False) and the one starting at 3 ran '10 days from 2026-03-02, seed 2, Backorders' (trace False).*");
        var traced = Simulator.RunPartition(skus.GetRange(3, 3), 3, new SimulationSettings(10, 1, Start, recordTrace: true));
        FluentActions.Invoking(() => SimulationResult.Combine([traced, first])).Should().Throw<ArgumentException>().WithParameterName("partitions")
            .WithMessage("*(trace False) and the one starting at 3 ran '10 days from 2026-03-02, seed 1, Backorders' (trace True).*");

        // Only the thread count may differ; the first partition's settings are kept.
        var oneThread = Simulator.RunPartition(skus.GetRange(3, 3), 3, new SimulationSettings(10, 1, Start, maxDegreeOfParallelism: 1));
        SimulationResult.Combine([oneThread, first]).Settings.Should().BeSameAs(settings);

        FluentActions.Invoking(() => SimulationResult.Combine([])).Should().Throw<ArgumentException>().WithParameterName("partitions");
        FluentActions.Invoking(() => SimulationResult.Combine([first, null!])).Should().Throw<ArgumentException>().WithParameterName("partitions");
        FluentActions.Invoking(() => SimulationResult.Combine(null!)).Should().Throw<ArgumentNullException>().WithParameterName("partitions");
    }

    private static long BitsOf(double value) => BitConverter.DoubleToInt64Bits(value);

    private static void ShouldBeTheSame(SkuSimulationResult actual, SkuSimulationResult expected)
    {
        actual.Sku.Should().BeSameAs(expected.Sku);
        actual.Index.Should().Be(expected.Index);
        (actual.TotalDemand, actual.FilledFromStock, actual.UnitsLost, actual.StockoutDays, actual.OrdersPlaced, actual.UnitsOrdered, actual.UnitsReceived)
            .Should().Be((expected.TotalDemand, expected.FilledFromStock, expected.UnitsLost, expected.StockoutDays, expected.OrdersPlaced, expected.UnitsOrdered, expected.UnitsReceived));
        (actual.InitialOnHand, actual.EndingOnHand, actual.EndingBackordered, actual.EndingOnOrder)
            .Should().Be((expected.InitialOnHand, expected.EndingOnHand, expected.EndingBackordered, expected.EndingOnOrder));
        new[] { actual.TotalCost, actual.HoldingCost, actual.StockoutCost, actual.OrderingCost, actual.AverageOnHand, actual.AverageBackordered }.Select(BitsOf)
            .Should().Equal(new[] { expected.TotalCost, expected.HoldingCost, expected.StockoutCost, expected.OrderingCost, expected.AverageOnHand, expected.AverageBackordered }.Select(BitsOf));
        (actual.DailyDemand, actual.DailyOnHand, actual.DailyCost, actual.DailyOrders)
            .Should().Be((expected.DailyDemand, expected.DailyOnHand, expected.DailyCost, expected.DailyOrders));
    }
}
