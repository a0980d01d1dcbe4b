using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// A platform pickup plan whose pickup leg comes from a planned milk run: the fulfilment plan, the runs planned until
/// one collected the seller's consignment, and the seller's stop in that run.
/// </summary>
/// <remarks>
/// Created by <see cref="PlatformPickupMode.Plan(FulfilmentRequest, MilkRunPickup, PlanarPosition, IEnumerable{PickupConsignment})"/>.
/// When the seller's consignment does not fit the first scheduled run, it waits for the next pickup slot: it is never
/// dropped, <see cref="MissedPickups"/> lists the pickup days whose run left it behind, and the plan's wait (and so
/// its <see cref="FulfilmentPlan.PipelineTime"/>) grows by the interval to the slot that collects it. Compares by reference.
/// </remarks>
public sealed class MilkRunPickupPlan
{
    private readonly MilkRunPlan[] _runs;
    private readonly LocalDate[] _pickupDays;

    internal MilkRunPickupPlan(FulfilmentPlan plan, PickupConsignment sellerConsignment, MilkRunPlan[] runs, LocalDate[] pickupDays, MilkRunStop sellerStop, TransitTimeDistribution runTime)
    {
        Plan = plan;
        SellerConsignment = sellerConsignment;
        _runs = runs;
        _pickupDays = pickupDays;
        SellerStop = sellerStop;
        RunTime = runTime;
    }

    /// <summary>The fulfilment plan, with the collecting run as its pickup leg.</summary>
    public FulfilmentPlan Plan { get; }

    /// <summary>The seller's consignment: the inbound shipment of the mode's units per inbound shipment, collected at the seller's facility.</summary>
    public PickupConsignment SellerConsignment { get; }

    /// <summary>The runs planned, one per pickup slot from the first scheduled one; the last collects the seller's consignment.</summary>
    public IReadOnlyList<MilkRunPlan> Runs => _runs;

    /// <summary>The pickup days of <see cref="Runs"/>, in the same order.</summary>
    public IReadOnlyList<LocalDate> PickupDays => _pickupDays;

    /// <summary>The run that collects the seller's consignment.</summary>
    public MilkRunPlan CollectingRun => _runs[^1];

    /// <summary>The day of the run that collects the seller's consignment.</summary>
    public LocalDate PickupDay => _pickupDays[^1];

    /// <summary>The first scheduled pickup day (the one the seller's goods were ready for).</summary>
    public LocalDate ScheduledPickupDay => _pickupDays[0];

    /// <summary>The pickup days whose run had no room for the seller's consignment; empty when the first run collects it.</summary>
    public IReadOnlyList<LocalDate> MissedPickups => _pickupDays[..^1];

    /// <summary>Whether the seller's consignment waits for a later run than the first scheduled one.</summary>
    public bool WaitsForLaterRun => _runs.Length > 1;

    /// <summary>The seller's stop in <see cref="CollectingRun"/> (its <see cref="MilkRunStop.Sequence"/> is the place in the run).</summary>
    public MilkRunStop SellerStop { get; }

    /// <summary>How long the collecting run takes (see <see cref="MilkRunPickup.RunTime"/>): the plan's pickup leg.</summary>
    public TransitTimeDistribution RunTime { get; }

    /// <summary>"stop 2 of 3 on 2026-03-05 (missed 0 runs): plan".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"stop {SellerStop.Sequence} of {CollectingRun.Stops.Count} on {InvariantText.Iso(PickupDay)} (missed {MissedPickups.Count} run(s)): {Plan}");
}
