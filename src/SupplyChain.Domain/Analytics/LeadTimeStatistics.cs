using System.Collections.Immutable;
using System.Globalization;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Analytics;

/// <summary>Summary statistics of observed lead times, in days: count, mean, standard deviation and percentiles.</summary>
/// <remarks>
/// <para>
/// <see cref="StandardDeviationDays"/> is the sample standard deviation (divisor n − 1, Excel STDEV.S, numpy
/// <c>std(ddof=1)</c>); it is 0 for a single observation. Percentiles interpolate linearly between the closest ranks:
/// with the observations sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·p, Pₚ = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋) (Excel
/// PERCENTILE.INC, numpy's default, Hyndman–Fan type 7).
/// </para>
/// <para>These feed safety stock: the mean and standard deviation of the lead time are μL and σL in z·√(L·σd² + d²·σL²).</para>
/// </remarks>
public sealed record LeadTimeStatistics
{
    private LeadTimeStatistics(ImmutableArray<double> sorted)
    {
        SortedDays = sorted;
        MeanDays = SampleStatistics.Mean(sorted.AsSpan());
        StandardDeviationDays = SampleStatistics.StandardDeviation(sorted.AsSpan());
    }

    /// <summary>The observations, ascending.</summary>
    public ImmutableArray<double> SortedDays { get; }

    /// <summary>Number of observations.</summary>
    public int Count => SortedDays.Length;

    /// <summary>Mean lead time in days.</summary>
    public double MeanDays { get; }

    /// <summary>Sample standard deviation of the lead time in days.</summary>
    public double StandardDeviationDays { get; }

    /// <summary>The shortest observed lead time.</summary>
    public double MinimumDays => SortedDays[0];

    /// <summary>The longest observed lead time.</summary>
    public double MaximumDays => SortedDays[^1];

    /// <summary>The median (50th percentile).</summary>
    public double P50Days => PercentileDays(0.50);

    /// <summary>The 90th percentile.</summary>
    public double P90Days => PercentileDays(0.90);

    /// <summary>The 95th percentile.</summary>
    public double P95Days => PercentileDays(0.95);

    /// <summary>Statistics of lead times given in days (whole or fractional).</summary>
    /// <param name="leadTimeDays">The observations; at least one, finite, not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="leadTimeDays"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="leadTimeDays"/> is empty or holds a negative or non-finite value.</exception>
    public static LeadTimeStatistics FromDays(IReadOnlyList<double> leadTimeDays)
    {
        var values = Series.NonNegative(leadTimeDays);
        if (values.Length == 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.MustContainAtLeastOne, nameof(leadTimeDays), "lead time"), nameof(leadTimeDays));
        }

        Array.Sort(values);
        return new LeadTimeStatistics(ImmutableArray.Create(values));
    }

    /// <summary>Statistics of the lead times of purchase order receipts.</summary>
    /// <param name="receipts">The receipts; at least one.</param>
    /// <returns>The statistics of their <see cref="PurchaseOrderReceipt.LeadTimeDays"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receipts"/> or one of its receipts is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="receipts"/> is empty.</exception>
    public static LeadTimeStatistics FromReceipts(IEnumerable<PurchaseOrderReceipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        var days = new List<double>();
        foreach (var receipt in receipts)
        {
            days.Add((receipt ?? throw new ArgumentNullException(nameof(receipts), Guard.Format(ErrorMessages.NullElement, nameof(receipts), days.Count))).LeadTimeDays);
        }

        return days.Count == 0
            ? throw new ArgumentException(Guard.Format(ErrorMessages.MustContainAtLeastOne, nameof(receipts), "receipt"), nameof(receipts))
            : FromDays(days);
    }

    /// <summary>A percentile of the lead time, by linear interpolation between the closest ranks (see remarks).</summary>
    /// <param name="fraction">The percentile as a fraction from 0 to 1 (0.9 for P90).</param>
    /// <returns>The lead time in days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is outside 0 to 1.</exception>
    public double PercentileDays(double fraction) =>
        fraction is >= 0 and <= 1
            ? SampleStatistics.PercentileOfSorted(SortedDays.AsSpan(), fraction)
            : throw new ArgumentOutOfRangeException(nameof(fraction), fraction, Guard.Format(ErrorMessages.MustBeBetween, nameof(fraction), 0, 1, fraction));

    /// <summary>The statistics in the invariant culture, e.g. "n=12, mean 31.5 d, sd 4.2 d, p50 30 d, p90 38 d, p95 40.5 d".</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "n={0}, mean {1:0.##} d, sd {2:0.##} d, p50 {3:0.##} d, p90 {4:0.##} d, p95 {5:0.##} d",
            Count, MeanDays, StandardDeviationDays, P50Days, P90Days, P95Days);
}
