using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Products;
using static SupplyChain.Domain.Tests.Products.SupplyNetworkFixture;

namespace SupplyChain.Domain.Tests.Products;

public sealed class SupplyNetworkTests
{
    [Fact]
    public void The_upstream_chain_of_a_product_lists_factories_then_their_suppliers()
    {
        var upstream = Build().UpstreamOf(MugA);

        upstream.Select(u => (u.Facility.Value, u.Tier)).Should().Equal(("F-DG", 1), ("F-SZ", 1), ("R-FS", 2), ("R-NB", 2));
        upstream.Single(u => u.Facility == Resin).OperatedBy.Should().Be(new PartyId("R-CORP"));
    }

    [Fact]
    public void Peer_products_sharing_a_factory_or_only_a_producer_are_found_with_the_shared_node_named()
    {
        var peers = Build().PeersOf(MugA);

        peers.Should().HaveCount(2);
        peers[0].Product.Should().Be(MugB);
        peers[0].Seller.Should().Be(new PartyId("seller-B"));
        peers[0].SharesFactory.Should().BeTrue();
        peers[0].SharedFactories.Should().Equal(Shenzhen);
        peers[0].SharedUpstream.Should().BeEmpty();
        peers[1].Product.Should().Be(BottleC);
        peers[1].SharesFactory.Should().BeFalse();
        peers[1].SharedFactories.Should().BeEmpty();
        peers[1].SharedUpstream.Should().Equal(Resin);
        peers[1].ToString().Should().Be("P-C-BOTTLE of seller-C: factories []; upstream [R-NB]");
    }

    [Fact]
    public void Products_depending_on_a_factory_or_a_producer()
    {
        var network = Build();

        network.ProductsDependingOn(Shenzhen).Should().Equal(MugA, MugB);
        network.ProductsDependingOn(Resin).Should().Equal(MugA, BottleC);
        network.ProductsDependingOn(new PartyId("R-CORP")).Should().Equal(MugA, BottleC);
        network.ProductsDependingOn(new PartyId("nobody")).Should().BeEmpty();
    }

    [Fact]
    public void The_only_factory_of_a_product_is_a_single_point_of_failure()
    {
        var network = Build();

        // Seller B's mug has one factory and no bill of materials: losing F-SZ cuts it off.
        network.SinglePointsOfFailure(MugB).Select(u => u.Facility).Should().Equal(Shenzhen);
        // Seller C's bottle: its only factory, and that factory's only resin supplier.
        network.SinglePointsOfFailure(BottleC).Select(u => u.Facility).Should().Equal(Yiwu, Resin);
        // Seller A's mug has a backup factory (F-DG needs nothing on record), so no single loss cuts it off.
        network.SinglePointsOfFailure(MugA).Should().BeEmpty();
    }

    [Fact]
    public void Alternative_suppliers_of_a_component_are_not_single_points_of_failure_but_a_sole_one_is()
    {
        var network = new SupplyNetwork();
        foreach (var id in new[] { "F", "R1", "R2", "G" })
        {
            network.AddFacility(Factory(new FacilityId(id), "op-" + id, "Ningbo"));
        }

        network.AddProduct(Product(MugA, "seller-A"));
        network.AddSourcingAgreement(Agreement(MugA, new FacilityId("F"), 1m));
        network.AddBillOfMaterials(new BillOfMaterials(MugA, new FacilityId("F"),
        [
            new BomLine("resin", 1m, new FacilityId("R1")),
            new BomLine("resin", 1m, new FacilityId("R2")),
            new BomLine("glaze", 1m, new FacilityId("G")),
        ]));

        // Resin comes from R1 or R2 (either will do); glaze only from G, and both are needed.
        network.SinglePointsOfFailure(MugA).Select(u => u.Facility.Value).Should().Equal("F", "G");
    }

