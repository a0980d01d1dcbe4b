using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Products;

/// <summary>
/// The directed graph of supply relationships: raw-material producers and component makers supply factories (bills
/// of materials), factories make products (sourcing agreements), sellers sell them, and platforms stock them at their
/// international storage centres (stocking locations). Answers "where does my product come from", "where is it
/// stocked", "who else depends on this factory", "which peer products share my factory or my producers", "what
/// single loss would cut my product off". How concentrated a seller's spend is, is analytics
/// (<c>Analytics.SupplierConcentration</c>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Building.</b> Add facilities and products first, then sourcing agreements and bills of materials that refer to
/// them. Every command checks everything first; a refusal throws <see cref="DomainRuleException"/> and leaves the
/// network unchanged. The supply relationships between facilities never form a cycle: a factory supplies the storage
/// centres that stock its products, so a storage centre that (directly or indirectly) supplies components to a
/// factory cannot stock that factory's products.
/// </para>
/// <para>
/// <b>Supply semantics.</b> A product is supplied when one of its factories (any sourcing agreement, whatever its
/// dates) is supplied. A factory is supplied for a product when, for every component of that product's bill of
/// materials there, at least one supplier of the component is supplied (lines of one component are alternatives;
/// different components are all needed); a factory without a bill of materials needs nothing. Further upstream, a
/// supplier facility is treated as needing every component of every bill of materials recorded at it.
/// </para>
/// <para>
/// <b>Determinism.</b> Every query's result is ordered (by tier, then ordinal id), so it never depends on the order in
/// which the network was built. The graph is kept in plain dictionaries: the queries are breadth-first searches and
/// an AND/OR reachability check on a small acyclic graph, which a general graph library would not shorten.
/// </para>
/// <para>The network is an aggregate with its own history of commands and compares by reference.</para>
/// </remarks>
public sealed class SupplyNetwork
{
    private readonly Dictionary<FacilityId, Facility> _facilities = [];
    private readonly Dictionary<ProductId, Product> _products = [];
    private readonly List<SourcingAgreement> _agreements = [];

    // The same agreements by product, in the order added: so that the agreement in force, the clash check and a run
    // over a catalogue of many products look at one product's few agreements, not at all of them.
    private readonly Dictionary<ProductId, List<SourcingAgreement>> _agreementsByProduct = [];
    private readonly Dictionary<(ProductId Product, FacilityId Factory), BillOfMaterials> _boms = [];
    private readonly Dictionary<ProductId, HashSet<FacilityId>> _stockedAt = [];

    // Facility-level edges, derived from the bills of materials: customer -> suppliers and supplier -> customers.
    private readonly Dictionary<FacilityId, HashSet<FacilityId>> _suppliersOf = [];
    private readonly Dictionary<FacilityId, HashSet<FacilityId>> _customersOf = [];

    /// <summary>The facilities, ordered by id.</summary>
    public IReadOnlyList<Facility> Facilities => _facilities.Values.OrderBy(f => f.Id.Value, StringComparer.Ordinal).ToArray();

    /// <summary>The products, ordered by id.</summary>
    public IReadOnlyList<Product> Products => _products.Values.OrderBy(p => p.Id.Value, StringComparer.Ordinal).ToArray();

    /// <summary>The sourcing agreements, ordered by product, priority, start date and factory.</summary>
    public IReadOnlyList<SourcingAgreement> SourcingAgreements =>
        _agreements.OrderBy(a => a.Product.Value, StringComparer.Ordinal).ThenBy(a => a.Priority).ThenBy(a => a.ValidFrom)
            .ThenBy(a => a.Factory.Value, StringComparer.Ordinal).ToArray();

    /// <summary>The bills of materials, ordered by product and factory.</summary>
    public IReadOnlyList<BillOfMaterials> BillsOfMaterials =>
        _boms.Values.OrderBy(b => b.Product.Value, StringComparer.Ordinal).ThenBy(b => b.Factory.Value, StringComparer.Ordinal).ToArray();

