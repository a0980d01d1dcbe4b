using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// A low-value (de minimis) import regime as effective-dated data: which importing countries, up to what consignment
/// value goods enter free of customs duty, from and until when, with which suspensions and excluded goods.
/// </summary>
/// <remarks>
/// <para>
/// Dates are dates of entry in the importing country, both ends inclusive. The threshold is compared with the total
/// declared value of the consignment, in the threshold's currency (the caller converts; exchange rates are the
/// caller's data). With <see cref="ThresholdInclusive"/> a value equal to the threshold still qualifies ("not
/// exceeding", the wording of both built-in regimes).
/// </para>
/// <para>
/// Built-in regimes are in <see cref="LowValueRegimes"/>; callers may build their own (another country, a new
/// threshold, a new suspension) and pass them to <see cref="LowValueRegimes.Assess"/>.
/// </para>
/// <para>Regimes compare by reference; compare their ids.</para>
/// </remarks>
public sealed class LowValueRegime
{
    /// <summary>Creates a regime.</summary>
    /// <param name="id">A stable identifier, e.g. "us-section-321".</param>
    /// <param name="name">A readable name with the legal basis.</param>
    /// <param name="importingCountries">The countries whose imports the regime covers; at least one.</param>
    /// <param name="threshold">The highest consignment value that qualifies (or the first that does not, see <paramref name="thresholdInclusive"/>).</param>
    /// <param name="effectiveFrom">The first day the regime applies.</param>
    /// <param name="effectiveUntil">The last day it applies, or null while in force.</param>
    /// <param name="suspensions">Periods in which it does not apply, for some or all origins.</param>
    /// <param name="excludedHsPrefixes">HS code prefixes (2 to 10 digits: chapter, heading, ...) of goods the relief never covers.</param>
    /// <param name="thresholdInclusive">Whether a value equal to the threshold qualifies.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null, or a collection contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank, there is no importing country, <paramref name="effectiveUntil"/> is before <paramref name="effectiveFrom"/>, or a prefix is not 2 to 10 digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative.</exception>
    public LowValueRegime(
        string id,
        string name,
        IEnumerable<CountryCode> importingCountries,
        Money threshold,
        LocalDate effectiveFrom,
        LocalDate? effectiveUntil = null,
        IEnumerable<LowValueSuspension>? suspensions = null,
        IEnumerable<string>? excludedHsPrefixes = null,
        bool thresholdInclusive = true)
    {
        Id = Guard.NotBlank(id);
        Name = Guard.NotBlank(name);
        Guard.NotNull(importingCountries);
        var countries = importingCountries.ToArray();
        if (countries.Length == 0)
        {
            throw new ArgumentException(ErrorMessages.RegimeNeedsCountries, nameof(importingCountries));
        }

        foreach (var country in countries)
        {
            Guard.NotNull(country, nameof(importingCountries));
        }

        Guard.NotNull(threshold);
        if (threshold.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(threshold), threshold));
        }

        if (effectiveUntil is { } last && last < effectiveFrom)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.EndsBeforeItStarts, nameof(effectiveUntil), last, nameof(effectiveFrom), effectiveFrom), nameof(effectiveUntil));
        }

        var suspensionList = suspensions?.ToArray() ?? [];
        foreach (var suspension in suspensionList)
        {
            Guard.NotNull(suspension, nameof(suspensions));
        }

        var prefixes = excludedHsPrefixes?.ToArray() ?? [];
        foreach (var prefix in prefixes)
        {
            Guard.NotNull(prefix, nameof(excludedHsPrefixes));
            if (prefix.Length is < 2 or > 10 || !prefix.All(char.IsAsciiDigit))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.ExcludedHsPrefixInvalid, prefix), nameof(excludedHsPrefixes));
            }
        }

        ImportingCountries = countries.Distinct().ToArray();
        Threshold = threshold;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        Suspensions = suspensionList;
        ExcludedHsPrefixes = prefixes;
        ThresholdInclusive = thresholdInclusive;
    }

    /// <summary>A stable identifier.</summary>
    public string Id { get; }

    /// <summary>A readable name with the legal basis.</summary>
    public string Name { get; }

    /// <summary>The countries whose imports the regime covers.</summary>
    public IReadOnlyList<CountryCode> ImportingCountries { get; }

    /// <summary>The value threshold of a consignment.</summary>
    public Money Threshold { get; }

    /// <summary>Whether a value equal to <see cref="Threshold"/> qualifies.</summary>
    public bool ThresholdInclusive { get; }

    /// <summary>The first day the regime applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last day it applies, or null while in force.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Periods in which the regime does not apply, for some or all origins.</summary>
    public IReadOnlyList<LowValueSuspension> Suspensions { get; }

    /// <summary>HS code prefixes of goods the relief never covers.</summary>
    public IReadOnlyList<string> ExcludedHsPrefixes { get; }

    /// <summary>Whether the regime covers imports into <paramref name="destination"/> on <paramref name="date"/> (suspensions aside).</summary>
    /// <param name="destination">The importing country.</param>
    /// <param name="date">The date of entry.</param>
    /// <returns>Whether the regime is in force there and then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public bool IsInForce(CountryCode destination, LocalDate date)
    {
        Guard.NotNull(destination);
        return ImportingCountries.Contains(destination) && date >= EffectiveFrom && (EffectiveUntil is null || date <= EffectiveUntil.Value);
    }

    /// <summary>Whether goods of <paramref name="hsCode"/> are excluded from the relief.</summary>
    /// <param name="hsCode">The goods' classification.</param>
    /// <returns>Whether the code starts with one of <see cref="ExcludedHsPrefixes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hsCode"/> is null.</exception>
    public bool Excludes(HsCode hsCode)
    {
        Guard.NotNull(hsCode);
        return ExcludedHsPrefixes.Any(p => hsCode.Digits.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>The identifier.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
