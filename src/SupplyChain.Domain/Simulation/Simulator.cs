namespace SupplyChain.Domain.Simulation;

/// <summary>
/// A seeded, deterministic, day-by-day simulation of one or many SKUs, each under its own
/// <see cref="Replenishment.IReplenishmentPolicy"/>, demand model and lead-time profile: service, stock, orders and costs.
/// </summary>
/// <remarks>
/// <para>
/// <b>A day</b> (t = 0, 1, …), in the event order of the inventory-theory reference (Snyder and Shen's single-node
/// simulation): (1) the day's demand D is drawn; (2) orders due on day t are received; (3) demand is filled from stock:
/// receipts first clear older backorders, then D is filled as far as stock allows and the rest is backordered or lost
/// (<see cref="ShortageHandling"/>); (4) the policy sees the position after demand, on hand + on order − backorders, with a
/// <see cref="Replenishment.ReplenishmentContext"/> of the day's date, the demand model's mean, the lead-time profile's
/// mean and the units sold (D with backorders, the units filled with lost sales), and its order draws a lead time L from
/// the profile and is received on day t + L (on day t when L = 0); (5) the day's cost is h × on hand + p × backordered
/// (or p × units lost) + K when an order was placed. With a fixed lead time L the protection interval is L days, so a
/// base-stock level S is compared with the newsvendor on L days of demand (the reference's lead time L − 1).
/// </para>
/// <para>
/// <b>Determinism.</b> Each SKU has its own random stream, derived from the seed and the SKU's index in the list
/// (xoshiro256** seeded by SplitMix64, see the <c>simulation</c> article), and is simulated on one thread; results are
/// collected by index. The same inputs and seed therefore give bit-identical results on every machine, .NET version and
/// degree of parallelism. Within a day, draws come in a fixed order: the demand, then the order's lead time (one normal
/// per uncertain leg). A SKU with a <see cref="SimulatedSku.Factory"/> stage takes its orders' lead times from a copy
/// of a factory's capacity book instead, and the stage draws the peers' bookings and the transit from a stream of its
/// own, so the SKU's demand draws do not change (see <see cref="FactoryStage"/>).
/// </para>
/// <para>
/// <b>Memory and speed.</b> Statistics are accumulated as the days go (Welford's running mean and variance), so memory
/// does not depend on the number of days unless a trace is asked for; a day allocates nothing.
/// </para>
/// </remarks>
public static class Simulator
{
    /// <summary>
    /// The most SKU-days a run may trace (<see cref="SimulationSettings.RecordTrace"/>): 2,000,000, e.g. 1,000 SKUs for
    /// five years. A traced day is a <see cref="SimulationDay"/> of 48 bytes kept in memory, so this bounds a trace to
    /// about 100 MB; longer or wider runs are simulated without a trace (their statistics need no memory per day).
    /// </summary>
    public const long MaxTracedSkuDays = 2_000_000;

    /// <summary>Simulates one SKU (with the random stream of index 0).</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="settings">Days, seed, shortage handling, trace.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A trace is asked for over more than <see cref="MaxTracedSkuDays"/> days.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The SKU's <see cref="SimulatedSku.Factory"/> stage books an order its copy of the capacity book refuses (more than <see cref="Procurement.CapacityBook.MaxBookings"/> bookings, or beyond <see cref="Procurement.CapacityBook.MaxPlanningDays"/>).</exception>
    /// <exception cref="OverflowException">A stock figure or an order exceeds <see cref="int.MaxValue"/> units.</exception>
    public static SkuSimulationResult Run(SimulatedSku sku, SimulationSettings settings)
    {
        Guard.NotNull(sku);
        Guard.NotNull(settings);
        RequireTraceWithinLimit(1, settings);
        return RunOne(sku, settings, 0);
    }

    /// <summary>Simulates several SKUs, in parallel up to <see cref="SimulationSettings.MaxDegreeOfParallelism"/>, each with its own random stream.</summary>
    /// <param name="skus">The SKUs; at least one, none null. SKU i uses the random stream of index i.</param>
    /// <param name="settings">Days, seed, shortage handling, trace, parallelism.</param>
    /// <returns>The results, in the order of <paramref name="skus"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument or a SKU is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="skus"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A trace is asked for over more than <see cref="MaxTracedSkuDays"/> SKU-days (SKUs × days).</exception>
    /// <exception cref="AggregateException">A SKU's simulation failed (for example an <see cref="OverflowException"/>); the inner exceptions say which.</exception>
    public static SimulationResult Run(IEnumerable<SimulatedSku> skus, SimulationSettings settings)
    {
        var list = Guard.CopyItems(skus, requireOne: true);
        Guard.NotNull(settings);
        return RunFrom(list, 0, settings);
    }

