using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// The data of a finite-horizon stochastic inventory problem (Snyder &amp; Shen, Section 4.5): T periods, 0-based,
/// normal demand N(μ_t, σ_t) per period, zero lead time, backorders. Per period t: holding cost h_t per unit on hand
/// and stockout cost p_t per unit backordered at the end of the period, purchase cost c_t per unit ordered, fixed
/// cost K_t per order and discount factor γ_t; after the last period, terminal costs per unit on hand or backordered.
/// </summary>
/// <remarks>Problems compare by reference; compare their lists to compare two problems.</remarks>
public sealed class FiniteHorizonProblem
{
    /// <summary>
    /// The largest number of periods T a problem may have: 1,000 (about 19 years of weekly periods). The problem holds
    /// seven lists of T numbers, and <see cref="FiniteHorizon.Solve"/> works in proportion to T (see
    /// <see cref="FiniteHorizon.MaxTransitions"/>); a bound keeps both small whatever number is passed.
    /// </summary>
    public const int MaxPeriods = 1_000;

    private readonly double[] _holdingCost = [];
    private readonly double[] _stockoutCost = [];
    private readonly double[] _purchaseCost;
    private readonly double[] _fixedCost;
    private readonly double[] _demandMean = [];
    private readonly double[] _demandStandardDeviation = [];
    private readonly double[] _discountFactor;

    /// <summary>
    /// Creates a problem of <paramref name="periods"/> periods. The data are set by name, each list with one entry
    /// per period or one entry for all periods, e.g.
    /// <c>new FiniteHorizonProblem(4) { HoldingCost = [1], StockoutCost = [20], DemandMean = [100], DemandStandardDeviation = [20] }</c>;
    /// purchase and fixed costs default to 0, the discount factor to 1 and the terminal costs to 0.
    /// </summary>
    /// <param name="periods">T, from 1 to <see cref="MaxPeriods"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is less than 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is more than <see cref="MaxPeriods"/>.</exception>
    public FiniteHorizonProblem(int periods)
    {
        Periods = Guard.AtMost(Guard.Positive(periods), MaxPeriods, "FiniteHorizonProblem.MaxPeriods", nameof(periods));
        _purchaseCost = PerPeriod([0d], periods, positive: false, nameof(PurchaseCost));
        _fixedCost = PerPeriod([0d], periods, positive: false, nameof(FixedCost));
        _discountFactor = PerPeriod([1d], periods, positive: true, nameof(DiscountFactor));
    }

    /// <summary>The number of periods T.</summary>
    public int Periods { get; }

    /// <summary>h_t &gt; 0 for t = 0 … T−1: the cost per unit on hand at the end of period t.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list has neither 1 nor T entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry is not positive and finite.</exception>
    public required IReadOnlyList<double> HoldingCost { get => _holdingCost; init => _holdingCost = PerPeriod(value, Periods, positive: true, nameof(HoldingCost)); }

    /// <summary>p_t &gt; 0: the cost per unit backordered at the end of period t.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list has neither 1 nor T entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry is not positive and finite.</exception>
    public required IReadOnlyList<double> StockoutCost { get => _stockoutCost; init => _stockoutCost = PerPeriod(value, Periods, positive: true, nameof(StockoutCost)); }

    /// <summary>c_t ≥ 0: the purchase cost per unit ordered in period t; 0 by default.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list has neither 1 nor T entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry is negative or not finite.</exception>
    public IReadOnlyList<double> PurchaseCost { get => _purchaseCost; init => _purchaseCost = PerPeriod(value, Periods, positive: false, nameof(PurchaseCost)); }

    /// <summary>K_t ≥ 0: the fixed cost of an order placed in period t; 0 by default.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list has neither 1 nor T entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry is negative or not finite.</exception>
    public IReadOnlyList<double> FixedCost { get => _fixedCost; init => _fixedCost = PerPeriod(value, Periods, positive: false, nameof(FixedCost)); }

    /// <summary>μ_t ≥ 0: the mean demand of period t.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list has neither 1 nor T entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry is negative or not finite.</exception>
    public required IReadOnlyList<double> DemandMean { get => _demandMean; init => _demandMean = PerPeriod(value, Periods, positive: false, nameof(DemandMean)); }

    /// <summary>σ_t &gt; 0: the standard deviation of the demand of period t.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list has neither 1 nor T entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry is not positive and finite.</exception>
    public required IReadOnlyList<double> DemandStandardDeviation { get => _demandStandardDeviation; init => _demandStandardDeviation = PerPeriod(value, Periods, positive: true, nameof(DemandStandardDeviation)); }

    /// <summary>γ_t in (0, 1]: the discount factor applied to period t+1's costs seen from period t; 1 by default.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list has neither 1 nor T entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry is not in (0, 1].</exception>
    public IReadOnlyList<double> DiscountFactor
    {
        get => _discountFactor;
        init
        {
            var gammas = PerPeriod(value, Periods, positive: true, nameof(DiscountFactor));
            foreach (var gamma in gammas)
            {
                Guard.DiscountFactor(gamma, nameof(DiscountFactor));
            }

            _discountFactor = gammas;
        }
    }

    /// <summary>The cost per unit on hand after the last period; ≥ 0, 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite.</exception>
    public double TerminalHoldingCost { get; init => field = Guard.NotNegative(value, nameof(TerminalHoldingCost)); }

    /// <summary>The cost per unit backordered after the last period; ≥ 0, 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite.</exception>
    public double TerminalStockoutCost { get; init => field = Guard.NotNegative(value, nameof(TerminalStockoutCost)); }

    /// <summary>Describes the problem with the invariant culture.</summary>
    /// <returns>For example <c>FiniteHorizonProblem { Periods = 10 }</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"FiniteHorizonProblem {{ Periods = {Periods} }}");

    private static double[] PerPeriod(IReadOnlyList<double> values, int periods, bool positive, string paramName)
    {
        var copy = positive ? Guard.PositiveList(values, paramName) : Guard.NotNegativeList(values, allowEmpty: false, paramName);
        if (copy.Length == 1)
        {
            var filled = new double[periods];
            Array.Fill(filled, copy[0]);
            return filled;
        }

        Guard.Length(copy, periods, "period", paramName);
        return copy;
    }
}
