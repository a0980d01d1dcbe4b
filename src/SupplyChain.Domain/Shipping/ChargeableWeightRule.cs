using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Products;
using UnitsNet;
using UnitsNet.Units;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// How a carrier turns a parcel's size and weight into the weight it bills: the volumetric (dimensional) weight is
/// the volume converted at a fixed ratio, the chargeable weight is the larger of the actual and the volumetric
/// weight, rounded up to the rule's step.
/// </summary>
/// <remarks>
/// <para>
/// The ratio is written as a mass per volume, so both ways carriers state it fit: "5,000 cm³ per kg" (a divisor:
/// 1 kg per 5,000 cm³) and "1 CBM = 1,000 kg" (1,000 kg per 1 m³). The ratio's mass unit is the unit of every
/// result; its volume unit is the unit of the chargeable volume of weight-or-measure rules.
/// </para>
/// <para>
/// Arithmetic is exact (decimal, with the exact definitions 1 in = 2.54 cm and 1 lb = 0.45359237 kg), so a parcel
/// whose volumetric weight is exactly a multiple of the step is not rounded up to the next step.
/// </para>
/// <para>
/// A rule is effective-dated data (<see cref="IEffectiveDated"/>): <see cref="ValidFrom"/> and
/// <see cref="ValidUntil"/> are both inclusive; a rule without dates is in force from <see cref="LocalDate.MinIsoValue"/>
/// on, open-ended. The built-in rules (<see cref="ChargeableWeightRules"/>) have no dates; define a dated rule for a
/// carrier's contract. <see cref="Calculate(Dimensions, Mass)"/> does not look at dates: choosing the rule in force on
/// a date is the caller's step (<see cref="IsInForce(LocalDate)"/>, or an <see cref="EffectiveDatedSet{TKey, T}"/>).
/// </para>
/// <para>Rules compare by reference; the built-ins are single instances.</para>
/// </remarks>
public sealed class ChargeableWeightRule : IEffectiveDated
{
    private readonly decimal _massPerRatio;               // in ResultUnit
    private readonly decimal _ratioCubicMillimetres;      // the ratio's volume, in mm³
    private readonly decimal _cubicMillimetresPerVolumeUnit;
    private readonly decimal? _step;                      // in ResultUnit

    /// <summary>
    /// Defines a rule: a carrier's divisor or weight-to-volume ratio and rounding step; weight-or-measure billing and a
    /// validity are set by name (<see cref="IsWeightOrMeasure"/>, <see cref="ValidFrom"/>, <see cref="ValidUntil"/>).
    /// </summary>
    /// <param name="name">A stable name, such as <c>express-5000-cm3-per-kg</c>; not blank.</param>
    /// <param name="volumetricMass">
    /// The mass that <paramref name="perVolume"/> counts as, e.g. 1 kg (for 5,000 cm³) or 1,000 kg (for 1 m³). Its
    /// unit is the unit of the results and must be defined exactly in kilograms (kg, g, mg, t, lb, oz, stone, short
    /// or long ton).
    /// </param>
    /// <param name="perVolume">
    /// The volume that counts as <paramref name="volumetricMass"/>, e.g. 5,000 cm³ or 1 m³. Its unit must be defined
    /// exactly (cubic metric units, litre, millilitre, cubic inch, foot or yard).
    /// </param>
    /// <param name="roundingStep">The step the chargeable weight is rounded up to, e.g. 0.5 kg; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentException">The unit of <paramref name="volumetricMass"/> or <paramref name="perVolume"/> is not defined exactly.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="volumetricMass"/>, <paramref name="perVolume"/> or <paramref name="roundingStep"/> is not positive or is too large.</exception>
    public ChargeableWeightRule(
        string name,
        Mass volumetricMass,
        Volume perVolume,
        Mass? roundingStep)
    {
        Name = Guard.NotBlank(name);
        if (!ExactQuantities.TryKilogramsPer(volumetricMass.Unit, out var kilogramsPerResultUnit))
        {
            throw new ArgumentException(
                Guard.Format(ErrorMessages.UnitNotExact, nameof(volumetricMass), volumetricMass.Unit, "kg, g, mg, t, lb, oz, stone, short or long ton"),
                nameof(volumetricMass));
        }

        if (!ExactQuantities.TryCubicMillimetresPer(perVolume.Unit, out var cubicMillimetresPerVolumeUnit))
        {
            throw new ArgumentException(
                Guard.Format(ErrorMessages.UnitNotExact, nameof(perVolume), perVolume.Unit, "mm³, cm³, dm³, m³, l, ml, in³, ft³ or yd³"),
                nameof(perVolume));
        }

        var massKilograms = ExactQuantities.Kilograms(volumetricMass, nameof(volumetricMass), allowZero: false);
        var ratioCubicMillimetres = ExactQuantities.PositiveVolume(perVolume, nameof(perVolume));
        decimal? step = null;
        if (roundingStep is { } stepMass)
        {
            step = ExactQuantities.Kilograms(stepMass, nameof(roundingStep), allowZero: false) / kilogramsPerResultUnit;
        }

        ResultUnit = volumetricMass.Unit;
        VolumetricMass = volumetricMass;
        PerVolume = perVolume;
        RoundingStep = roundingStep is { } given ? given.ToUnit(ResultUnit) : null;
        _massPerRatio = massKilograms / kilogramsPerResultUnit;
        _ratioCubicMillimetres = ratioCubicMillimetres;
        _cubicMillimetresPerVolumeUnit = cubicMillimetresPerVolumeUnit;
        _step = step;
    }