    /// <summary>
    /// Simulates one partition of a catalogue: a contiguous run of its SKUs starting at catalogue index
    /// <paramref name="firstIndex"/>, in parallel up to <see cref="SimulationSettings.MaxDegreeOfParallelism"/>. SKU j of
    /// the partition uses the random stream of catalogue index <paramref name="firstIndex"/> + j, so its result is the one
    /// <see cref="Run(IEnumerable{SimulatedSku}, SimulationSettings)"/> gives it in the whole catalogue, bit for bit,
    /// whatever the partitioning, the thread count or the machine that runs the partition.
    /// </summary>
    /// <remarks>
    /// Partitions may run on other threads, processes or machines; <see cref="SimulationResult.Combine"/> puts their
    /// results together into the catalogue's result. The trace limit (<see cref="MaxTracedSkuDays"/>) applies to each
    /// partition.
    /// </remarks>
    /// <param name="skus">The partition's SKUs, in catalogue order; at least one, none null.</param>
    /// <param name="firstIndex">The catalogue index of the partition's first SKU, from 0; the last SKU's index, <paramref name="firstIndex"/> + count − 1, must not exceed <see cref="int.MaxValue"/>.</param>
    /// <param name="settings">Days, seed, shortage handling, trace, parallelism: the catalogue's settings (the parallelism may differ per partition).</param>
    /// <returns>The partition's results, in the order of <paramref name="skus"/>, with <see cref="SimulationResult.FirstIndex"/> = <paramref name="firstIndex"/> and each <see cref="SkuSimulationResult.Index"/> its catalogue index.</returns>
    /// <exception cref="ArgumentNullException">An argument or a SKU is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="skus"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstIndex"/> is negative, or the partition's last index would exceed <see cref="int.MaxValue"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A trace is asked for over more than <see cref="MaxTracedSkuDays"/> SKU-days (SKUs × days) in the partition.</exception>
    /// <exception cref="AggregateException">A SKU's simulation failed (for example an <see cref="OverflowException"/>); the inner exceptions say which.</exception>
    public static SimulationResult RunPartition(IEnumerable<SimulatedSku> skus, int firstIndex, SimulationSettings settings)
    {
        Guard.NotNegative(firstIndex);
        var list = Guard.CopyItems(skus, requireOne: true);
        Guard.NotNull(settings);
        if (firstIndex - 1 > int.MaxValue - list.Count)
        {
            throw Guard.OutOfRange(firstIndex, Guard.Format(ErrorMessages.PartitionBeyondLastIndex, firstIndex, list.Count), nameof(firstIndex));
        }

        return RunFrom(list, firstIndex, settings);
    }

    private static SimulationResult RunFrom(List<SimulatedSku> list, int firstIndex, SimulationSettings settings)
    {
        RequireTraceWithinLimit(list.Count, settings);
        var results = new SkuSimulationResult[list.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism };
        // One reusable state per thread: each SKU then allocates only its result.
        Parallel.For(0, list.Count, options, () => new SkuSimulator(), (j, _, simulator) =>
        {
            results[j] = simulator.RunChecked(list[j], settings, firstIndex + j);
            return simulator;
        }, _ => { });
        return new SimulationResult(settings, results, firstIndex);
    }

    internal static void RequireTraceWithinLimit(int skus, SimulationSettings settings)
    {
        var skuDays = (long)skus * settings.Periods;
        if (settings.RecordTrace && skuDays > MaxTracedSkuDays)
        {
            throw Guard.OutOfRange(skuDays, Guard.Format(ErrorMessages.TraceTooLong, skus, settings.Periods, skuDays, MaxTracedSkuDays), "settings");
        }
    }

    private static SkuSimulationResult RunOne(SimulatedSku sku, SimulationSettings settings, int index) =>
        new SkuSimulator().RunChecked(sku, settings, index);
}
