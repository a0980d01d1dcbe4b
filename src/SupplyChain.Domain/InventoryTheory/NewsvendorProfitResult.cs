using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>A base-stock level of the explicit (profit) newsvendor and its expected profit.</summary>
/// <remarks>Produced by the solvers of this namespace. Equality compares every member exactly; the default value has all members 0.</remarks>
public readonly record struct NewsvendorProfitResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="baseStockLevel">The base-stock level S (units).</param>
    /// <param name="profit">The expected profit per period at S.</param>
    internal NewsvendorProfitResult(double baseStockLevel, double profit)
    {
        BaseStockLevel = baseStockLevel;
        Profit = profit;
    }

    /// <summary>Gets the base-stock level S (units).</summary>
    public double BaseStockLevel { get; }

    /// <summary>Gets the expected profit per period at S.</summary>
    public double Profit { get; }

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>NewsvendorProfitResult { BaseStockLevel = 1, Profit = 1 }</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"NewsvendorProfitResult {{ BaseStockLevel = {BaseStockLevel}, Profit = {Profit} }}");
}
