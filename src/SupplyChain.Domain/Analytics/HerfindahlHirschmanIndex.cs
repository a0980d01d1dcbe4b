using System.Globalization;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// The Herfindahl–Hirschman index of concentration: the sum of the squared shares in percent, from near 0 (many tiny
/// shares) to 10,000 (one holds everything), with its band from the 2023 US Merger Guidelines.
/// </summary>
/// <remarks>
/// <para>
/// Bands (<see cref="ConcentrationBand"/>): below 1,000 unconcentrated; 1,000 to 1,800 inclusive moderately
/// concentrated; above 1,800 highly concentrated. Used for a seller's spend concentration by manufacturer and for
/// the <c>hhi</c> KPI.
/// </para>
/// <para>
/// Computed in <see cref="decimal"/>, so shares such as 12.5 % give exact results (12.5² = 156.25). Equality and
/// ordering compare <see cref="Value"/>. The default value is 0 (unconcentrated).
/// </para>
/// </remarks>
public readonly record struct HerfindahlHirschmanIndex : IComparable<HerfindahlHirschmanIndex>
{
    /// <summary>The largest possible index: one share of 100 %.</summary>
    public const decimal Maximum = 10_000m;

    /// <summary>Wraps an index value.</summary>
    /// <param name="value">The index, 0 to 10,000.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0–10,000.</exception>
    public HerfindahlHirschmanIndex(decimal value)
    {
        if (value is < 0m or > Maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, Guard.Format(ErrorMessages.HhiOutOfRange, nameof(value), value));
        }

        Value = value;
    }

    /// <summary>The index, 0 to 10,000.</summary>
    public decimal Value { get; }

    /// <summary>The band of the 2023 US Merger Guidelines.</summary>
    public ConcentrationBand Band => BandOf(Value);

    /// <summary>The band of an index value: below 1,000, 1,000–1,800 inclusive, above 1,800.</summary>
    /// <param name="value">The index value.</param>
    public static ConcentrationBand BandOf(decimal value) => value switch
    {
        < 1_000m => ConcentrationBand.Unconcentrated,
        <= 1_800m => ConcentrationBand.ModeratelyConcentrated,
        _ => ConcentrationBand.HighlyConcentrated,
    };

    /// <summary>The index of shares given in percent: Σ share².</summary>
    /// <param name="sharesPercent">The shares in percent; none negative, adding up to 100 within 0.5 (rounded shares).</param>
    /// <exception cref="ArgumentNullException"><paramref name="sharesPercent"/> is null.</exception>
    /// <exception cref="ArgumentException">A share is negative or the shares do not add up to 100 ± 0.5.</exception>
    public static HerfindahlHirschmanIndex FromSharesPercent(IEnumerable<decimal> sharesPercent)
    {
        var shares = Guard.CopyItems(sharesPercent, requireOne: false);
        var sum = shares.Sum();
        if (shares.Any(s => s < 0m) || Math.Abs(sum - 100m) > 0.5m)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.SharesPercentMustSumTo100, nameof(sharesPercent), sum), nameof(sharesPercent));
        }

        return new HerfindahlHirschmanIndex(Math.Min(Maximum, shares.Sum(s => s * s)));
    }

    /// <summary>
    /// The index of amounts (spend, units, revenue): each amount's share of the total, in percent, squared and summed.
    /// </summary>
    /// <param name="amounts">The amounts; none negative, at least one positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentException">An amount is negative, or there is no positive amount.</exception>
    public static HerfindahlHirschmanIndex FromAmounts(IEnumerable<decimal> amounts)
    {
        var list = Guard.CopyItems(amounts, requireOne: false);
        var total = list.Sum();
        if (list.Any(a => a < 0m) || total <= 0m)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.AmountsMustBePositive, nameof(amounts)), nameof(amounts));
        }

        // Σ (100 a / T)² = 10,000 Σ a² / T²: one division, so shares such as 1/3 lose as little as possible.
        var sumOfSquares = list.Sum(a => a / total * (a / total));
        return new HerfindahlHirschmanIndex(Math.Min(Maximum, Maximum * sumOfSquares));
    }

    /// <inheritdoc/>
    public int CompareTo(HerfindahlHirschmanIndex other) => Value.CompareTo(other.Value);

    /// <summary>Whether <paramref name="left"/> is below <paramref name="right"/>.</summary>
    /// <param name="left">The left index.</param>
    /// <param name="right">The right index.</param>
    /// <returns>The comparison of the values.</returns>
    public static bool operator <(HerfindahlHirschmanIndex left, HerfindahlHirschmanIndex right) => left.Value < right.Value;

    /// <summary>Whether <paramref name="left"/> is above <paramref name="right"/>.</summary>
    /// <param name="left">The left index.</param>
    /// <param name="right">The right index.</param>
    /// <returns>The comparison of the values.</returns>
    public static bool operator >(HerfindahlHirschmanIndex left, HerfindahlHirschmanIndex right) => left.Value > right.Value;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The left index.</param>
    /// <param name="right">The right index.</param>
    /// <returns>The comparison of the values.</returns>
    public static bool operator <=(HerfindahlHirschmanIndex left, HerfindahlHirschmanIndex right) => left.Value <= right.Value;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The left index.</param>
    /// <param name="right">The right index.</param>
    /// <returns>The comparison of the values.</returns>
    public static bool operator >=(HerfindahlHirschmanIndex left, HerfindahlHirschmanIndex right) => left.Value >= right.Value;

    /// <summary>"value (band)", e.g. "2600 (HighlyConcentrated)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value} ({Band})");
}
