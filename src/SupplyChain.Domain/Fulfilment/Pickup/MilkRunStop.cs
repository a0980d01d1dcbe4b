using System.Globalization;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>One call of the pickup vehicle on a run: the consignment collected, the leg driven to it and the load after it.</summary>
/// <remarks>Created by <see cref="MilkRunPlanner"/>. Compares by reference.</remarks>
public sealed class MilkRunStop
{
    internal MilkRunStop(int sequence, PickupConsignment consignment, Length distanceFromPrevious, Length cumulativeDistance, decimal cumulativeKilograms, decimal cumulativeCubicMillimetres)
    {
        Sequence = sequence;
        Consignment = consignment;
        DistanceFromPrevious = distanceFromPrevious;
        CumulativeDistance = cumulativeDistance;
        CumulativeKilograms = cumulativeKilograms;
        CumulativeCubicMillimetres = cumulativeCubicMillimetres;
    }

    /// <summary>The stop's place in the run, from 1.</summary>
    public int Sequence { get; }

    /// <summary>The consignment collected.</summary>
    public PickupConsignment Consignment { get; }

    /// <summary>The weight loaded at this stop (the consignment's).</summary>
    public Mass Load => Consignment.Weight;

    /// <summary>The volume loaded at this stop (the consignment's).</summary>
    public Volume LoadVolume => Consignment.Volume;

    /// <summary>The distance from the previous stop (from the depot, for the first).</summary>
    public Length DistanceFromPrevious { get; }

    /// <summary>The distance driven from the depot up to this stop.</summary>
    public Length CumulativeDistance { get; }

    /// <summary>The weight on board after this stop.</summary>
    public Mass CumulativeLoad => Mass.FromKilograms((double)CumulativeKilograms);

    /// <summary>The volume on board after this stop.</summary>
    public Volume CumulativeVolume => Volume.FromCubicMeters((double)(CumulativeCubicMillimetres / 1_000_000_000m));

    internal decimal CumulativeKilograms { get; }

    internal decimal CumulativeCubicMillimetres { get; }

    /// <summary>"1. id at facility: +kg (kg on board), km".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Sequence}. {Consignment.Id} at {Consignment.Facility}: +{Consignment.Kilograms} kg ({CumulativeKilograms} kg, {CumulativeCubicMillimetres / 1_000_000_000m} m³ on board), {DistanceFromPrevious.Kilometers:0.###} km");
}
