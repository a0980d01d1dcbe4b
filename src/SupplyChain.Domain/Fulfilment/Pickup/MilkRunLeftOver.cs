using System.Globalization;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>A consignment that waits for the next run, with the reason and the room the vehicle had left.</summary>
/// <remarks>Created by <see cref="MilkRunPlanner"/>. Compares by reference.</remarks>
public sealed class MilkRunLeftOver
{
    internal MilkRunLeftOver(PickupConsignment consignment, MilkRunLeftOverReason reason, decimal kilogramsLeft, decimal cubicMillimetresLeft, bool fitsEmptyVehicle)
    {
        Consignment = consignment;
        Reason = reason;
        KilogramsLeft = kilogramsLeft;
        CubicMillimetresLeft = cubicMillimetresLeft;
        FitsEmptyVehicle = fitsEmptyVehicle;
    }

    /// <summary>The consignment left over.</summary>
    public PickupConsignment Consignment { get; }

    /// <summary>Which limit it breaks against the room left at the end of the run.</summary>
    public MilkRunLeftOverReason Reason { get; }

    /// <summary>The weight the vehicle had left at the end of the run.</summary>
    public Mass WeightLeft => Mass.FromKilograms((double)KilogramsLeft);

    /// <summary>The volume the vehicle had left at the end of the run.</summary>
    public Volume VolumeLeft => Volume.FromCubicMeters((double)(CubicMillimetresLeft / 1_000_000_000m));

    /// <summary>
    /// Whether the consignment would fit an empty vehicle of this capacity. When false, no later run takes it whole:
    /// it must be split or sent another way.
    /// </summary>
    public bool FitsEmptyVehicle { get; }

    internal decimal KilogramsLeft { get; }

    internal decimal CubicMillimetresLeft { get; }

    /// <summary>"id: weight (1200 kg, 100 kg left)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Consignment.Id}: {Reason} ({Consignment.Kilograms} kg of {KilogramsLeft} kg left, {Consignment.CubicMillimetres / 1_000_000_000m} m³ of {CubicMillimetresLeft / 1_000_000_000m} m³ left){(FitsEmptyVehicle ? "" : ", exceeds an empty vehicle")}");
}