    [Fact]
    public void Spend_concentration_of_30_30_20_20_by_manufacturer_is_2600_highly_concentrated()
    {
        var network = new SupplyNetwork();
        var products = new[] { "P1", "P2", "P3", "P4" }.Select(p => new ProductId(p)).ToArray();
        for (var i = 0; i < 4; i++)
        {
            var factory = new FacilityId("F" + (i + 1));
            network.AddFacility(Factory(factory, "M" + (i + 1), "Shenzhen"));
            network.AddProduct(Product(products[i], "seller-A"));
            network.AddSourcingAgreement(Agreement(products[i], factory, 2.00m));
        }

        // 1,500 + 1,500 + 1,000 + 1,000 units at 2.00 USD: 3,000 + 3,000 + 2,000 + 2,000 = 10,000 USD,
        // shares 30/30/20/20 %; HHI = 900 + 900 + 400 + 400 = 2,600.
        var bought = new Dictionary<ProductId, int> { [products[0]] = 1500, [products[1]] = 1500, [products[2]] = 1000, [products[3]] = 1000 };

        var spend = SupplierConcentration.SpendByManufacturer(network, new PartyId("seller-A"), bought, AsOf);
        var hhi = SupplierConcentration.ByManufacturer(network, new PartyId("seller-A"), bought, AsOf);

        spend.Select(s => (s.Manufacturer.Value, s.Spend, s.SharePercent)).Should().Equal(
            ("M1", new Money(3000m, Currency.USD), 30m), ("M2", new Money(3000m, Currency.USD), 30m),
            ("M3", new Money(2000m, Currency.USD), 20m), ("M4", new Money(2000m, Currency.USD), 20m));
        hhi.Value.Should().Be(2600m);
        hhi.Band.Should().Be(ConcentrationBand.HighlyConcentrated);
    }

