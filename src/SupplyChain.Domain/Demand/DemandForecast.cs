using System.Globalization;

namespace SupplyChain.Domain.Demand;

/// <summary>
/// What an <see cref="IDemandForecast"/> expects of demand per day: a mean and a standard deviation (the spread that
/// safety stock and replenishment policies use).
/// </summary>
/// <remarks>
/// <para>
/// Both are per day when the forecast is made from a <see cref="SalesHistory"/>, and per period when a built-in is
/// given a series of periods directly. The default value is a forecast of zero demand with no spread.
/// </para>
/// <para>Equality compares both numbers exactly.</para>
/// </remarks>
public readonly record struct DemandForecast
{
    /// <summary>Creates a forecast.</summary>
    /// <param name="meanPerDay">Expected demand per day (units); finite, not negative.</param>
    /// <param name="standardDeviationPerDay">Standard deviation of demand per day (units); finite, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public DemandForecast(double meanPerDay, double standardDeviationPerDay)
    {
        MeanPerDay = Guard.NotNegative(meanPerDay);
        StandardDeviationPerDay = Guard.NotNegative(standardDeviationPerDay);
    }

    /// <summary>Expected demand per day, in units.</summary>
    public double MeanPerDay { get; }

    /// <summary>Standard deviation of demand per day, in units.</summary>
    public double StandardDeviationPerDay { get; }

    /// <summary>The forecast in the invariant culture, e.g. "4.2 ± 1.3 units/day".</summary>
    public override string ToString() =>
        MeanPerDay.ToString("0.###", CultureInfo.InvariantCulture) + " ± "
        + StandardDeviationPerDay.ToString("0.###", CultureInfo.InvariantCulture) + " units/day";
}
