using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// The platform's international storage centre that modes 2 and 3 stock: its fees, how long a unit waits there, and
/// the times of clearance, transfer, receiving and order handling.
/// </summary>
/// <remarks>
/// Fees are the caller's data for the date planned (e.g. a fulfilment fee looked up by the product's size tier, a
/// storage fee per unit-month from the platform's fee page); the storage cost per unit is the fee per unit-month times
/// <see cref="AverageMonthsInStorage"/>.
/// Terms compare by reference; compare their figures.
/// </remarks>
public sealed class StorageCentreTerms
{
    /// <summary>
    /// Creates the terms of <paramref name="storageCentre"/>; the fees and times are set by name, e.g.
    /// <c>new StorageCentreTerms(centre) { FulfilmentFeePerUnit = …, StorageFeePerUnitMonth = …, … }</c>, so that two
    /// fees or two of the four times cannot be swapped unnoticed.
    /// </summary>
    /// <param name="storageCentre">The storage centre; a facility of kind <see cref="FacilityKind.InternationalStorageCentre"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="storageCentre"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="storageCentre"/> is not an international storage centre.</exception>
    public StorageCentreTerms(Facility storageCentre)
    {
        StorageCentre = Guard.NotNull(storageCentre);
        if (storageCentre.Kind != FacilityKind.InternationalStorageCentre)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.StorageCentreKind, nameof(storageCentre), storageCentre.Id, storageCentre.Kind), nameof(storageCentre));
        }
    }

    /// <summary>The storage centre.</summary>
    public Facility StorageCentre { get; }

    /// <summary>The platform's fee per unit shipped (pick, pack, hand to the last mile); not negative.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public required Money FulfilmentFeePerUnit { get; init => field = NotNegative(value, nameof(FulfilmentFeePerUnit)); }

    /// <summary>The storage fee per unit per month; not negative.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public required Money StorageFeePerUnitMonth { get; init => field = NotNegative(value, nameof(StorageFeePerUnitMonth)); }

    /// <summary>How many months a unit waits on average before it is sold (e.g. half the cover of a replenishment cycle); not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public required decimal AverageMonthsInStorage { get; init => field = Guard.NotNegative(value, nameof(AverageMonthsInStorage)); }

    /// <summary>Import customs clearance of an inbound shipment.</summary>
    public required TransitTimeDistribution CustomsClearance { get; init; }

    /// <summary>From the cleared import gateway to the storage centre.</summary>
    public required TransitTimeDistribution TransferToCentre { get; init; }

    /// <summary>Receiving into fulfillable stock.</summary>
    public required TransitTimeDistribution Receiving { get; init; }

    /// <summary>From the buyer's order to the hand-over to the last mile.</summary>
    public required TransitTimeDistribution OrderHandling { get; init; }

    /// <summary>The centre and its fees.</summary>
    public override string ToString() => $"{StorageCentre.Id}: {FulfilmentFeePerUnit} per unit, {StorageFeePerUnitMonth} per unit-month";

    private static Money NotNegative(Money value, string paramName)
    {
        Guard.NotNull(value, paramName);
        return value.IsNegative
            ? throw new ArgumentOutOfRangeException(paramName, value, Guard.Format(ErrorMessages.MustNotBeNegative, paramName, value))
            : value;
    }
}
