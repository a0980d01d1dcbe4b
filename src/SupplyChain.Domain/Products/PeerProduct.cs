using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Products;

/// <summary>
/// Another product (of any seller) that shares part of its supply chain with a given product, with the shared
/// facilities named.
/// </summary>
/// <remarks>Results compare by reference: a peer product is read, not compared.</remarks>
public sealed class PeerProduct
{
    internal PeerProduct(ProductId product, PartyId seller, IReadOnlyList<FacilityId> sharedFactories, IReadOnlyList<FacilityId> sharedUpstream)
    {
        Product = product;
        Seller = seller;
        SharedFactories = sharedFactories;
        SharedUpstream = sharedUpstream;
    }

    /// <summary>The peer product.</summary>
    public ProductId Product { get; }

    /// <summary>The peer's seller.</summary>
    public PartyId Seller { get; }

    /// <summary>Factories that make both products (tier 1 of both), ordered by id.</summary>
    public IReadOnlyList<FacilityId> SharedFactories { get; }

    /// <summary>Other shared facilities further upstream (raw-material producers, component makers), ordered by id.</summary>
    public IReadOnlyList<FacilityId> SharedUpstream { get; }

    /// <summary>Whether the two products come from the same factory.</summary>
    public bool SharesFactory => SharedFactories.Count > 0;

    /// <summary>"product of seller: factories …; upstream …".</summary>
    public override string ToString() =>
        $"{Product} of {Seller}: factories [{string.Join(", ", SharedFactories)}]; upstream [{string.Join(", ", SharedUpstream)}]";
}
