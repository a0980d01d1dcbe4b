namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// The platform's rule for which sellers it collects from (mode 2): typically the seller's facility lies in an
/// industrial cluster the platform serves and the seller's trailing sales exceed a threshold.
/// </summary>
/// <remarks>
/// The seam through which <see cref="PlatformPickupMode"/> takes its eligibility: implement it over the platform's
/// served clusters and the seller's sales data. An implementation reports every condition it checks, met or not,
/// and never throws for a valid request.
/// </remarks>
public interface IPickupEligibilityRule
{
    /// <summary>Whether the platform collects the request's goods from the seller's facility.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Every condition checked, with the values it was judged on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    ModeEligibility Check(FulfilmentRequest request);
}
