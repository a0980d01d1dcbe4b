using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Tests.Inventory;

public sealed class InboundReconciliationTests
{
    private static readonly Sku Mug = new("MUG-350-BLK");
    private static readonly Sku Lid = new("LID-350");
    private static readonly Sku Straw = new("STRAW-10");
    private static readonly Sku Sleeve = new("SLEEVE-S");

    [Fact]
    public void Gives_the_shortages_to_claim()
    {
        // Packing list: mugs in two cartons of 12, 10 lids, 5 straws. Received: 20 mugs, 10 lids, no straws, and
        // 2 sleeves that were never shipped. Shortages 4 + 5 = 9 units to claim; the overage does not offset them.
        var reconciliation = InboundReconciliation.Of(
            [new(Mug, 12), new(Mug, 12), new(Lid, 10), new(Straw, 5)],
            [new(Mug, 20), new(Lid, 10), new(Sleeve, 2)]);

        reconciliation.Lines.Select(l => l.ToString()).Should().Equal(
            "LID-350: shipped 10, received 10 (None 0)",
            "MUG-350-BLK: shipped 24, received 20 (Shortage -4)",
            "SLEEVE-S: shipped 0, received 2 (Overage 2)",
            "STRAW-10: shipped 5, received 0 (Shortage -5)");
        reconciliation.Discrepancies.Select(d => d.Sku).Should().Equal(Mug, Sleeve, Straw);
        reconciliation.ClaimableUnits.Should().Be(9);
        reconciliation.IsBalanced.Should().BeFalse();
        reconciliation.ToString().Should().Be("4 SKUs, 3 discrepancies, 9 units to claim");
    }

    [Fact]
    public void A_complete_receipt_is_balanced()
    {
        var reconciliation = InboundReconciliation.Of([new(Mug, 24)], [new(Mug, 10), new(Mug, 14)]);
        reconciliation.IsBalanced.Should().BeTrue();
        reconciliation.ClaimableUnits.Should().Be(0);
    }

    [Fact]
    public void Bad_lines_are_refused()
    {
        FluentActions.Invoking(() => InboundReconciliation.Of(null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("shipped");
        FluentActions.Invoking(() => InboundReconciliation.Of([default], [])).Should().Throw<ArgumentNullException>().WithParameterName("shipped");
        FluentActions.Invoking(() => new SkuQuantity(Mug, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("units");
    }
}