    [Fact]
    public void Spend_uses_the_agreement_in_force_and_groups_by_manufacturer()
    {
        var network = Build();

        // Seller A's mug: F-SZ (priority 1) at 1.85 USD; 1,000 units → 1,850 USD, all with M-SZ.
        var spend = SupplierConcentration.SpendByManufacturer(network, new PartyId("seller-A"), new Dictionary<ProductId, int> { [MugA] = 1000 }, AsOf);

        spend.Should().ContainSingle().Which.Spend.Should().Be(new Money(1850m, Currency.USD));
        SupplierConcentration.ByManufacturer(network, new PartyId("seller-A"), new Dictionary<ProductId, int> { [MugA] = 1000 }, AsOf).Value.Should().Be(10_000m);
        FluentActions.Invoking(() => SupplierConcentration.SpendByManufacturer(network, new PartyId("seller-A"), new Dictionary<ProductId, int> { [MugB] = 10 }, AsOf))
            .Should().Throw<ArgumentException>().WithParameterName("unitsBought")
            .WithMessage("unitsBought lists product P-B-MUG, which seller seller-B sells, not seller-A.*");
        FluentActions.Invoking(() => SupplierConcentration.SpendByManufacturer(network, new PartyId("seller-A"), new Dictionary<ProductId, int> { [MugA] = 10 }, new NodaTime.LocalDate(2024, 12, 31)))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.ProductsAgreementInForce)
            .WithMessage("Cannot price the purchase of P-A-MUG: it has no sourcing agreement in force on 2024-12-31.");
    }

    [Fact]
    public void A_cycle_in_supply_relationships_is_refused_and_leaves_the_network_unchanged()
    {
        var network = Build();
        // F-YW supplies cups to F-SZ for seller B's mug; F-SZ supplying handles to F-YW would close a cycle.
        network.AddBillOfMaterials(new BillOfMaterials(MugB, Shenzhen, [new BomLine("cup body", 1m, Yiwu)]));
        var before = Snapshot(network);

        FluentActions.Invoking(() => network.AddBillOfMaterials(new BillOfMaterials(BottleC, Yiwu, [new BomLine("handle", 1m, Shenzhen)])))
            .Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkOneBomPerFactory, "C's bottle already has a bill of materials at F-YW");

        network.AddProduct(Product(new ProductId("P-C-JUG"), "seller-C"));
        before = Snapshot(network);
        FluentActions.Invoking(() => network.AddBillOfMaterials(new BillOfMaterials(new ProductId("P-C-JUG"), Yiwu,
                [new BomLine("resin", 1m, Resin), new BomLine("handle", 1m, Shenzhen)])))
            .Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkAcyclic)
            .WithMessage("Cannot add the bill of materials of P-C-JUG at F-YW: F-SZ would supply F-YW, but F-YW already supplies F-SZ (path F-YW → F-SZ), so the supply relationships would form a cycle.");
        Snapshot(network).Should().Be(before);

        FluentActions.Invoking(() => network.AddBillOfMaterials(new BillOfMaterials(new ProductId("P-C-JUG"), Yiwu, [new BomLine("resin", 1m, Yiwu)])))
            .Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkAcyclic)
            .WithMessage("Cannot add the bill of materials of P-C-JUG at F-YW: F-YW cannot supply a component to itself, so the supply relationships would form a cycle.");
        Snapshot(network).Should().Be(before);
    }

    [Fact]
    public void Other_refused_commands_leave_the_network_unchanged()
    {
        var network = Build();
        var before = Snapshot(network);

        FluentActions.Invoking(() => network.AddFacility(Factory(Shenzhen, "someone-else", "Shenzhen"))).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkUniqueId).WithMessage("Cannot add facility F-SZ: the network already has a facility with that id.");
        FluentActions.Invoking(() => network.AddSourcingAgreement(Agreement(new ProductId("P-UNKNOWN"), Shenzhen, 1m))).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkKnownNode)
            .WithMessage("Cannot add the sourcing agreement of P-UNKNOWN at F-SZ: product P-UNKNOWN is not in the network; add it first.");
        FluentActions.Invoking(() => network.AddSourcingAgreement(Agreement(MugB, Yiwu, 1m))).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkUnambiguousSourcing)
            .WithMessage("Cannot add the sourcing agreement of P-B-MUG at F-YW: the agreement at F-SZ has the same priority 1 and an overlapping validity, so neither would be the one in force.");
        FluentActions.Invoking(() => network.AddBillOfMaterials(new BillOfMaterials(MugB, Shenzhen, [new BomLine("resin", 1m, new FacilityId("R-NOWHERE"))])))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.ProductsNetworkKnownNode);

        Snapshot(network).Should().Be(before);
        FluentActions.Invoking(() => network.UpstreamOf(new ProductId("P-UNKNOWN"))).Should().Throw<ArgumentException>()
            .WithParameterName("product").WithMessage("product P-UNKNOWN is not in the network.*");
    }

    [Fact]
    public void Sourcing_only_from_a_factory()
    {
        var network = new SupplyNetwork();
        network.AddFacility(new Domain.Parties.Facility(new FacilityId("WH"), Domain.Parties.FacilityKind.SellerWarehouse, new PartyId("s"),
            new Domain.Parties.Address(CountryCode.Parse("CN"), "Shenzhen"), NodaTime.DateTimeZoneProviders.Tzdb["Asia/Shanghai"], Domain.Parties.WorkingCalendar.MondayToFriday));
        network.AddProduct(Product(MugA, "s"));

        FluentActions.Invoking(() => network.AddSourcingAgreement(Agreement(MugA, new FacilityId("WH"), 1m))).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkSourcingFromFactory)
            .WithMessage("Cannot add the sourcing agreement of P-A-MUG: facility WH is a SellerWarehouse, but products are sourced from a Factory.");
        network.SourcingAgreements.Should().BeEmpty();
    }

    [Fact]
    public void Products_are_stocked_downstream_at_platform_storage_centres()
    {
        var network = Build();

        // The fixture stocks A's mug at Dallas and Leipzig, B's mug at Leipzig, C's bottle nowhere.
        network.StorageCentresOf(MugA).Select(f => f.Id).Should().Equal(Dallas, Leipzig);
        network.StorageCentresOf(MugA).Should().OnlyContain(f => f.OperatedBy == Platform);
        network.StorageCentresOf(BottleC).Should().BeEmpty();
        network.ProductsStockedAt(Leipzig).Should().Equal(MugA, MugB);
        network.ProductsStockedAt(Dallas).Should().Equal(MugA);
        network.ProductsStockedAt(Shenzhen).Should().BeEmpty("a factory stocks nothing");

        // The same fact again changes nothing; a new one is added.
        network.AddStockingLocation(MugB, Leipzig).Should().BeFalse();
        network.AddStockingLocation(BottleC, Dallas).Should().BeTrue();
        network.ProductsStockedAt(Dallas).Should().Equal(MugA, BottleC);

        // Stocking is downstream: it does not make a storage centre a supplier of anything.
        network.UpstreamOf(MugA).Select(u => u.Facility).Should().NotContain([Leipzig, Dallas]);
        network.ProductsDependingOn(Leipzig).Should().BeEmpty();
        FluentActions.Invoking(() => network.ProductsStockedAt(new FacilityId("ISC-NOWHERE"))).Should().Throw<ArgumentException>()
            .WithParameterName("storageCentre").WithMessage("facility ISC-NOWHERE is not in the network.*");
        FluentActions.Invoking(() => network.StorageCentresOf(new ProductId("P-UNKNOWN"))).Should().Throw<ArgumentException>()
            .WithParameterName("product");
    }

    [Fact]
    public void Stocking_is_refused_for_unknown_nodes_and_facilities_that_are_not_storage_centres()
    {
        var network = Build();
        var before = Snapshot(network);

        FluentActions.Invoking(() => network.AddStockingLocation(new ProductId("P-UNKNOWN"), Leipzig)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkKnownNode)
            .WithMessage("Cannot add the stocking of P-UNKNOWN at ISC-LEJ: product P-UNKNOWN is not in the network; add it first.");
        FluentActions.Invoking(() => network.AddStockingLocation(BottleC, new FacilityId("ISC-NOWHERE"))).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkKnownNode)
            .WithMessage("Cannot add the stocking of P-C-BOTTLE at ISC-NOWHERE: facility ISC-NOWHERE is not in the network; add it first.");
        FluentActions.Invoking(() => network.AddStockingLocation(BottleC, Yiwu)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkStockedAtStorageCentre)
            .WithMessage("Cannot stock P-C-BOTTLE at F-YW: facility F-YW is a Factory, but products are stocked at an InternationalStorageCentre.");
        FluentActions.Invoking(() => network.AddStockingLocation(null!, Leipzig)).Should().Throw<ArgumentNullException>().WithParameterName("product");

        Snapshot(network).Should().Be(before);
    }

    [Fact]
    public void A_storage_centre_that_supplies_a_factory_cannot_stock_its_products()
    {
        // The Leipzig storage centre also ships display boxes to F-YW for a new jug of seller C (an odd but possible
        // flow): ISC-LEJ → F-YW. F-YW makes the jug, so stocking the jug at Leipzig would add F-YW → ISC-LEJ: a cycle.
        var network = Build();
        var jug = new ProductId("P-C-JUG");
        network.AddProduct(Product(jug, "seller-C"));
        network.AddSourcingAgreement(Agreement(jug, Yiwu, 2.40m));
        network.AddBillOfMaterials(new BillOfMaterials(jug, Yiwu, [new BomLine("display box", 1m, Leipzig)]));
        var before = Snapshot(network);

        FluentActions.Invoking(() => network.AddStockingLocation(jug, Leipzig)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkAcyclic)
            .WithMessage("Cannot add the stocking of P-C-JUG at ISC-LEJ: F-YW would supply ISC-LEJ, but ISC-LEJ already supplies F-YW (path ISC-LEJ → F-YW), so the supply relationships would form a cycle.");
        Snapshot(network).Should().Be(before);

        // Seller B's mug is stocked at Leipzig; a second sourcing agreement at F-YW would make F-YW supply Leipzig.
        FluentActions.Invoking(() => network.AddSourcingAgreement(Agreement(MugB, Yiwu, 2.00m, priority: 2))).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkAcyclic)
            .WithMessage("Cannot add the sourcing agreement of P-B-MUG at F-YW: F-YW would supply ISC-LEJ, but ISC-LEJ already supplies F-YW (path ISC-LEJ → F-YW), so the supply relationships would form a cycle.");
        Snapshot(network).Should().Be(before);

        // F-SZ makes A's mug, stocked at Leipzig (F-SZ → ISC-LEJ): Leipzig cannot supply F-SZ.
        FluentActions.Invoking(() => network.AddBillOfMaterials(new BillOfMaterials(MugB, Shenzhen, [new BomLine("display box", 1m, Leipzig)])))
            .Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsNetworkAcyclic)
            .WithMessage("Cannot add the bill of materials of P-B-MUG at F-SZ: ISC-LEJ would supply F-SZ, but F-SZ already supplies ISC-LEJ (path F-SZ → ISC-LEJ), so the supply relationships would form a cycle.");
        Snapshot(network).Should().Be(before);
    }

    /// <summary>Any 32-bit seed for the shuffles (the default generator would give only −100 to 100).</summary>
    [Property(MaxTest = 50)]
    public Property Graph_queries_are_independent_of_insertion_order() => Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary(), seed =>
    {
        var expected = Queries(Build());
        var random = new Random(seed);
        var (nodes, relationships) = Commands();
        var network = new SupplyNetwork();
        foreach (var command in nodes.OrderBy(_ => random.Next()).Concat(relationships.OrderBy(_ => random.Next())))
        {
            command(network);
        }

        Queries(network).Should().Be(expected);
    });

    private static string Snapshot(SupplyNetwork network) =>
        string.Join(" | ", network.Facilities.Select(f => f.Id.Value))
        + " || " + string.Join(" | ", network.Products.Select(p => p.Id.Value))
        + " || " + string.Join(" | ", network.SourcingAgreements)
        + " || " + string.Join(" | ", network.BillsOfMaterials.Select(b => b + ": " + string.Join(", ", b.Lines)))
        + " || " + Queries(network);

    private static string Queries(SupplyNetwork network) => string.Join(
        "\n",
        network.Products.Select(p => p.Id).Select(p =>
            $"{p}: up [{string.Join(", ", network.UpstreamOf(p))}] peers [{string.Join("; ", network.PeersOf(p))}] "
            + $"spof [{string.Join(", ", network.SinglePointsOfFailure(p))}] stocked [{string.Join(", ", network.StorageCentresOf(p).Select(f => f.Id))}]")
        .Concat(network.Facilities.Select(f => $"{f.Id} ← [{string.Join(", ", network.ProductsDependingOn(f.Id))}] "
            + $"stocks [{string.Join(", ", network.ProductsStockedAt(f.Id))}]")));
}