    /// <summary>Adds a facility.</summary>
    /// <param name="facility">The facility.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facility"/> is null.</exception>
    /// <exception cref="DomainRuleException">A facility with that id is already in the network (rule <see cref="DomainRules.ProductsNetworkUniqueId"/>); nothing changes.</exception>
    public void AddFacility(Facility facility)
    {
        Guard.NotNull(facility);
        if (_facilities.ContainsKey(facility.Id))
        {
            throw new DomainRuleException(DomainRules.ProductsNetworkUniqueId, Guard.Format(ErrorMessages.NetworkDuplicateId, "facility", facility.Id));
        }

        _facilities.Add(facility.Id, facility);
    }

    /// <summary>Adds a product.</summary>
    /// <param name="product">The product.</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="DomainRuleException">A product with that id is already in the network (rule <see cref="DomainRules.ProductsNetworkUniqueId"/>); nothing changes.</exception>
    public void AddProduct(Product product)
    {
        Guard.NotNull(product);
        if (_products.ContainsKey(product.Id))
        {
            throw new DomainRuleException(DomainRules.ProductsNetworkUniqueId, Guard.Format(ErrorMessages.NetworkDuplicateId, "product", product.Id));
        }

        _products.Add(product.Id, product);
    }

    /// <summary>Adds a sourcing agreement: the factory makes the product.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    /// <exception cref="DomainRuleException">The product or factory is not in the network (rule <see cref="DomainRules.ProductsNetworkKnownNode"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The facility is not a factory (rule <see cref="DomainRules.ProductsNetworkSourcingFromFactory"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">Another agreement of the product has the same priority and an overlapping validity (rule <see cref="DomainRules.ProductsNetworkUnambiguousSourcing"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">A storage centre stocking the product already supplies the factory, directly or indirectly (rule <see cref="DomainRules.ProductsNetworkAcyclic"/>); nothing changes.</exception>
    public void AddSourcingAgreement(SourcingAgreement agreement)
    {
        Guard.NotNull(agreement);
        var what = Guard.Format("the sourcing agreement of {0} at {1}", agreement.Product, agreement.Factory);
        RequireProduct(agreement.Product, what);
        var factory = RequireFacility(agreement.Factory, what);
        if (factory.Kind != FacilityKind.Factory)
        {
            throw new DomainRuleException(DomainRules.ProductsNetworkSourcingFromFactory,
                Guard.Format(ErrorMessages.NetworkSourcingNotFromFactory, agreement.Product, factory.Id, factory.Kind));
        }

        var clash = AgreementsOf(agreement.Product).FirstOrDefault(a => a.Priority == agreement.Priority && a.OverlapsInTime(agreement));
        if (clash is not null)
        {
            throw new DomainRuleException(DomainRules.ProductsNetworkUnambiguousSourcing,
                Guard.Format(ErrorMessages.NetworkAmbiguousSourcing, agreement.Product, agreement.Factory, clash.Factory, agreement.Priority));
        }

        foreach (var storageCentre in StorageCentreIds(agreement.Product))
        {
            RefuseCycle(what, agreement.Factory, storageCentre);
        }

        _agreements.Add(agreement);
        if (!_agreementsByProduct.TryGetValue(agreement.Product, out var ofProduct))
        {
            _agreementsByProduct.Add(agreement.Product, ofProduct = []);
        }

        ofProduct.Add(agreement);
    }

