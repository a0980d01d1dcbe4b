using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>A continuous-review (r, Q) policy and its cost per time unit.</summary>
/// <remarks>Produced by the solvers of this namespace. Equality compares every member exactly; the default value has all members 0.</remarks>
public readonly record struct RqResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="reorderPoint">The reorder point r: order when the inventory position falls to r.</param>
    /// <param name="orderQuantity">The order quantity Q.</param>
    /// <param name="cost">The cost per time unit; the method that returns it says which cost (exact or the approximation's own).</param>
    internal RqResult(double reorderPoint, double orderQuantity, double cost)
    {
        ReorderPoint = reorderPoint;
        OrderQuantity = orderQuantity;
        Cost = cost;
    }

    /// <summary>Gets the reorder point r: order when the inventory position falls to r.</summary>
    public double ReorderPoint { get; }

    /// <summary>Gets the order quantity Q.</summary>
    public double OrderQuantity { get; }

    /// <summary>Gets the cost per time unit; the method that returns it says which cost (exact or the approximation's own).</summary>
    public double Cost { get; }

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>RqResult { ReorderPoint = 1, OrderQuantity = 1, Cost = 1 }</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"RqResult {{ ReorderPoint = {ReorderPoint}, OrderQuantity = {OrderQuantity}, Cost = {Cost} }}");
}
