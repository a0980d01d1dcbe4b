using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Analytics;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using static SupplyChain.Domain.Tests.Products.SupplyNetworkFixture;

namespace SupplyChain.Domain.Tests.Analytics;

/// <summary>
/// The supply-network fixture (sellers A, B, C) plus two more products of seller A: a bowl made only at F-YW (seller
/// C's bottle factory, no bill of materials) and a plate made only at F-DG (A's backup mug factory, which no other
/// seller uses).
/// </summary>
public sealed class SharedFactoryExposureTests
{
    private static readonly PartyId SellerA = new("seller-A");
    private static readonly ProductId BowlA = new("P-A-BOWL");
    private static readonly ProductId PlateA = new("P-A-PLATE");

    private static (List<Action<SupplyNetwork>> Nodes, List<Action<SupplyNetwork>> Relationships) ExposureCommands()
    {
        var (nodes, relationships) = Commands();
        nodes.Add(n => n.AddProduct(Product(BowlA, "seller-A")));
        nodes.Add(n => n.AddProduct(Product(PlateA, "seller-A")));
        relationships.Add(n => n.AddSourcingAgreement(Agreement(BowlA, Yiwu, 2.20m)));
        relationships.Add(n => n.AddSourcingAgreement(Agreement(PlateA, Dongguan, 1.60m)));
        return (nodes, relationships);
    }

    private static SupplyNetwork BuildNetwork(Random? shuffle = null)
    {
        var (nodes, relationships) = ExposureCommands();
        var network = new SupplyNetwork();
        foreach (var command in shuffle is null
            ? nodes.Concat(relationships)
            : nodes.OrderBy(_ => shuffle.Next()).Concat(relationships.OrderBy(_ => shuffle.Next())))
        {
            command(network);
        }

        return network;
    }

    private static Dictionary<ProductId, decimal> Revenue(decimal mug, decimal bowl, decimal plate) =>
        new() { [MugA] = mug, [BowlA] = bowl, [PlateA] = plate };

    [Fact]
    public void Exposure_is_aggregated_per_facility_shared_with_competitors()
    {
        // Revenue: mug 5,000, bowl 3,000, plate 2,000 → total 10,000.
        var exposure = SharedFactoryExposure.Of(BuildNetwork(), SellerA, Revenue(5000m, 3000m, 2000m));

        // Worked by hand from the fixture:
        // - A's mug shares factory F-SZ with B's mug and producer R-NB with C's bottle; its backup factory F-DG means
        //   no single loss cuts it off. Weight 5,000 → 0.5 on each.
        // - A's bowl shares factory F-YW with C's bottle; F-YW is its only factory (single point of failure). 3,000 → 0.3.
        // - A's plate shares F-DG only with A's own mug: not a competitor, so not exposed.
        // Order: weight share 0.5, 0.5, 0.3; the tie F-SZ / R-NB (one product each) is broken by id.
        exposure.Facilities.Select(f => f.Facility).Should().Equal(Shenzhen, Resin, Yiwu);

        var shenzhen = exposure.Facilities[0];
        shenzhen.SharedAsFactory.Should().BeTrue();
        shenzhen.Products.Should().Equal(MugA);
        shenzhen.CompetitorProducts.Should().Equal(MugB);
        shenzhen.Competitors.Should().Equal(new PartyId("seller-B"));
        shenzhen.Weight.Should().Be(5000m);
        shenzhen.WeightShare.Should().Be(0.5m);
        shenzhen.ProductShare.Should().BeApproximately(1m / 3m, 1e-20m);
        shenzhen.SinglePointOfFailureFor.Should().Be(0);

        var resin = exposure.Facilities[1];
        resin.SharedAsFactory.Should().BeFalse("R-NB is shared only upstream, as the resin producer");
        resin.Competitors.Should().Equal(new PartyId("seller-C"));
        resin.CompetitorProducts.Should().Equal(BottleC);
        resin.WeightShare.Should().Be(0.5m);

        var yiwu = exposure.Facilities[2];
        yiwu.SharedAsFactory.Should().BeTrue();
        yiwu.Products.Should().Equal(BowlA);
        yiwu.Weight.Should().Be(3000m);
        yiwu.WeightShare.Should().Be(0.3m);
        yiwu.SinglePointOfFailureFor.Should().Be(1);
        yiwu.ToString().Should().Be("F-YW (factory): 1 products [P-A-BOWL], weight 3000 (0.3), competitors [seller-C], single point of failure for 1");

        // Exposed: mug and bowl (2 of 3 products), 5,000 + 3,000 = 8,000 of 10,000 = 0.8 (the mug counted once
        // although it shares two facilities). One shared single point of failure (F-YW for the bowl).
        exposure.ProductCount.Should().Be(3);
        exposure.ExposedProducts.Should().Equal(BowlA, MugA); // by id
        exposure.ExposedProductShare.Should().BeApproximately(2m / 3m, 1e-20m);
        exposure.ExposedWeight.Should().Be(8000m);
        exposure.ExposedWeightShare.Should().Be(0.8m);
        exposure.SharedSinglePointsOfFailure.Should().Be(1);
        exposure.ToString().Should().Be("seller-A: 2 of 3 products exposed (0.8 of weight), 3 shared facilities, 1 shared single points of failure");
    }

