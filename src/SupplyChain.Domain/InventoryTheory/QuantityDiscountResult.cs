using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>The optimum of an EOQ model with quantity discounts.</summary>
/// <remarks>Produced by the solvers of this namespace. Equality compares every member exactly; the default value has all members 0.</remarks>
public readonly record struct QuantityDiscountResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="orderQuantity">The order quantity Q.</param>
    /// <param name="region">The 0-based price region j, with b_j ≤ Q &lt; b_(j+1).</param>
    /// <param name="cost">The cost per time unit, purchase cost included.</param>
    internal QuantityDiscountResult(double orderQuantity, int region, double cost)
    {
        OrderQuantity = orderQuantity;
        Region = region;
        Cost = cost;
    }

    /// <summary>Gets the order quantity Q.</summary>
    public double OrderQuantity { get; }

    /// <summary>Gets the 0-based price region j, with b_j ≤ Q &lt; b_(j+1).</summary>
    public int Region { get; }

    /// <summary>Gets the cost per time unit, purchase cost included.</summary>
    public double Cost { get; }

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>QuantityDiscountResult { OrderQuantity = 1, Region = 1, Cost = 1 }</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"QuantityDiscountResult {{ OrderQuantity = {OrderQuantity}, Region = {Region}, Cost = {Cost} }}");
}
