using System.Globalization;
using SupplyChain.Domain.Internal;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>What a pickup vehicle can carry on one run: a weight limit and a volume limit, both binding.</summary>
/// <remarks>Both limits are read exactly (see <see cref="PickupConsignment"/>); a load equal to a limit is within it. Capacities are equal when both limits are equal.</remarks>
public sealed record VehicleCapacity
{
    /// <summary>Defines a capacity.</summary>
    /// <param name="maxWeight">The payload limit; greater than zero.</param>
    /// <param name="maxVolume">The load-space limit; greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWeight"/> or <paramref name="maxVolume"/> is not greater than zero, or is too large.</exception>
    public VehicleCapacity(Mass maxWeight, Volume maxVolume)
    {
        Kilograms = ExactQuantities.Kilograms(maxWeight, nameof(maxWeight), allowZero: false);
        CubicMillimetres = ExactQuantities.PositiveVolume(maxVolume, nameof(maxVolume));
    }

    /// <summary>The payload limit, in kilograms.</summary>
    public Mass MaxWeight => Mass.FromKilograms((double)Kilograms);

    /// <summary>The load-space limit, in cubic metres.</summary>
    public Volume MaxVolume => Volume.FromCubicMeters((double)(CubicMillimetres / 1_000_000_000m));

    internal decimal Kilograms { get; }

    internal decimal CubicMillimetres { get; }

    /// <summary>"kg, m³".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kilograms} kg, {CubicMillimetres / 1_000_000_000m} m³");
}
