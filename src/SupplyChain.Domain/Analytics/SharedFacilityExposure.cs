using System.Globalization;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// One facility (factory or upstream producer) that some of a seller's products depend on and that competitors'
/// products (of other sellers) depend on too, with how much of the seller's catalogue rides on it.
/// </summary>
/// <remarks>Part of a <see cref="CatalogueExposure"/>; see <see cref="SharedFactoryExposure.Of"/> for the definitions. Results compare by reference: an exposure is read, not compared; compare its figures.</remarks>
public sealed class SharedFacilityExposure
{
    internal SharedFacilityExposure(
        FacilityId facility,
        bool sharedAsFactory,
        IReadOnlyList<ProductId> products,
        IReadOnlyList<ProductId> competitorProducts,
        IReadOnlyList<PartyId> competitors,
        decimal productShare,
        decimal weight,
        decimal weightShare,
        int singlePointOfFailureFor)
    {
        Facility = facility;
        SharedAsFactory = sharedAsFactory;
        Products = products;
        CompetitorProducts = competitorProducts;
        Competitors = competitors;
        ProductShare = productShare;
        Weight = weight;
        WeightShare = weightShare;
        SinglePointOfFailureFor = singlePointOfFailureFor;
    }

    /// <summary>The shared facility.</summary>
    public FacilityId Facility { get; }

    /// <summary>
    /// Whether the facility is a factory (tier 1) of both one of the seller's products and a competitor's product;
    /// false when it is shared only further upstream (a raw-material producer or component maker).
    /// </summary>
    public bool SharedAsFactory { get; }

    /// <summary>The seller's products that share the facility with a competitor's product, ordered by id.</summary>
    public IReadOnlyList<ProductId> Products { get; }

    /// <summary>The competitors' products that share it, ordered by id.</summary>
    public IReadOnlyList<ProductId> CompetitorProducts { get; }

    /// <summary>The competitors (sellers of <see cref="CompetitorProducts"/>), ordered by id.</summary>
    public IReadOnlyList<PartyId> Competitors { get; }

    /// <summary><see cref="Products"/> as a fraction (0 to 1) of the seller's products in the network.</summary>
    public decimal ProductShare { get; }

    /// <summary>The caller's weights (units, spend or revenue) of <see cref="Products"/> added up.</summary>
    public decimal Weight { get; }

    /// <summary><see cref="Weight"/> as a fraction (0 to 1) of the seller's total weight.</summary>
    public decimal WeightShare { get; }

    /// <summary>How many of <see cref="Products"/> lose all supply if this facility alone is lost (it is a single point of failure for them).</summary>
    public int SinglePointOfFailureFor { get; }

    /// <summary>"facility (factory|upstream): n products, weight w (share), competitors […], single point of failure for k".</summary>
    /// <returns>A short description in the invariant culture.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} ({1}): {2} products [{3}], weight {4} ({5:0.####}), competitors [{6}], single point of failure for {7}",
        Facility,
        SharedAsFactory ? "factory" : "upstream",
        Products.Count,
        string.Join(", ", Products),
        Weight,
        WeightShare,
        string.Join(", ", Competitors),
        SinglePointOfFailureFor);
}
