using System.Globalization;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// One row of a <see cref="FulfilmentFeeTable"/>: the fulfilment fee per unit for items of one size tier whose shipping
/// weight is at most <see cref="MaxShippingWeight"/> (and above the tier's previous band), optionally plus a charge for
/// every started step of weight above a base weight (e.g. "6.00 + 0.40 per lb above the first 3 lb").
/// </summary>
/// <remarks>
/// Fee = <see cref="Fee"/> + the <see cref="Surcharge"/> for the shipping weight, computed exactly in pounds. Bands
/// compare by reference.
/// </remarks>
public sealed class FulfilmentFeeBand
{
    /// <summary>Defines a band; a per-step charge above a base weight is set by name (<see cref="Surcharge"/>).</summary>
    /// <param name="tier">The size tier.</param>
    /// <param name="maxShippingWeight">The largest shipping weight of the band (inclusive); null for the tier's open last band.</param>
    /// <param name="fee">The fee per unit; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fee"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tier"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fee"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxShippingWeight"/> is not positive or is too large.</exception>
    public FulfilmentFeeBand(SizeTier tier, Mass? maxShippingWeight, Money fee)
    {
        if (!Enum.IsDefined(tier))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(tier), nameof(SizeTier)), nameof(tier));
        }

        Guard.NotNull(fee);
        if (fee.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(fee), fee, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(fee), fee));
        }

        if (maxShippingWeight is { } max)
        {
            ExactQuantities.Kilograms(max, nameof(maxShippingWeight), allowZero: false);
            MaxPounds = ExactQuantities.Pounds(max, nameof(maxShippingWeight));
        }

        Tier = tier;
        Fee = fee;
    }

    /// <summary>The size tier.</summary>
    public SizeTier Tier { get; }

    /// <summary>The largest shipping weight of the band (inclusive), in pounds; null when open.</summary>
    public Mass? MaxShippingWeight => MaxPounds is { } p ? Mass.FromPounds((double)p) : null;

    /// <summary>The fee per unit (before any per-step charge).</summary>
    public Money Fee { get; }

    /// <summary>A charge per started step of weight above a base weight; null (the default) for none; in the currency of <see cref="Fee"/>.</summary>
    /// <exception cref="ArgumentException">The charge is in another currency than <see cref="Fee"/>.</exception>
    public WeightStepCharge? Surcharge
    {
        get;
        init => field = value is null || value.PerStep.Currency == Fee.Currency
            ? value
            : throw Guard.Refused(Guard.Format(ErrorMessages.FeeBandsMixCurrencies, nameof(Surcharge), Fee.Currency, value.PerStep.Currency), nameof(Surcharge));
    }

    internal decimal? MaxPounds { get; }

    /// <summary>The fee for a shipping weight in pounds.</summary>
    internal Money FeeFor(decimal shippingPounds) => Surcharge is { } surcharge ? Fee + surcharge.For(shippingPounds) : Fee;

    /// <summary>The band in words, with the invariant culture.</summary>
    /// <returns>For example <c>large-standard up to 20 lb: 6.00 USD + 0.40 USD per 1 lb above 3 lb</c>.</returns>
    public override string ToString()
    {
        var upTo = MaxPounds is { } max ? string.Create(CultureInfo.InvariantCulture, $" up to {max} lb") : " (open)";
        return $"{Tier.Name()}{upTo}: {Fee}{(Surcharge is { } surcharge ? " + " + surcharge : string.Empty)}";
    }
}
