using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// Shared-factory exposure of a seller's catalogue: which factories and upstream producers of its products competitors'
/// products also depend on, from <see cref="SupplyNetwork.PeersOf"/>.
/// </summary>
/// <remarks>
/// <para>
/// For each of the seller's products, the peers of <i>other</i> sellers (peers of the same seller are not competitors)
/// name the shared facilities: shared factories and shared upstream facilities alike. Per shared facility the result
/// gives the seller's products that share it, their share of the seller's products, their weight and its share of the
/// seller's total weight, and for how many of them the facility is a single point of failure
/// (<see cref="SupplyNetwork.SinglePointsOfFailure"/>).
/// </para>
/// <para>
/// The weight is the caller's measure of what each product is worth to the seller: units sold or bought, spend or
/// revenue, in one unit for all products. A product the caller gives no weight counts with weight 0 (it still counts
/// as a product). Competitors on one facility are rivals for its capacity; a competitor's recall or a surge in its
/// demand hits the seller too.
/// </para>
/// </remarks>
public static class SharedFactoryExposure
{
    /// <summary>The shared-factory exposure of <paramref name="seller"/>'s products in <paramref name="network"/>.</summary>
    /// <param name="network">The supply network.</param>
    /// <param name="seller">The seller.</param>
    /// <param name="weights">Units, spend or revenue per product of the seller; none negative, not all zero.</param>
    /// <returns>The exposure; its facilities ordered as <see cref="CatalogueExposure.Facilities"/> says.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/>, <paramref name="seller"/> or <paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="weights"/> names a product that is not in the network or not the seller's, has a negative weight, or weighs nothing in all.</exception>
    public static CatalogueExposure Of(SupplyNetwork network, PartyId seller, IReadOnlyDictionary<ProductId, decimal> weights)
    {
        Guard.NotNull(network);
        Guard.NotNull(seller);
        Guard.NotNull(weights);
        var known = network.Products.ToDictionary(p => p.Id, p => p.Seller);
        decimal total = 0;
        foreach (var (product, weight) in weights.OrderBy(w => w.Key.Value, StringComparer.Ordinal))
        {
            if (!known.TryGetValue(product, out var owner))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownProduct, "product", product), nameof(weights));
            }

            if (owner != seller)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.NetworkProductOfOtherSeller, nameof(weights), product, owner, seller), nameof(weights));
            }

            if (weight < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weight, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(weights), weight));
            }

            total += weight;
        }

        if (total <= 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.AmountsMustBePositive, nameof(weights)), nameof(weights));
        }

        var mine = network.Products.Where(p => p.Seller == seller).Select(p => p.Id).ToArray();
        var shared = new Dictionary<FacilityId, Accumulator>();
        foreach (var product in mine)
        {
            var singlePoints = network.SinglePointsOfFailure(product).Select(u => u.Facility).ToHashSet();
            foreach (var peer in network.PeersOf(product).Where(p => p.Seller != seller))
            {
                foreach (var facility in peer.SharedFactories.Concat(peer.SharedUpstream))
                {
                    if (!shared.TryGetValue(facility, out var entry))
                    {
                        entry = new Accumulator();
                        shared.Add(facility, entry);
                    }

                    entry.AsFactory |= peer.SharedFactories.Contains(facility);
                    entry.Competitors.Add(peer.Seller);
                    entry.CompetitorProducts.Add(peer.Product);
                    if (entry.Products.Add(product) && singlePoints.Contains(facility))
                    {
                        entry.SinglePointOfFailureFor++;
                    }
                }
            }
        }

        decimal WeightOf(IEnumerable<ProductId> products) => products.Sum(p => weights.GetValueOrDefault(p));

        var facilities = shared.Select(s =>
            {
                var weight = WeightOf(s.Value.Products);
                return new SharedFacilityExposure(
                    s.Key,
                    s.Value.AsFactory,
                    SortedIds(s.Value.Products),
                    SortedIds(s.Value.CompetitorProducts),
                    s.Value.Competitors.OrderBy(c => c.Value, StringComparer.Ordinal).ToArray(),
                    (decimal)s.Value.Products.Count / mine.Length,
                    weight,
                    weight / total,
                    s.Value.SinglePointOfFailureFor);
            })
            .OrderByDescending(f => f.WeightShare)
            .ThenByDescending(f => f.Products.Count)
            .ThenBy(f => f.Facility.Value, StringComparer.Ordinal)
            .ToArray();
        var exposed = SortedIds(shared.Values.SelectMany(s => s.Products).Distinct());
        return new CatalogueExposure(seller, mine.Length, total, exposed, WeightOf(exposed), facilities.Sum(f => f.SinglePointOfFailureFor), facilities);
    }

    private static ProductId[] SortedIds(IEnumerable<ProductId> ids) => ids.OrderBy(p => p.Value, StringComparer.Ordinal).ToArray();

    private sealed class Accumulator
    {
        public bool AsFactory { get; set; }

        public HashSet<ProductId> Products { get; } = [];

        public HashSet<ProductId> CompetitorProducts { get; } = [];

        public HashSet<PartyId> Competitors { get; } = [];

        public int SinglePointOfFailureFor { get; set; }
    }
}
