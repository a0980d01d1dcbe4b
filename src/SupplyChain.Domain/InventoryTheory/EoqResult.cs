using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>The optimal order quantity of an EOQ-type model and its cost per time unit.</summary>
/// <remarks>Produced by the solvers of this namespace. Equality compares every member exactly; the default value has all members 0.</remarks>
public readonly record struct EoqResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="orderQuantity">The order quantity Q (units per order).</param>
    /// <param name="cost">The cost per time unit at that quantity.</param>
    internal EoqResult(double orderQuantity, double cost)
    {
        OrderQuantity = orderQuantity;
        Cost = cost;
    }

    /// <summary>Gets the order quantity Q (units per order).</summary>
    public double OrderQuantity { get; }

    /// <summary>Gets the cost per time unit at that quantity.</summary>
    public double Cost { get; }

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>EoqResult { OrderQuantity = 1, Cost = 1 }</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"EoqResult {{ OrderQuantity = {OrderQuantity}, Cost = {Cost} }}");
}
