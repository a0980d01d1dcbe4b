using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Shipping;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>The modes' inputs set by name are checked as they are set, with the property named in the message.</summary>
public sealed class ModeOptionsTests
{
    private static readonly PlatformPickupMode Reference = Pickup();

    [Theory]
    [InlineData("-0.01", 200, "PickupFeePerUnit must not be negative*")]
    [InlineData("0.50", 0, "UnitsPerInboundShipment must be greater than zero, but was 0.*")]
    public void Pickup_mode_refuses_a_negative_fee_and_an_empty_shipment(string fee, int units, string message)
    {
        var act = () => new PlatformPickupMode(Reference.Eligibility, Thursdays, Reference.ConsolidationHub, Reference.LineHaul, Terms(), LastMile(), DutyRates())
        {
            PickupRun = TransitTimeDistribution.Fixed(1),
            Consolidation = TransitTimeDistribution.Fixed(2),
            PickupFeePerUnit = new Money(decimal.Parse(fee, System.Globalization.CultureInfo.InvariantCulture), Currency.USD),
            UnitsPerInboundShipment = units,
        };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
    }

    [Fact]
    public void Warehouse_mode_refuses_an_empty_shipment_and_keeps_the_estimate_defaults()
    {
        var warehouse = Warehouse();
        var act = () => new PlatformWarehouseMode(warehouse.Inbound, Terms(), LastMile(), DutyRates())
        {
            InboundPreparation = TransitTimeDistribution.Fixed(2),
            UnitsPerInboundShipment = 0,
        };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("UnitsPerInboundShipment must be greater than zero, but was 0.*");
        // Without a series of its own the mode plans for estimates (documented defaults).
        warehouse.InboundShipment.Should().Be(new SupplyChain.Domain.Identifiers.ShipmentId("INBOUND-ESTIMATE"));
        warehouse.InboundLabels.ToString().Should().Contain("0614141");
    }
}
