using System.Globalization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>
/// Whether a seller's facility may join a <see cref="PickupProgramme"/>, with the numbers that were compared and every
/// rule that failed.
/// </summary>
/// <remarks>Created only by <see cref="PickupProgramme.Assess(Facility, int)"/>. Assessments compare by reference.</remarks>
public sealed class PickupEligibility
{
    private readonly PickupRefusalReason[] _refusals;

    internal PickupEligibility(PickupProgramme programme, Facility facility, IndustrialCluster? cluster, int trailingUnitsSold, PickupRefusalReason[] refusals)
    {
        Programme = programme;
        Facility = facility.Id;
        Cluster = cluster;
        TrailingUnitsSold = trailingUnitsSold;
        _refusals = refusals;
    }

    /// <summary>The programme that was applied.</summary>
    public PickupProgramme Programme { get; }

    /// <summary>The facility that was assessed.</summary>
    public FacilityId Facility { get; }

    /// <summary>The first served cluster (in the programme's order) that contains the facility, or null when none does.</summary>
    public IndustrialCluster? Cluster { get; }

    /// <summary>The trailing units sold that were assessed.</summary>
    public int TrailingUnitsSold { get; }

    /// <summary>The threshold they were compared with (<see cref="PickupProgramme.ThresholdUnits"/>).</summary>
    public int ThresholdUnits => Programme.ThresholdUnits;

    /// <summary>The window the sales were counted over, in days (<see cref="PickupProgramme.TrailingWindowDays"/>).</summary>
    public int TrailingWindowDays => Programme.TrailingWindowDays;

    /// <summary>The rules that failed, in the order <see cref="PickupRefusalReason.OutsideServedClusters"/>, <see cref="PickupRefusalReason.SalesNotAboveThreshold"/>; empty when eligible.</summary>
    public IReadOnlyList<PickupRefusalReason> Refusals => _refusals;

    /// <summary>Whether the facility is eligible: no rule failed.</summary>
    public bool IsEligible => _refusals.Length == 0;

    /// <summary>The assessment in words, with the invariant culture.</summary>
    /// <returns>For example <c>F-YW-1 not eligible for yiwu-2025: outside the served clusters; 1200 units in 30 days is not above 1200</c>.</returns>
    public override string ToString()
    {
        var sales = string.Create(CultureInfo.InvariantCulture, $"{TrailingUnitsSold} units in {TrailingWindowDays} days");
        if (IsEligible)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Facility} eligible for {Programme.Name}: in {Cluster}; {sales} is above {ThresholdUnits}");
        }

        var reasons = _refusals.Select(r => r == PickupRefusalReason.OutsideServedClusters
            ? "outside the served clusters"
            : string.Create(CultureInfo.InvariantCulture, $"{sales} is not above {ThresholdUnits}"));
        return $"{Facility} not eligible for {Programme.Name}: {string.Join("; ", reasons)}";
    }
}
