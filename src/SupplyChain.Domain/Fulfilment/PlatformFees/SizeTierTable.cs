using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// A platform warehouse's product size tier table for one marketplace, in force from <see cref="ValidFrom"/> until the
/// marketplace's next table starts: the tiers' limits, from the smallest tier to the catch-all, and the dimensional
/// weight rule.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Classify(Dimensions, Mass)"/> takes the item's sorted sides (longest, median, shortest) and returns the
/// first tier whose every limit the item meets; all limits are inclusive. The dimensional weight is the
/// <see cref="DimensionalWeightRule"/>'s volumetric weight of the sides (with the tier's minimum median and shortest
/// side, if any), computed exactly in decimal: an item exactly on a limit is inside it.
/// </para>
/// <para>
/// The dimensional weight rule is the table's own; for the platform's effective-dated divisors per marketplace see
/// <see cref="DimensionalWeightDivisors"/> (the built-in table takes the divisor in force on its start date).
/// To pick the table in force on a day, use <see cref="SizeTierTables"/>. Tables compare by reference; the built-in
/// one is a single instance.
/// </para>
/// </remarks>
public sealed class SizeTierTable : IEffectiveDated
{
    private readonly SizeTierLimits[] _tiers;

    /// <summary>Defines a table.</summary>
    /// <param name="name">A stable name, such as <c>amazon-us-2024-02-05</c>; not blank.</param>
    /// <param name="marketplace">The marketplace (country) the table is for.</param>
    /// <param name="validFrom">The first day the table is in force (inclusive).</param>
    /// <param name="dimensionalWeightRule">The rule that turns a volume into the dimensional weight (its rounding step is not used).</param>
    /// <param name="tiers">
    /// The tiers from the smallest to the largest, each tier once; every tier but the last has at least one limit and
    /// the last has none (the catch-all).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="marketplace"/>, <paramref name="dimensionalWeightRule"/>, <paramref name="tiers"/> or one tier is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="tiers"/> is empty.</exception>
    /// <exception cref="ArgumentException"><paramref name="tiers"/> is out of order or repeats a tier.</exception>
    /// <exception cref="ArgumentException"><paramref name="tiers"/> has a tier without limits before the last, or ends with a tier that has limits.</exception>
    public SizeTierTable(string name, CountryCode marketplace, LocalDate validFrom, ChargeableWeightRule dimensionalWeightRule, IEnumerable<SizeTierLimits> tiers)
    {
        Name = Guard.NotBlank(name);
        Marketplace = Guard.NotNull(marketplace);
        DimensionalWeightRule = Guard.NotNull(dimensionalWeightRule);
        Guard.NotNull(tiers);
        var list = new List<SizeTierLimits>();
        foreach (var limits in tiers)
        {
            list.Add(Guard.NotNull(limits, nameof(tiers)));
        }

        if (list.Count == 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.MustNotBeEmpty, nameof(tiers)), nameof(tiers));
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0 && list[i].Tier <= list[i - 1].Tier)
            {
                throw new ArgumentException(
                    Guard.Format(ErrorMessages.SizeTiersOutOfOrder, nameof(tiers), list[i].Tier.Name(), list[i - 1].Tier.Name()), nameof(tiers));
            }

            var isLast = i == list.Count - 1;
            if (!isLast && list[i].IsCatchAll)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.SizeTierNeedsLimit, nameof(tiers), list[i].Tier.Name()), nameof(tiers));
            }

            if (isLast && !list[i].IsCatchAll)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.SizeTierLastNotCatchAll, nameof(tiers), list[i].Tier.Name()), nameof(tiers));
            }
        }

        ValidFrom = Validity.Iso(validFrom);
        _tiers = [.. list];
    }

    /// <summary>
    /// <c>amazon-us-2024-02-05</c>: the Amazon US product size tiers in force from 2024-02-05, with dimensional weight
    /// at 139 in³ per lb: the rule of the dimensional-weight divisor in force for US on 2024-02-05 in
    /// <see cref="DimensionalWeightDivisors.BuiltIn"/> (<see cref="DimensionalWeightDivisor.AmazonUs2024"/>, whose rule
    /// is <see cref="ChargeableWeightRules.AmazonUs"/>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Source: Amazon Seller Central help "Product size tiers" (US, article 201105770) and Amazon's "2024 US FBA
    /// fulfillment fee changes" announcement, as tabulated in the reference cases' research note (huzaifa.org).
    /// </para>
    /// <list type="table">
    /// <listheader><term>tier</term><description>limits (all inclusive)</description></listheader>
    /// <item><term>small-standard</term><description>unit weight ≤ 16 oz; sides ≤ 15 × 12 × 0.75 in</description></item>
    /// <item><term>large-standard</term><description>shipping weight ≤ 20 lb; sides ≤ 18 × 14 × 8 in</description></item>
    /// <item><term>large-bulky</term><description>shipping weight ≤ 50 lb; sides ≤ 59 × 33 × 33 in; length + girth ≤ 130 in</description></item>
    /// <item><term>extra-large</term><description>everything else, in bands by shipping weight: 0 to 50 lb, 50+ to 70 lb, 70+ to 150 lb, 150+ lb</description></item>
    /// </list>
    /// <para>
    /// Shipping weight is the larger of unit weight and dimensional weight (volume / 139); for large bulky and
    /// extra-large the dimensional weight assumes a median and shortest side of at least 2 in. For the
    /// extra-large 150+ lb band Amazon uses the unit weight, so that band reports the unit weight as its shipping weight.
    /// </para>
    /// </remarks>
    public static SizeTierTable AmazonUs2024 { get; } = CreateAmazonUs2024();

    /// <summary>The stable name of the table.</summary>
    public string Name { get; }

    /// <summary>The marketplace (country) the table is for.</summary>
    public CountryCode Marketplace { get; }

    /// <summary>
    /// The first day the table is in force (inclusive, as an ISO date); in a set it stays in force until the
    /// marketplace's next table starts, or until <see cref="ValidUntil"/>.
    /// </summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day the table is in force (inclusive), or null (the default) when open-ended; not before <see cref="ValidFrom"/>.</summary>
    /// <exception cref="ArgumentException">The date is before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidUntil
    {
        get;
        init => field = Validity.Until(ValidFrom, value, nameof(ValidUntil));
    }

    /// <inheritdoc/>
    public bool IsInForce(LocalDate day) => Validity.Covers(ValidFrom, ValidUntil, day);

    /// <summary>The rule that turns a volume into the dimensional weight.</summary>
    public ChargeableWeightRule DimensionalWeightRule { get; }

    /// <summary>The tiers from the smallest to the catch-all.</summary>
    public IReadOnlyList<SizeTierLimits> Tiers => _tiers;

    /// <summary>The limits of one tier of this table.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>Its limits.</returns>
    /// <exception cref="ArgumentException">The table has no such tier.</exception>
    public SizeTierLimits LimitsOf(SizeTier tier) =>
        Array.Find(_tiers, t => t.Tier == tier)
        ?? throw new ArgumentException(Guard.Format(ErrorMessages.SizeTierNotInTable, Name, tier.Name()), nameof(tier));

    /// <summary>The size tier of a packaged item given by its three sides (in any order) and its unit weight.</summary>
    /// <param name="length">A side; positive and at most 1000 m.</param>
    /// <param name="width">A side; positive and at most 1000 m.</param>
    /// <param name="height">A side; positive and at most 1000 m.</param>
    /// <param name="unitWeight">The weight of one packaged item; not negative.</param>
    /// <returns>The tier, with the measures it was decided on.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A side is not positive or too long, or <paramref name="unitWeight"/> is negative or larger than 10⁹ kg.</exception>
    public SizeTierResult Classify(Length length, Length width, Length height, Mass unitWeight) =>
        Classify(new Dimensions(length, width, height), unitWeight);

    /// <summary>The size tier of a packaged item given by its box (sides in any order) and its unit weight.</summary>
    /// <param name="dimensions">The packaged item's sides.</param>
    /// <param name="unitWeight">The weight of one packaged item; not negative.</param>
    /// <returns>The tier, with the measures it was decided on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitWeight"/> is negative or larger than 10⁹ kg.</exception>
    public SizeTierResult Classify(Dimensions dimensions, Mass unitWeight)
    {
        Guard.NotNull(dimensions);
        var unitPounds = ExactQuantities.Pounds(unitWeight, nameof(unitWeight));
        var item = Measure(dimensions, unitPounds);

        var index = 0;
        while (FirstExceeded(_tiers[index], item) is not null)
        {
            index++;   // the last tier is a catch-all, so the loop ends inside the array
        }

        var limits = _tiers[index];
        var dimensional = DimensionalPounds(limits, item);
        var tierWeight = limits.WeightBasis == SizeTierWeightBasis.UnitWeight ? unitPounds : Math.Max(unitPounds, dimensional);
        var band = limits.Bands.FirstOrDefault(b => b.MaxPounds is not { } max || tierWeight <= max);
        var basis = band?.ShippingWeightBasis ?? limits.WeightBasis;
        var shipping = basis == SizeTierWeightBasis.UnitWeight ? unitPounds : Math.Max(unitPounds, dimensional);

        SizeTier? exceededTier = null;
        SizeTierLimit? exceededLimit = null;
        if (index > 0)
        {
            exceededTier = _tiers[index - 1].Tier;
            exceededLimit = FirstExceeded(_tiers[index - 1], item);
        }

        return new SizeTierResult(this, limits.Tier, band, item.Longest, item.Median, item.Shortest, item.LengthPlusGirth,
            unitPounds, dimensional, shipping, exceededTier, exceededLimit);
    }

    /// <summary>The table in words, with the invariant culture.</summary>
    /// <returns>For example <c>amazon-us-2024-02-05 (US from 2024-02-05): small-standard, large-standard, large-bulky, extra-large</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Name} ({Marketplace} {Validity.Text(ValidFrom, ValidUntil)}): {string.Join(", ", _tiers.Select(t => t.Tier.Name()))}");

    /// <summary>The first limit of <paramref name="limits"/> the item exceeds, in the order sides, length + girth, weight; null when it fits.</summary>
    internal SizeTierLimit? FirstExceeded(SizeTierLimits limits, in Item item)
    {
        if (limits.MaxLongestMillimetres is { } longest && item.Longest > longest)
        {
            return SizeTierLimit.LongestSide;
        }

        if (limits.MaxMedianMillimetres is { } median && item.Median > median)
        {
            return SizeTierLimit.MedianSide;
        }

        if (limits.MaxShortestMillimetres is { } shortest && item.Shortest > shortest)
        {
            return SizeTierLimit.ShortestSide;
        }

        if (limits.MaxLengthPlusGirthMillimetres is { } girth && item.LengthPlusGirth > girth)
        {
            return SizeTierLimit.LengthPlusGirth;
        }

        if (limits.MaxPounds is { } maxPounds)
        {
            var weight = limits.WeightBasis == SizeTierWeightBasis.UnitWeight
                ? item.UnitPounds
                : Math.Max(item.UnitPounds, DimensionalPounds(limits, item));
            if (weight > maxPounds)
            {
                return SizeTierLimit.Weight;
            }
        }

        return null;
    }

    private static Item Measure(Dimensions dimensions, decimal unitPounds) =>
        new(dimensions.LongestMillimetres, dimensions.MedianMillimetres, dimensions.ShortestMillimetres, dimensions.LengthPlusGirthMillimetres, unitPounds);

    private decimal DimensionalPounds(SizeTierLimits limits, in Item item)
    {
        var minimum = limits.MinimumSideMillimetres ?? 0m;
        var cubicMillimetres = item.Longest * Math.Max(item.Median, minimum) * Math.Max(item.Shortest, minimum);
        return ExactQuantities.ToPounds(DimensionalWeightRule.VolumetricExact(cubicMillimetres), DimensionalWeightRule.ResultUnit);
    }

    private static SizeTierTable CreateAmazonUs2024()
    {
        var twoInches = Length.FromInches(2);
        var us = CountryCode.Parse("US");
        var validFrom = new LocalDate(2024, 2, 5);
        return new SizeTierTable(
            "amazon-us-2024-02-05",
            us,
            validFrom,
            DimensionalWeightDivisors.BuiltIn.InForce(us, validFrom).Rule,
            [
                new SizeTierLimits(SizeTier.SmallStandard, SizeTierWeightBasis.UnitWeight)
                {
                    MaxWeight = Mass.FromOunces(16),
                    MaxLongestSide = Length.FromInches(15),
                    MaxMedianSide = Length.FromInches(12),
                    MaxShortestSide = Length.FromInches(0.75),
                },
                new SizeTierLimits(SizeTier.LargeStandard, SizeTierWeightBasis.ShippingWeight)
                {
                    MaxWeight = Mass.FromPounds(20),
                    MaxLongestSide = Length.FromInches(18),
                    MaxMedianSide = Length.FromInches(14),
                    MaxShortestSide = Length.FromInches(8),
                },
                new SizeTierLimits(SizeTier.LargeBulky, SizeTierWeightBasis.ShippingWeight)
                {
                    MaxWeight = Mass.FromPounds(50),
                    MaxLongestSide = Length.FromInches(59),
                    MaxMedianSide = Length.FromInches(33),
                    MaxShortestSide = Length.FromInches(33),
                    MaxLengthPlusGirth = Length.FromInches(130),
                    MinimumSideForDimensionalWeight = twoInches,
                },
                new SizeTierLimits(SizeTier.ExtraLarge, SizeTierWeightBasis.ShippingWeight)
                {
                    MinimumSideForDimensionalWeight = twoInches,
                    Bands =
                    [
                        new SizeTierBand("extra-large-0-to-50-lb", Mass.FromPounds(50)),
                        new SizeTierBand("extra-large-50-to-70-lb", Mass.FromPounds(70)),
                        new SizeTierBand("extra-large-70-to-150-lb", Mass.FromPounds(150)),
                        new SizeTierBand("extra-large-over-150-lb", maxWeight: null, SizeTierWeightBasis.UnitWeight),
                    ],
                },
            ]);
    }

    /// <summary>An item's measures in exact decimals: sorted sides and length + girth in millimetres, unit weight in pounds.</summary>
    internal readonly record struct Item(decimal Longest, decimal Median, decimal Shortest, decimal LengthPlusGirth, decimal UnitPounds);
}
