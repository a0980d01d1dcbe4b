using System.Globalization;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// The caller's duty and import-tax rates for goods of an HS code prefix entering one destination country.
/// </summary>
/// <remarks>
/// The library carries no tariff: rates are the caller's data (from the destination's tariff schedule for the
/// product's classification and origin). Both rates are ad valorem fractions (0.25 = 25 %).
/// </remarks>
public sealed class DutyRate
{
    /// <summary>Creates a rate.</summary>
    /// <param name="destination">The importing country.</param>
    /// <param name="hsPrefix">The HS code prefix covered (2 to 10 digits, e.g. "8517" or "851762"); the longest matching prefix wins.</param>
    /// <param name="dutyRate">The customs duty as a fraction of the customs value; 0 to 10.</param>
    /// <param name="importTaxRate">The import tax (VAT, GST) as a fraction of the customs value plus duty; 0 to 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="hsPrefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hsPrefix"/> is not 2 to 10 ASCII digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate is out of range.</exception>
    public DutyRate(CountryCode destination, string hsPrefix, decimal dutyRate, decimal importTaxRate)
    {
        Destination = Guard.NotNull(destination);
        Guard.NotNull(hsPrefix);
        if (hsPrefix.Length is < 2 or > 10 || !hsPrefix.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.ExcludedHsPrefixInvalid, hsPrefix), nameof(hsPrefix));
        }

        HsPrefix = hsPrefix;
        Duty = Rate(dutyRate, 10m, nameof(dutyRate));
        ImportTax = Rate(importTaxRate, 1m, nameof(importTaxRate));
    }

    /// <summary>The importing country.</summary>
    public CountryCode Destination { get; }

    /// <summary>The HS code prefix covered.</summary>
    public string HsPrefix { get; }

    /// <summary>The customs duty as a fraction of the customs value.</summary>
    public decimal Duty { get; }

    /// <summary>The import tax as a fraction of the customs value plus duty.</summary>
    public decimal ImportTax { get; }

    /// <summary>The rate in one line, e.g. "US 8517: duty 25 %, import tax 0 %".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}: duty {2:0.##} %, import tax {3:0.##} %", Destination, HsPrefix, Duty * 100m, ImportTax * 100m);

    private static decimal Rate(decimal value, decimal max, string paramName) =>
        value >= 0m && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Guard.Format(ErrorMessages.MustBeInRange, paramName, 0, max, value));
}