    /// <summary>Adds a bill of materials: its suppliers supply components to the factory for the product.</summary>
    /// <param name="billOfMaterials">The bill of materials.</param>
    /// <exception cref="ArgumentNullException"><paramref name="billOfMaterials"/> is null.</exception>
    /// <exception cref="DomainRuleException">The product, the factory or a supplier is not in the network (rule <see cref="DomainRules.ProductsNetworkKnownNode"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The product already has a bill of materials at that factory (rule <see cref="DomainRules.ProductsNetworkOneBomPerFactory"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">A supplier is the factory itself or is supplied by it, directly or indirectly (rule <see cref="DomainRules.ProductsNetworkAcyclic"/>); nothing changes.</exception>
    public void AddBillOfMaterials(BillOfMaterials billOfMaterials)
    {
        Guard.NotNull(billOfMaterials);
        var (product, factory) = (billOfMaterials.Product, billOfMaterials.Factory);
        var what = Guard.Format("the bill of materials of {0} at {1}", product, factory);
        RequireProduct(product, what);
        RequireFacility(factory, what);
        foreach (var supplier in billOfMaterials.Suppliers)
        {
            RequireFacility(supplier, what);
        }

        if (_boms.ContainsKey((product, factory)))
        {
            throw new DomainRuleException(DomainRules.ProductsNetworkOneBomPerFactory, Guard.Format(ErrorMessages.NetworkDuplicateBom, product, factory));
        }

        foreach (var supplier in billOfMaterials.Suppliers)
        {
            if (supplier == factory)
            {
                throw new DomainRuleException(DomainRules.ProductsNetworkAcyclic, Guard.Format(ErrorMessages.NetworkSelfSupply, product, factory));
            }

            if (DownstreamPath(factory, supplier) is { } path)
            {
                throw new DomainRuleException(DomainRules.ProductsNetworkAcyclic,
                    Guard.Format(ErrorMessages.NetworkCycle, product, factory, supplier, string.Join(" → ", path)));
            }
        }

        // Every check passed: now, and only now, change state.
        _boms.Add((product, factory), billOfMaterials);
        foreach (var supplier in billOfMaterials.Suppliers)
        {
            Edges(_suppliersOf, factory).Add(supplier);
            Edges(_customersOf, supplier).Add(factory);
        }
    }

    /// <summary>
    /// Records that <paramref name="product"/> is stocked at <paramref name="storageCentre"/>, a platform's
    /// international storage centre (the facility's operator is the platform). Recording the same stocking location
    /// again changes nothing.
    /// </summary>
    /// <param name="product">The product (of any seller).</param>
    /// <param name="storageCentre">A facility of kind <see cref="FacilityKind.InternationalStorageCentre"/>.</param>
    /// <returns>Whether the stocking location was new.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> or <paramref name="storageCentre"/> is null.</exception>
    /// <exception cref="DomainRuleException">The product or facility is not in the network (rule <see cref="DomainRules.ProductsNetworkKnownNode"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The facility is not an international storage centre (rule <see cref="DomainRules.ProductsNetworkStockedAtStorageCentre"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The storage centre already supplies a factory of the product, directly or indirectly (rule <see cref="DomainRules.ProductsNetworkAcyclic"/>); nothing changes.</exception>
    public bool AddStockingLocation(ProductId product, FacilityId storageCentre)
    {
        Guard.NotNull(product);
        Guard.NotNull(storageCentre);
        var what = Guard.Format("the stocking of {0} at {1}", product, storageCentre);
        RequireProduct(product, what);
        var facility = RequireFacility(storageCentre, what);
        if (facility.Kind != FacilityKind.InternationalStorageCentre)
        {
            throw new DomainRuleException(DomainRules.ProductsNetworkStockedAtStorageCentre,
                Guard.Format(ErrorMessages.NetworkStockingNotAtStorageCentre, product, storageCentre, facility.Kind));
        }

        if (StorageCentreIds(product).Contains(storageCentre))
        {
            return false;
        }

        foreach (var factory in Sorted(FactoriesOf(product)))
        {
            RefuseCycle(what, factory, storageCentre);
        }

        // Every check passed: now, and only now, change state.
        return Edges(_stockedAt, product).Add(storageCentre);
    }

