using DistributedPlanningSample;
using Orleans.TestingHost;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.DistributedPlanning.Tests;

/// <summary>An in-process Orleans test cluster of two silos, shared by the tests of a class (starting one takes seconds).</summary>
public sealed class TwoSiloCluster : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder { Options = { InitialSilosCount = 2 } }.Build();

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync().ConfigureAwait(false);
        await Cluster.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>
/// Issue 18: samples/DistributedPlanning on a cluster of two silos (the partitions' grains are placed on either, so their
/// work and reports cross the wire between silos) gives the single-process run, SKU by SKU and bit for bit.
/// </summary>
public sealed class DistributedPlanningClusterTests(TwoSiloCluster fixture) : IClassFixture<TwoSiloCluster>
{
    private static readonly PlanningRun Run = PlanningRun.Default with { Skus = 1_500, Days = 60, Seed = 4242 };

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(8, 1)]
    [InlineData(7, -1)]
    public async Task The_cluster_gives_the_single_process_run(int partitions, int threadsPerPartition)
    {
        var plan = await DistributedPlan.RunAsync(fixture.Cluster.Client, Run, partitions, threadsPerPartition);

        // The reference, straight from the library in this process: Simulator.Run over the whole catalogue with the same
        // seed, and BatchReplenishment.MinMax over the whole columns.
        var rows = CatalogueSlice.Rows(0, Run.Skus);
        var single = Simulator.Run(rows.Skus(), Run.Settings(1));
        var quantities = new long[Run.Skus];
        var reasons = new BatchReason[Run.Skus];
        BatchReplenishment.MinMax(rows.Positions, rows.Minimums, rows.Maximums, rows.CasePacks, rows.MinimumOrderQuantities, quantities, reasons);

        plan.Partitions.Should().HaveCount(partitions);
        plan.Partitions.Select(p => p.First).Should().Equal(DistributedPlan.Ranges(Run.Skus, partitions).Select(r => r.First));
        plan.Figures.Should().Equal(single.Skus.Select(SkuFigures.From), "every SKU's figures, costs compared exactly");
        BitConverter.DoubleToInt64Bits(plan.TotalCost).Should().Be(BitConverter.DoubleToInt64Bits(single.TotalCost));
        plan.TotalDemand.Should().Be(single.TotalDemand);
        plan.OrderQuantities.Should().Equal(quantities);
        plan.Reasons.Should().Equal(reasons.Select(r => (byte)r));
        plan.SameAs(DistributedPlan.SingleProcess(Run)).Should().BeTrue();

        // The same restock in one process, partition by partition over span slices of the whole columns.
        var (sliced, slicedReasons) = DistributedPlan.RestockInSlices(Run.Skus, partitions);
        sliced.Should().Equal(quantities);
        slicedReasons.Should().Equal(reasons.Select(r => (byte)r));
    }

    [Fact]
    public async Task The_run_has_orders_repaired_rows_and_stockouts_to_compare()
    {
        // Not a trivial equality: the catalogue orders today, has rows with max below min (every 97th: 0, 97, …, 1455, so
        // 16 of 1,500) and runs short sometimes.
        var plan = await DistributedPlan.RunAsync(fixture.Cluster.Client, Run, 4);
        plan.OrdersToday.Should().BePositive();
        plan.RowsRepaired.Should().Be(16);
        plan.FillRate.Should().BeInRange(0.5, 0.9999);
    }

    [Fact]
    public async Task The_partitions_run_on_both_silos_of_the_cluster()
    {
        // Placement decides where each partition's grain lives; with 16 grains on two silos, both are used unless the
        // placement is pathological, which would defeat the sample's purpose.
        var plan = await DistributedPlan.RunAsync(fixture.Cluster.Client, Run with { Skus = 1_600 }, 16);
        plan.Partitions.Select(p => p.Silo).Distinct(StringComparer.Ordinal).Should().HaveCount(2);
    }
}