    [Fact]
    public void A_product_without_a_weight_counts_as_zero_and_a_seller_alone_in_its_factories_is_not_exposed()
    {
        // Only the plate has a weight: the exposed mug and bowl weigh nothing, so every share of weight is 0.
        var exposure = SharedFactoryExposure.Of(BuildNetwork(), SellerA, new Dictionary<ProductId, decimal> { [PlateA] = 100m });
        exposure.ExposedWeightShare.Should().Be(0m);
        exposure.Facilities.Should().OnlyContain(f => f.WeightShare == 0m);
        // Ties on weight are broken by product count, then id: F-SZ, F-YW, R-NB.
        exposure.Facilities.Select(f => f.Facility).Should().Equal(Shenzhen, Yiwu, Resin);

        // Seller B's mug shares F-SZ with A's mug only: exposed at F-SZ, which is its single point of failure.
        var b = SharedFactoryExposure.Of(BuildNetwork(), new PartyId("seller-B"), new Dictionary<ProductId, decimal> { [MugB] = 7m });
        b.Facilities.Should().ContainSingle().Which.SinglePointOfFailureFor.Should().Be(1);
        b.ExposedWeightShare.Should().Be(1m);
    }

    [Fact]
    public void Bad_weights_are_refused()
    {
        var network = BuildNetwork();
        FluentActions.Invoking(() => SharedFactoryExposure.Of(network, SellerA, new Dictionary<ProductId, decimal> { [MugB] = 1m }))
            .Should().Throw<ArgumentException>().WithParameterName("weights")
            .WithMessage("weights lists product P-B-MUG, which seller seller-B sells, not seller-A.*");
        FluentActions.Invoking(() => SharedFactoryExposure.Of(network, SellerA, new Dictionary<ProductId, decimal> { [new ProductId("P-X")] = 1m }))
            .Should().Throw<ArgumentException>().WithParameterName("weights").WithMessage("product P-X is not in the network.*");
        FluentActions.Invoking(() => SharedFactoryExposure.Of(network, SellerA, Revenue(1m, -1m, 0m)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weights").WithMessage("weights must not be negative, but was -1.*");
        FluentActions.Invoking(() => SharedFactoryExposure.Of(network, SellerA, Revenue(0m, 0m, 0m)))
            .Should().Throw<ArgumentException>().WithParameterName("weights").WithMessage("weights must not be negative and must not all be zero.*");
        FluentActions.Invoking(() => SharedFactoryExposure.Of(null!, SellerA, Revenue(1m, 1m, 1m)))
            .Should().Throw<ArgumentNullException>().WithParameterName("network");
    }

    private const int Runs = 50;

    /// <summary>A shuffle seed and revenue weights of 0 to 65,535 for the mug and the bowl (one in four zero) and 1 to 65,536 for the plate.</summary>
    private static readonly Gen<(int Seed, int Mug, int Bowl, int Plate)> Cases =
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        from mug in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 65_535)))
        from bowl in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 65_535)))
        from plate in Gen.Choose(1, 65_536)
        select (seed, mug, bowl, plate);

    [Fact]
    public void The_cases_reach_zero_and_positive_weights_for_the_mug_and_the_bowl()
    {
        Reach.Covers(Cases, Runs, given => [given.Mug == 0 ? "mug weight zero" : "mug weight positive", given.Bowl == 0 ? "bowl weight zero" : "bowl weight positive"],
            ["mug weight zero", "mug weight positive", "bowl weight zero", "bowl weight positive"]);
    }

    [Property(MaxTest = Runs)]
    public Property Shares_lie_between_0_and_1_and_do_not_depend_on_insertion_order() => Prop.ForAll(Cases.ToArbitrary(), given =>
    {
        var weights = Revenue(given.Mug, given.Bowl, given.Plate);
        var expected = SharedFactoryExposure.Of(BuildNetwork(), SellerA, weights);
        var shuffled = SharedFactoryExposure.Of(BuildNetwork(new Random(given.Seed)), SellerA, weights);

        shuffled.ToString().Should().Be(expected.ToString());
        shuffled.Facilities.Select(f => f.ToString()).Should().Equal(expected.Facilities.Select(f => f.ToString()));
        shuffled.ExposedProducts.Should().Equal(expected.ExposedProducts);
        new[] { expected.ExposedProductShare, expected.ExposedWeightShare }
            .Concat(expected.Facilities.SelectMany(f => new[] { f.ProductShare, f.WeightShare }))
            .Should().OnlyContain(share => share >= 0m && share <= 1m);
        expected.Facilities.Should().OnlyContain(f => f.WeightShare <= expected.ExposedWeightShare);
    });
}
