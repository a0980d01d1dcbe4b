using NodaTime;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Procurement;

/// <summary>Units of one booking made on one working day (its reserved and pool units added together).</summary>
/// <remarks>Equality compares the date and the units. The default value (0 units on 1 January of year 1) never appears in a promise.</remarks>
public readonly record struct ProductionDay
{
    /// <summary>Creates a day of production.</summary>
    /// <param name="date">The working day (as an ISO date).</param>
    /// <param name="units">Units made that day; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is less than 1.</exception>
    public ProductionDay(LocalDate date, int units)
    {
        Date = Validity.Iso(date);
        Units = Guard.Positive(units);
    }

    /// <summary>The working day.</summary>
    public LocalDate Date { get; }

    /// <summary>Units made that day.</summary>
    public int Units { get; }

    /// <summary>"2026-03-04: 500".</summary>
    public override string ToString() => Guard.Format("{0}: {1}", InvariantText.Iso(Date), Units);
}
