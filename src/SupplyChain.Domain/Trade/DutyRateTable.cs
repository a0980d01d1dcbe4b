using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// The caller's <see cref="DutyRate"/>s; the rate for a product on a day is the one with the longest HS prefix of its
/// code for the destination, among the rates in force on that day (and of that prefix, the latest to start).
/// </summary>
/// <remarks>Tables compare by reference; compare their entries to compare two tables.</remarks>
public sealed class DutyRateTable
{
    private readonly EffectiveDatedSet<(CountryCode Destination, string HsPrefix), DutyRate> _rates;

    /// <summary>Creates the table.</summary>
    /// <param name="rates">The rates; no two for the same destination and prefix starting on the same day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null or contains null.</exception>
    /// <exception cref="ArgumentException">Two rates of one destination and prefix start on the same day.</exception>
    public DutyRateTable(IEnumerable<DutyRate> rates)
    {
        _rates = new EffectiveDatedSet<(CountryCode, string), DutyRate>(rates, r => (r.Destination, r.HsPrefix), "duty rate", "destination and HS prefix", nameof(rates), null);
    }

    /// <summary>The rates, in the order given.</summary>
    public IReadOnlyList<DutyRate> All => _rates.Items;

    /// <summary>The rate in force on <paramref name="date"/> for goods of an HS code entering a country.</summary>
    /// <param name="hsCode">The goods' HS code.</param>
    /// <param name="destination">The importing country.</param>
    /// <param name="date">The day the goods are imported (a request's date); any calendar (compared as an ISO date).</param>
    /// <returns>
    /// Among the destination's rates whose prefix begins the code's digits and that are in force on
    /// <paramref name="date"/> (<see cref="DutyRate.IsInForce(LocalDate)"/>): the one with the longest prefix, and of
    /// that prefix the one that started last. A longer prefix that is not (or no longer) in force does not hide a
    /// shorter one that is.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="hsCode"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="DomainRuleException">No rate covering the code and country is in force on <paramref name="date"/> (rule <see cref="DomainRules.TradeDutyRateKnown"/>).</exception>
    public DutyRate For(HsCode hsCode, CountryCode destination, LocalDate date)
    {
        Guard.NotNull(hsCode);
        Guard.NotNull(destination);
        var digits = hsCode.Digits;
        for (var length = Math.Min(digits.Length, 10); length >= 2; length--)
        {
            if (_rates.TryGetInForce((destination, digits[..length]), date, out var rate))
            {
                return rate;
            }
        }

        var covering = _rates.Items.Where(r => ReferenceEquals(r.Destination, destination) && digits.StartsWith(r.HsPrefix, StringComparison.Ordinal)).ToArray();
        var day = InvariantText.Iso(Validity.Iso(date));
        throw new DomainRuleException(
            DomainRules.TradeDutyRateKnown,
            covering.Length == 0
                ? Guard.Format(ErrorMessages.NoDutyRate, hsCode, destination)
                : covering.Min(r => r.ValidFrom) is var earliest && earliest > Validity.Iso(date)
                    ? Guard.Format(ErrorMessages.NoDutyRateInForce, hsCode, destination, day, InvariantText.Iso(earliest))
                    : Guard.Format(ErrorMessages.NoDutyRateInForceAnyMore, hsCode, destination, day));
    }

    /// <summary>The number of rates.</summary>
    /// <returns>E.g. "3 duty rates".</returns>
    public override string ToString() => $"{_rates.Count} duty rates";
}
