using System.Globalization;
using NodaTime;

namespace SupplyChain.Domain.Monetary;

/// <summary>
/// An amount converted into another currency by <see cref="ExchangeRateTable.Convert"/>: the amount given, the
/// result, and the rate, route and date it was converted with, so that a report can say how each figure was obtained.
/// </summary>
/// <remarks>A conversion is a result that records how it was made: conversions compare by reference.</remarks>
public sealed class CurrencyConversion
{
    internal CurrencyConversion(Money original, Money converted, ConversionRate conversionRate, LocalDate date, MidpointRounding midpoint)
    {
        Original = original;
        Converted = converted;
        ConversionRate = conversionRate;
        Date = date;
        Midpoint = midpoint;
    }

    /// <summary>The amount given, unchanged (not rounded).</summary>
    public Money Original { get; }

    /// <summary>The result, rounded once to the minor unit of the target currency.</summary>
    public Money Converted { get; }

    /// <summary>The rate used: its value, route, date and the table's rates it comes from.</summary>
    public ConversionRate ConversionRate { get; }

    /// <summary>The day the conversion was asked for (as an ISO date); the rate may be older (<see cref="ConversionRate.RateDate"/>).</summary>
    public LocalDate Date { get; }

    /// <summary>The midpoint rule the result was rounded with.</summary>
    public MidpointRounding Midpoint { get; }

    /// <summary>The conversion in one line, invariant culture: "2500.00 EUR → 2702.75 USD at 1.0811 (direct, 2024-03-28)".</summary>
    /// <returns>The amounts, the rate, the route and the rate's date.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} → {1} at {2} ({3})", Original, Converted, ConversionRate.Rate, ConversionRate.RouteAndDate);
}
