using BenchmarkDotNet.Attributes;
using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Benchmarks.Simulation;

/// <summary>
/// Simulation throughput: base stock (S = 227, the built-in min–max with s = S − 1, which the engine recognises and
/// applies directly; a policy of the caller's own type is called through <c>IReplenishmentPolicy</c>, whose cost alone
/// <c>Policy_call_and_date_per_period</c> measures), normal
/// demand N(100, 20), fixed lead time 2 days, backorders, h = 1, p = 10. Reported per SKU-period. The yardstick is a plain
/// loop doing the same work (xoshiro256**, ziggurat normals, the pipeline ring, base-stock arithmetic, costs and Welford
/// statistics) without the domain types. Targets: ≤ 40 ns and 0 B per SKU-period on one core, on every path (issue 18:
/// each built-in policy, the interface, Poisson demand, uncertain legs).
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private const int Days = 100_000;
    private const int Level = 227;
    private static readonly LocalDate Start = new(2025, 1, 1);

    private readonly SimulatedSku _sku = new("bench", new MinMaxPolicy(Level - 1, Level), DemandModel.Normal(100, 20), LeadTimeProfile.Fixed(2), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10 });
    private SkuRun _run = null!;
    private SkuRun _interfaceRun = null!;
    private SkuRun _poissonRun = null!;
    private SkuRun _stochasticLeadRun = null!;
    private List<SimulatedSku> _catalogue = [];
    private SkuRun _baseStockRun = null!;
    private SkuRun _reorderPointRun = null!;
    private SkuRun _reorderLevelRun = null!;
    private SkuRun _periodicReviewRun = null!;
    private SkuRun _daysOfCoverRun = null!;
    private SkuRun _justInTimeRun = null!;
    private SkuRun _constrainedRun = null!;
    private SkuRun _bootstrapRun = null!;
    private readonly SkuSimulator _simulator = new();
    private SimulationSettings _yearSettings = null!;

    [GlobalSetup]
    public void Setup()
    {
        var settings = new SimulationSettings(Days, seed: 1, Start);
        _run = new SkuRun(_sku, settings, 0);
        // Off the base-stock scenario (issue 18's paths): a policy of the caller's own type, which the engine calls through
        // IReplenishmentPolicy (days of cover, 2 lead-time days + 1 safety day, behind a delegating wrapper), Poisson
        // demand, and a lead time of two normal legs (1 ± 0.5 d and 1 ± 0.5 d) drawn per order.
        _interfaceRun = new SkuRun(new SimulatedSku("cover", new ThroughTheInterface(new DaysOfCoverPolicy(leadTimeDays: 2, safetyDays: 1)), DemandModel.Normal(100, 20), LeadTimeProfile.Fixed(2), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10 }), settings, 0);
        _poissonRun = new SkuRun(new SimulatedSku("poisson", new MinMaxPolicy(Level - 1, Level), DemandModel.Poisson(100), LeadTimeProfile.Fixed(2), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10 }), settings, 0);
        _stochasticLeadRun = new SkuRun(new SimulatedSku("legs", new MinMaxPolicy(Level - 1, Level), DemandModel.Normal(100, 20),
            LeadTimeProfile.Of("two legs", new TransitTimeDistribution(1, 0.5), new TransitTimeDistribution(1, 0.5)), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10 }), settings, 0);
        // Issue 18: each built-in policy on its own decider, in the same scenario (N(100, 20), lead time 2, backorders).
        _baseStockRun = Run(new BaseStockPolicy(Level), settings);
        _reorderPointRun = Run(new ReorderPointPolicy(reorderPoint: Level - 1, lotSize: 100), settings);
        _reorderLevelRun = Run(new ReorderLevelPolicy(reorderLevel: Level - 1, reorderQuantity: 100), settings);
        _periodicReviewRun = Run(new PeriodicReviewPolicy(ReviewCalendar.Weekly(NodaTime.IsoDayOfWeek.Monday, NodaTime.IsoDayOfWeek.Thursday), 100 * 6), settings);
        _daysOfCoverRun = Run(new DaysOfCoverPolicy(leadTimeDays: 2, safetyDays: 1), settings);
        _justInTimeRun = Run(new JustInTimePolicy(), settings);
        _constrainedRun = Run(new MinMaxPolicy(Level - 1, Level).RoundedUpToMultipleOf(24).WithMinimumOrderQuantity(96), settings);
        _bootstrapRun = new SkuRun(new SimulatedSku("bootstrap", new MinMaxPolicy(Level - 1, Level), DemandModel.Bootstrap([60, 80, 90, 100, 100, 110, 120, 140]), LeadTimeProfile.Fixed(2), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10 }), settings, 0);
        _yearSettings = new SimulationSettings(365, seed: 1, Start);
        _catalogue = Enumerable.Range(0, 1000).Select(i => new SimulatedSku("SKU-" + i, new MinMaxPolicy(Level - 1, Level), DemandModel.Normal(100, 20), LeadTimeProfile.Fixed(2), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10 })).ToList();
    }

    /// <summary>One SKU, 100,000 days, through the engine's day step (state allocated once, in setup).</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_one_SKU_per_period()
    {
        _run.Restart();
        _run.Advance(Days);
        return _run.Result().StockoutDays;
    }

    /// <summary>One SKU, 100,000 days, days of cover behind a policy of another type, called through <c>IReplenishmentPolicy</c>.</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_interface_policy_per_period()
    {
        _interfaceRun.Restart();
        _interfaceRun.Advance(Days);
        return _interfaceRun.Result().StockoutDays;
    }

    /// <summary>One SKU, 100,000 days, base stock with Poisson(100) demand.</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_poisson_demand_per_period()
    {
        _poissonRun.Restart();
        _poissonRun.Advance(Days);
        return _poissonRun.Result().StockoutDays;
    }

    /// <summary>One SKU, 100,000 days, base stock with a lead time of two normal legs drawn per order.</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_stochastic_lead_time_per_period()
    {
        _stochasticLeadRun.Restart();
        _stochasticLeadRun.Advance(Days);
        return _stochasticLeadRun.Result().StockoutDays;
    }

    /// <summary>Base stock through the built-in <see cref="BaseStockPolicy"/>.</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_base_stock_per_period() => Simulate(_baseStockRun);

    /// <summary>Reorder point (r = 226, Q = 100).</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_reorder_point_per_period() => Simulate(_reorderPointRun);

    /// <summary>Reorder level (226, quantity 100).</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_reorder_level_per_period() => Simulate(_reorderLevelRun);

    /// <summary>Order-up-to S = 600 reviewed on Mondays and Thursdays (the review days counted, not computed from dates).</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_periodic_review_per_period() => Simulate(_periodicReviewRun);

    /// <summary>Days of cover (2 + 1 days), the built-in policy.</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_days_of_cover_per_period() => Simulate(_daysOfCoverRun);

    /// <summary>Just in time (one for one).</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_just_in_time_per_period() => Simulate(_justInTimeRun);

    /// <summary>Min–max inside a case pack of 24 and an MOQ of 96.</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_min_max_case_pack_MOQ_per_period() => Simulate(_constrainedRun);

    /// <summary>Base stock with demand drawn from eight days of sales.</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public int Engine_bootstrap_demand_per_period() => Simulate(_bootstrapRun);

    /// <summary>1,000 SKUs × 365 days on one reused <see cref="SkuSimulator"/>, reported per SKU: the Allocated column is one result.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public double Reused_simulator_per_SKU_of_365_days()
    {
        var total = 0.0;
        for (var i = 0; i < _catalogue.Count; i++)
        {
            total += _simulator.Run(_catalogue[i], _yearSettings, i).TotalCost;
        }

        return total;
    }

    /// <summary>The same work in a plain loop: the yardstick.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Days)]
    public double Plain_loop_per_period()
    {
        var random = RandomStream.For(1, 0);
        var pipeline = new int[3];
        int net = Level, onOrder = 0, slot = 0, stockouts = 0;
        long n = 0;
        double mean = 0, m2 = 0;
        for (var t = 0; t < Days; t++)
        {
            var x = 100 + (20 * random.NextStandardNormal());
            var demand = x <= 0 ? 0 : (int)(x + 0.5);
            var received = pipeline[slot];
            pipeline[slot] = 0;
            onOrder -= received;
            net += received;
            if (net < demand)
            {
                stockouts++;
            }

            net -= demand;
            var order = Math.Max(0, Level - (net + onOrder));
            if (order > 0)
            {
                var arrival = slot + 2;
                pipeline[arrival >= 3 ? arrival - 3 : arrival] += order;
                onOrder += order;
            }

            var cost = net > 0 ? net : -10.0 * net;
            var delta = cost - mean;
            mean += delta / ++n;
            m2 += delta * (cost - mean);
            slot = slot == 2 ? 0 : slot + 1;
        }

        return mean + m2 + stockouts;
    }

    /// <summary>Part of the day step alone: the policy call with a position and a context built every day, and the date advanced.</summary>
    [Benchmark(OperationsPerInvoke = Days)]
    public long Policy_call_and_date_per_period()
    {
        IReplenishmentPolicy policy = _sku.Policy;
        var date = Start;
        long total = 0;
        for (var t = 0; t < Days; t++)
        {
            var position = new InventoryPosition(t & 255) { OnOrder = 100 };
            var context = new ReplenishmentContext(date, 100) { LeadTimeDays = 2, UnitsSold = 100 };
            total += policy.Decide(in position, in context).Quantity;
            date = date.PlusDays(1);
            if ((t & 0xFFFF) == 0xFFFF)
            {
                date = Start;
            }
        }

        return total;
    }

    /// <summary>1,000 SKUs × 365 days through the public API, one thread.</summary>
    [Benchmark(OperationsPerInvoke = 1000 * 365)]
    public double Catalogue_1000_SKUs_365_days_1_core() =>
        Simulator.Run(_catalogue, new SimulationSettings(365, seed: 1, Start, maxDegreeOfParallelism: 1)).TotalCost;

    /// <summary>1,000 SKUs × 365 days through the public API, two threads.</summary>
    [Benchmark(OperationsPerInvoke = 1000 * 365)]
    public double Catalogue_1000_SKUs_365_days_2_cores() =>
        Simulator.Run(_catalogue, new SimulationSettings(365, seed: 1, Start, maxDegreeOfParallelism: 2)).TotalCost;

    private static SkuRun Run(IReplenishmentPolicy policy, SimulationSettings settings) =>
        new(new SimulatedSku("policy", policy, DemandModel.Normal(100, 20), LeadTimeProfile.Fixed(2), new CostRates { HoldingPerUnitDay = 1, StockoutPerUnit = 10 }, initialOnHand: Level), settings, 0);

    private static int Simulate(SkuRun run)
    {
        run.Restart();
        run.Advance(Days);
        return run.Result().StockoutDays;
    }

    /// <summary>A policy of the caller's own type (here passing every call on to a built-in one): the engine calls it through the interface.</summary>
    private sealed class ThroughTheInterface(IReplenishmentPolicy inner) : IReplenishmentPolicy
    {
        public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context) => inner.Decide(in position, in context);
    }
}
