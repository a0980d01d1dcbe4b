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
/// </remarks>
public sealed class StorageCentreTerms
{
    /// <summary>Creates the terms.</summary>
    /// <param name="storageCentre">The storage centre; a facility of kind <see cref="FacilityKind.InternationalStorageCentre"/>.</param>
    /// <param name="fulfilmentFeePerUnit">The platform's fee per unit shipped (pick, pack, hand to the last mile); not negative.</param>
    /// <param name="storageFeePerUnitMonth">The storage fee per unit per month; not negative.</param>
    /// <param name="averageMonthsInStorage">How many months a unit waits on average before it is sold (e.g. half the cover of a replenishment cycle); not negative.</param>
    /// <param name="customsClearance">Import customs clearance of an inbound shipment.</param>
    /// <param name="transferToCentre">From the cleared import gateway to the storage centre.</param>
    /// <param name="receiving">Receiving into fulfillable stock.</param>
    /// <param name="orderHandling">From the buyer's order to the hand-over to the last mile.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="storageCentre"/> is not an international storage centre.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A fee or <paramref name="averageMonthsInStorage"/> is negative.</exception>
    public StorageCentreTerms(
        Facility storageCentre,
        Money fulfilmentFeePerUnit,
        Money storageFeePerUnitMonth,
        decimal averageMonthsInStorage,
        TransitTimeDistribution customsClearance,
        TransitTimeDistribution transferToCentre,
        TransitTimeDistribution receiving,
        TransitTimeDistribution orderHandling)
    {
        StorageCentre = Guard.NotNull(storageCentre);
        if (storageCentre.Kind != FacilityKind.InternationalStorageCentre)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.StorageCentreKind, nameof(storageCentre), storageCentre.Id, storageCentre.Kind), nameof(storageCentre));
        }

        FulfilmentFeePerUnit = NotNegative(fulfilmentFeePerUnit, nameof(fulfilmentFeePerUnit));
        StorageFeePerUnitMonth = NotNegative(storageFeePerUnitMonth, nameof(storageFeePerUnitMonth));
        AverageMonthsInStorage = Guard.NotNegative(averageMonthsInStorage);
        CustomsClearance = customsClearance;
        TransferToCentre = transferToCentre;
        Receiving = receiving;
        OrderHandling = orderHandling;
    }

    /// <summary>The storage centre.</summary>
    public Facility StorageCentre { get; }

    /// <summary>The fulfilment fee per unit.</summary>
    public Money FulfilmentFeePerUnit { get; }

    /// <summary>The storage fee per unit per month.</summary>
    public Money StorageFeePerUnitMonth { get; }

    /// <summary>How many months a unit waits on average.</summary>
    public decimal AverageMonthsInStorage { get; }

    /// <summary>Import customs clearance of an inbound shipment.</summary>
    public TransitTimeDistribution CustomsClearance { get; }

    /// <summary>From the cleared import gateway to the storage centre.</summary>
    public TransitTimeDistribution TransferToCentre { get; }

    /// <summary>Receiving into fulfillable stock.</summary>
    public TransitTimeDistribution Receiving { get; }

    /// <summary>From the buyer's order to the hand-over to the last mile.</summary>
    public TransitTimeDistribution OrderHandling { get; }

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
