using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// One customs measure of the caller's tariff: a named duty (MFN, Section 301, an anti-dumping duty ...) on goods of an
/// HS code prefix and an origin entering a <see cref="CustomsTerritory"/>, ad valorem or specific, as
/// effective-dated data.
/// </summary>
/// <remarks>
/// <para>
/// The library carries no tariff: measures are the caller's data. A measure matches a declaration line when its
/// <see cref="Destination"/> includes the importing country, its <see cref="HsPrefix"/> begins the line's HS code, its
/// <see cref="Origin"/> is null (every origin) or the line's origin, and it <see cref="IsInForce(LocalDate)"/> on the
/// entry date. How matching measures combine (the longest prefix within a name, different names stacking) is stated
/// on <see cref="CustomsTariff"/>.
/// </para>
/// <para>
/// An ad-valorem measure is made with <see cref="CustomsMeasure(string, CustomsTerritory, string, decimal)"/>; a
/// specific one with <see cref="CustomsMeasure(string, CustomsTerritory, string, CustomsMeasureKind, Money)"/>. A
/// compound rate ("0.2¢ each + 3.2 %") is two measures of the same name and prefix.
/// </para>
/// <para>
/// Validity follows <see cref="IEffectiveDated"/>: from <see cref="ValidFrom"/> to <see cref="ValidUntil"/>, both
/// inclusive; a measure without a start date is in force since ever. Measures compare by reference.
/// </para>
/// </remarks>
public sealed class CustomsMeasure : IEffectiveDated
{
    /// <summary>The highest ad-valorem rate accepted: 10,000 %, above any duty ever published.</summary>
    public const decimal MaxRatePercent = 10_000m;

    /// <summary>
    /// Creates an ad-valorem measure for every origin, in force since ever; an origin and a validity are set by name
    /// (<see cref="Origin"/>, <see cref="ValidFrom"/>, <see cref="ValidUntil"/>).
    /// </summary>
    /// <param name="name">The measure's name, e.g. "MFN" or "Section 301"; measures of different names stack.</param>
    /// <param name="destination">The importing country or the European Union.</param>
    /// <param name="hsPrefix">The HS code prefix covered: 2 to 10 ASCII digits, e.g. "6109" or "9405428440".</param>
    /// <param name="ratePercent">The duty in percent of the customs value; 0 to <see cref="MaxRatePercent"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="destination"/> or <paramref name="hsPrefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="hsPrefix"/> is not 2 to 10 ASCII digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratePercent"/> is negative or above <see cref="MaxRatePercent"/>.</exception>
    public CustomsMeasure(string name, CustomsTerritory destination, string hsPrefix, decimal ratePercent)
    {
        Name = Guard.NotBlank(name);
        Destination = Guard.NotNull(destination);
        HsPrefix = Prefix(hsPrefix);
        if (ratePercent < 0m || ratePercent > MaxRatePercent)
        {
            throw new ArgumentOutOfRangeException(nameof(ratePercent), ratePercent, Guard.Format(ErrorMessages.MustBeInRange, nameof(ratePercent), 0, MaxRatePercent, ratePercent));
        }

        Kind = CustomsMeasureKind.AdValorem;
        RatePercent = ratePercent;
    }

