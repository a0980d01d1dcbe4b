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
/// A rate is in force from <see cref="ValidFrom"/> (inclusive) until a rate of the same destination and prefix with a
/// later start replaces it (see <see cref="DutyRateTable.For(HsCode, CountryCode, LocalDate)"/>). A rate created
/// without a start date has <see cref="ValidFrom"/> = <see cref="LocalDate.MinIsoValue"/>, which means "in force on
/// every date".
/// </para>
/// <para>Rates compare by reference; a table refuses two rates with the same key and start date.</para>
/// </remarks>
public sealed class DutyRate
{
    /// <summary>Creates a rate that is in force on every date (<see cref="ValidFrom"/> = <see cref="LocalDate.MinIsoValue"/>).</summary>
    /// <param name="destination">The importing country.</param>
    /// <param name="hsPrefix">The HS code prefix covered (2 to 10 digits, e.g. "8517" or "851762"); the longest matching prefix wins.</param>
    /// <param name="dutyRate">The customs duty as a fraction of the customs value; 0 to 10.</param>
    /// <param name="importTaxRate">The import tax (VAT, GST) as a fraction of the customs value plus duty; 0 to 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="hsPrefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hsPrefix"/> is not 2 to 10 ASCII digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate is out of range.</exception>
    public DutyRate(CountryCode destination, string hsPrefix, decimal dutyRate, decimal importTaxRate)
        : this(destination, hsPrefix, dutyRate, importTaxRate, LocalDate.MinIsoValue)
    {
    }

    /// <summary>Creates a rate that is in force from <paramref name="validFrom"/>.</summary>
    /// <param name="destination">The importing country.</param>
    /// <param name="hsPrefix">The HS code prefix covered (2 to 10 digits, e.g. "8517" or "851762"); the longest matching prefix wins.</param>
    /// <param name="dutyRate">The customs duty as a fraction of the customs value; 0 to 10.</param>
    /// <param name="importTaxRate">The import tax (VAT, GST) as a fraction of the customs value plus duty; 0 to 1.</param>
    /// <param name="validFrom">
    /// The first day the rate is in force (inclusive), in the ISO calendar; <see cref="LocalDate.MinIsoValue"/> means
    /// "always".
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="hsPrefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hsPrefix"/> is not 2 to 10 ASCII digits, or <paramref name="validFrom"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate is out of range.</exception>
    public DutyRate(CountryCode destination, string hsPrefix, decimal dutyRate, decimal importTaxRate, LocalDate validFrom)
    {
        Destination = Guard.NotNull(destination);
        Guard.NotNull(hsPrefix);
        if (hsPrefix.Length is < 2 or > 10 || !hsPrefix.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.ExcludedHsPrefixInvalid, hsPrefix), nameof(hsPrefix));
        }

        if (validFrom.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.DutyRateNotIso, nameof(validFrom), validFrom.Calendar.Id), nameof(validFrom));
        }

        HsPrefix = hsPrefix;
        ValidFrom = validFrom;
        Duty = Rate(dutyRate, 10m, nameof(dutyRate));
        ImportTax = Rate(importTaxRate, 1m, nameof(importTaxRate));
    }

    /// <summary>The importing country.</summary>
    public CountryCode Destination { get; }

    /// <summary>The HS code prefix covered.</summary>
    public string HsPrefix { get; }

    /// <summary>
    /// The first day the rate is in force (inclusive, ISO calendar); <see cref="LocalDate.MinIsoValue"/> when the rate
    /// was created without a start date ("always").
    /// </summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The customs duty as a fraction of the customs value.</summary>
    public decimal Duty { get; }

    /// <summary>The import tax as a fraction of the customs value plus duty.</summary>
    public decimal ImportTax { get; }

    /// <summary>
    /// The rate in one line, e.g. "US 8517: duty 25 %, import tax 0 %", followed by " from 2019-05-10" when the rate
    /// has a start date.
    /// </summary>
    public override string ToString()
    {
        var text = string.Format(CultureInfo.InvariantCulture, "{0} {1}: duty {2:0.##} %, import tax {3:0.##} %", Destination, HsPrefix, Duty * 100m, ImportTax * 100m);
        return ValidFrom == LocalDate.MinIsoValue ? text : text + " from " + InvariantText.Iso(ValidFrom);
    }

    private static decimal Rate(decimal value, decimal max, string paramName) =>
        value >= 0m && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Guard.Format(ErrorMessages.MustBeInRange, paramName, 0, max, value));
}
