using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// The capacity book a product draws on and who else holds it: from "my product" to the book of the factory that makes
/// it under the sourcing agreement in force, the peer products made at that factory (<see cref="SupplyNetwork.PeersOf"/>),
/// and how much of the book each seller holds.
/// </summary>
/// <remarks>
/// <para>
/// The supply network knows which sellers share a factory; the books know what they have booked. The caller keeps one
/// book per factory and passes them keyed by factory. <see cref="Holdings"/> lists every seller with a booking or a
/// contracted share in the book, the product's seller and the peers' sellers (with 0 units when they have booked
/// nothing); most units booked first, then by seller id (ordinal).
/// </para>
/// <para>Results compare by reference: a view of a network and a book is read, not compared.</para>
/// </remarks>
public sealed class SharedCapacity
{
    private SharedCapacity(ProductId product, PartyId seller, SourcingAgreement agreement, CapacityBook book, IReadOnlyList<PeerProduct> peers, IReadOnlyList<CapacityHolding> holdings)
    {
        Product = product;
        Seller = seller;
        Agreement = agreement;
        Book = book;
        Peers = peers;
        Holdings = holdings;
    }

    /// <summary>The product asked about.</summary>
    public ProductId Product { get; }

    /// <summary>The product's seller.</summary>
    public PartyId Seller { get; }

    /// <summary>The sourcing agreement in force on the date asked about; its factory is the book's.</summary>
    public SourcingAgreement Agreement { get; }

    /// <summary>The capacity book of the factory that makes the product.</summary>
    public CapacityBook Book { get; }

    /// <summary>Other products, of any seller, made at the same factory (under any agreement), as <see cref="SupplyNetwork.PeersOf"/> orders them.</summary>
    public IReadOnlyList<PeerProduct> Peers { get; }

    /// <summary>How much of the book each seller holds (see the remarks for who is listed and the order).</summary>
    public IReadOnlyList<CapacityHolding> Holdings { get; }

    /// <summary>Every unit booked in the book.</summary>
    public long BookedUnits => Holdings.Sum(h => h.BookedUnits);

    /// <summary>The capacity book <paramref name="product"/> draws on at <paramref name="date"/>, with its peers and holdings.</summary>
    /// <param name="network">The supply network.</param>
    /// <param name="product">The product.</param>
    /// <param name="date">The date whose sourcing agreement decides the factory.</param>
    /// <param name="books">The capacity books the caller keeps, keyed by factory.</param>
    /// <returns>The factory's book, the peer products made there and every seller's holding in the book.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/>, <paramref name="product"/> or <paramref name="books"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="product"/> is not in the network.</exception>
    /// <exception cref="DomainRuleException">The product has no sourcing agreement in force on <paramref name="date"/> (rule <see cref="DomainRules.ProductsAgreementInForce"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="books"/> has no book for the factory, or holds it under another factory's key.</exception>
    public static SharedCapacity Of(SupplyNetwork network, ProductId product, LocalDate date, IReadOnlyDictionary<FacilityId, CapacityBook> books)
    {
        Guard.NotNull(network);
        Guard.NotNull(product);
        Guard.NotNull(books);
        var peers = network.PeersOf(product);
        var seller = network.Products.First(p => p.Id == product).Seller;
        var agreement = network.AgreementInForce(product, date)
            ?? throw new DomainRuleException(DomainRules.ProductsAgreementInForce, Guard.Format(ErrorMessages.CapacityNoAgreementInForce, product, date));
        var factory = agreement.Factory;
        if (!books.TryGetValue(factory, out var book) || book is null)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.CapacityNoBook, nameof(books), factory, product, date), nameof(books));
        }

        if (book.Factory != factory)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.CapacityBookUnderOtherKey, nameof(books), book.Factory, factory), nameof(books));
        }

        var atFactory = peers.Where(p => p.SharedFactories.Contains(factory)).ToArray();
        var shares = (book.AllocationRule as ReservedShareAllocation)?.Shares ?? new Dictionary<PartyId, decimal>();
        var total = book.Bookings.Sum(b => (long)b.Units);
        var sellers = book.Bookings.Select(b => b.Seller).Concat(shares.Keys).Append(seller).Concat(atFactory.Select(p => p.Seller)).Distinct();
        var holdings = sellers.Select(s =>
            {
                var theirs = book.Bookings.Where(b => b.Seller == s).ToArray();
                var units = theirs.Sum(b => (long)b.Units);
                return new CapacityHolding(s, theirs.Length, units, total == 0 ? 0m : (decimal)units / total, shares.GetValueOrDefault(s));
            })
            .OrderByDescending(h => h.BookedUnits)
            .ThenBy(h => h.Seller.Value, StringComparer.Ordinal)
            .ToArray();
        return new SharedCapacity(product, seller, agreement, book, atFactory, holdings);
    }
}