    /// <summary>
    /// Creates a specific measure (an amount per unit or per kilogram) for every origin, in force since ever; an origin
    /// and a validity are set by name (<see cref="Origin"/>, <see cref="ValidFrom"/>, <see cref="ValidUntil"/>).
    /// </summary>
    /// <param name="name">The measure's name, e.g. "MFN" or "anti-dumping"; measures of different names stack.</param>
    /// <param name="destination">The importing country or the European Union.</param>
    /// <param name="hsPrefix">The HS code prefix covered: 2 to 10 ASCII digits.</param>
    /// <param name="kind"><see cref="CustomsMeasureKind.SpecificPerUnit"/> or <see cref="CustomsMeasureKind.SpecificPerKilogram"/>.</param>
    /// <param name="amount">The amount per unit or per kilogram; not negative. It must be in the currency of the consignments it is applied to (checked by <see cref="CustomsTariff.Assess"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="hsPrefix"/>, <paramref name="destination"/> or <paramref name="amount"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="hsPrefix"/> is not 2 to 10 ASCII digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not one of the two specific kinds.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public CustomsMeasure(string name, CustomsTerritory destination, string hsPrefix, CustomsMeasureKind kind, Money amount)
    {
        Name = Guard.NotBlank(name);
        Destination = Guard.NotNull(destination);
        HsPrefix = Prefix(hsPrefix);
        if (kind is not (CustomsMeasureKind.SpecificPerUnit or CustomsMeasureKind.SpecificPerKilogram))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, Guard.Format(ErrorMessages.SpecificMeasureKind, kind));
        }

        Guard.NotNull(amount);
        if (amount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(amount), amount));
        }

        Kind = kind;
        Amount = amount;
    }

    /// <summary>The measure's name; measures of different names stack on a line, and within a name the longest matching prefix applies.</summary>
    public string Name { get; }

    /// <summary>The HS code prefix covered (2 to 10 digits).</summary>
    public string HsPrefix { get; }

    /// <summary>The importing country or the European Union.</summary>
    public CustomsTerritory Destination { get; }

    /// <summary>The country of origin covered, or null (the default) for every origin.</summary>
    public CountryCode? Origin { get; init; }

    /// <summary>How the amount is computed.</summary>
    public CustomsMeasureKind Kind { get; }

    /// <summary>The duty in percent of the customs value for <see cref="CustomsMeasureKind.AdValorem"/>; null for a specific measure.</summary>
    public decimal? RatePercent { get; }

    /// <summary>The amount per unit or per kilogram for a specific measure; null for <see cref="CustomsMeasureKind.AdValorem"/>.</summary>
    public Money? Amount { get; }

    /// <summary>
    /// The first day in force (inclusive, as an ISO date: a date of another calendar is converted);
    /// <see cref="LocalDate.MinIsoValue"/> (the default) when in force since ever.
    /// </summary>
    /// <exception cref="ArgumentException">The date is after <see cref="ValidUntil"/>.</exception>
    public LocalDate ValidFrom
    {
        get;
        init => field = Validity.From(value, ValidUntil, nameof(ValidFrom));
    } = LocalDate.MinIsoValue;

    /// <summary>The last day in force (inclusive), or null (the default) when open-ended.</summary>
    /// <exception cref="ArgumentException">The date is before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidUntil
    {
        get;
        init => field = Validity.Until(ValidFrom, value, nameof(ValidUntil));
    }

    /// <inheritdoc/>
    public bool IsInForce(LocalDate day) => Validity.Covers(ValidFrom, ValidUntil, day);

    /// <summary>Whether the measure matches goods of <paramref name="hsCode"/> and <paramref name="origin"/> entering <paramref name="destination"/> on <paramref name="entryDate"/>.</summary>
    /// <param name="hsCode">The goods' classification.</param>
    /// <param name="origin">The goods' country of origin.</param>
    /// <param name="destination">The importing country.</param>
    /// <param name="entryDate">The date of entry (any calendar; compared as an ISO date).</param>
    /// <returns>True when the destination, the prefix, the origin and the validity all match (see the remarks of the type).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hsCode"/>, <paramref name="origin"/> or <paramref name="destination"/> is null.</exception>
    public bool Matches(HsCode hsCode, CountryCode origin, CountryCode destination, LocalDate entryDate)
    {
        Guard.NotNull(hsCode);
        Guard.NotNull(origin);
        return Destination.Includes(destination)
            && hsCode.Digits.StartsWith(HsPrefix, StringComparison.Ordinal)
            && (Origin is null || ReferenceEquals(Origin, origin))
            && IsInForce(entryDate);
    }

    /// <summary>
    /// The measure in one line, e.g. "MFN US 61091000 *: 16.5 %" or "anti-dumping EU 7318 CN: 0.45 EUR/kg", followed
    /// by its validity (" from 2020-01-01") when it has dates.
    /// </summary>
    public override string ToString()
    {
        var rate = Kind switch
        {
            CustomsMeasureKind.AdValorem => InvariantText.Number(RatePercent!.Value) + " %",
            CustomsMeasureKind.SpecificPerUnit => Amount + "/unit",
            _ => Amount + "/kg",
        };
        var text = string.Format(CultureInfo.InvariantCulture, "{0} {1} {2} {3}: {4}", Name, Destination, HsPrefix, Origin?.Alpha2 ?? "*", rate);
        return ValidFrom == LocalDate.MinIsoValue && ValidUntil is null ? text : text + " " + Validity.Text(ValidFrom, ValidUntil);
    }

    internal static string Prefix(string? hsPrefix, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(hsPrefix))] string? paramName = null)
    {
        Guard.NotNull(hsPrefix, paramName);
        return hsPrefix.Length is >= 2 and <= 10 && hsPrefix.All(char.IsAsciiDigit)
            ? hsPrefix
            : throw new ArgumentException(Guard.Format(ErrorMessages.ExcludedHsPrefixInvalid, hsPrefix), paramName);
    }
}
