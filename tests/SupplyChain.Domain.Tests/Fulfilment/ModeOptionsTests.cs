using NodaTime;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;
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
        var act = () => new PlatformPickupMode(Reference.Eligibility, Thursdays, Reference.ConsolidationHub, Reference.LineHaul, Terms(), LastMile(), Tariff())
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
        var act = () => new PlatformWarehouseMode(warehouse.Inbound, Terms(), LastMile(), Tariff())
        {
            InboundPreparation = TransitTimeDistribution.Fixed(2),
            UnitsPerInboundShipment = 0,
        };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("UnitsPerInboundShipment must be greater than zero, but was 0.*");
        // Without a series of its own the mode plans for estimates (documented defaults).
        warehouse.InboundShipment.Should().Be(new SupplyChain.Domain.Identifiers.ShipmentId("INBOUND-ESTIMATE"));
        warehouse.InboundLabels.ToString().Should().Contain("0614141");
    }

    [Fact]
    public void Direct_express_options_are_checked_where_they_are_set()
    {
        var mode = DirectExpress();
        mode.Ioss.Should().BeFalse("parcels are not declared under IOSS unless the seller says so");
        FluentActions.Invoking(() => new DirectExpressMode([RateCard()], Incoterm.Ddp, null!)
        {
            OrderHandling = TransitTimeDistribution.Fixed(1),
            CustomsClearance = TransitTimeDistribution.Fixed(1),
        }).Should().Throw<ArgumentNullException>().WithParameterName("tariff");
        FluentActions.Invoking(() => new ExpressRateCard("x", US, new LocalDate(2026, 1, 1), ChargeableWeightRules.InternationalExpress, RateCard().Zones) { CarrierName = " " })
            .Should().Throw<ArgumentException>().WithParameterName("CarrierName");
    }

    [Fact]
    public void Low_inventory_level_input_takes_both_windows_by_name()
    {
        var input = new LowInventoryLevelFeeInput(new Money(0.89m, Currency.USD)) { ShortTermDaysOfSupply = 20, LongTermDaysOfSupply = 25 };

        (input.ShortTermDaysOfSupply, input.LongTermDaysOfSupply).Should().Be((20m, 25m));
        input.Rules.Should().BeSameAs(LowInventoryLevelFeeRules.BuiltIn);
        FluentActions.Invoking(() => new LowInventoryLevelFeeInput(new Money(0.89m, Currency.USD)) { ShortTermDaysOfSupply = -1, LongTermDaysOfSupply = 25 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ShortTermDaysOfSupply");
        FluentActions.Invoking(() => new LowInventoryLevelFeeInput(new Money(0.89m, Currency.USD)) { ShortTermDaysOfSupply = 1, LongTermDaysOfSupply = 25, Rules = null! })
            .Should().Throw<ArgumentNullException>().WithParameterName("Rules");
    }
}
