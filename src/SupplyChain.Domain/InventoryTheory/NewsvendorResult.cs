using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>A base-stock (order-up-to) level and its expected cost per period.</summary>
/// <remarks>Produced by the solvers of this namespace. Equality compares every member exactly; the default value has all members 0.</remarks>
public readonly record struct NewsvendorResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="baseStockLevel">The base-stock level S (units).</param>
    /// <param name="cost">The expected cost per period at S.</param>
    internal NewsvendorResult(double baseStockLevel, double cost)
    {
        BaseStockLevel = baseStockLevel;
        Cost = cost;
    }

    /// <summary>Gets the base-stock level S (units).</summary>
    public double BaseStockLevel { get; }

    /// <summary>Gets the expected cost per period at S.</summary>
    public double Cost { get; }

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>NewsvendorResult { BaseStockLevel = 1, Cost = 1 }</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"NewsvendorResult {{ BaseStockLevel = {BaseStockLevel}, Cost = {Cost} }}");
}
