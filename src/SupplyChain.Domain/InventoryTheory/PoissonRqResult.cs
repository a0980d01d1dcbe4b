using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>An integer (r, Q) policy under Poisson demand and its exact cost per time unit.</summary>
/// <remarks>Produced by the solvers of this namespace. Equality compares every member exactly; the default value has all members 0.</remarks>
public readonly record struct PoissonRqResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="reorderPoint">The reorder point r.</param>
    /// <param name="orderQuantity">The order quantity Q.</param>
    /// <param name="cost">The exact expected cost per time unit g(r, Q).</param>
    internal PoissonRqResult(int reorderPoint, int orderQuantity, double cost)
    {
        ReorderPoint = reorderPoint;
        OrderQuantity = orderQuantity;
        Cost = cost;
    }

    /// <summary>Gets the reorder point r.</summary>
    public int ReorderPoint { get; }

    /// <summary>Gets the order quantity Q.</summary>
    public int OrderQuantity { get; }

    /// <summary>Gets the exact expected cost per time unit g(r, Q).</summary>
    public double Cost { get; }

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>PoissonRqResult { ReorderPoint = 1, OrderQuantity = 1, Cost = 1 }</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"PoissonRqResult {{ ReorderPoint = {ReorderPoint}, OrderQuantity = {OrderQuantity}, Cost = {Cost} }}");
}