    /// <summary>The stable name of the rule, such as <c>express-5000-cm3-per-kg</c>.</summary>
    public string Name { get; }

    /// <summary>The mass that <see cref="PerVolume"/> counts as (e.g. 1 kg); its unit is <see cref="ResultUnit"/>.</summary>
    public Mass VolumetricMass { get; }

    /// <summary>The volume that counts as <see cref="VolumetricMass"/> (e.g. 5,000 cm³).</summary>
    public Volume PerVolume { get; }

    /// <summary>The step the chargeable weight is rounded up to, in <see cref="ResultUnit"/>; null when not rounded.</summary>
    public Mass? RoundingStep { get; }

    /// <summary>The unit of every mass in a result (the unit of <see cref="VolumetricMass"/>).</summary>
    public MassUnit ResultUnit { get; }

    /// <summary>
    /// Whether the carrier bills "weight or measure" (revenue tonnes, as in sea LCL), so that a result also gives the
    /// chargeable volume; false (the default) otherwise.
    /// </summary>
    public bool IsWeightOrMeasure { get; init; }

    /// <summary>The first day the rule applies (inclusive, as an ISO date); <see cref="LocalDate.MinIsoValue"/> (the default) when it has no start.</summary>
    /// <exception cref="ArgumentException">The date is after <see cref="ValidUntil"/>.</exception>
    public LocalDate ValidFrom
    {
        get;
        init => field = Validity.From(value, ValidUntil, nameof(ValidFrom));
    } = LocalDate.MinIsoValue;

    /// <summary>The last day the rule applies (inclusive), or null (the default) when open-ended.</summary>
    /// <exception cref="ArgumentException">The date is before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidUntil
    {
        get;
        init => field = Validity.Until(ValidFrom, value, nameof(ValidUntil));
    }

    /// <inheritdoc/>
    public bool IsInForce(LocalDate day) => Validity.Covers(ValidFrom, ValidUntil, day);

    /// <summary>The volumetric weight of a box: its volume converted at the rule's ratio, not rounded.</summary>
    /// <param name="dimensions">The box.</param>
    /// <returns>The volumetric weight, in <see cref="ResultUnit"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> is null.</exception>
    public Mass VolumetricWeight(Dimensions dimensions) =>
        ToMass(Volumetric(Guard.NotNull(dimensions).CubicMillimetres));

    /// <summary>The volumetric weight of a volume (a load measured in cubic metres), not rounded.</summary>
    /// <param name="volume">The volume; positive.</param>
    /// <returns>The volumetric weight, in <see cref="ResultUnit"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="volume"/> is not positive or is larger than 10⁹ m³.</exception>
    public Mass VolumetricWeight(Volume volume) =>
        ToMass(Volumetric(ExactQuantities.PositiveVolume(volume, nameof(volume))));

