using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// The optimal policy of a finite-horizon problem on its integer state grid: an (s_t, S_t) pair per 0-based period,
/// the expected total cost from the initial inventory level, and the cost-to-go and order-up-to tables.
/// </summary>
/// <remarks>Equality compares the lists by reference (records do); compare the members for value equality.</remarks>
public sealed record FiniteHorizonResult
{
    private readonly double[,] _costToGo;
    private readonly int[,] _orderUpTo;

    internal FiniteHorizonResult(int[] reorderPoints, int[] orderUpToLevels, double totalCost, int stateMin, int stateMax, double[,] costToGo, int[,] orderUpTo)
    {
        ReorderPoints = Array.AsReadOnly(reorderPoints);
        OrderUpToLevels = Array.AsReadOnly(orderUpToLevels);
        TotalCost = totalCost;
        StateMin = stateMin;
        StateMax = stateMax;
        _costToGo = costToGo;
        _orderUpTo = orderUpTo;
    }

    /// <summary>Gets s_t: in period t an order is placed when the inventory level is at or below s_t.</summary>
    public IReadOnlyList<int> ReorderPoints { get; }

    /// <summary>Gets S_t: the level ordered up to from the lowest state of the grid.</summary>
    public IReadOnlyList<int> OrderUpToLevels { get; }

    /// <summary>Gets the expected discounted total cost θ₀(x₀) from the initial inventory level (purchase, holding, stockout, fixed and terminal costs).</summary>
    public double TotalCost { get; }

    /// <summary>Gets the lowest inventory level of the state grid.</summary>
    public int StateMin { get; }

    /// <summary>Gets the highest inventory level of the state grid.</summary>
    public int StateMax { get; }

    /// <summary>Gets the optimal expected discounted cost θ_t(x) from period t (0-based; t = T is the terminal cost) at level x.</summary>
    /// <param name="period">t in [0, T].</param>
    /// <param name="inventoryLevel">x on the state grid.</param>
    /// <returns>θ_t(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period or level is off the grid.</exception>
    public double CostToGo(int period, int inventoryLevel)
    {
        CheckPeriod(period, _costToGo.GetLength(0) - 1);
        return _costToGo[period, Index(inventoryLevel)];
    }

    /// <summary>Gets the optimal level y to order up to in period t (0-based) from level x (y = x means no order).</summary>
    /// <param name="period">t in [0, T−1].</param>
    /// <param name="inventoryLevel">x on the state grid.</param>
    /// <exception cref="ArgumentOutOfRangeException">The period or level is off the grid.</exception>
    public int OrderUpToLevel(int period, int inventoryLevel)
    {
        CheckPeriod(period, _orderUpTo.GetLength(0) - 1);
        return _orderUpTo[period, Index(inventoryLevel)];
    }

    /// <summary>Describes the result with the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"FiniteHorizonResult {{ TotalCost = {TotalCost}, States = [{StateMin}, {StateMax}] }}");

    private static void CheckPeriod(int period, int max)
    {
        if (period < 0 || period > max)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, Guard.Format(ErrorMessages.MustBeInRange, nameof(period), 0, max, period));
        }
    }

    private int Index(int inventoryLevel)
    {
        if (inventoryLevel < StateMin || inventoryLevel > StateMax)
        {
            throw new ArgumentOutOfRangeException(nameof(inventoryLevel), inventoryLevel, Guard.Format(ErrorMessages.StateOutsideGrid, nameof(inventoryLevel), StateMin, StateMax, inventoryLevel));
        }

        return inventoryLevel - StateMin;
    }
}
