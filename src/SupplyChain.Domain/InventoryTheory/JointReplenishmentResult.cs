using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>A joint replenishment plan: a base cycle, each product's integer multiple of it, and the cost per time unit.</summary>
/// <remarks>Equality compares the lists by reference (records do); compare the members for value equality.</remarks>
public sealed record JointReplenishmentResult
{
    internal JointReplenishmentResult(double[] orderQuantities, double baseCycleTime, int[] orderMultiples, double cost)
    {
        OrderQuantities = Array.AsReadOnly(orderQuantities);
        BaseCycleTime = baseCycleTime;
        OrderMultiples = Array.AsReadOnly(orderMultiples);
        Cost = cost;
    }

    /// <summary>Gets each product's order quantity Q_n = T·m_n·λ_n, in the order of the inputs.</summary>
    public IReadOnlyList<double> OrderQuantities { get; }

    /// <summary>Gets the base cycle time T (time units): the shared order is placed every T.</summary>
    public double BaseCycleTime { get; }

    /// <summary>Gets each product's order multiple m_n: product n is ordered every m_n·T.</summary>
    public IReadOnlyList<int> OrderMultiples { get; }

    /// <summary>Gets the fixed plus holding cost per time unit (purchase cost excluded).</summary>
    public double Cost { get; }

    /// <summary>Formats the plan with the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"JointReplenishmentResult {{ BaseCycleTime = {BaseCycleTime}, OrderMultiples = [{string.Join(", ", OrderMultiples)}], Cost = {Cost} }}");
}
