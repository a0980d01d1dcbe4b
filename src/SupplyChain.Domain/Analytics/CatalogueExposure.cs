using System.Globalization;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// How much of a seller's catalogue depends on factories and upstream producers that competitors also use: the
/// result of <see cref="SharedFactoryExposure.Of"/>.
/// </summary>
/// <remarks>Results compare by reference: an exposure is read, not compared; compare its figures.</remarks>
public sealed class CatalogueExposure
{
    internal CatalogueExposure(
        PartyId seller,
        int productCount,
        decimal totalWeight,
        IReadOnlyList<ProductId> exposedProducts,
        decimal exposedWeight,
        int sharedSinglePointsOfFailure,
        IReadOnlyList<SharedFacilityExposure> facilities)
    {
        Seller = seller;
        ProductCount = productCount;
        TotalWeight = totalWeight;
        ExposedProducts = exposedProducts;
        ExposedWeight = exposedWeight;
        SharedSinglePointsOfFailure = sharedSinglePointsOfFailure;
        Facilities = facilities;
    }

    /// <summary>The seller.</summary>
    public PartyId Seller { get; }

    /// <summary>The seller's products in the network.</summary>
    public int ProductCount { get; }

    /// <summary>The caller's weights of all the seller's products added up (greater than 0).</summary>
    public decimal TotalWeight { get; }

    /// <summary>The seller's products that share at least one facility with a competitor's product, ordered by id.</summary>
    public IReadOnlyList<ProductId> ExposedProducts { get; }

    /// <summary><see cref="ExposedProducts"/> as a fraction (0 to 1) of <see cref="ProductCount"/>.</summary>
    public decimal ExposedProductShare => (decimal)ExposedProducts.Count / ProductCount;

    /// <summary>The weights of <see cref="ExposedProducts"/> added up (each product once, however many facilities it shares).</summary>
    public decimal ExposedWeight { get; }

    /// <summary><see cref="ExposedWeight"/> as a fraction (0 to 1) of <see cref="TotalWeight"/>.</summary>
    public decimal ExposedWeightShare => ExposedWeight / TotalWeight;

    /// <summary>
    /// The number of (product, shared facility) pairs in which the shared facility is a single point of failure of the
    /// seller's product: the sum of <see cref="SharedFacilityExposure.SinglePointOfFailureFor"/>.
    /// </summary>
    public int SharedSinglePointsOfFailure { get; }

    /// <summary>
    /// The shared facilities: by <see cref="SharedFacilityExposure.WeightShare"/> (largest first), then by the number
    /// of the seller's products (most first), then by facility id (ordinal).
    /// </summary>
    public IReadOnlyList<SharedFacilityExposure> Facilities { get; }

    /// <summary>"seller: e of n products exposed (share of weight), k shared facilities, s shared single points of failure".</summary>
    /// <returns>A short description in the invariant culture.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: {1} of {2} products exposed ({3:0.####} of weight), {4} shared facilities, {5} shared single points of failure",
        Seller,
        ExposedProducts.Count,
        ProductCount,
        ExposedWeightShare,
        Facilities.Count,
        SharedSinglePointsOfFailure);
}
