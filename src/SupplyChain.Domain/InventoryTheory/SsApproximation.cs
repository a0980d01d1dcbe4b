using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>An approximate (s, S) policy (continuous levels), as the power approximation gives it.</summary>
/// <remarks>Produced by the solvers of this namespace. Equality compares every member exactly; the default value has all members 0.</remarks>
public readonly record struct SsApproximation
{
    /// <summary>Creates a result.</summary>
    /// <param name="reorderPoint">The reorder point s.</param>
    /// <param name="orderUpToLevel">The order-up-to level S.</param>
    internal SsApproximation(double reorderPoint, double orderUpToLevel)
    {
        ReorderPoint = reorderPoint;
        OrderUpToLevel = orderUpToLevel;
    }

    /// <summary>Gets the reorder point s.</summary>
    public double ReorderPoint { get; }

    /// <summary>Gets the order-up-to level S.</summary>
    public double OrderUpToLevel { get; }

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>SsApproximation { ReorderPoint = 1, OrderUpToLevel = 1 }</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"SsApproximation {{ ReorderPoint = {ReorderPoint}, OrderUpToLevel = {OrderUpToLevel} }}");
}
