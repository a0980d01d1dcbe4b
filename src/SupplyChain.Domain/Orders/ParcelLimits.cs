using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// What the carrier that collects from a stock location accepts in one parcel: the heaviest parcel, the largest box
/// (compared side by side after sorting, so any orientation fits) and the rule that gives each parcel's chargeable weight.
/// </summary>
/// <remarks>
/// The weight limit is stored in grams rounded to 0.01 g (as a product's unit weight), so the same limit in other units
/// is equal. Equality compares the limits and the rule (rules compare by reference).
/// </remarks>
public sealed record ParcelLimits
{
    /// <summary>The heaviest <see cref="MaxWeight"/> accepted, in kilograms: a parcel above a tonne is freight.</summary>
    public const double MaxWeightKilograms = 1_000;

    /// <summary>Creates the limits.</summary>
    /// <param name="maxWeight">The heaviest parcel: above zero and at most <see cref="MaxWeightKilograms"/> kg.</param>
    /// <param name="maxBox">The largest parcel box.</param>
    /// <param name="chargeableWeight">The carrier's chargeable-weight rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="maxBox"/> or <paramref name="chargeableWeight"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWeight"/> is not above zero or above <see cref="MaxWeightKilograms"/> kg.</exception>
    public ParcelLimits(Mass maxWeight, Dimensions maxBox, ChargeableWeightRule chargeableWeight)
    {
        Guard.Positive(maxWeight);
        Guard.AtMost(maxWeight.Kilograms, MaxWeightKilograms, nameof(MaxWeightKilograms), nameof(maxWeight));
        MaxWeight = Mass.FromGrams(Math.Round(maxWeight.Grams, 2, MidpointRounding.AwayFromZero));
        MaxBox = Guard.NotNull(maxBox);
        ChargeableWeight = Guard.NotNull(chargeableWeight);
    }

    /// <summary>The heaviest parcel, in grams.</summary>
    public Mass MaxWeight { get; }

    /// <summary>The largest parcel box.</summary>
    public Dimensions MaxBox { get; }

    /// <summary>The carrier's chargeable-weight rule.</summary>
    public ChargeableWeightRule ChargeableWeight { get; }

    /// <summary>The heaviest parcel in exact grams.</summary>
    internal decimal MaxGrams => (decimal)MaxWeight.Grams;

    /// <summary>The limits, e.g. <c>up to 30 kg and 1200 × 600 × 600 mm (express-5000-cm3-per-kg)</c>.</summary>
    /// <returns>The weight, box and rule name.</returns>
    public override string ToString() => Guard.Format("up to {0:0.##} kg and {1} ({2})", MaxWeight.Kilograms, MaxBox, ChargeableWeight.Name);
}
