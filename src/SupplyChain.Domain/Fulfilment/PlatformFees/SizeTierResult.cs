using System.Globalization;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// The size tier of one packaged item under a <see cref="SizeTierTable"/>, with the measures it was decided on and
/// the limit that put it above the next smaller tier.
/// </summary>
/// <remarks>
/// Created only by <see cref="SizeTierTable.Classify(Products.Dimensions, Mass)"/>. Lengths are in inches and
/// weights in pounds (converted from the exact decimal results). Results compare by reference.
/// </remarks>
public sealed class SizeTierResult
{
    private readonly decimal _longest;
    private readonly decimal _median;
    private readonly decimal _shortest;
    private readonly decimal _lengthPlusGirth;
    private readonly decimal _unitPounds;
    private readonly decimal _dimensionalPounds;
    private readonly decimal _shippingPounds;

    internal SizeTierResult(
        SizeTierTable table, SizeTier tier, SizeTierBand? band,
        decimal longest, decimal median, decimal shortest, decimal lengthPlusGirth,
        decimal unitPounds, decimal dimensionalPounds, decimal shippingPounds,
        SizeTier? exceededTier, SizeTierLimit? exceededLimit)
    {
        Table = table;
        Tier = tier;
        Band = band;
        _longest = longest;
        _median = median;
        _shortest = shortest;
        _lengthPlusGirth = lengthPlusGirth;
        _unitPounds = unitPounds;
        _dimensionalPounds = dimensionalPounds;
        _shippingPounds = shippingPounds;
        ExceededTier = exceededTier;
        ExceededLimit = exceededLimit;
    }

    /// <summary>The table that was applied.</summary>
    public SizeTierTable Table { get; }

    /// <summary>The size tier.</summary>
    public SizeTier Tier { get; }

    /// <summary>The weight band inside the tier (e.g. extra-large 50+ to 70 lb); null when the tier has no bands.</summary>
    public SizeTierBand? Band { get; }

    /// <summary>The longest side, in inches.</summary>
    public Length LongestSide => Inches(_longest);

    /// <summary>The median side, in inches.</summary>
    public Length MedianSide => Inches(_median);

    /// <summary>The shortest side, in inches.</summary>
    public Length ShortestSide => Inches(_shortest);

    /// <summary>Length plus girth: longest + 2 × (median + shortest), of the actual sides, in inches.</summary>
    public Length LengthPlusGirth => Inches(_lengthPlusGirth);

    /// <summary>The unit weight, in pounds.</summary>
    public Mass UnitWeight => Mass.FromPounds((double)_unitPounds);

    /// <summary>
    /// The dimensional weight, in pounds: the volume converted by the table's rule, with the median and shortest side
    /// raised to the tier's minimum (2 in for Amazon's large bulky and extra-large), not rounded.
    /// </summary>
    public Mass DimensionalWeight => Mass.FromPounds((double)_dimensionalPounds);

    /// <summary>
    /// The shipping weight, in pounds: the unit weight for a tier or band that uses it (small standard; Amazon's
    /// extra-large 150+ lb), otherwise the larger of the unit and the dimensional weight.
    /// </summary>
    public Mass ShippingWeight => Mass.FromPounds((double)_shippingPounds);

    /// <summary>The next smaller tier, whose limit the item exceeds; null for the table's smallest tier.</summary>
    public SizeTier? ExceededTier { get; }

    /// <summary>
    /// Which limit of <see cref="ExceededTier"/> the item exceeds (the first in the order longest, median, shortest
    /// side, length + girth, weight); null for the table's smallest tier.
    /// </summary>
    public SizeTierLimit? ExceededLimit { get; }

    /// <summary>The exact shipping weight in pounds.</summary>
    internal decimal ShippingPounds => _shippingPounds;

    /// <summary>The result in words, with the invariant culture.</summary>
    /// <returns>
    /// For example <c>large-standard: 15 x 12 x 0.75 in, length + girth 40.5 in, unit weight 1.03125 lb, dimensional
    /// weight 0.971223 lb, shipping weight 1.03125 lb; weight exceeds small-standard (amazon-us-2024-02-05)</c>.
    /// </returns>
    public override string ToString()
    {
        var tier = Band is { } band ? $"{Tier.Name()} ({band.Name})" : Tier.Name();
        var why = ExceededTier is { } smaller && ExceededLimit is { } limit
            ? $"; {limit.Name()} exceeds {smaller.Name()}"
            : "; fits the smallest tier";
        return string.Create(CultureInfo.InvariantCulture,
            $"{tier}: {Show(_longest / 25.4m)} x {Show(_median / 25.4m)} x {Show(_shortest / 25.4m)} in, length + girth {Show(_lengthPlusGirth / 25.4m)} in, unit weight {Show(_unitPounds)} lb, dimensional weight {Show(_dimensionalPounds)} lb, shipping weight {Show(_shippingPounds)} lb{why} ({Table.Name})");
    }

    private static string Show(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static Length Inches(decimal millimetres) => Length.FromInches((double)(millimetres / 25.4m));
}
