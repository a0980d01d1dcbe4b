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
/// Fee = <see cref="Fee"/> + <see cref="PerStep"/> × ⌈(shipping weight − <see cref="Above"/>) / <see cref="Step"/>⌉ when the
/// shipping weight is above <see cref="Above"/>, computed exactly in pounds. Bands compare by reference.
/// </remarks>
public sealed class FulfilmentFeeBand
{
    /// <summary>Defines a band.</summary>
    /// <param name="tier">The size tier.</param>
    /// <param name="maxShippingWeight">The largest shipping weight of the band (inclusive); null for the tier's open last band.</param>
    /// <param name="fee">The fee per unit; not negative.</param>
    /// <param name="perStep">The charge per started step above <paramref name="above"/>; not negative, same currency as <paramref name="fee"/>; null for none.</param>
    /// <param name="step">The weight step; positive; given with <paramref name="perStep"/>.</param>
    /// <param name="above">The weight from which steps are counted; not negative; given with <paramref name="perStep"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fee"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="tier"/> is not defined, only some of <paramref name="perStep"/>, <paramref name="step"/> and
    /// <paramref name="above"/> are given, or <paramref name="perStep"/> is in another currency.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A fee is negative, or a weight is out of range (the maximum and the step must be positive).</exception>
    public FulfilmentFeeBand(SizeTier tier, Mass? maxShippingWeight, Money fee, Money? perStep = null, Mass? step = null, Mass? above = null)
    {
        if (!Enum.IsDefined(tier))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(tier), nameof(SizeTier)), nameof(tier));
        }

        Guard.NotNull(fee);
        NotNegative(fee, nameof(fee));
        if (maxShippingWeight is { } max)
        {
            ExactQuantities.Kilograms(max, nameof(maxShippingWeight), allowZero: false);
            MaxPounds = ExactQuantities.Pounds(max, nameof(maxShippingWeight));
        }

        if ((perStep is null) != (step is null) || (perStep is null) != (above is null))
        {
            throw new ArgumentException(ErrorMessages.FeeStepIncomplete, nameof(perStep));
        }

        if (perStep is not null)
        {
            NotNegative(perStep, nameof(perStep));
            if (perStep.Currency != fee.Currency)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.FeeBandsMixCurrencies, nameof(perStep), fee.Currency, perStep.Currency), nameof(perStep));
            }

            ExactQuantities.Kilograms(step!.Value, nameof(step), allowZero: false);
            StepPounds = ExactQuantities.Pounds(step.Value, nameof(step));
            AbovePounds = ExactQuantities.Pounds(above!.Value, nameof(above));
        }

        Tier = tier;
        Fee = fee;
        PerStep = perStep;
    }

    /// <summary>The size tier.</summary>
    public SizeTier Tier { get; }

    /// <summary>The largest shipping weight of the band (inclusive), in pounds; null when open.</summary>
    public Mass? MaxShippingWeight => MaxPounds is { } p ? Mass.FromPounds((double)p) : null;

    /// <summary>The fee per unit (before any per-step charge).</summary>
    public Money Fee { get; }

    /// <summary>The charge per started step above <see cref="Above"/>; null for none.</summary>
    public Money? PerStep { get; }

    /// <summary>The weight step, in pounds; null when there is no per-step charge.</summary>
    public Mass? Step => StepPounds is { } p ? Mass.FromPounds((double)p) : null;

    /// <summary>The weight from which steps are counted, in pounds; null when there is no per-step charge.</summary>
    public Mass? Above => AbovePounds is { } p ? Mass.FromPounds((double)p) : null;

    internal decimal? MaxPounds { get; }

    internal decimal? StepPounds { get; }

    internal decimal? AbovePounds { get; }

    /// <summary>The fee for a shipping weight in pounds.</summary>
    internal Money FeeFor(decimal shippingPounds)
    {
        if (PerStep is not { } perStep || StepPounds is not { } step || AbovePounds is not { } above || shippingPounds <= above)
        {
            return Fee;
        }

        return Fee + (perStep * decimal.Ceiling((shippingPounds - above) / step));
    }

    /// <summary>The band in words, with the invariant culture.</summary>
    /// <returns>For example <c>large-standard up to 20 lb: 6.00 USD + 0.40 USD per 1 lb above 3 lb</c>.</returns>
    public override string ToString()
    {
        var upTo = MaxPounds is { } max ? string.Create(CultureInfo.InvariantCulture, $" up to {max} lb") : " (open)";
        var steps = PerStep is { } perStep
            ? string.Create(CultureInfo.InvariantCulture, $" + {perStep} per {StepPounds} lb above {AbovePounds} lb")
            : string.Empty;
        return $"{Tier.Name()}{upTo}: {Fee}{steps}";
    }

    private static void NotNegative(Money value, string paramName)
    {
        if (value.IsNegative)
        {
            throw new ArgumentOutOfRangeException(paramName, value, Guard.Format(ErrorMessages.MustNotBeNegative, paramName, value));
        }
    }
}
