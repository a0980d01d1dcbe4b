using SupplyChain.Domain.Fulfilment.Pickup;
using static SupplyChain.Domain.Tests.Fulfilment.PickupTestData;

namespace SupplyChain.Domain.Tests.Fulfilment;

public sealed class PickupEligibilityTests
{
    // A programme serving two Chinese clusters for sellers that sold more than 1,200 units in the last 30 days.
    private static readonly PickupProgramme Programme = new("south-china-pickup", [PearlRiverDelta, Yiwu]) { TrailingWindowDays = 30, ThresholdUnits = 1_200 };

    [Fact]
    public void A_seller_in_a_served_cluster_with_sales_above_the_threshold_is_eligible()
    {
        var result = Programme.Assess(SellerWarehouse("F-SZ-1", "Shenzhen"), 1_201);

        result.IsEligible.Should().BeTrue();
        result.Refusals.Should().BeEmpty();
        result.Cluster.Should().BeSameAs(PearlRiverDelta);
        result.TrailingUnitsSold.Should().Be(1_201);
        result.ThresholdUnits.Should().Be(1_200);
        result.TrailingWindowDays.Should().Be(30);
        result.ToString().Should().Be("F-SZ-1 eligible for south-china-pickup: in Pearl River Delta electronics; 1201 units in 30 days is above 1200");
    }

    [Fact]
    public void Sales_equal_to_the_threshold_do_not_exceed_it()
    {
        // "Exceed" is strict: 1,200 units against a threshold of 1,200 is refused.
        var result = Programme.Assess(SellerWarehouse("F-YW-1", "yiwu"), 1_200);

        result.IsEligible.Should().BeFalse();
        result.Cluster.Should().BeSameAs(Yiwu, "city names compare ignoring case");
        result.Refusals.Should().Equal(PickupRefusalReason.SalesNotAboveThreshold);
        result.ToString().Should().Be("F-YW-1 not eligible for south-china-pickup: 1200 units in 30 days is not above 1200");
    }

    [Fact]
    public void A_seller_outside_the_served_clusters_is_refused_with_that_reason()
    {
        var result = Programme.Assess(SellerWarehouse("F-NB-1", "Ningbo"), 5_000);

        result.IsEligible.Should().BeFalse();
        result.Cluster.Should().BeNull();
        result.Refusals.Should().Equal(PickupRefusalReason.OutsideServedClusters);
    }

    [Fact]
    public void A_facility_in_a_city_of_the_same_name_in_another_country_is_outside()
    {
        var result = Programme.Assess(SellerWarehouse("F-US-1", "Shenzhen", UnitedStates, LosAngeles), 5_000);

        result.Refusals.Should().Equal(PickupRefusalReason.OutsideServedClusters);
    }

    [Fact]
    public void Both_failed_rules_are_reported()
    {
        var result = Programme.Assess(SellerWarehouse("F-NB-2", "Ningbo"), 10);

        result.Refusals.Should().Equal(PickupRefusalReason.OutsideServedClusters, PickupRefusalReason.SalesNotAboveThreshold);
        result.ToString().Should().Be("F-NB-2 not eligible for south-china-pickup: outside the served clusters; 10 units in 30 days is not above 1200");
    }

    [Fact]
    public void A_zero_threshold_admits_any_seller_with_one_sale()
    {
        var programme = new PickupProgramme("open", [Yiwu]) { TrailingWindowDays = 7, ThresholdUnits = 0 };
        programme.Assess(SellerWarehouse("F-YW-2", "Yiwu"), 1).IsEligible.Should().BeTrue();
        programme.Assess(SellerWarehouse("F-YW-2", "Yiwu"), 0).IsEligible.Should().BeFalse();
    }

    [Fact]
    public void Bad_programmes_and_inputs_are_refused_with_clear_messages()
    {
        FluentActions.Invoking(() => new PickupProgramme("p", []) { TrailingWindowDays = 30, ThresholdUnits = 1 })
            .Should().Throw<ArgumentException>().WithParameterName("servedClusters")
            .WithMessage("servedClusters must have at least one item.*");
        FluentActions.Invoking(() => new PickupProgramme("p", [Yiwu, Yiwu]) { TrailingWindowDays = 30, ThresholdUnits = 1 })
            .Should().Throw<ArgumentException>().WithParameterName("servedClusters")
            .WithMessage("servedClusters lists Yiwu small commodities more than once.*");
        FluentActions.Invoking(() => new PickupProgramme("p", [Yiwu]) { TrailingWindowDays = 0, ThresholdUnits = 1 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("TrailingWindowDays")
            .WithMessage("TrailingWindowDays must be between 1 and 366, but was 0.*");
        FluentActions.Invoking(() => new PickupProgramme("p", [Yiwu]) { TrailingWindowDays = 367, ThresholdUnits = 1 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("TrailingWindowDays")
            .WithMessage("TrailingWindowDays must be between 1 and 366, but was 367.*");
        FluentActions.Invoking(() => new PickupProgramme("p", [Yiwu]) { TrailingWindowDays = 30, ThresholdUnits = -1 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ThresholdUnits")
            .WithMessage("ThresholdUnits must not be negative, but was -1.*");
        FluentActions.Invoking(() => Programme.Assess(SellerWarehouse("F", "Yiwu"), -3))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("trailingUnitsSold")
            .WithMessage("trailingUnitsSold must not be negative, but was -3.*");
        FluentActions.Invoking(() => Programme.Assess(null!, 3))
            .Should().Throw<ArgumentNullException>().WithParameterName("facility");
    }
}
