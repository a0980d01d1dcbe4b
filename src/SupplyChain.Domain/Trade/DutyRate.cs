using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// The caller's duty and import-tax rates for goods of an HS code prefix entering one destination country.
/// </summary>
/// <remarks>
/// <para>
/// The library carries no tariff: rates are the caller's data (from the destination's tariff schedule for the
/// product's classification and origin). Both rates are ad valorem fractions (0.25 = 25 %).
/// </para>
/// <para>
/// A rate is effective-dated data (<see cref="IEffectiveDated"/>): in force from <see cref="ValidFrom"/> to
/// <see cref="ValidUntil"/>, both inclusive, and within a <see cref="DutyRateTable"/> until a rate of the same
/// destination and prefix with a later start replaces it (see
/// <see cref="DutyRateTable.For(HsCode, CountryCode, LocalDate)"/>). A rate without a start date has
/// <see cref="ValidFrom"/> = <see cref="LocalDate.MinIsoValue"/>, which means "in force since ever".
/// </para>
/// <para>Rates compare by reference; a table refuses two rates with the same key and start date.</para>
/// </remarks>
public sealed class DutyRate : IEffectiveDated
{
    /// <summary>
    /// Creates a rate with no import tax, in force since ever; an import tax and a validity are set by name
    /// (<see cref="ImportTax"/>, <see cref="ValidFrom"/>, <see cref="ValidUntil"/>).
    /// </summary>
    /// <param name="destination">The importing country.</param>
    /// <param name="hsPrefix">The HS code prefix covered (2 to 10 digits, e.g. "8517" or "851762"); the longest matching prefix wins.</param>
    /// <param name="dutyRate">The customs duty as a fraction of the customs value; 0 to 10.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="hsPrefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hsPrefix"/> is not 2 to 10 ASCII digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dutyRate"/> is not between 0 and 10.</exception>
    public DutyRate(CountryCode destination, string hsPrefix, decimal dutyRate)
    {
        Destination = Guard.NotNull(destination);
        Guard.NotNull(hsPrefix);
        if (hsPrefix.Length is < 2 or > 10 || !hsPrefix.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.ExcludedHsPrefixInvalid, hsPrefix), nameof(hsPrefix));
        }

        HsPrefix = hsPrefix;
        Duty = Rate(dutyRate, 10m, nameof(dutyRate));
    }

    /// <summary>The importing country.</summary>
    public CountryCode Destination { get; }

    /// <summary>The HS code prefix covered.</summary>
    public string HsPrefix { get; }

    /// <summary>
    /// The first day the rate is in force (inclusive, as an ISO date: a date of another calendar is converted);
    /// <see cref="LocalDate.MinIsoValue"/> (the default) when it has no start date ("since ever").
    /// </summary>
    /// <exception cref="ArgumentException">The date is after <see cref="ValidUntil"/>.</exception>
    public LocalDate ValidFrom
    {
        get;
        init => field = Validity.From(value, ValidUntil, nameof(ValidFrom));
    } = LocalDate.MinIsoValue;

    /// <summary>The last day the rate is in force (inclusive), or null (the default) when open-ended.</summary>
    /// <exception cref="ArgumentException">The date is before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidUntil
    {
        get;
        init => field = Validity.Until(ValidFrom, value, nameof(ValidUntil));
    }

    /// <inheritdoc/>
    public bool IsInForce(LocalDate day) => Validity.Covers(ValidFrom, ValidUntil, day);

    /// <summary>The customs duty as a fraction of the customs value.</summary>
    public decimal Duty { get; }

    /// <summary>The import tax (VAT, GST) as a fraction of the customs value plus duty; 0 (the default) to 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not between 0 and 1.</exception>
    public decimal ImportTax { get; init => field = Rate(value, 1m, nameof(ImportTax)); }

    /// <summary>
    /// The rate in one line, e.g. "US 8517: duty 25 %, import tax 0 %", followed by its validity (" from 2019-05-10",
    /// " from 2019-05-10 to 2020-12-31") when it has dates.
    /// </summary>
    public override string ToString()
    {
        var text = string.Format(CultureInfo.InvariantCulture, "{0} {1}: duty {2:0.##} %, import tax {3:0.##} %", Destination, HsPrefix, Duty * 100m, ImportTax * 100m);
        return ValidFrom == LocalDate.MinIsoValue && ValidUntil is null ? text : text + " " + Validity.Text(ValidFrom, ValidUntil);
    }

    private static decimal Rate(decimal value, decimal max, string paramName) =>
        value >= 0m && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Guard.Format(ErrorMessages.MustBeInRange, paramName, 0, max, value));
}
