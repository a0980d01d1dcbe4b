using System.Globalization;
using SupplyChain.Domain.Internal;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// The limits of one size tier in a <see cref="SizeTierTable"/>: the largest weight and sides an item of the tier may
/// have. Every limit is inclusive; a null limit does not restrict. A tier without any limit is a catch-all.
/// </summary>
/// <remarks>
/// <para>
/// Sides are compared after sorting an item's sides into longest, median and shortest. The weight compared is the
/// unit weight or the shipping weight, as <see cref="WeightBasis"/> says; the shipping weight is the larger of the
/// unit weight and the dimensional weight, where the dimensional weight may assume a minimum for the median and
/// shortest sides (<see cref="MinimumSideForDimensionalWeight"/>; Amazon: 2 in for large bulky and extra-large).
/// </para>
/// <para>Lengths are reported in inches and weights in pounds. Limits compare by reference.</para>
/// </remarks>
public sealed class SizeTierLimits
{
    private readonly SizeTierBand[] _bands;

    /// <summary>Defines the limits of one tier.</summary>
    /// <param name="tier">The tier these limits define.</param>
    /// <param name="weightBasis">Which weight is compared with <paramref name="maxWeight"/> and reported.</param>
    /// <param name="maxWeight">The largest weight (inclusive); null for no weight limit.</param>
    /// <param name="maxLongestSide">The largest longest side (inclusive); null for no limit.</param>
    /// <param name="maxMedianSide">The largest median side (inclusive); null for no limit.</param>
    /// <param name="maxShortestSide">The largest shortest side (inclusive); null for no limit.</param>
    /// <param name="maxLengthPlusGirth">The largest length + girth (inclusive); null for no limit.</param>
    /// <param name="minimumSideForDimensionalWeight">
    /// The median and shortest sides are taken as at least this long when the dimensional weight is computed; null
    /// for the actual sides.
    /// </param>
    /// <param name="bands">
    /// Weight bands inside the tier, with strictly increasing maximum weights and the last one open; null or empty
    /// for none.
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="tier"/> or <paramref name="weightBasis"/> is not defined, or the bands are not increasing with an
    /// open last band.
    /// </exception>
    /// <exception cref="ArgumentNullException">A band is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive or is out of range.</exception>
    public SizeTierLimits(
        SizeTier tier,
        SizeTierWeightBasis weightBasis,
        Mass? maxWeight,
        Length? maxLongestSide,
        Length? maxMedianSide,
        Length? maxShortestSide,
        Length? maxLengthPlusGirth = null,
        Length? minimumSideForDimensionalWeight = null,
        IEnumerable<SizeTierBand>? bands = null)
    {
        if (!Enum.IsDefined(tier))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(tier), nameof(SizeTier)), nameof(tier));
        }

        if (!Enum.IsDefined(weightBasis))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(weightBasis), nameof(SizeTierWeightBasis)), nameof(weightBasis));
        }

        decimal? maxPounds = null;
        if (maxWeight is { } weight)
        {
            ExactQuantities.Kilograms(weight, nameof(maxWeight), allowZero: false);
            maxPounds = ExactQuantities.Pounds(weight, nameof(maxWeight));
        }

        var longest = Side(maxLongestSide, nameof(maxLongestSide));
        var median = Side(maxMedianSide, nameof(maxMedianSide));
        var shortest = Side(maxShortestSide, nameof(maxShortestSide));
        var lengthPlusGirth = Side(maxLengthPlusGirth, nameof(maxLengthPlusGirth));
        var minimumSide = Side(minimumSideForDimensionalWeight, nameof(minimumSideForDimensionalWeight));

        var bandList = bands is null ? [] : bands.ToArray();
        decimal? previous = null;
        for (var i = 0; i < bandList.Length; i++)
        {
            var band = Guard.NotNull(bandList[i], nameof(bands));
            var isLast = i == bandList.Length - 1;
            var ok = isLast
                ? band.MaxPounds is null
                : band.MaxPounds is { } max && (previous is not { } before || max > before);
            if (!ok)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.SizeTierBandsOutOfOrder, nameof(bands), band.Name), nameof(bands));
            }

            previous = band.MaxPounds;
        }

        Tier = tier;
        WeightBasis = weightBasis;
        MaxPounds = maxPounds;
        MaxLongestMillimetres = longest;
        MaxMedianMillimetres = median;
        MaxShortestMillimetres = shortest;
        MaxLengthPlusGirthMillimetres = lengthPlusGirth;
        MinimumSideMillimetres = minimumSide;
        _bands = bandList;
    }

    /// <summary>The tier these limits define.</summary>
    public SizeTier Tier { get; }

    /// <summary>Which weight is compared with <see cref="MaxWeight"/> and reported as the shipping weight.</summary>
    public SizeTierWeightBasis WeightBasis { get; }

    /// <summary>The largest weight (inclusive), in pounds; null for no limit.</summary>
    public Mass? MaxWeight => MaxPounds is { } pounds ? Mass.FromPounds((double)pounds) : null;

    /// <summary>The largest longest side (inclusive), in inches; null for no limit.</summary>
    public Length? MaxLongestSide => Inches(MaxLongestMillimetres);

    /// <summary>The largest median side (inclusive), in inches; null for no limit.</summary>
    public Length? MaxMedianSide => Inches(MaxMedianMillimetres);

    /// <summary>The largest shortest side (inclusive), in inches; null for no limit.</summary>
    public Length? MaxShortestSide => Inches(MaxShortestMillimetres);

    /// <summary>The largest length + girth (inclusive), in inches; null for no limit.</summary>
    public Length? MaxLengthPlusGirth => Inches(MaxLengthPlusGirthMillimetres);

    /// <summary>The least median and shortest side assumed for the dimensional weight, in inches; null for the actual sides.</summary>
    public Length? MinimumSideForDimensionalWeight => Inches(MinimumSideMillimetres);

    /// <summary>The weight bands inside the tier, from the lightest; empty when the tier has none.</summary>
    public IReadOnlyList<SizeTierBand> Bands => _bands;

    /// <summary>Whether the tier has no limit at all, so that every item fits it.</summary>
    public bool IsCatchAll =>
        MaxPounds is null && MaxLongestMillimetres is null && MaxMedianMillimetres is null
        && MaxShortestMillimetres is null && MaxLengthPlusGirthMillimetres is null;

    internal decimal? MaxPounds { get; }

    internal decimal? MaxLongestMillimetres { get; }

    internal decimal? MaxMedianMillimetres { get; }

    internal decimal? MaxShortestMillimetres { get; }

    internal decimal? MaxLengthPlusGirthMillimetres { get; }

    internal decimal? MinimumSideMillimetres { get; }

    /// <summary>The limits in words, with the invariant culture.</summary>
    /// <returns>For example <c>large-bulky: weight up to 50 lb (shipping weight), sides up to 59 x 33 x 33 in, length + girth up to 130 in</c>.</returns>
    public override string ToString()
    {
        if (IsCatchAll)
        {
            return Tier.Name() + ": no limit";
        }

        var parts = new List<string>();
        if (MaxPounds is { } pounds)
        {
            var basis = WeightBasis == SizeTierWeightBasis.UnitWeight ? "unit weight" : "shipping weight";
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"weight up to {pounds} lb ({basis})"));
        }

        if (MaxLongestMillimetres is not null || MaxMedianMillimetres is not null || MaxShortestMillimetres is not null)
        {
            parts.Add($"sides up to {Show(MaxLongestMillimetres)} x {Show(MaxMedianMillimetres)} x {Show(MaxShortestMillimetres)} in");
        }

        if (MaxLengthPlusGirthMillimetres is { } girth)
        {
            parts.Add($"length + girth up to {Show(girth)} in");
        }

        return Tier.Name() + ": " + string.Join(", ", parts);
    }

    private static string Show(decimal? millimetres) =>
        millimetres is { } mm ? (mm / 25.4m).ToString("0.####", CultureInfo.InvariantCulture) : "any";

    private static decimal? Side(Length? side, string paramName) =>
        side is { } length ? ExactQuantities.Side(length, paramName) : null;

    private static Length? Inches(decimal? millimetres) =>
        millimetres is { } mm ? Length.FromInches((double)(mm / 25.4m)) : null;
}
