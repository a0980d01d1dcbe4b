using System.Diagnostics.CodeAnalysis;
using UnitsNet;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// The built-in chargeable weight rules, each with a stable name, and lookup by name.
/// </summary>
/// <remarks>
/// The built-ins carry no validity dates (the library does not know when each carrier started using its ratio);
/// to pin a contract's dates, or a carrier's own divisor or step, create a <see cref="ChargeableWeightRule"/>.
/// No rule includes a minimum charge. The Amazon ratios are dated per marketplace as data in
/// <c>Fulfilment.DimensionalWeightDivisors</c> (Amazon US from 2024-02-05, the Amazon EU stores from 2022-03-31), which
/// refers to these rules.
/// </remarks>
public static class ChargeableWeightRules
{
    /// <summary>
    /// <c>express-5000-cm3-per-kg</c>: international express (DHL, FedEx, UPS): 1 kg per 5,000 cm³, chargeable weight
    /// rounded up to 0.5 kg.
    /// </summary>
    public static ChargeableWeightRule InternationalExpress { get; } =
        new("express-5000-cm3-per-kg", Mass.FromKilograms(1), Volume.FromCubicCentimeters(5000), Mass.FromKilograms(0.5));

    /// <summary>
    /// <c>iata-6000-cm3-per-kg</c>: IATA air cargo: 1 kg per 6,000 cm³, chargeable weight rounded up to 0.5 kg.
    /// </summary>
    public static ChargeableWeightRule IataAirCargo { get; } =
        new("iata-6000-cm3-per-kg", Mass.FromKilograms(1), Volume.FromCubicCentimeters(6000), Mass.FromKilograms(0.5));

    /// <summary>
    /// <c>amazon-us-139-in3-per-lb</c>: Amazon US dimensional weight: 1 lb per 139 in³, results in pounds, not rounded.
    /// Undated here; the dated entry is <c>Fulfilment.DimensionalWeightDivisor.AmazonUs2024</c>.
    /// </summary>
    public static ChargeableWeightRule AmazonUs { get; } =
        new("amazon-us-139-in3-per-lb", Mass.FromPounds(1), Volume.FromCubicInches(139), roundingStep: null);

    /// <summary>
    /// <c>amazon-eu-5000-cm3-per-kg</c>: Amazon EU dimensional weight: 1 kg per 5,000 cm³, not rounded.
    /// Undated here; the dated entries (one per Amazon EU store) are in <c>Fulfilment.DimensionalWeightDivisors.BuiltIn</c>.
    /// </summary>
    public static ChargeableWeightRule AmazonEu { get; } =
        new("amazon-eu-5000-cm3-per-kg", Mass.FromKilograms(1), Volume.FromCubicCentimeters(5000), roundingStep: null);

    /// <summary>
    /// <c>sea-lcl-1000-kg-per-cbm</c>: sea less-than-container-load, weight or measure: 1 m³ counts as 1,000 kg, so the
    /// chargeable volume is in revenue tonnes; not rounded.
    /// </summary>
    public static ChargeableWeightRule SeaLcl { get; } =
        new("sea-lcl-1000-kg-per-cbm", Mass.FromKilograms(1000), Volume.FromCubicMeters(1), roundingStep: null)
        {
            IsWeightOrMeasure = true,
        };

    /// <summary>
    /// <c>sea-lcl-500-kg-per-cbm</c>: the lane variant of sea LCL where 1 m³ counts as 500 kg; weight or measure, not rounded.
    /// </summary>
    public static ChargeableWeightRule SeaLcl500 { get; } =
        new("sea-lcl-500-kg-per-cbm", Mass.FromKilograms(500), Volume.FromCubicMeters(1), roundingStep: null)
        {
            IsWeightOrMeasure = true,
        };

    /// <summary>
    /// <c>road-333-kg-per-cbm</c>: road freight: 1 m³ counts as 333 kg; not rounded.
    /// </summary>
    public static ChargeableWeightRule Road { get; } =
        new("road-333-kg-per-cbm", Mass.FromKilograms(333), Volume.FromCubicMeters(1), roundingStep: null);

    /// <summary>All built-in rules, in the order of this class.</summary>
    public static IReadOnlyList<ChargeableWeightRule> All { get; } =
        [InternationalExpress, IataAirCargo, AmazonUs, AmazonEu, SeaLcl, SeaLcl500, Road];

    /// <summary>The built-in rule with the name <paramref name="name"/> (ordinal, case-sensitive).</summary>
    /// <param name="name">A rule name such as <c>express-5000-cm3-per-kg</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No built-in rule has that name.</exception>
    public static ChargeableWeightRule Get(string name)
    {
        Guard.NotNull(name);
        return TryGet(name, out var rule)
            ? rule
            : throw new ArgumentException(
                Guard.Format(ErrorMessages.UnknownChargeableWeightRule, name, string.Join(", ", All.Select(r => r.Name))), nameof(name));
    }

    /// <summary>Looks up a built-in rule by name (ordinal, case-sensitive); never throws.</summary>
    /// <param name="name">A rule name such as <c>express-5000-cm3-per-kg</c>; may be null.</param>
    /// <param name="rule">The rule, or null when there is none of that name.</param>
    /// <returns>Whether a built-in rule has that name.</returns>
    public static bool TryGet(string? name, [NotNullWhen(true)] out ChargeableWeightRule? rule)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                rule = candidate;
                return true;
            }
        }

        rule = null;
        return false;
    }
}
