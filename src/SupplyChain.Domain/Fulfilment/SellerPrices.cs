using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// What the seller sells at, pays the factory, and waits for, per unit: the inputs of <see cref="SellerEconomics"/>.
/// </summary>
/// <remarks>
/// The unit cost and the days are set by name, so that the two prices cannot be swapped unnoticed:
/// <c>new SellerPrices(sellingPrice) { UnitCost = factoryPrice, MarketplacePayoutDays = 14 }</c>. Amounts are
/// in the request's currency (state a factory price invoiced in another currency through an explicit conversion
/// first). Prices compare by reference: they are inputs, read by the comparison.
/// </remarks>
public sealed class SellerPrices
{
    /// <summary>Creates the prices; the unit cost is set by name (<see cref="UnitCost"/>).</summary>
    /// <param name="sellingPricePerUnit">The price the buyer pays on the marketplace per unit, greater than zero (modes where the seller sells to the buyer).</param>
    /// <exception cref="ArgumentNullException"><paramref name="sellingPricePerUnit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sellingPricePerUnit"/> is zero or negative.</exception>
    public SellerPrices(Money sellingPricePerUnit)
    {
        Guard.NotNull(sellingPricePerUnit);
        Guard.Positive(sellingPricePerUnit.Amount, nameof(sellingPricePerUnit));
        SellingPricePerUnit = sellingPricePerUnit;
    }

    /// <summary>The price the buyer pays on the marketplace per unit.</summary>
    public Money SellingPricePerUnit { get; }

    /// <summary>What the factory charges the seller per unit; not negative.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public required Money UnitCost { get; init => field = Money.NotNegative(value, nameof(UnitCost)); }

    /// <summary>Days after delivery to the buyer until the marketplace pays the seller out; 0 by default, not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MarketplacePayoutDays { get; init => field = Guard.NotNegative(value, nameof(MarketplacePayoutDays)); }

    /// <summary>Days before the goods leave the seller's facility that the seller pays the factory; 0 by default, not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int FactoryPaidDaysBeforeDispatch { get; init => field = Guard.NotNegative(value, nameof(FactoryPaidDaysBeforeDispatch)); }

    /// <summary>The selling price and the unit cost.</summary>
    /// <returns>The prices in one line, e.g. <c>sells at 24.99 USD, costs 6.80 USD</c>.</returns>
    public override string ToString() => $"sells at {SellingPricePerUnit}, costs {UnitCost}";
}
