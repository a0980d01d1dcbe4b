using System.Globalization;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// A <see cref="PickupProgramme"/> as the eligibility rule of <see cref="PlatformPickupMode"/>: the seller's facility
/// must lie in a served industrial cluster <strong>and</strong> its trailing unit sales must exceed the programme's
/// threshold. The caller supplies the trailing sales per facility (from its order data).
/// </summary>
/// <remarks>
/// Both conditions are always reported, met or not, as <see cref="EligibilityReason"/>s with the codes
/// <see cref="DomainRules.PickupClusterServed"/> and <see cref="DomainRules.PickupTrailingSales"/>, so a refused seller
/// sees every reason.
/// It is a service configured once and compares by reference.
/// </remarks>
public sealed class PickupProgrammeRule : IPickupEligibilityRule
{
    private readonly Func<Facility, int> _trailingUnitsSold;

    /// <summary>Creates the rule.</summary>
    /// <param name="programme">The platform's pickup programme.</param>
    /// <param name="trailingUnitsSold">The units a facility's seller sold in the programme's trailing window.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PickupProgrammeRule(PickupProgramme programme, Func<Facility, int> trailingUnitsSold)
    {
        Programme = Guard.NotNull(programme);
        _trailingUnitsSold = Guard.NotNull(trailingUnitsSold);
    }

    /// <summary>The programme whose conditions are checked.</summary>
    public PickupProgramme Programme { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The trailing sales supplied for the facility are negative.</exception>
    public ModeEligibility Check(FulfilmentRequest request)
    {
        Guard.NotNull(request);
        var assessment = Programme.Assess(request.SellerFacility, _trailingUnitsSold(request.SellerFacility));
        var inCluster = !assessment.Refusals.Contains(PickupRefusalReason.OutsideServedClusters);
        var aboveThreshold = !assessment.Refusals.Contains(PickupRefusalReason.SalesNotAboveThreshold);
        var city = request.SellerFacility.Address.City;
        return new ModeEligibility(
        [
            new EligibilityReason(
                DomainRules.PickupClusterServed,
                inCluster,
                assessment.Cluster is { } cluster
                    ? string.Create(CultureInfo.InvariantCulture, $"{city} is in the {cluster.Name} cluster served by {Programme.Name}")
                    : string.Create(CultureInfo.InvariantCulture, $"{city} is in no cluster served by {Programme.Name}")),
            new EligibilityReason(
                DomainRules.PickupTrailingSales,
                aboveThreshold,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{assessment.TrailingUnitsSold} units sold in the last {assessment.TrailingWindowDays} days {(aboveThreshold ? "exceed" : "do not exceed")} the threshold of {assessment.ThresholdUnits}")),
        ]);
    }
}
