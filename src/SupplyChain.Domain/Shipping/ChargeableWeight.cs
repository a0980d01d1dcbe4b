using System.Globalization;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// What a <see cref="ChargeableWeightRule"/> gives for one parcel or load: the actual, volumetric and chargeable
/// weight, all in the rule's <see cref="ChargeableWeightRule.ResultUnit"/>.
/// </summary>
/// <remarks>
/// Created only by <see cref="ChargeableWeightRule.Calculate(Dimensions, Mass)"/> and its volume overload.
/// Two results are equal when they come from the same rule instance and hold the same values (all masses are in
/// the same unit, so UnitsNet's unit-strict equality is value equality here).
/// </remarks>
public sealed record ChargeableWeight
{
    internal ChargeableWeight(ChargeableWeightRule rule, Mass actual, Mass volumetric, Mass chargeable, Volume? chargeableVolume)
    {
        Rule = rule;
        Actual = actual;
        Volumetric = volumetric;
        Chargeable = chargeable;
        ChargeableVolume = chargeableVolume;
    }

    /// <summary>The rule that was applied.</summary>
    public ChargeableWeightRule Rule { get; }

    /// <summary>The actual weight, converted to the rule's result unit (not rounded).</summary>
    public Mass Actual { get; }

    /// <summary>The volumetric (dimensional) weight: the volume converted at the rule's ratio (not rounded).</summary>
    public Mass Volumetric { get; }

    /// <summary>The weight billed: the larger of <see cref="Actual"/> and <see cref="Volumetric"/>, rounded up to the rule's step.</summary>
    public Mass Chargeable { get; }

    /// <summary>
    /// For a weight-or-measure rule, the volume the chargeable weight stands for, in the unit of the rule's
    /// <see cref="ChargeableWeightRule.PerVolume"/> (for sea LCL at 1,000 kg per m³: revenue tonnes, in m³);
    /// null for other rules.
    /// </summary>
    public Volume? ChargeableVolume { get; }

    /// <summary>Whether the volumetric weight is larger than the actual weight, so the parcel is billed on its size.</summary>
    public bool IsBilledOnVolume => Volumetric > Actual;

    /// <summary>The result in words, with the invariant culture.</summary>
    /// <returns>For example <c>19.5 kg chargeable (actual 12 kg, volumetric 19.2 kg; express-5000-cm3-per-kg)</c>.</returns>
    public override string ToString()
    {
        var volume = ChargeableVolume is { } v ? ", chargeable volume " + ExactQuantities.Show(v) : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{ExactQuantities.Show(Chargeable)} chargeable (actual {ExactQuantities.Show(Actual)}, volumetric {ExactQuantities.Show(Volumetric)}{volume}; {Rule.Name})");
    }
}
