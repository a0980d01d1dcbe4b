using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Tests.Inventory;

public sealed class InventoryPositionTests
{
    [Fact]
    public void Position_is_on_hand_plus_on_order_minus_backorders()
    {
        // By the definition (Silver, Pyke and Thomas): 80 + 20 − 5 = 95; without the 5 reserved: 90.
        var position = new InventoryPosition(onHand: 80) { OnOrder = 20, Backordered = 5, Reserved = 5 };
        position.Value.Should().Be(95);
        position.AvailableValue.Should().Be(90);
        position.WithoutReserved().Should().Be(new InventoryPosition(75) { OnOrder = 20, Backordered = 5 });
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
        position.Should().Be(new InventoryPosition(onHand) { Backordered = backordered });
        position.Value.Should().Be(net);
    }

    [Fact]
    public void Bad_figures_are_named()
    {
        FluentActions.Invoking(() => new InventoryPosition(-1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("onHand").WithMessage("onHand must not be negative, but was -1.*");
        FluentActions.Invoking(() => new InventoryPosition(3) { Reserved = 4 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("Reserved").WithMessage("Reserved must not exceed OnHand, but 4 units are reserved of 3 on hand.*");
        FluentActions.Invoking(() => new InventoryPosition(3) { Reserved = -1 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("Reserved").WithMessage("Reserved must not be negative, but was -1.*");
        FluentActions.Invoking(() => new InventoryPosition(3) { OnOrder = -2 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("OnOrder").WithMessage("OnOrder must not be negative, but was -2.*");
        FluentActions.Invoking(() => new InventoryPosition(3) { Backordered = -5 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("Backordered").WithMessage("Backordered must not be negative, but was -5.*");
    }

    [Fact]
    public void A_copy_cannot_reserve_more_than_is_on_hand()
    {
        // On hand is set only by the constructor, so `with` keeps it and Reserved is checked against it.
        var position = new InventoryPosition(onHand: 10) { OnOrder = 4, Reserved = 2 };

        (position with { Reserved = 10 }).AvailableValue.Should().Be(4);
        FluentActions.Invoking(() => position with { Reserved = 11 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("Reserved").WithMessage("Reserved must not exceed OnHand, but 11 units are reserved of 10 on hand.*");
        FluentActions.Invoking(() => position with { OnOrder = -1 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("OnOrder");
        new InventoryPosition(7).Should().Be(new InventoryPosition(7) { OnOrder = 0, Backordered = 0, Reserved = 0 }, "each figure but on hand is 0 unless set");
    }
}
