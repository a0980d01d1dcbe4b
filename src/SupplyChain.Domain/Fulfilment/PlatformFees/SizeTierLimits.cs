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
    private readonly SizeTierBand[] _bands = [];
    private readonly decimal? _maxPounds;
    private readonly decimal? _maxLongest;
    private readonly decimal? _maxMedian;
    private readonly decimal? _maxShortest;
    private readonly decimal? _maxLengthPlusGirth;
    private readonly decimal? _minimumSide;

    /// <summary>
    /// Defines a tier with no limit; each limit is set by name, e.g.
    /// <c>new SizeTierLimits(SizeTier.LargeStandard, SizeTierWeightBasis.ShippingWeight) { MaxWeight = …, MaxLongestSide = … }</c>,
    /// so that two limits of one kind cannot be swapped unnoticed.
    /// </summary>
    /// <param name="tier">The tier these limits define.</param>
    /// <param name="weightBasis">Which weight is compared with <see cref="MaxWeight"/> and reported.</param>
    /// <exception cref="ArgumentException"><paramref name="tier"/> or <paramref name="weightBasis"/> is not defined.</exception>
    public SizeTierLimits(SizeTier tier, SizeTierWeightBasis weightBasis)
    {
        if (!Enum.IsDefined(tier))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(tier), nameof(SizeTier)), nameof(tier));
        }

        if (!Enum.IsDefined(weightBasis))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(weightBasis), nameof(SizeTierWeightBasis)), nameof(weightBasis));
        }

        Tier = tier;
        WeightBasis = weightBasis;
    }

    /// <summary>The tier these limits define.</summary>
    public SizeTier Tier { get; }

    /// <summary>Which weight is compared with <see cref="MaxWeight"/> and reported as the shipping weight.</summary>
    public SizeTierWeightBasis WeightBasis { get; }

    /// <summary>The largest weight (inclusive), in pounds; null (the default) for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not positive or is out of range.</exception>
    public Mass? MaxWeight
    {
        get => _maxPounds is { } pounds ? Mass.FromPounds((double)pounds) : null;
        init
        {
            if (value is { } weight)
            {
                ExactQuantities.Kilograms(weight, nameof(MaxWeight), allowZero: false);
                _maxPounds = ExactQuantities.Pounds(weight, nameof(MaxWeight));
            }
            else
            {
                _maxPounds = null;
            }
        }
    }

    /// <summary>The largest longest side (inclusive), in inches; null (the default) for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is not positive or is out of range.</exception>
    public Length? MaxLongestSide { get => Inches(_maxLongest); init => _maxLongest = Side(value, nameof(MaxLongestSide)); }

    /// <summary>The largest median side (inclusive), in inches; null (the default) for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is not positive or is out of range.</exception>
    public Length? MaxMedianSide { get => Inches(_maxMedian); init => _maxMedian = Side(value, nameof(MaxMedianSide)); }

    /// <summary>The largest shortest side (inclusive), in inches; null (the default) for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is not positive or is out of range.</exception>
    public Length? MaxShortestSide { get => Inches(_maxShortest); init => _maxShortest = Side(value, nameof(MaxShortestSide)); }

    /// <summary>The largest length + girth (inclusive), in inches; null (the default) for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is not positive or is out of range.</exception>
    public Length? MaxLengthPlusGirth { get => Inches(_maxLengthPlusGirth); init => _maxLengthPlusGirth = Side(value, nameof(MaxLengthPlusGirth)); }

    /// <summary>
    /// The least median and shortest side assumed when the dimensional weight is computed, in inches; null (the
    /// default) for the actual sides.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is not positive or is out of range.</exception>
    public Length? MinimumSideForDimensionalWeight { get => Inches(_minimumSide); init => _minimumSide = Side(value, nameof(MinimumSideForDimensionalWeight)); }

    /// <summary>
    /// The weight bands inside the tier, from the lightest, with strictly increasing maximum weights and the last one
    /// open; empty (the default) when the tier has none.
    /// </summary>
    /// <exception cref="ArgumentNullException">The list or a band is null.</exception>
    /// <exception cref="ArgumentException">The bands are not increasing, or the last one is not open.</exception>
    public IReadOnlyList<SizeTierBand> Bands
    {
        get => _bands;
        init
        {
            var bandList = Guard.NotNull(value, nameof(Bands)).ToArray();
            decimal? previous = null;
            for (var i = 0; i < bandList.Length; i++)
            {
                var band = Guard.NotNull(bandList[i], nameof(Bands));
                var isLast = i == bandList.Length - 1;
                var ok = isLast
                    ? band.MaxPounds is null
                    : band.MaxPounds is { } max && (previous is not { } before || max > before);
                if (!ok)
                {
                    throw Guard.Refused(Guard.Format(ErrorMessages.SizeTierBandsOutOfOrder, nameof(Bands), band.Name), nameof(Bands));
                }

                previous = band.MaxPounds;
            }

            _bands = bandList;
        }
    }

    /// <summary>Whether the tier has no limit at all, so that every item fits it.</summary>
    public bool IsCatchAll =>
        MaxPounds is null && MaxLongestMillimetres is null && MaxMedianMillimetres is null
        && MaxShortestMillimetres is null && MaxLengthPlusGirthMillimetres is null;

    internal decimal? MaxPounds => _maxPounds;

    internal decimal? MaxLongestMillimetres => _maxLongest;

    internal decimal? MaxMedianMillimetres => _maxMedian;

    internal decimal? MaxShortestMillimetres => _maxShortest;

    internal decimal? MaxLengthPlusGirthMillimetres => _maxLengthPlusGirth;

    internal decimal? MinimumSideMillimetres => _minimumSide;

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
