using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>An integer periodic-review (s, S) policy and its expected cost per period.</summary>
/// <remarks>Produced by the solvers of this namespace. Equality compares every member exactly; the default value has all members 0.</remarks>
public readonly record struct SsResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="reorderPoint">The reorder point s: order when the inventory position is at or below s.</param>
    /// <param name="orderUpToLevel">The order-up-to level S.</param>
    /// <param name="cost">The expected cost per period, fixed ordering cost included.</param>
    internal SsResult(int reorderPoint, int orderUpToLevel, double cost)
    {
        ReorderPoint = reorderPoint;
        OrderUpToLevel = orderUpToLevel;
        Cost = cost;
    }

    /// <summary>Gets the reorder point s: order when the inventory position is at or below s.</summary>
    public int ReorderPoint { get; }

    /// <summary>Gets the order-up-to level S.</summary>
    public int OrderUpToLevel { get; }

    /// <summary>Gets the expected cost per period, fixed ordering cost included.</summary>
    public double Cost { get; }

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>SsResult { ReorderPoint = 1, OrderUpToLevel = 1, Cost = 1 }</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"SsResult {{ ReorderPoint = {ReorderPoint}, OrderUpToLevel = {OrderUpToLevel}, Cost = {Cost} }}");
}
