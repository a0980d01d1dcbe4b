using NodaTime;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>Converts amounts into a reporting currency exactly (no rounding), with an exchange-rate table's rates for one day, and remembers the rates used.</summary>
internal sealed class ReportingConverter
{
    private readonly ExchangeRateTable _rates;
    private readonly LocalDate _date;
    private readonly List<ConversionRate> _used = [];

    internal ReportingConverter(ExchangeRateTable rates, Currency to, LocalDate date)
    {
        _rates = rates;
        To = to;
        _date = date;
    }

    internal Currency To { get; }

    /// <summary>The rates used so far, one per currency converted from, in first-use order; none for amounts already in <see cref="To"/>.</summary>
    internal IReadOnlyList<ConversionRate> Used => _used;

    internal Money Exact(Money amount)
    {
        var rate = _rates.Find(amount.Currency, To, _date);
        if (rate.Route != ConversionRoute.Identity && !_used.Exists(r => r.From == rate.From))
        {
            _used.Add(rate);
        }

        return rate.Exact(amount);
    }
}
