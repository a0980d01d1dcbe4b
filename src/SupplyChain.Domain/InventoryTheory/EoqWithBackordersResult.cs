using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>The optimum of the EOQ model with planned backorders.</summary>
/// <remarks>Produced by the solvers of this namespace. Equality compares every member exactly; the default value has all members 0.</remarks>
public readonly record struct EoqWithBackordersResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="orderQuantity">The order quantity Q*.</param>
    /// <param name="stockoutFraction">The stockout fraction x* = h/(h+p): the share of each cycle (and of demand) spent in backorder.</param>
    /// <param name="cost">The fixed plus holding plus backorder cost per time unit.</param>
    internal EoqWithBackordersResult(double orderQuantity, double stockoutFraction, double cost)
    {
        OrderQuantity = orderQuantity;
        StockoutFraction = stockoutFraction;
        Cost = cost;
    }

    /// <summary>Gets the order quantity Q*.</summary>
    public double OrderQuantity { get; }

    /// <summary>Gets the stockout fraction x* = h/(h+p): the share of each cycle (and of demand) spent in backorder.</summary>
    public double StockoutFraction { get; }

    /// <summary>Gets the fixed plus holding plus backorder cost per time unit.</summary>
    public double Cost { get; }

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>EoqWithBackordersResult { OrderQuantity = 1, StockoutFraction = 1, Cost = 1 }</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"EoqWithBackordersResult {{ OrderQuantity = {OrderQuantity}, StockoutFraction = {StockoutFraction}, Cost = {Cost} }}");
}
