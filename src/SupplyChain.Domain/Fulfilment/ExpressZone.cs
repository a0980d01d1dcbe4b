using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// One zone of an <see cref="ExpressRateCard"/>: the destination countries it covers, the price of the first 0.5 kg
/// and of each further 0.5 kg of chargeable weight, and the transit and final-delivery times.
/// </summary>
/// <remarks>Zones compare by reference; compare their zone numbers within a card.</remarks>
public sealed class ExpressZone
{
    private readonly CountryCode[] _countries;

    /// <summary>
    /// Creates a zone with its prices; the two times are set by name (<see cref="TransitTime"/>,
    /// <see cref="DeliveryTime"/>) so that they cannot be swapped unnoticed.
    /// </summary>
    /// <param name="zone">The zone number on the card; at least 1.</param>
    /// <param name="countries">The destination countries in the zone; at least one.</param>
    /// <param name="firstHalfKilogram">The price of the first 0.5 kg; not negative.</param>
    /// <param name="additionalHalfKilogram">The price of each further 0.5 kg (or part of one); not negative, same currency.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="countries"/> is empty or contains null, or the prices are in different currencies.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zone"/> is less than 1, or a price is negative.</exception>
    public ExpressZone(
        int zone,
        IEnumerable<CountryCode> countries,
        Money firstHalfKilogram,
        Money additionalHalfKilogram)
    {
        Zone = Guard.Positive(zone);
        _countries = [.. Guard.CopyItems(countries, requireOne: true)];
        FirstHalfKilogram = NotNegative(firstHalfKilogram, nameof(firstHalfKilogram));
        AdditionalHalfKilogram = NotNegative(additionalHalfKilogram, nameof(additionalHalfKilogram));
        if (firstHalfKilogram.Currency != additionalHalfKilogram.Currency)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.ZonePricesMixCurrencies, zone, firstHalfKilogram.Currency, additionalHalfKilogram.Currency), nameof(additionalHalfKilogram));
        }
    }

    /// <summary>The zone number.</summary>
    public int Zone { get; }

    /// <summary>The destination countries in the zone.</summary>
    public IReadOnlyList<CountryCode> Countries => _countries;

    /// <summary>The price of the first 0.5 kg.</summary>
    public Money FirstHalfKilogram { get; }

    /// <summary>The price of each further 0.5 kg.</summary>
    public Money AdditionalHalfKilogram { get; }

    /// <summary>Door (seller) to the destination's import gateway.</summary>
    public required TransitTimeDistribution TransitTime { get; init; }

    /// <summary>From the cleared import gateway to the buyer's door, when the express carrier delivers itself.</summary>
    public required TransitTimeDistribution DeliveryTime { get; init; }

    /// <summary>The number of 0.5 kg steps a chargeable weight is billed as: ⌈kg / 0.5⌉, at least 1.</summary>
    /// <param name="chargeableKilograms">The chargeable weight in kilograms; not negative, at most 10⁹ kg (the largest mass of the library).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chargeableKilograms"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chargeableKilograms"/> is more than 10⁹ kg.</exception>
    public static int HalfKilogramSteps(decimal chargeableKilograms) =>
        Guard.NotNegative(chargeableKilograms) <= ExactQuantities.MaxKilograms
            ? Math.Max(1, (int)decimal.Ceiling(chargeableKilograms * 2m))
            : throw new ArgumentOutOfRangeException(nameof(chargeableKilograms), chargeableKilograms,
                Guard.Format(ErrorMessages.MustBeAtMost, nameof(chargeableKilograms), ExactQuantities.MaxKilograms, chargeableKilograms));

    /// <summary>The price of a parcel: first 0.5 kg plus (steps − 1) further 0.5 kg.</summary>
    /// <param name="chargeableKilograms">The chargeable weight in kilograms; not negative, at most 10⁹ kg.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chargeableKilograms"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chargeableKilograms"/> is more than 10⁹ kg.</exception>
    /// <exception cref="OverflowException">The price is outside the range of <see cref="decimal"/> (a price per 0.5 kg of the order of 10¹⁹).</exception>
    public Money Price(decimal chargeableKilograms) =>
        FirstHalfKilogram + (AdditionalHalfKilogram * (HalfKilogramSteps(chargeableKilograms) - 1));

    /// <summary>The zone and its prices.</summary>
    public override string ToString() => $"zone {Zone}: {FirstHalfKilogram} first 0.5 kg, {AdditionalHalfKilogram} per further 0.5 kg";

    private static Money NotNegative(Money value, string paramName)
    {
        Guard.NotNull(value, paramName);
        return value.IsNegative
            ? throw new ArgumentOutOfRangeException(paramName, value, Guard.Format(ErrorMessages.MustNotBeNegative, paramName, value))
            : value;
    }
}
