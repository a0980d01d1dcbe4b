using System.Runtime.CompilerServices;
using SupplyChain.Domain.Demand;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The distribution a simulation draws one SKU's daily demand from: normal truncated at 0, Poisson, or a bootstrap from
/// the sales history. Demand is in whole units.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Normal"/>: μ + σZ with Z standard normal (ziggurat method), truncated at 0 and rounded to the nearest
/// unit (halves up): max(0, ⌊μ + σZ + ½⌋). Rounding adds a variance of about 1/12 unit², negligible beside σ² for the
/// demand levels normal demand is meant for; use <see cref="Poisson"/> for slow movers.</item>
/// <item><see cref="Poisson"/>: inversion of the exact cumulative distribution with one uniform per day (Devroye 1986,
/// II.2): the smallest k with F(k) &gt; U. The table covers the mean ± about 40 standard deviations (every value with
/// probability above 10⁻³⁰⁰ of the mode's, relative) and is built once per model, by the ratios f(k + 1)/f(k) = μ/(k + 1)
/// from the mode, with arithmetic only. The search starts from a guide table (Chen and Asau 1974; Devroye 1986,
/// III.2.4) indexed by the uniform's top bits, so a draw costs one look-up and about one comparison for every mean up to
/// 10⁷ (the table has about 75√μ entries for large μ); it returns the same k as a binary search of the table.</item>
/// <item><see cref="Bootstrap(SalesHistory, PromotionDays)"/>: each day draws one of the history's counted days
/// (<see cref="SalesHistory.DemandSeries"/>: stock-out days left out) uniformly, with replacement.</item>
/// </list>
/// The model is immutable and can be shared by any number of SKUs and threads.
/// Models compare by reference: a model holds its precomputed draw tables and history, and two separately built models are different objects even with the same parameters.
/// </remarks>
public sealed class DemandModel
{
    private const double MaximumPoissonMean = 1e7;
    private readonly PoissonTable? _poisson;
    private readonly int[] _history;
    private readonly string _text;

    private DemandModel(DemandModelKind kind, double mean, double standardDeviation, string text, PoissonTable? poisson = null, int[]? history = null)
    {
        Kind = kind;
        Mean = mean;
        StandardDeviation = standardDeviation;
        _text = text;
        _poisson = poisson;
        _history = history ?? [];
    }

    /// <summary>The kind of distribution.</summary>
    public DemandModelKind Kind { get; }

    /// <summary>The mean daily demand: μ of the normal (before truncation and rounding), the Poisson mean, or the history's mean.</summary>
    public double Mean { get; }

    /// <summary>The standard deviation of daily demand: σ of the normal (before truncation), √μ, or the history's population standard deviation.</summary>
    public double StandardDeviation { get; }

    /// <summary>Normal demand truncated at 0 and rounded to whole units.</summary>
    /// <param name="mean">μ, units per day; finite, not negative.</param>
    /// <param name="standardDeviation">σ, units per day; finite, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is negative, infinite or NaN.</exception>
    public static DemandModel Normal(double mean, double standardDeviation)
    {
        Guard.NotNegative(mean);
        Guard.NotNegative(standardDeviation);
        return new(DemandModelKind.Normal, mean, standardDeviation, Guard.Format("normal (mean {0}, sd {1}) truncated at 0", mean, standardDeviation));
    }

    /// <summary>Normal demand with a forecast's mean and standard deviation per day.</summary>
    /// <param name="forecast">The forecast.</param>
    /// <returns><see cref="Normal"/>(forecast mean, forecast standard deviation).</returns>
    public static DemandModel FromForecast(DemandForecast forecast) => Normal(forecast.MeanPerDay, forecast.StandardDeviationPerDay);

    /// <summary>Poisson demand.</summary>
    /// <param name="mean">μ, units per day; greater than 0 and at most 10⁷.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mean"/> is not in (0, 10⁷].</exception>
    public static DemandModel Poisson(double mean)
    {
        Guard.Positive(mean);
        if (mean > MaximumPoissonMean)
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, Guard.Format(ErrorMessages.MustBeInRange, nameof(mean), 0, MaximumPoissonMean, mean));
        }

        return new(DemandModelKind.Poisson, mean, Math.Sqrt(mean), Guard.Format("Poisson (mean {0})", mean), PoissonTable.For(mean));
    }

    /// <summary>Demand drawn from a product's sales history: each day one of its counted days, uniformly, with replacement.</summary>
    /// <param name="history">The history; stock-out days never count (their sales understate demand).</param>
    /// <param name="promotionDays">Whether promotion days count.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">No day of the history counts, or <paramref name="promotionDays"/> is not defined.</exception>
    public static DemandModel Bootstrap(SalesHistory history, PromotionDays promotionDays = PromotionDays.Include)
    {
        Guard.NotNull(history);
        var series = history.DemandSeries(promotionDays);
        if (series.Count == 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.BootstrapNeedsDays, nameof(history)), nameof(history));
        }

        return FromUnits(series.Select(d => (int)d).ToArray(), Guard.Format("bootstrap of a sales history ({0} days)", series.Count));
    }

    /// <summary>Demand drawn from a list of daily sales: each day one of them, uniformly, with replacement.</summary>
    /// <param name="dailyUnits">Units sold per day; at least one, none negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dailyUnits"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dailyUnits"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day's units are negative.</exception>
    public static DemandModel Bootstrap(IEnumerable<int> dailyUnits)
    {
        Guard.NotNull(dailyUnits);
        var units = dailyUnits.ToArray();
        if (units.Length == 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.BootstrapNeedsDays, nameof(dailyUnits)), nameof(dailyUnits));
        }

        foreach (var u in units)
        {
            if (u < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(dailyUnits), u, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(dailyUnits), u));
            }
        }

        return FromUnits(units, Guard.Format("bootstrap of {0} days", units.Length));
    }

    /// <summary>The model, e.g. <c>normal (mean 100, sd 20) truncated at 0</c>.</summary>
    public override string ToString() => _text;

    /// <summary>One day's demand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Sample(ref RandomStream random)
    {
        if (Kind == DemandModelKind.Normal)
        {
            return SampleNormal(Mean, StandardDeviation, ref random);
        }

        return Kind == DemandModelKind.Poisson ? _poisson!.Sample(ref random) : _history[random.NextIndex(_history.Length)];
    }

    /// <summary>The inversion table of a Poisson model (null for other kinds).</summary>
    internal PoissonTable? PoissonTable => _poisson;

    /// <summary>The daily units of a bootstrap model (empty for other kinds); not to be changed.</summary>
    internal int[] History => _history;

    /// <summary>One day's normal demand: max(0, ⌊μ + σZ + ½⌋).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int SampleNormal(double mean, double standardDeviation, ref RandomStream random)
    {
        var x = mean + (standardDeviation * random.NextStandardNormal());
        if (x <= 0)
        {
            return 0;
        }

        // As checked((int)(x + 0.5)), without the runtime's checked-conversion helper call: within the range tested here
        // the platform's own conversion (one cvttsd2si on x64) truncates exactly as (int) does.
        var rounded = x + 0.5;
        return rounded < 2147483648.0 ? double.ConvertToIntegerNative<int>(rounded) : throw new OverflowException();
    }

    private static DemandModel FromUnits(int[] units, string text)
    {
        var mean = units.Average(u => (double)u);
        var variance = units.Sum(u => (u - mean) * (u - mean)) / units.Length;
        return new(DemandModelKind.Bootstrap, mean, Math.Sqrt(variance), text, history: units);
    }
}
