using NodaTime;

namespace SupplyChain.Domain.Simulation;

/// <summary>How a simulation runs: how many days from which date, the seed, what happens to unfilled demand, whether to keep a daily trace, and how many threads.</summary>
/// <remarks>
/// The results depend only on the SKUs, <see cref="Periods"/>, <see cref="Seed"/>, <see cref="StartDate"/> and
/// <see cref="Shortages"/>: never on <see cref="MaxDegreeOfParallelism"/>, the machine or the .NET version.
/// </remarks>
public sealed record SimulationSettings
{
    /// <summary>Creates the settings.</summary>
    /// <param name="periods">Days to simulate, greater than zero.</param>
    /// <param name="seed">The seed: the same seed gives the same result.</param>
    /// <param name="startDate">The date of the first day (policies with a review calendar read it).</param>
    /// <param name="shortages">Backorders or lost sales.</param>
    /// <param name="recordTrace">Whether to keep a <see cref="SimulationDay"/> per SKU and day (memory grows with the days, up to <see cref="Simulator.MaxTracedSkuDays"/> SKU-days; off by default).</param>
    /// <param name="maxDegreeOfParallelism">The most SKUs simulated at once: −1 for as many as the machine has cores, or 1 and more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is zero or negative or runs past 9999-12-31, <paramref name="shortages"/> is not defined, or <paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public SimulationSettings(int periods, long seed, LocalDate startDate, ShortageHandling shortages = ShortageHandling.Backorders, bool recordTrace = false, int maxDegreeOfParallelism = -1)
    {
        Periods = Guard.Positive(periods);
        if (LocalDate.MaxIsoValue.ToDateOnly().DayNumber - startDate.ToDateOnly().DayNumber < periods)
        {
            throw new ArgumentOutOfRangeException(nameof(periods), periods, Guard.Format(ErrorMessages.PeriodsBeyondCalendar, periods, startDate));
        }

        Seed = seed;
        StartDate = startDate;
        Shortages = Guard.Defined(shortages);
        RecordTrace = recordTrace;
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, Guard.Format(ErrorMessages.DegreeOfParallelism, maxDegreeOfParallelism));
        }

        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>Days to simulate.</summary>
    public int Periods { get; }

    /// <summary>The seed.</summary>
    public long Seed { get; }

    /// <summary>The date of the first day.</summary>
    public LocalDate StartDate { get; }

    /// <summary>Backorders or lost sales.</summary>
    public ShortageHandling Shortages { get; }

    /// <summary>Whether a daily trace is kept.</summary>
    public bool RecordTrace { get; }

    /// <summary>The most SKUs simulated at once (−1: one per core).</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>The settings, e.g. <c>365 days from 2025-01-01, seed 42, Backorders</c>.</summary>
    public override string ToString() => Guard.Format("{0} days from {1:uuuu-MM-dd}, seed {2}, {3}", Periods, StartDate, Seed, Shortages);
}
