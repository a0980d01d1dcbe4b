using System.Globalization;
using SupplyChain.Domain.Identifiers;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>
/// One circular pickup run: from the depot, through the stops in order, back to the depot; and the consignments left
/// for a later run. Every consignment given to the planner is in exactly one of <see cref="Stops"/> and
/// <see cref="LeftOver"/>.
/// </summary>
/// <remarks>Created by <see cref="MilkRunPlanner.Plan"/>. Compares by reference.</remarks>
public sealed class MilkRunPlan
{
    private readonly MilkRunStop[] _stops;
    private readonly MilkRunLeftOver[] _leftOver;

    internal MilkRunPlan(FacilityId depot, PlanarPosition depotPosition, VehicleCapacity capacity, MilkRunStop[] stops, Length returnDistance, MilkRunLeftOver[] leftOver)
    {
        Depot = depot;
        DepotPosition = depotPosition;
        Capacity = capacity;
        _stops = stops;
        ReturnDistance = returnDistance;
        _leftOver = leftOver;
    }

    /// <summary>The depot the run starts and ends at.</summary>
    public FacilityId Depot { get; }

    /// <summary>Where the depot is.</summary>
    public PlanarPosition DepotPosition { get; }

    /// <summary>The vehicle's capacity.</summary>
    public VehicleCapacity Capacity { get; }

    /// <summary>The stops in the order driven; empty when nothing fits (then the vehicle does not leave).</summary>
    public IReadOnlyList<MilkRunStop> Stops => _stops;

    /// <summary>The consignments left for a later run, ordered by id (ordinal).</summary>
    public IReadOnlyList<MilkRunLeftOver> LeftOver => _leftOver;

    /// <summary>The distance from the last stop back to the depot (zero without stops).</summary>
    public Length ReturnDistance { get; }

    /// <summary>The length of the whole circuit: depot → stops → depot.</summary>
    public Length TotalDistance => _stops.Length == 0 ? Length.Zero : _stops[^1].CumulativeDistance + ReturnDistance;

    /// <summary>The weight on board when the vehicle returns.</summary>
    public Mass TotalLoad => _stops.Length == 0 ? Mass.Zero : _stops[^1].CumulativeLoad;

    /// <summary>The volume on board when the vehicle returns.</summary>
    public Volume TotalVolume => _stops.Length == 0 ? Volume.Zero : _stops[^1].CumulativeVolume;

    /// <summary>"depot → id → id → depot, km; N left over".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Depot} → {string.Concat(_stops.Select(s => s.Consignment.Id + " → "))}{Depot}, {TotalDistance.Kilometers:0.###} km; {_leftOver.Length} left over");
}
