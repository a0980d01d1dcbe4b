using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>The last-mile check lives on the options (issue 13): the most specific region, or none, in words.</summary>
public sealed class LastMileCoverageTests
{
    [Fact]
    public void The_most_specific_region_covers_an_address()
    {
        // Chicago 60601 starts with the Chicago option's prefix 606 (3 digits), more specific than the whole-US option.
        var chicago = LastMile().Check(Chicago);
        chicago.IsCovered.Should().BeTrue();
        chicago.Option!.Region.Should().Be("Chicago");
        chicago.ToString().Should().Be("Platform network (PlatformNetwork) serves Chicago");

        // Seattle 98101: only the whole-country option covers it.
        LastMile().Check(new Address(US, "Seattle") { PostalCode = "98101" }).Option!.CarrierName.Should().Be("Example Parcel Co");
    }

    [Fact]
    public void An_address_no_option_covers_is_reported_not_thrown()
    {
        var berlin = new Address(CountryCode.Parse("DE"), "Berlin") { PostalCode = "10115" };

        var coverage = LastMile().Check(berlin);

        coverage.IsCovered.Should().BeFalse();
        coverage.Option.Should().BeNull();
        coverage.ToString().Should().Be($"no last-mile option covers {berlin}");
        FluentActions.Invoking(() => LastMile().Check(null!)).Should().Throw<ArgumentNullException>().WithParameterName("destination");
    }
}
