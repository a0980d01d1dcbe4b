using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// The data of a finite-horizon stochastic inventory problem (Snyder &amp; Shen, Section 4.5): T periods, 0-based,
/// normal demand N(μ_t, σ_t) per period, zero lead time, backorders. Per period t: holding cost h_t per unit on hand
/// and stockout cost p_t per unit backordered at the end of the period, purchase cost c_t per unit ordered, fixed
/// cost K_t per order and discount factor γ_t; after the last period, terminal costs per unit on hand or backordered.
/// </summary>
public sealed class FiniteHorizonProblem
{
    private readonly double[] _holdingCost;
    private readonly double[] _stockoutCost;
    private readonly double[] _purchaseCost;
    private readonly double[] _fixedCost;
    private readonly double[] _demandMean;
    private readonly double[] _demandStandardDeviation;
    private readonly double[] _discountFactor;

    /// <summary>Creates a problem from per-period lists, each with one entry per period, or one entry for all periods.</summary>
    /// <param name="periods">T ≥ 1.</param>
    /// <param name="holdingCost">h_t &gt; 0.</param>
    /// <param name="stockoutCost">p_t &gt; 0.</param>
    /// <param name="purchaseCost">c_t ≥ 0.</param>
    /// <param name="fixedCost">K_t ≥ 0.</param>
    /// <param name="demandMean">μ_t ≥ 0.</param>
    /// <param name="demandStandardDeviation">σ_t &gt; 0.</param>
    /// <param name="discountFactor">γ_t in (0, 1].</param>
    /// <param name="terminalHoldingCost">Cost per unit on hand after period T, ≥ 0.</param>
    /// <param name="terminalStockoutCost">Cost per unit backordered after period T, ≥ 0.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list is empty or has neither 1 nor T entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public FiniteHorizonProblem(int periods, IReadOnlyList<double> holdingCost, IReadOnlyList<double> stockoutCost, IReadOnlyList<double> purchaseCost, IReadOnlyList<double> fixedCost, IReadOnlyList<double> demandMean, IReadOnlyList<double> demandStandardDeviation, IReadOnlyList<double> discountFactor, double terminalHoldingCost, double terminalStockoutCost)
    {
        Periods = Guard.Positive(periods);
        _holdingCost = PerPeriod(holdingCost, periods, positive: true, nameof(holdingCost));
        _stockoutCost = PerPeriod(stockoutCost, periods, positive: true, nameof(stockoutCost));
        _purchaseCost = PerPeriod(purchaseCost, periods, positive: false, nameof(purchaseCost));
        _fixedCost = PerPeriod(fixedCost, periods, positive: false, nameof(fixedCost));
        _demandMean = PerPeriod(demandMean, periods, positive: false, nameof(demandMean));
        _demandStandardDeviation = PerPeriod(demandStandardDeviation, periods, positive: true, nameof(demandStandardDeviation));
        _discountFactor = PerPeriod(discountFactor, periods, positive: true, nameof(discountFactor));
        foreach (var gamma in _discountFactor)
        {
            Guard.DiscountFactor(gamma, nameof(discountFactor));
        }

        TerminalHoldingCost = Guard.NotNegative(terminalHoldingCost);
        TerminalStockoutCost = Guard.NotNegative(terminalStockoutCost);
    }

    /// <summary>Gets the number of periods T.</summary>
    public int Periods { get; }

    /// <summary>Gets h_t for t = 0 … T−1.</summary>
    public IReadOnlyList<double> HoldingCost => _holdingCost;

    /// <summary>Gets p_t.</summary>
    public IReadOnlyList<double> StockoutCost => _stockoutCost;

    /// <summary>Gets c_t.</summary>
    public IReadOnlyList<double> PurchaseCost => _purchaseCost;

    /// <summary>Gets K_t.</summary>
    public IReadOnlyList<double> FixedCost => _fixedCost;

    /// <summary>Gets μ_t.</summary>
    public IReadOnlyList<double> DemandMean => _demandMean;

    /// <summary>Gets σ_t.</summary>
    public IReadOnlyList<double> DemandStandardDeviation => _demandStandardDeviation;

    /// <summary>Gets γ_t.</summary>
    public IReadOnlyList<double> DiscountFactor => _discountFactor;

    /// <summary>Gets the terminal cost per unit on hand after the last period.</summary>
    public double TerminalHoldingCost { get; }

    /// <summary>Gets the terminal cost per unit backordered after the last period.</summary>
    public double TerminalStockoutCost { get; }

    /// <summary>Creates a problem whose data are the same in every period.</summary>
    /// <param name="periods">T ≥ 1.</param>
    /// <param name="holdingCost">h &gt; 0.</param>
    /// <param name="stockoutCost">p &gt; 0.</param>
    /// <param name="purchaseCost">c ≥ 0.</param>
    /// <param name="fixedCost">K ≥ 0.</param>
    /// <param name="demandMean">μ ≥ 0.</param>
    /// <param name="demandStandardDeviation">σ &gt; 0.</param>
    /// <param name="discountFactor">γ in (0, 1].</param>
    /// <param name="terminalHoldingCost">≥ 0.</param>
    /// <param name="terminalStockoutCost">≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static FiniteHorizonProblem Stationary(int periods, double holdingCost, double stockoutCost, double purchaseCost, double fixedCost, double demandMean, double demandStandardDeviation, double discountFactor, double terminalHoldingCost, double terminalStockoutCost) =>
        new(periods, [holdingCost], [stockoutCost], [purchaseCost], [fixedCost], [demandMean], [demandStandardDeviation], [discountFactor], terminalHoldingCost, terminalStockoutCost);

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
