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
    private readonly DutyRate[] _rates;

    /// <summary>Creates the table.</summary>
    /// <param name="rates">The rates; no two for the same destination, prefix and start date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rates"/> contains null or repeats a destination, prefix and start date.</exception>
    public DutyRateTable(IEnumerable<DutyRate> rates)
    {
        var copy = Guard.CopyItems(rates, requireOne: false);
        Guard.Distinct(copy, r => r.Destination.Alpha2 + " " + r.HsPrefix + (r.ValidFrom == LocalDate.MinIsoValue ? string.Empty : " from " + InvariantText.Iso(r.ValidFrom)), nameof(rates));
        _rates = [.. copy];
    }

    /// <summary>The rates, in the order given.</summary>
    public IReadOnlyList<DutyRate> All => _rates;

    /// <summary>The rate in force on <paramref name="date"/> for goods of an HS code entering a country.</summary>
    /// <param name="hsCode">The goods' HS code.</param>
    /// <param name="destination">The importing country.</param>
    /// <param name="date">The day the goods are imported (a request's date); any calendar (compared as an ISO date).</param>
    /// <returns>
    /// Among the destination's rates whose prefix begins the code's digits and that are in force on
    /// <paramref name="date"/> (<see cref="DutyRate.ValidFrom"/> on or before it): the one with the longest prefix, and
    /// of that prefix the one with the latest start. A longer prefix that is not yet in force does not hide a shorter
    /// one that is.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="hsCode"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// No rate covers the code and country, or none that covers them is in force yet on <paramref name="date"/> (rule
    /// <see cref="DomainRules.TradeDutyRateKnown"/>).
    /// </exception>
    public DutyRate For(HsCode hsCode, CountryCode destination, LocalDate date)
    {
        Guard.NotNull(hsCode);
        Guard.NotNull(destination);
        var day = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        var digits = hsCode.Digits;
        DutyRate? best = null;
        DutyRate? earliest = null;
        foreach (var rate in _rates)
        {
            if (!ReferenceEquals(rate.Destination, destination) || !digits.StartsWith(rate.HsPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (earliest is null || rate.ValidFrom < earliest.ValidFrom)
            {
                earliest = rate;
            }

            if (rate.ValidFrom > day)
            {
                continue;
            }

            if (best is null
                || rate.HsPrefix.Length > best.HsPrefix.Length
                || (rate.HsPrefix.Length == best.HsPrefix.Length && rate.ValidFrom > best.ValidFrom))
            {
                best = rate;
            }
        }

        return best
            ?? throw new DomainRuleException(
                DomainRules.TradeDutyRateKnown,
                earliest is null
                    ? Guard.Format(ErrorMessages.NoDutyRate, hsCode, destination)
                    : Guard.Format(ErrorMessages.NoDutyRateInForce, hsCode, destination, InvariantText.Iso(day), InvariantText.Iso(earliest.ValidFrom)));
    }

    /// <summary>The number of rates.</summary>
    public override string ToString() => $"{_rates.Length} duty rates";
}
