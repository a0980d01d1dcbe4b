using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// The caller's import VAT rate of one EU member state, as effective-dated data: the standard (or reduced) rate the
/// member state charges on imported goods of the caller's products, in percent of the customs value plus duty.
/// </summary>
/// <remarks>
/// <para>
/// The library carries no VAT rates: they are the caller's data, held by a <see cref="CustomsTariff"/>
/// (<see cref="CustomsTariff.ImportVatRates"/>), from which the fulfilment modes take the rate in force for the
/// destination on the request's date (<see cref="CustomsTariff.ImportVatRateFor"/>).
/// </para>
/// <para>
/// Validity follows <see cref="IEffectiveDated"/>: from <see cref="ValidFrom"/> to <see cref="ValidUntil"/>, both
/// inclusive, and within a tariff until a rate of the same country with a later start replaces it. A rate without a
/// start date is in force since ever. Rates compare by reference; a tariff refuses two rates of one country starting on
/// the same day.
/// </para>
/// </remarks>
public sealed class ImportVatRate : IEffectiveDated
{
    /// <summary>Creates a rate in force since ever; a validity is set by name (<see cref="ValidFrom"/>, <see cref="ValidUntil"/>).</summary>
    /// <param name="country">The member state (one of <see cref="CustomsTerritory.MemberStates"/>).</param>
    /// <param name="ratePercent">The rate in percent, 0 to 100 (19 for Germany's standard rate).</param>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="country"/> is not an EU member state.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratePercent"/> is not between 0 and 100.</exception>
    public ImportVatRate(CountryCode country, decimal ratePercent)
    {
        Guard.NotNull(country);
        if (!CustomsTerritory.IsMemberState(country))
        {
            throw Guard.Refused(Guard.Format(ErrorMessages.ImportVatRateNotEu, country), nameof(country));
        }

        if (ratePercent < 0m || ratePercent > 100m)
        {
            throw Guard.OutOfRange(ratePercent, Guard.Format(ErrorMessages.MustBeInRange, nameof(ratePercent), 0, 100, ratePercent), nameof(ratePercent));
        }

        Country = country;
        RatePercent = ratePercent;
    }

    /// <summary>The member state.</summary>
    public CountryCode Country { get; }

    /// <summary>The rate in percent of the customs value plus duty.</summary>
    public decimal RatePercent { get; }

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

    /// <summary>The rate in one line, e.g. "DE import VAT 19 %", followed by its validity (" from 2007-01-01") when it has dates.</summary>
    public override string ToString()
    {
        var text = string.Format(CultureInfo.InvariantCulture, "{0} import VAT {1} %", Country, InvariantText.Number(RatePercent));
        return ValidFrom == LocalDate.MinIsoValue && ValidUntil is null ? text : text + " " + Validity.Text(ValidFrom, ValidUntil);
    }
}
