using System.Globalization;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>
/// A platform's pickup (milk run) programme: which sellers it collects from. A seller's facility is eligible when it
/// lies in an industrial cluster the programme serves <em>and</em> the seller's trailing sales exceed the threshold.
/// </summary>
/// <remarks>
/// <para>
/// <b>Trailing sales are counted in units</b>: the number of units the seller sold in the
/// <see cref="TrailingWindowDays"/> days before the assessment (the caller counts them, e.g. from a sales history).
/// Units are chosen over money because they need no currency or exchange rate and they are what the pickup
/// vehicle carries. "Exceed" is strict: sales equal to <see cref="ThresholdUnits"/> are not enough.
/// </para>
/// <para>
/// Cluster membership is <see cref="IndustrialCluster.Contains(Facility)"/>: same country and one of the cluster's
/// cities. The programme is immutable and compares by reference.
/// </para>
/// </remarks>
public sealed class PickupProgramme
{
    /// <summary>The longest trailing window a programme may use: 366 days.</summary>
    public const int MaxTrailingWindowDays = 366;

    private readonly IndustrialCluster[] _clusters;

    /// <summary>
    /// Defines a programme; the trailing window and the sales threshold are required by name
    /// (<see cref="TrailingWindowDays"/>, <see cref="ThresholdUnits"/>), so that the two numbers cannot be swapped.
    /// </summary>
    /// <param name="name">A stable name, e.g. <c>shenzhen-yiwu-pickup-2025</c>; not blank.</param>
    /// <param name="servedClusters">The clusters the platform's vehicles serve; at least one, no name twice.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="servedClusters"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="servedClusters"/> is empty, holds null or names a cluster twice.</exception>
    public PickupProgramme(string name, IEnumerable<IndustrialCluster> servedClusters)
    {
        Name = Guard.NotBlank(name);
        var clusters = Guard.CopyItems(servedClusters, requireOne: true);
        Guard.Distinct(clusters, c => c.Name, nameof(servedClusters));
        _clusters = [.. clusters];
    }

    /// <summary>The programme's name.</summary>
    public string Name { get; }

    /// <summary>The clusters the programme serves, as given.</summary>
    public IReadOnlyList<IndustrialCluster> ServedClusters => _clusters;

    /// <summary>The length of the trailing sales window in days, 1 to <see cref="MaxTrailingWindowDays"/>; required.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is outside 1 to <see cref="MaxTrailingWindowDays"/>.</exception>
    public required int TrailingWindowDays
    {
        get;
        init => field = value is >= 1 and <= MaxTrailingWindowDays
            ? value
            : throw Guard.OutOfRange(value, Guard.Format(ErrorMessages.MustBeBetween, nameof(TrailingWindowDays), 1, MaxTrailingWindowDays, value), nameof(TrailingWindowDays));
    }

    /// <summary>The units a seller must sell in the window, strictly exceeded (eligibility needs more); not negative; required.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative.</exception>
    public required int ThresholdUnits { get; init => field = Guard.NotNegative(value, nameof(ThresholdUnits)); }

    /// <summary>
    /// Assesses a seller's facility. Both rules are always checked, so a refusal lists every rule that failed.
    /// </summary>
    /// <param name="facility">The seller's facility the goods would be collected from.</param>
    /// <param name="trailingUnitsSold">The units the seller sold in the last <see cref="TrailingWindowDays"/> days; not negative.</param>
    /// <returns>The assessment: eligible or not, the cluster found (if any), the numbers compared and the failed rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facility"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trailingUnitsSold"/> is negative.</exception>
    public PickupEligibility Assess(Facility facility, int trailingUnitsSold)
    {
        Guard.NotNull(facility);
        Guard.NotNegative(trailingUnitsSold);
        var cluster = Array.Find(_clusters, c => c.Contains(facility));
        var refusals = new List<PickupRefusalReason>(2);
        if (cluster is null)
        {
            refusals.Add(PickupRefusalReason.OutsideServedClusters);
        }

        if (trailingUnitsSold <= ThresholdUnits)
        {
            refusals.Add(PickupRefusalReason.SalesNotAboveThreshold);
        }

        return new PickupEligibility(this, facility, cluster, trailingUnitsSold, [.. refusals]);
    }

    /// <summary>"name: N clusters, more than T units in D days".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: {_clusters.Length} cluster(s), more than {ThresholdUnits} units in {TrailingWindowDays} days");
}
