using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SupplyChain.Domain.Demand;

/// <summary>One day of a product's sales: the units sold, and whether the day was a stock-out day or a promotion day.</summary>
/// <remarks>
/// <para>
/// A <em>stock-out</em> day is a day on which the product was unavailable for all or part of the day, so its sales
/// understate demand (censored demand); velocity and forecasts leave such days out. A <em>promotion</em> day had a
/// deal, coupon or advertising push that lifted sales; velocity leaves it out on request. A day may be both.
/// </para>
/// <para>
/// The flags are set by name, <c>new DailySales(date, 0) { IsStockOut = true }</c>, so that the two cannot be swapped.
/// The default value is 1 January of year 1 with 0 units and no flags. Equality compares all four values.
/// </para>
/// </remarks>
public readonly record struct DailySales
{
    /// <summary>Creates a day of sales with no flags; set them by name (<see cref="IsStockOut"/>, <see cref="IsPromotion"/>).</summary>
    /// <param name="date">The day.</param>
    /// <param name="units">Units sold that day; not negative (returns are not netted here).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative.</exception>
    public DailySales(LocalDate date, int units)
    {
        Date = date;
        Units = Guard.NotNegative(units);
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>Units sold.</summary>
    public int Units { get; }

    /// <summary>The product was out of stock for all or part of the day; false by default.</summary>
    public bool IsStockOut { get; init; }

    /// <summary>The day had a promotion; false by default.</summary>
    public bool IsPromotion { get; init; }

    /// <summary>The day in the invariant culture, e.g. "2025-03-03: 5 units (stock-out, promotion)".</summary>
    public override string ToString()
    {
        var flags = (IsStockOut, IsPromotion) switch
        {
            (true, true) => " (stock-out, promotion)",
            (true, false) => " (stock-out)",
            (false, true) => " (promotion)",
            _ => "",
        };
        return LocalDatePattern.Iso.Format(Date) + ": " + Units.ToString(CultureInfo.InvariantCulture) + " units" + flags;
    }
}
