using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Planning;

/// <summary>
/// One SKU's day as <see cref="SaleToShelf"/> sees it: the product, the units sold that day, its inventory position,
/// the inbound lead time from ready at the factory to available on the shelf, and the replenishment policy that
/// decides how much to order (one-for-one just in time unless another is given).
/// </summary>
/// <remarks>
/// The SKU is named by its <see cref="ProductId"/> (the supply network's key; a SKU is only unique within one
/// seller); the purchase order line carries the product's <c>Sku</c>. The inbound lead time is the fulfilment mode's
/// pipeline after the factory (pickup, freight, customs, receiving), in calendar days. Equality compares every member.
/// </remarks>
public sealed record SkuDay
{
    /// <summary>The longest inbound lead time accepted, in calendar days (ten years).</summary>
    public const int MaxInboundLeadTimeDays = 3_650;

    private static readonly JustInTimePolicy JustInTime = new();

    /// <summary>Creates one SKU's day.</summary>
    /// <param name="product">The product sold.</param>
    /// <param name="unitsSold">Units sold that day; not negative.</param>
    /// <param name="position">The SKU's inventory position before the day's order.</param>
    /// <param name="inboundLeadTimeDays">Calendar days from ready at the factory to available: 0 to <see cref="MaxInboundLeadTimeDays"/>.</param>
    /// <param name="policy">The policy that decides the order, or null (the default) for one-for-one just in time (<see cref="JustInTimePolicy"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsSold"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inboundLeadTimeDays"/> is negative or more than <see cref="MaxInboundLeadTimeDays"/>.</exception>
    public SkuDay(ProductId product, int unitsSold, InventoryPosition position, int inboundLeadTimeDays, IReplenishmentPolicy? policy = null)
    {
        Product = Guard.NotNull(product);
        UnitsSold = Guard.NotNegative(unitsSold);
        Position = position;
        InboundLeadTimeDays = Guard.AtMost(Guard.NotNegative(inboundLeadTimeDays), MaxInboundLeadTimeDays, "SkuDay.MaxInboundLeadTimeDays", nameof(inboundLeadTimeDays));
        Policy = policy ?? JustInTime;
    }

    /// <summary>The product sold.</summary>
    public ProductId Product { get; }

    /// <summary>Units sold that day.</summary>
    public int UnitsSold { get; }

    /// <summary>The SKU's inventory position before the day's order.</summary>
    public InventoryPosition Position { get; }

    /// <summary>Calendar days from ready at the factory to available.</summary>
    public int InboundLeadTimeDays { get; }

    /// <summary>The policy that decides the order; one-for-one just in time (<see cref="JustInTimePolicy"/>) unless another was given.</summary>
    public IReplenishmentPolicy Policy { get; }

    /// <summary>"P-MUG: sold 7, position 40, inbound 24 days, one-for-one (just in time)".</summary>
    /// <returns>The product, units sold, position value, inbound lead time and policy.</returns>
    public override string ToString() => Guard.Format("{0}: sold {1}, position {2}, inbound {3} days, {4}", Product, UnitsSold, Position.Value, InboundLeadTimeDays, Policy);
}
