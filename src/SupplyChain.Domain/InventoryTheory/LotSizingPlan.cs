using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// An optimal Wagner–Whitin lot-sizing plan. Periods are <b>0-based</b>: period t = 0 is the first of T periods.
/// </summary>
/// <remarks>Equality compares the lists by reference (records do); compare the members for value equality.</remarks>
public sealed record LotSizingPlan
{
    internal LotSizingPlan(double[] orderQuantities, int[] nextOrderPeriods, double cost)
    {
        OrderQuantities = Array.AsReadOnly(orderQuantities);
        NextOrderPeriods = Array.AsReadOnly(nextOrderPeriods);
        Cost = cost;
    }

    /// <summary>Gets the quantity ordered in each period t = 0 … T−1 (0 when no order is placed).</summary>
    public IReadOnlyList<double> OrderQuantities { get; }

    /// <summary>
    /// Gets, for each period t, the first period <b>not</b> covered by an order placed in t in the optimal
    /// sub-plan starting at t (T means the end of the horizon). The plan itself follows 0 → s₀ → s_(s₀) → ….
    /// </summary>
    public IReadOnlyList<int> NextOrderPeriods { get; }

    /// <summary>Gets the total cost of the plan: fixed, holding and (when given) purchase cost.</summary>
    public double Cost { get; }

    /// <summary>Formats the plan with the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"LotSizingPlan {{ OrderQuantities = [{string.Join(", ", OrderQuantities.Select(q => q.ToString(CultureInfo.InvariantCulture)))}], Cost = {Cost} }}");
}
