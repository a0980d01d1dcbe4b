using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Tests.Inventory;

public sealed class InventoryPositionTests
{
    [Fact]
    public void Position_is_on_hand_plus_on_order_minus_backorders()
    {
        // By the definition (Silver, Pyke and Thomas): 80 + 20 − 5 = 95; without the 5 reserved: 90.
        var position = new InventoryPosition(onHand: 80, onOrder: 20, backordered: 5, reserved: 5);
        position.Value.Should().Be(95);
        position.AvailableValue.Should().Be(90);
        position.WithoutReserved().Should().Be(new InventoryPosition(75, 20, 5));
        position.WithoutReserved().Value.Should().Be(90);
        position.ToString().Should().Be("position 95 = on hand 80 (reserved 5) + on order 20 - backordered 5");
    }

    [Theory]
    [InlineData(12, 12, 0)]
    [InlineData(0, 0, 0)]
    [InlineData(-7, 0, 7)]
    public void A_net_figure_becomes_on_hand_or_backorders(int net, int onHand, int backordered)
    {
        var position = InventoryPosition.FromNet(net);
        position.Should().Be(new InventoryPosition(onHand, 0, backordered));
        position.Value.Should().Be(net);
    }

    [Fact]
    public void Bad_figures_are_named()
    {
        FluentActions.Invoking(() => new InventoryPosition(-1, 0, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("onHand").WithMessage("onHand must not be negative, but was -1.*");
        FluentActions.Invoking(() => new InventoryPosition(3, 0, 0, reserved: 4)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("reserved").WithMessage("reserved must not exceed onHand, but 4 units are reserved of 3 on hand.*");
    }
}