    /// <summary>
    /// The international storage centres where <paramref name="product"/> is stocked (its downstream end), ordered by
    /// id; each facility's <see cref="Facility.OperatedBy"/> is the platform.
    /// </summary>
    /// <param name="product">The product.</param>
    /// <returns>The storage centres; empty when the product is stocked nowhere on record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="product"/> is not in the network.</exception>
    public IReadOnlyList<Facility> StorageCentresOf(ProductId product)
    {
        RequireKnownProduct(product);
        return Sorted(StorageCentreIds(product)).Select(f => _facilities[f]).ToArray();
    }

    /// <summary>Every product, of any seller, stocked at <paramref name="storageCentre"/>; ordered by id.</summary>
    /// <param name="storageCentre">The facility.</param>
    /// <returns>The products; empty when none is stocked there (always so for a facility that is not a storage centre).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="storageCentre"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="storageCentre"/> is not in the network.</exception>
    public IReadOnlyList<ProductId> ProductsStockedAt(FacilityId storageCentre)
    {
        Guard.NotNull(storageCentre);
        if (!_facilities.ContainsKey(storageCentre))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownProduct, "facility", storageCentre), nameof(storageCentre));
        }

        return ProductIds().Where(p => StorageCentreIds(p).Contains(storageCentre)).ToArray();
    }

    /// <summary>The sourcing agreement in force for <paramref name="product"/> on <paramref name="date"/> (see <see cref="SourcingAgreement.SelectInForce"/>).</summary>
    /// <param name="product">The product.</param>
    /// <param name="date">The date.</param>
    /// <returns>The agreement, or null when none is in force.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public SourcingAgreement? AgreementInForce(ProductId product, LocalDate date) =>
        SourcingAgreement.Best(AgreementsOf(Guard.NotNull(product)), product, date);

    /// <summary>The product with id <paramref name="id"/>, without sorting the catalogue (Planning's hot path).</summary>
    internal bool TryGetProduct(ProductId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Product? product) => _products.TryGetValue(id, out product);

    /// <summary>The facility with id <paramref name="id"/>, without sorting (Planning's hot path).</summary>
    internal bool TryGetFacility(FacilityId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Facility? facility) => _facilities.TryGetValue(id, out facility);

    /// <summary>The agreements of <paramref name="product"/>, in the order added (empty when it has none).</summary>
    private List<SourcingAgreement> AgreementsOf(ProductId product) => _agreementsByProduct.GetValueOrDefault(product) ?? [];

    /// <summary>
    /// Every facility upstream of <paramref name="product"/>: its factories (tier 1), their component suppliers for
    /// this product (tier 2), their suppliers (tier 3), and so on; ordered by tier, then id.
    /// </summary>
    /// <param name="product">The product.</param>
    /// <returns>The upstream facilities; empty when the product has no sourcing agreement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="product"/> is not in the network.</exception>
    public IReadOnlyList<UpstreamFacility> UpstreamOf(ProductId product)
    {
        RequireKnownProduct(product);
        return Upstream(product).OrderBy(u => u.Value).ThenBy(u => u.Key.Value, StringComparer.Ordinal)
            .Select(u => new UpstreamFacility(_facilities[u.Key], u.Value))
            .ToArray();
    }

    /// <summary>Every product, of any seller, that has <paramref name="facility"/> upstream; ordered by id.</summary>
    /// <param name="facility">A factory or supplier facility.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facility"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="facility"/> is not in the network.</exception>
    public IReadOnlyList<ProductId> ProductsDependingOn(FacilityId facility)
    {
        Guard.NotNull(facility);
        if (!_facilities.ContainsKey(facility))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownProduct, "facility", facility), nameof(facility));
        }

        return ProductIds().Where(p => Upstream(p).ContainsKey(facility)).ToArray();
    }

    /// <summary>
    /// Every product, of any seller, that has a facility operated by <paramref name="party"/> (a manufacturer or a
    /// raw-material producer) upstream; ordered by id.
    /// </summary>
    /// <param name="party">The operating party.</param>
    /// <returns>The dependent products; empty when the party operates no facility of the network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public IReadOnlyList<ProductId> ProductsDependingOn(PartyId party)
    {
        Guard.NotNull(party);
        return ProductIds().Where(p => Upstream(p).Keys.Any(f => _facilities[f].OperatedBy == party)).ToArray();
    }

    /// <summary>
    /// The other products, of any seller, that share a factory or an upstream facility with
    /// <paramref name="product"/>, with the shared facilities named; those sharing a factory first, then by the number
    /// of shared facilities (most first), then by id.
    /// </summary>
    /// <param name="product">The product.</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="product"/> is not in the network.</exception>
    public IReadOnlyList<PeerProduct> PeersOf(ProductId product)
    {
        RequireKnownProduct(product);
        var mine = Upstream(product);
        var myFactories = FactoriesOf(product);
        var peers = new List<PeerProduct>();
        foreach (var other in ProductIds().Where(p => p != product))
        {
            var theirs = Upstream(other);
            var shared = mine.Keys.Where(theirs.ContainsKey).ToHashSet();
            if (shared.Count == 0)
            {
                continue;
            }

            var sharedFactories = myFactories.Intersect(FactoriesOf(other)).ToHashSet();
            peers.Add(new PeerProduct(other, _products[other].Seller, Sorted(sharedFactories), Sorted(shared.Except(sharedFactories))));
        }

        return peers.OrderByDescending(p => p.SharesFactory)
            .ThenByDescending(p => p.SharedFactories.Count + p.SharedUpstream.Count)
            .ThenBy(p => p.Product.Value, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// The upstream facilities whose loss alone would cut <paramref name="product"/> off from all supply (see the
    /// supply semantics in the remarks); ordered by tier, then id.
    /// </summary>
    /// <param name="product">The product.</param>
    /// <returns>The single points of failure; empty when the product has no supply to lose.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="product"/> is not in the network.</exception>
    public IReadOnlyList<UpstreamFacility> SinglePointsOfFailure(ProductId product)
    {
        var upstream = UpstreamOf(product);
        return IsSupplied(product, lost: null)
            ? upstream.Where(u => !IsSupplied(product, u.Facility)).ToArray()
            : [];
    }

    private static HashSet<FacilityId> Edges<TKey>(Dictionary<TKey, HashSet<FacilityId>> edges, TKey from)
        where TKey : notnull
    {
        if (!edges.TryGetValue(from, out var set))
        {
            set = [];
            edges.Add(from, set);
        }

        return set;
    }

    private static FacilityId[] Sorted(IEnumerable<FacilityId> ids) => ids.OrderBy(f => f.Value, StringComparer.Ordinal).ToArray();

    private IEnumerable<ProductId> ProductIds() => _products.Keys.OrderBy(p => p.Value, StringComparer.Ordinal);

    private HashSet<FacilityId> StorageCentreIds(ProductId product) =>
        _stockedAt.TryGetValue(product, out var set) ? set : [];

    /// <summary>Throws when the new edge <paramref name="supplier"/> → <paramref name="customer"/> would close a cycle.</summary>
    private void RefuseCycle(string what, FacilityId supplier, FacilityId customer)
    {
        if (DownstreamPath(customer, supplier) is { } path)
        {
            throw new DomainRuleException(DomainRules.ProductsNetworkAcyclic,
                Guard.Format(ErrorMessages.NetworkStockingCycle, what, supplier, customer, string.Join(" → ", path)));
        }
    }

    /// <summary>
    /// The facilities <paramref name="facility"/> supplies directly: its bill-of-materials customers and the storage
    /// centres stocking the products it makes; ordered by id.
    /// </summary>
    private FacilityId[] DirectCustomers(FacilityId facility)
    {
        var customers = _customersOf.TryGetValue(facility, out var set) ? new HashSet<FacilityId>(set) : [];
        foreach (var agreement in _agreements.Where(a => a.Factory == facility))
        {
            customers.UnionWith(StorageCentreIds(agreement.Product));
        }

        return Sorted(customers);
    }

    private HashSet<FacilityId> FactoriesOf(ProductId product) =>
        AgreementsOf(product).Select(a => a.Factory).ToHashSet();

    /// <summary>Breadth-first search upstream: each facility with its shortest tier.</summary>
    private Dictionary<FacilityId, int> Upstream(ProductId product)
    {
        var tiers = new Dictionary<FacilityId, int>();
        var queue = new Queue<FacilityId>();
        foreach (var factory in FactoriesOf(product))
        {
            tiers[factory] = 1;
            queue.Enqueue(factory);
        }

        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            var tier = tiers[current];
            IEnumerable<FacilityId> suppliers = tier == 1
                ? _boms.TryGetValue((product, current), out var bom) ? bom.Suppliers : []
                : _suppliersOf.TryGetValue(current, out var set) ? set : [];
            foreach (var supplier in suppliers)
            {
                if (tiers.TryAdd(supplier, checked(tier + 1)))
                {
                    queue.Enqueue(supplier);
                }
            }
        }

        return tiers;
    }

    /// <summary>The path from <paramref name="from"/> down to <paramref name="to"/> through customer and stocking edges, or null.</summary>
    private List<FacilityId>? DownstreamPath(FacilityId from, FacilityId to)
    {
        var parent = new Dictionary<FacilityId, FacilityId?> { [from] = null };
        var queue = new Queue<FacilityId>([from]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == to)
            {
                var path = new List<FacilityId>();
                for (FacilityId? step = current; step is not null; step = parent[step])
                {
                    path.Add(step);
                }

                path.Reverse();
                return path;
            }

            foreach (var customer in DirectCustomers(current))
            {
                if (parent.TryAdd(customer, current))
                {
                    queue.Enqueue(customer);
                }
            }
        }

        return null;
    }

    private bool IsSupplied(ProductId product, FacilityId? lost)
    {
        var memo = new Dictionary<FacilityId, bool>();
        return FactoriesOf(product).Any(factory =>
            factory != lost
            && ComponentsAvailable(_boms.TryGetValue((product, factory), out var bom) ? bom.Lines : [], lost, memo));
    }

    private bool ComponentsAvailable(IEnumerable<BomLine> lines, FacilityId? lost, Dictionary<FacilityId, bool> memo) =>
        lines.GroupBy(l => l.Component, StringComparer.Ordinal)
            .All(component => component.Any(line => line.Supplier != lost && FacilitySupplied(line.Supplier, lost, memo)));

    private bool FacilitySupplied(FacilityId facility, FacilityId? lost, Dictionary<FacilityId, bool> memo)
    {
        if (memo.TryGetValue(facility, out var known))
        {
            return known;
        }

        var lines = _boms.Values.Where(b => b.Factory == facility).SelectMany(b => b.Lines);
        var supplied = ComponentsAvailable(lines, lost, memo);
        memo[facility] = supplied;
        return supplied;
    }

    private void RequireKnownProduct(ProductId product)
    {
        Guard.NotNull(product);
        if (!_products.ContainsKey(product))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownProduct, "product", product), nameof(product));
        }
    }

    private void RequireProduct(ProductId product, string what)
    {
        if (!_products.ContainsKey(product))
        {
            throw new DomainRuleException(DomainRules.ProductsNetworkKnownNode, Guard.Format(ErrorMessages.NetworkUnknown, what, "product", product));
        }
    }

    private Facility RequireFacility(FacilityId facility, string what) =>
        _facilities.TryGetValue(facility, out var found)
            ? found
            : throw new DomainRuleException(DomainRules.ProductsNetworkKnownNode, Guard.Format(ErrorMessages.NetworkUnknown, what, "facility", facility));
}
