using System.Globalization;
using SupplyChain.Domain.Internal;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// A weight band inside a size tier, such as Amazon's "extra-large 50+ to 70 lb": the items of the tier whose weight
/// (per the tier's <see cref="SizeTierLimits.WeightBasis"/>) is at most <see cref="MaxWeight"/> and above the
/// previous band's maximum.
/// </summary>
/// <remarks>Bands compare by reference.</remarks>
public sealed class SizeTierBand
{
    /// <summary>Defines a band.</summary>
    /// <param name="name">A stable name, such as <c>extra-large-50-to-70-lb</c>; not blank.</param>
    /// <param name="maxWeight">The largest weight in the band (inclusive); null for the open last band.</param>
    /// <param name="shippingWeightBasis">
    /// Which weight the band reports as the shipping weight (Amazon uses the unit weight for extra-large 150+ lb and
    /// the larger of unit and dimensional weight for the other bands).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="shippingWeightBasis"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWeight"/> is not positive or larger than 10⁹ kg.</exception>
    public SizeTierBand(string name, Mass? maxWeight, SizeTierWeightBasis shippingWeightBasis = SizeTierWeightBasis.ShippingWeight)
    {
        Name = Guard.NotBlank(name);
        if (maxWeight is { } max)
        {
            ExactQuantities.Kilograms(max, nameof(maxWeight), allowZero: false);
            MaxPounds = ExactQuantities.Pounds(max, nameof(maxWeight));
        }

        if (!Enum.IsDefined(shippingWeightBasis))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(shippingWeightBasis), nameof(SizeTierWeightBasis)), nameof(shippingWeightBasis));
        }

        ShippingWeightBasis = shippingWeightBasis;
    }

    /// <summary>The stable name of the band.</summary>
    public string Name { get; }

    /// <summary>The largest weight in the band (inclusive), in pounds; null for the open last band.</summary>
    public Mass? MaxWeight => MaxPounds is { } pounds ? Mass.FromPounds((double)pounds) : null;

    /// <summary>Which weight the band reports as the shipping weight.</summary>
    public SizeTierWeightBasis ShippingWeightBasis { get; }

    /// <summary>The exact maximum in pounds; null when open.</summary>
    internal decimal? MaxPounds { get; }

    /// <summary>The band in words, with the invariant culture.</summary>
    /// <returns>For example <c>extra-large-50-to-70-lb (up to 70 lb)</c>.</returns>
    public override string ToString() =>
        MaxPounds is { } max
            ? string.Create(CultureInfo.InvariantCulture, $"{Name} (up to {max} lb)")
            : Name + " (open)";
}
