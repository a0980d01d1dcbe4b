namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>A rule of a <see cref="PickupProgramme"/> that a seller's facility fails (see <see cref="PickupEligibility.Refusals"/>).</summary>
public enum PickupRefusalReason
{
    /// <summary>The facility lies in none of the industrial clusters the programme serves.</summary>
    OutsideServedClusters = 1,

    /// <summary>The seller's trailing sales are not strictly above the programme's threshold.</summary>
    SalesNotAboveThreshold = 2,
}