    /// <summary>The weight a carrier bills for a box: max(actual, volumetric), rounded up to the step.</summary>
    /// <param name="dimensions">The box.</param>
    /// <param name="actualWeight">The weight on the scale; not negative.</param>
    /// <returns>The actual, volumetric and chargeable weight (and chargeable volume for weight-or-measure rules).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actualWeight"/> is negative or larger than 10⁹ kg.</exception>
    public ChargeableWeight Calculate(Dimensions dimensions, Mass actualWeight)
    {
        var cubicMillimetres = Guard.NotNull(dimensions).CubicMillimetres;
        return Calculate(cubicMillimetres, actualWeight);
    }

    /// <summary>The weight a carrier bills for a load given by its volume: max(actual, volumetric), rounded up to the step.</summary>
    /// <param name="volume">The volume of the load; positive.</param>
    /// <param name="actualWeight">The weight on the scale; not negative.</param>
    /// <returns>The actual, volumetric and chargeable weight (and chargeable volume for weight-or-measure rules).</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="volume"/> is not positive or larger than 10⁹ m³, or <paramref name="actualWeight"/> is negative or larger than 10⁹ kg.
    /// </exception>
    public ChargeableWeight Calculate(Volume volume, Mass actualWeight)
    {
        var cubicMillimetres = ExactQuantities.PositiveVolume(volume, nameof(volume));
        return Calculate(cubicMillimetres, actualWeight);
    }

    /// <summary>The rule in words, with the invariant culture.</summary>
    /// <returns>For example <c>express-5000-cm3-per-kg: 1 kg per 5000 cm³, rounded up to 0.5 kg</c>.</returns>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Name}: {ExactQuantities.Show(VolumetricMass)} per {ExactQuantities.Show(PerVolume)}");
        text += RoundingStep is { } step ? ", rounded up to " + ExactQuantities.Show(step) : ", not rounded";
        text += IsWeightOrMeasure ? ", weight or measure" : string.Empty;
        return ValidFrom == LocalDate.MinIsoValue && ValidUntil is null ? text : text + " (" + Validity.Text(ValidFrom, ValidUntil) + ")";
    }

    /// <summary>The chargeable weight of an exact volume in cubic millimetres (a sum of box volumes), as the public overloads compute it.</summary>
    internal ChargeableWeight Calculate(decimal cubicMillimetres, Mass actualWeight)
    {
        var actual = ExactQuantities.Kilograms(actualWeight, nameof(actualWeight), allowZero: true);
        ExactQuantities.TryKilogramsPer(ResultUnit, out var kilogramsPerResultUnit);
        var actualInResultUnit = actual / kilogramsPerResultUnit;

        var volumetric = Volumetric(cubicMillimetres);
        var chargeable = Math.Max(actualInResultUnit, volumetric);
        if (_step is { } step)
        {
            chargeable = decimal.Ceiling(chargeable / step) * step;            // an exact multiple stays as it is
        }

        Volume? chargeableVolume = null;
        if (IsWeightOrMeasure)
        {
            // The volume that the chargeable weight stands for, in the ratio's volume unit (revenue tonnes for 1 t per m³).
            var volumeInRatioUnit = chargeable * _ratioCubicMillimetres / _massPerRatio / _cubicMillimetresPerVolumeUnit;
            chargeableVolume = Volume.From((double)volumeInRatioUnit, PerVolume.Unit);
        }

        return new ChargeableWeight(this, ToMass(actualInResultUnit), ToMass(volumetric), ToMass(chargeable), chargeableVolume);
    }

    // volume × (mass per ratio volume): one multiplication and one division, exact whenever the quotient terminates.
    /// <summary>The exact volumetric weight, in <see cref="ResultUnit"/>, of a volume in cubic millimetres (not rounded).</summary>
    internal decimal VolumetricExact(decimal cubicMillimetres) => Volumetric(cubicMillimetres);

    private decimal Volumetric(decimal cubicMillimetres) => cubicMillimetres * _massPerRatio / _ratioCubicMillimetres;

    private Mass ToMass(decimal value) => Mass.From((double)value, ResultUnit);
}
