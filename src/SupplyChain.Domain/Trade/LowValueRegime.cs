using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
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
public sealed class LowValueRegime : IEffectiveDated
{
    /// <summary>
    /// Creates a regime in force from <paramref name="validFrom"/>, open-ended, without suspensions or excluded goods,
    /// with a value equal to the threshold qualifying; its readable <see cref="Name"/> is required by name, and the rest
    /// is set by name (<see cref="ValidUntil"/>, <see cref="Suspensions"/>, <see cref="ExcludedHsPrefixes"/>,
    /// <see cref="ThresholdInclusive"/>).
    /// </summary>
    /// <param name="id">A stable identifier, e.g. "us-section-321".</param>
    /// <param name="importingCountries">The countries whose imports the regime covers; at least one.</param>
    /// <param name="threshold">The highest consignment value that qualifies (or the first that does not, see <see cref="ThresholdInclusive"/>).</param>
    /// <param name="validFrom">The first day the regime applies (inclusive).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null, or <paramref name="importingCountries"/> contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="importingCountries"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative.</exception>
    public LowValueRegime(string id, IEnumerable<CountryCode> importingCountries, Money threshold, LocalDate validFrom)
    {
        Id = Guard.NotBlank(id);
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

        ImportingCountries = countries.Distinct().ToArray();
        Threshold = threshold;
        ValidFrom = Validity.Iso(validFrom);
    }

    /// <summary>A stable identifier.</summary>
    public string Id { get; }

    /// <summary>A readable name with the legal basis; required, not blank.</summary>
    /// <exception cref="ArgumentNullException">The name is null.</exception>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public required string Name { get; init => field = Guard.NotBlank(value, nameof(Name)); }

    /// <summary>The countries whose imports the regime covers.</summary>
    public IReadOnlyList<CountryCode> ImportingCountries { get; }

    /// <summary>The value threshold of a consignment.</summary>
    public Money Threshold { get; }

    /// <summary>Whether a value equal to <see cref="Threshold"/> qualifies; true (the default, "not exceeding") or false.</summary>
    public bool ThresholdInclusive { get; init; } = true;

    /// <summary>The first day the regime applies (inclusive, as an ISO date).</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day it applies (inclusive), or null (the default) while in force; not before <see cref="ValidFrom"/>.</summary>
    /// <exception cref="ArgumentException">The date is before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidUntil
    {
        get;
        init => field = Validity.Until(ValidFrom, value, nameof(ValidUntil));
    }

    /// <summary>Periods in which the regime does not apply, for some or all origins; none by default.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    public IReadOnlyList<LowValueSuspension> Suspensions
    {
        get;
        init => field = [.. Guard.CopyItems(value, requireOne: false, nameof(Suspensions))];
    } = [];

    /// <summary>HS code prefixes (2 to 10 digits: chapter, heading, ...) of goods the relief never covers; none by default.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    /// <exception cref="ArgumentException">A prefix is not 2 to 10 ASCII digits.</exception>
    public IReadOnlyList<string> ExcludedHsPrefixes
    {
        get;
        init
        {
            var prefixes = Guard.CopyItems(value, requireOne: false, nameof(ExcludedHsPrefixes));
            foreach (var prefix in prefixes)
            {
                if (prefix.Length is < 2 or > 10 || !prefix.All(char.IsAsciiDigit))
                {
                    throw Guard.Refused(Guard.Format(ErrorMessages.ExcludedHsPrefixInvalid, prefix), nameof(ExcludedHsPrefixes));
                }
            }

            field = [.. prefixes];
        }
    } = [];

    /// <summary>
    /// The customs duty charged, instead of a relief, per distinct 6-digit HS subheading among the lines of a
    /// qualifying consignment (the EU's interim flat duty from 2026-07-01); null (the default) for a duty relief. In the
    /// currency of <see cref="Threshold"/>, not negative.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="ArgumentException">The amount is not in the currency of <see cref="Threshold"/>.</exception>
    public Money? FlatDutyPerSubheading
    {
        get;
        init
        {
            if (value is not null && value.IsNegative)
            {
                throw Guard.OutOfRange(value, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(FlatDutyPerSubheading), value), nameof(FlatDutyPerSubheading));
            }

            if (value is not null && value.Currency != Threshold.Currency)
            {
                throw Guard.Refused(Guard.Format(ErrorMessages.FlatDutyCurrency, value, Threshold), nameof(FlatDutyPerSubheading));
            }

            field = value;
        }
    }

    /// <summary>
    /// Whether only consignments declared under the EU Import One-Stop Shop (IOSS) qualify; false (the default). A
    /// consignment not under IOSS gets the normal measures (<see cref="DutyFreeReason.NotUnderIoss"/>).
    /// </summary>
    public bool RequiresIoss { get; init; }

    /// <inheritdoc/>
    public bool IsInForce(LocalDate day) => Validity.Covers(ValidFrom, ValidUntil, day);

    /// <summary>Whether the regime covers imports into <paramref name="destination"/> on <paramref name="date"/> (suspensions aside).</summary>
    /// <param name="destination">The importing country.</param>
    /// <param name="date">The date of entry.</param>
    /// <returns>Whether <paramref name="destination"/> is one of <see cref="ImportingCountries"/> and the regime <see cref="IsInForce(LocalDate)"/> on the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public bool Covers(CountryCode destination, LocalDate date)
    {
        Guard.NotNull(destination);
        return ImportingCountries.Contains(destination) && IsInForce(date);
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
