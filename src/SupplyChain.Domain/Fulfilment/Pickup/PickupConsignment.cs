using System.Globalization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>Goods waiting for the pickup vehicle at a seller's facility: their weight, volume and where they are.</summary>
/// <remarks>
/// Weight and volume are read exactly (kilograms and cubic millimetres as decimals, from units with an exact
/// definition), so loads are summed and compared with the vehicle's capacity without rounding: a load exactly at the
/// capacity fits. Consignments are equal when all their values are equal; a run refuses two with the same <see cref="Id"/>.
/// </remarks>
public sealed record PickupConsignment
{
    /// <summary>Creates a consignment.</summary>
    /// <param name="id">The consignment's id (the shipment the goods will travel as).</param>
    /// <param name="facility">The facility the goods are collected from.</param>
    /// <param name="position">Where the facility is, on the same map as the depot.</param>
    /// <param name="weight">The gross weight; greater than zero and at most 10⁹ kg.</param>
    /// <param name="volume">The volume the goods take in the vehicle; greater than zero and at most 10⁹ m³.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="facility"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> or <paramref name="volume"/> is not greater than zero, or is too large.</exception>
    public PickupConsignment(ShipmentId id, FacilityId facility, PlanarPosition position, Mass weight, Volume volume)
    {
        Id = Guard.NotNull(id);
        Facility = Guard.NotNull(facility);
        Position = position;
        Kilograms = ExactQuantities.Kilograms(weight, nameof(weight), allowZero: false);
        CubicMillimetres = ExactQuantities.PositiveVolume(volume, nameof(volume));
    }

    /// <summary>The consignment's id.</summary>
    public ShipmentId Id { get; }

    /// <summary>The facility the goods are collected from.</summary>
    public FacilityId Facility { get; }

    /// <summary>Where the facility is.</summary>
    public PlanarPosition Position { get; }

    /// <summary>The gross weight, in kilograms.</summary>
    public Mass Weight => Mass.FromKilograms((double)Kilograms);

    /// <summary>The volume, in cubic metres.</summary>
    public Volume Volume => Volume.FromCubicMeters((double)(CubicMillimetres / 1_000_000_000m));

    internal decimal Kilograms { get; }

    internal decimal CubicMillimetres { get; }

    /// <summary>"id at facility (position): kg, m³".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} at {Facility} {Position}: {Kilograms} kg, {CubicMillimetres / 1_000_000_000m} m³");
}
