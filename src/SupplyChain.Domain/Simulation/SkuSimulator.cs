namespace SupplyChain.Domain.Simulation;

/// <summary>
/// A reusable simulation state for one thread: simulates SKUs one after another, each exactly as
/// <see cref="Simulator"/> does, keeping its buffers between them, so that simulating many SKUs allocates only their
/// results.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Run"/> gives the result <see cref="Simulator.Run(IEnumerable{SimulatedSku}, SimulationSettings)"/> gives
/// for a SKU at the same index: the stream of SKU i is derived from the seed and i alone (see <see cref="Simulator"/>),
/// so a caller can split a catalogue as it likes (by partition, by machine) and still get the catalogue run's figures.
/// </para>
/// <para>
/// <b>Allocation.</b> The pipeline ring (one slot per day of the longest lead time) is kept and grown only for a SKU
/// with a longer lead time; each run allocates its <see cref="SkuSimulationResult"/> and, when
/// <see cref="SimulationSettings.RecordTrace"/> is set, the trace it holds. A SKU with a <see cref="SimulatedSku.Factory"/>
/// stage also allocates its copy of the capacity book (the stage's model, see <see cref="FactoryStage"/>). A day
/// allocates nothing.
/// </para>
/// <para>
/// <b>Threads.</b> An instance is not thread-safe: use one per thread (results of different instances never interfere).
/// It compares by reference.
/// </para>
/// </remarks>
public sealed class SkuSimulator
{
    private SkuRun? _run;

    /// <summary>Simulates one SKU with the random stream of <paramref name="streamIndex"/>.</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="settings">Days, seed, shortage handling, trace (<see cref="SimulationSettings.MaxDegreeOfParallelism"/> is not used).</param>
    /// <param name="streamIndex">The SKU's index in its catalogue, not negative: the stream <see cref="Simulator"/> gives the SKU at that index.</param>
    /// <returns>The SKU's result, with <see cref="SkuSimulationResult.Index"/> = <paramref name="streamIndex"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="streamIndex"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A trace is asked for over more than <see cref="Simulator.MaxTracedSkuDays"/> days.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The SKU's <see cref="SimulatedSku.Factory"/> stage books an order its copy of the capacity book refuses (more than <see cref="Procurement.CapacityBook.MaxBookings"/> bookings, or beyond <see cref="Procurement.CapacityBook.MaxPlanningDays"/>).</exception>
    /// <exception cref="OverflowException">A stock figure or an order exceeds <see cref="int.MaxValue"/> units.</exception>
    public SkuSimulationResult Run(SimulatedSku sku, SimulationSettings settings, int streamIndex)
    {
        Guard.NotNull(sku);
        Guard.NotNull(settings);
        Guard.NotNegative(streamIndex);
        Simulator.RequireTraceWithinLimit(1, settings);
        return RunChecked(sku, settings, streamIndex);
    }

    /// <summary><see cref="Run"/> for arguments already checked.</summary>
    internal SkuSimulationResult RunChecked(SimulatedSku sku, SimulationSettings settings, int streamIndex)
    {
        if (_run is null)
        {
            _run = new SkuRun(sku, settings, streamIndex);
        }
        else
        {
            _run.Start(sku, settings, streamIndex);
        }

        _run.Advance(settings.Periods);
        return _run.Result();
    }
}
