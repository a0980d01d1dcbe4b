using System.Globalization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>
/// The platform's pickup vehicle and how long its runs take: the depot (the consolidation hub) the run starts and ends
/// at, the vehicle's capacity, its average speed and the time it spends at each stop. With it,
/// <see cref="PlatformPickupMode.Plan(FulfilmentRequest, MilkRunPickup, PlanarPosition, IEnumerable{PickupConsignment})"/>
/// plans the pickup run with <see cref="MilkRunPlanner"/> instead of taking a fixed pickup-run time.
/// </summary>
/// <remarks>
/// <para>
/// <b>Run time rule.</b> A run takes its circuit length (<see cref="MilkRunPlan.TotalDistance"/>) at
/// <see cref="AverageSpeed"/> plus <see cref="StopTime"/> at every stop:
/// <c>time = distance ÷ speed + stops × stop time</c>, a fixed time (standard deviation zero). The seller's goods
/// reach the hub when the run ends, whatever their place in the run, so the whole run is the pickup leg. The
/// average speed is the planner's figure for the whole circuit, congestion included.
/// </para>
/// <para>Compares by reference.</para>
/// </remarks>
public sealed class MilkRunPickup
{
    /// <summary>Defines the vehicle and its timing.</summary>
    /// <param name="depot">The facility the runs start and end at (the consolidation hub).</param>
    /// <param name="depotPosition">Where the depot is, on the same map as the sellers' facilities.</param>
    /// <param name="capacity">The vehicle's capacity in weight and volume.</param>
    /// <param name="averageSpeed">The average speed over a circuit; greater than zero and finite.</param>
    /// <param name="stopTime">The time spent at each stop (arrival, loading, paperwork); not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="depot"/> or <paramref name="capacity"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="averageSpeed"/> is not greater than zero or not finite, or <paramref name="stopTime"/> is negative.</exception>
    public MilkRunPickup(FacilityId depot, PlanarPosition depotPosition, VehicleCapacity capacity, Speed averageSpeed, NodaTime.Duration stopTime)
    {
        Depot = Guard.NotNull(depot);
        Capacity = Guard.NotNull(capacity);
        var kilometresPerHour = averageSpeed.KilometersPerHour;
        if (!double.IsFinite(kilometresPerHour) || kilometresPerHour <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(averageSpeed), averageSpeed,
                Guard.Format(ErrorMessages.MustBePositive, nameof(averageSpeed), ExactQuantities.Show(averageSpeed)));
        }

        if (stopTime < NodaTime.Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(stopTime), stopTime, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(stopTime), stopTime));
        }

        DepotPosition = depotPosition;
        AverageSpeed = averageSpeed;
        StopTime = stopTime;
    }

    /// <summary>The facility the runs start and end at.</summary>
    public FacilityId Depot { get; }

    /// <summary>Where the depot is.</summary>
    public PlanarPosition DepotPosition { get; }

    /// <summary>The vehicle's capacity.</summary>
    public VehicleCapacity Capacity { get; }

    /// <summary>The average speed over a circuit.</summary>
    public Speed AverageSpeed { get; }

    /// <summary>The time spent at each stop.</summary>
    public NodaTime.Duration StopTime { get; }

    /// <summary>Plans one run from the depot with <see cref="MilkRunPlanner"/>.</summary>
    /// <param name="consignments">The consignments waiting for collection; none twice (by id).</param>
    /// <exception cref="ArgumentNullException"><paramref name="consignments"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="consignments"/> holds null or two consignments with the same id.</exception>
    public MilkRunPlan PlanRun(IEnumerable<PickupConsignment> consignments) =>
        MilkRunPlanner.Plan(Depot, DepotPosition, consignments, Capacity);

    /// <summary>How long a run takes: its circuit at <see cref="AverageSpeed"/> plus <see cref="StopTime"/> per stop.</summary>
    /// <param name="run">The run.</param>
    /// <returns>A fixed time of <c>distance ÷ speed + stops × stop time</c>, in days of 24 hours; zero for a run without stops.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is null.</exception>
    public TransitTimeDistribution RunTime(MilkRunPlan run)
    {
        Guard.NotNull(run);
        var hours = (run.TotalDistance.Kilometers / AverageSpeed.KilometersPerHour) + (run.Stops.Count * StopTime.TotalHours);
        return TransitTimeDistribution.Fixed(hours / 24);
    }

    /// <summary>"depot (position), capacity, speed, stop time".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Depot} {DepotPosition}, {Capacity}, {AverageSpeed.KilometersPerHour:0.###} km/h, {StopTime.TotalMinutes:0.###} min per stop");
}
