using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Products;

/// <summary>
/// How long a factory takes to produce an order, in working days of the factory's calendar: a mean and a spread
/// (the standard deviation), as a supplier's lead-time statistics give them.
/// </summary>
/// <remarks>
/// Equality compares both numbers. The default value is a lead time of 0 working days with no spread.
/// </remarks>
public readonly record struct ProductionLeadTime
{
    /// <summary>Creates a lead time.</summary>
    /// <param name="meanWorkingDays">The mean, in working days; not negative.</param>
    /// <param name="spreadWorkingDays">The standard deviation, in working days; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    public ProductionLeadTime(decimal meanWorkingDays, decimal spreadWorkingDays = 0m)
    {
        MeanWorkingDays = Guard.NotNegative(meanWorkingDays);
        SpreadWorkingDays = Guard.NotNegative(spreadWorkingDays);
    }

    /// <summary>The mean, in working days.</summary>
    public decimal MeanWorkingDays { get; }

    /// <summary>The standard deviation, in working days.</summary>
    public decimal SpreadWorkingDays { get; }

    /// <summary>The working days a plan allows: the mean rounded up to a whole day.</summary>
    /// <exception cref="OverflowException">The mean is larger than <see cref="int.MaxValue"/>.</exception>
    public int PlannedWorkingDays => checked((int)decimal.Ceiling(MeanWorkingDays));

    /// <summary>
    /// The planned completion date of an order placed on <paramref name="orderPlaced"/>: <see cref="PlannedWorkingDays"/>
    /// working days after it on <paramref name="factoryCalendar"/> (the order day itself is not counted).
    /// </summary>
    /// <param name="orderPlaced">The day the order is placed.</param>
    /// <param name="factoryCalendar">The factory's working calendar.</param>
    /// <returns>The planned completion date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factoryCalendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The lead time exceeds <see cref="WorkingCalendar.MaxWorkingDays"/>.</exception>
    public LocalDate PlannedCompletion(LocalDate orderPlaced, WorkingCalendar factoryCalendar) =>
        Guard.NotNull(factoryCalendar).AddWorkingDays(orderPlaced, PlannedWorkingDays);

    /// <summary>"mean ± spread working days".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MeanWorkingDays} ± {SpreadWorkingDays} working days");
}
