namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// The economic order quantity family (Snyder &amp; Shen, Chapter 3): deterministic demand at a constant rate,
/// continuous time. Every rate uses one time unit (usually a year): λ units per year, h per unit per year, p per unit
/// backordered per year. K is the cost per order. Unless a method says otherwise, costs exclude the purchase cost.
/// </summary>
public static class EconomicOrderQuantity
{
    /// <summary>
    /// The EOQ (Section 3.2): Q* = √(2Kλ/h) and g* = hQ* = √(2Kλh), fixed plus holding cost per time unit.
    /// </summary>
    /// <param name="fixedCost">K, cost per order, ≥ 0.</param>
    /// <param name="holdingCost">h, cost per unit held per time unit, &gt; 0.</param>
    /// <param name="demandRate">λ, units per time unit, ≥ 0.</param>
    /// <returns>Q* and g(Q*).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> or <paramref name="demandRate"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> is not positive and finite.</exception>
    public static EoqResult Optimize(double fixedCost, double holdingCost, double demandRate)
    {
        Guard.NotNegative(fixedCost);
        Guard.Positive(holdingCost);
        Guard.NotNegative(demandRate);
        var q = Math.Sqrt(2 * fixedCost * demandRate / holdingCost);
        return new EoqResult(q, q * holdingCost);
    }

    /// <summary>The EOQ cost of a given order quantity: g(Q) = Kλ/Q + hQ/2 per time unit (Section 3.2).</summary>
    /// <param name="orderQuantity">Q, units per order, &gt; 0.</param>
    /// <param name="fixedCost">K, cost per order, ≥ 0.</param>
    /// <param name="holdingCost">h, cost per unit per time unit, ≥ 0.</param>
    /// <param name="demandRate">λ, units per time unit, ≥ 0.</param>
    /// <returns>g(Q).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderQuantity"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/>, <paramref name="holdingCost"/> or <paramref name="demandRate"/> is negative or not finite.</exception>
    public static double Cost(double orderQuantity, double fixedCost, double holdingCost, double demandRate)
    {
        Guard.Positive(orderQuantity);
        Guard.NotNegative(fixedCost);
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(demandRate);
        return (fixedCost * demandRate / orderQuantity) + (holdingCost * orderQuantity / 2);
    }

    /// <summary>
    /// The EOQ with planned backorders (Section 3.3): Q* = √(2Kλ(h+p)/(hp)), stockout fraction x* = h/(h+p) and
    /// g* = Q*·hp/(h+p), where p is the backorder cost per unit per time unit (time-weighted).
    /// </summary>
    /// <param name="fixedCost">K, cost per order, ≥ 0.</param>
    /// <param name="holdingCost">h, per unit per time unit, &gt; 0.</param>
    /// <param name="stockoutCost">p, per unit backordered per time unit, &gt; 0.</param>
    /// <param name="demandRate">λ, units per time unit, ≥ 0.</param>
    /// <returns>Q*, x* and g*.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> or <paramref name="demandRate"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCost"/> or <paramref name="stockoutCost"/> is not positive and finite.</exception>
    public static EoqWithBackordersResult OptimizeWithBackorders(double fixedCost, double holdingCost, double stockoutCost, double demandRate)
    {
        Guard.NotNegative(fixedCost);
        Guard.Positive(holdingCost);
        Guard.Positive(stockoutCost);
        Guard.NotNegative(demandRate);
        var q = Math.Sqrt(2 * fixedCost * demandRate * (holdingCost + stockoutCost) / (holdingCost * stockoutCost));
        var x = holdingCost / (holdingCost + stockoutCost);
        return new EoqWithBackordersResult(q, x, q * (holdingCost * stockoutCost) / (holdingCost + stockoutCost));
    }

    /// <summary>
    /// The cost of given (Q, x) with planned backorders: g(Q, x) = hQ(1−x)²/2 + pQx²/2 + Kλ/Q per time unit.
    /// </summary>
    /// <param name="orderQuantity">Q, &gt; 0.</param>
    /// <param name="stockoutFraction">x, the share of each cycle in backorder, in [0, 1].</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="stockoutCost">p, per unit backordered per time unit, ≥ 0.</param>
    /// <param name="demandRate">λ, ≥ 0.</param>
    /// <returns>g(Q, x).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderQuantity"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stockoutFraction"/> is outside [0, 1] or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/>, <paramref name="holdingCost"/>, <paramref name="stockoutCost"/> or <paramref name="demandRate"/> is negative or not finite.</exception>
    public static double CostWithBackorders(double orderQuantity, double stockoutFraction, double fixedCost, double holdingCost, double stockoutCost, double demandRate)
    {
        Guard.Positive(orderQuantity);
        Guard.InRange(stockoutFraction, 0, 1);
        Guard.NotNegative(fixedCost);
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(stockoutCost);
        Guard.NotNegative(demandRate);
        var x = stockoutFraction;
        return (holdingCost * orderQuantity * (1 - x) * (1 - x) / 2)
               + (stockoutCost * orderQuantity * x * x / 2)
               + (fixedCost * demandRate / orderQuantity);
    }

    /// <summary>
    /// The economic production quantity (Section 3.4): with ρ = λ/P, Q* = √(2Kλ/(h(1−ρ))) and g* = h(1−ρ)Q*.
    /// </summary>
    /// <param name="fixedCost">K, cost per setup, ≥ 0.</param>
    /// <param name="holdingCost">h, &gt; 0.</param>
    /// <param name="demandRate">λ, ≥ 0.</param>
    /// <param name="productionRate">P, units produced per time unit, &gt; λ.</param>
    /// <returns>Q* and g*.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or P ≤ λ.</exception>
    public static EoqResult OptimizeProductionQuantity(double fixedCost, double holdingCost, double demandRate, double productionRate)
    {
        Guard.NotNegative(fixedCost);
        Guard.Positive(holdingCost);
        Guard.NotNegative(demandRate);
        Guard.GreaterThan(productionRate, demandRate, nameof(demandRate));
        var rho = demandRate / productionRate;
        var q = Math.Sqrt(2 * fixedCost * demandRate / (holdingCost * (1 - rho)));
        return new EoqResult(q, q * holdingCost * (1 - rho));
    }

    /// <summary>The EPQ cost of a given quantity: g(Q) = Kλ/Q + h(1−ρ)Q/2 per time unit, ρ = λ/P.</summary>
    /// <param name="orderQuantity">Q, &gt; 0.</param>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="holdingCost">h, ≥ 0.</param>
    /// <param name="demandRate">λ, ≥ 0.</param>
    /// <param name="productionRate">P, &gt; λ.</param>
    /// <returns>g(Q).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or P ≤ λ.</exception>
    public static double ProductionQuantityCost(double orderQuantity, double fixedCost, double holdingCost, double demandRate, double productionRate)
    {
        Guard.Positive(orderQuantity);
        Guard.NotNegative(fixedCost);
        Guard.NotNegative(holdingCost);
        Guard.NotNegative(demandRate);
        Guard.GreaterThan(productionRate, demandRate, nameof(demandRate));
        var rho = demandRate / productionRate;
        return (fixedCost * demandRate / orderQuantity) + (holdingCost * (1 - rho) * orderQuantity / 2);
    }

    /// <summary>
    /// The EOQ with all-units quantity discounts (Section 3.5.2). Region j = [b_j, b_(j+1)) prices every unit at c_j;
    /// g_j(Q) = c_jλ + Kλ/Q + i·c_j·Q/2, purchase cost included. Candidates: each region's EOQ √(2Kλ/(i c_j)) when it
    /// lies in its region, and every breakpoint b_k (k ≥ 1) priced at region k. The cheapest candidate wins (the
    /// first one on ties).
    /// </summary>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="holdingCostRate">i, holding cost as a fraction of unit cost per time unit, &gt; 0.</param>
    /// <param name="demandRate">λ, ≥ 0.</param>
    /// <param name="breakpoints">b_0 = 0 &lt; b_1 &lt; … (units).</param>
    /// <param name="unitCosts">c_j &gt; 0, one per region.</param>
    /// <returns>Q, its 0-based region and the cost per time unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="breakpoints"/> or <paramref name="unitCosts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="breakpoints"/> is empty.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitCosts"/> and <paramref name="breakpoints"/> differ in length.</exception>
    /// <exception cref="ArgumentException"><paramref name="breakpoints"/> does not start at 0 or does not increase strictly.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> or <paramref name="demandRate"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCostRate"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry of <paramref name="breakpoints"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry of <paramref name="unitCosts"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentException">No candidate quantity has a finite cost (e.g. K = λ = 0 makes Kλ/Q = 0/0).</exception>
    public static QuantityDiscountResult OptimizeAllUnitsDiscount(double fixedCost, double holdingCostRate, double demandRate, IReadOnlyList<double> breakpoints, IReadOnlyList<double> unitCosts)
    {
        var (b, c) = ValidateDiscounts(fixedCost, holdingCostRate, demandRate, breakpoints, unitCosts);
        var n = b.Length - 1;
        var best = new QuantityDiscountResult(0, -1, double.PositiveInfinity);
        for (var j = 0; j <= n; j++)
        {
            var q = Math.Sqrt(2 * fixedCost * demandRate / (holdingCostRate * c[j]));
            if (IsRealizable(q, j, b))
            {
                best = Better(best, new QuantityDiscountResult(q, j, AllUnitsCost(q, j)));
            }
        }

        for (var k = 1; k <= n; k++)
        {
            best = Better(best, new QuantityDiscountResult(b[k], k, AllUnitsCost(b[k], k)));
        }

        return best.Region >= 0 ? best
            : throw new ArgumentException(Guard.Format(ErrorMessages.NoRealizableQuantity, nameof(breakpoints)), nameof(breakpoints));

        double AllUnitsCost(double q, int j) =>
            (c[j] * demandRate) + (fixedCost * demandRate / q) + (holdingCostRate * c[j] * q / 2);
    }

    /// <summary>
    /// The EOQ with incremental quantity discounts (Section 3.5.3). Units inside region j cost c_j; with
    /// c̄_j = Σ_(i&lt;j) c_i(b_(i+1) − b_i) − c_j·b_j, g_j(Q) = c_jλ + i·c̄_j/2 + (K + c̄_j)λ/Q + i·c_j·Q/2 and
    /// Q*_j = √(2(K + c̄_j)λ/(i c_j)). Only realizable Q*_j are candidates; the cheapest wins. Purchase cost included.
    /// </summary>
    /// <param name="fixedCost">K, ≥ 0.</param>
    /// <param name="holdingCostRate">i, &gt; 0.</param>
    /// <param name="demandRate">λ, ≥ 0.</param>
    /// <param name="breakpoints">b_0 = 0 &lt; b_1 &lt; ….</param>
    /// <param name="unitCosts">c_j &gt; 0.</param>
    /// <returns>Q, its 0-based region and the cost per time unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="breakpoints"/> or <paramref name="unitCosts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="breakpoints"/> is empty.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitCosts"/> and <paramref name="breakpoints"/> differ in length.</exception>
    /// <exception cref="ArgumentException"><paramref name="breakpoints"/> does not start at 0 or does not increase strictly.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> or <paramref name="demandRate"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdingCostRate"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry of <paramref name="breakpoints"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry of <paramref name="unitCosts"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentException">No region's quantity Q*_j is realizable.</exception>
    public static QuantityDiscountResult OptimizeIncrementalDiscount(double fixedCost, double holdingCostRate, double demandRate, IReadOnlyList<double> breakpoints, IReadOnlyList<double> unitCosts)
    {
        var (b, c) = ValidateDiscounts(fixedCost, holdingCostRate, demandRate, breakpoints, unitCosts);
        var n = b.Length - 1;
        var best = new QuantityDiscountResult(0, -1, double.PositiveInfinity);
        // Σ_(i<j) c_i(b_(i+1) − b_i), kept as a running sum (the same additions in the same order as summing afresh
        // for each j, so the same numbers, but linear rather than quadratic in the number of regions).
        var below = 0.0;
        for (var j = 0; j <= n; j++)
        {
            if (j > 0)
            {
                below += c[j - 1] * (b[j] - b[j - 1]);
            }

            var cBar = below - (c[j] * b[j]);
            var q = Math.Sqrt(2 * (fixedCost + cBar) * demandRate / (holdingCostRate * c[j]));
            if (IsRealizable(q, j, b))
            {
                var cost = (c[j] * demandRate) + (holdingCostRate * cBar / 2) + ((fixedCost + cBar) * demandRate / q) + (holdingCostRate * c[j] * q / 2);
                best = Better(best, new QuantityDiscountResult(q, j, cost));
            }
        }

        return best.Region >= 0 ? best
            : throw new ArgumentException(Guard.Format(ErrorMessages.NoRealizableQuantity, nameof(breakpoints)), nameof(breakpoints));
    }

    /// <summary>
    /// Silver's heuristic for the joint replenishment problem (Section 3.6). The product n* with the smallest
    /// k_n/(h_nλ_n) gets multiple 1; every other product gets m_n = max(1, round(√((k_n/(h_nλ_n))·h_(n*)λ_(n*)/(K₀ + k_(n*)))))
    /// (round half to even). Then T = √(2(K₀ + Σk_n/m_n)/Σh_n m_n λ_n), Q_n = T·m_n·λ_n and
    /// cost = (K₀ + Σk_n/m_n)/T + (T/2)·Σh_n m_n λ_n per time unit.
    /// </summary>
    /// <param name="sharedFixedCost">K₀, paid on every replenishment, ≥ 0.</param>
    /// <param name="individualFixedCosts">k_n, paid when product n is in the order, ≥ 0.</param>
    /// <param name="holdingCosts">h_n, per unit per time unit, &gt; 0.</param>
    /// <param name="demandRates">λ_n, per time unit, &gt; 0.</param>
    /// <exception cref="ArgumentNullException"><paramref name="individualFixedCosts"/>, <paramref name="holdingCosts"/> or <paramref name="demandRates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="individualFixedCosts"/>, <paramref name="holdingCosts"/> or <paramref name="demandRates"/> is empty.</exception>
    /// <exception cref="ArgumentException"><paramref name="holdingCosts"/> or <paramref name="demandRates"/> has not one entry per entry of <paramref name="individualFixedCosts"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sharedFixedCost"/> or an entry of <paramref name="individualFixedCosts"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry of <paramref name="holdingCosts"/> or <paramref name="demandRates"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A product's multiple m_n would exceed <see cref="int.MaxValue"/> or is not a number (costs or rates of extreme magnitude).</exception>
    public static JointReplenishmentResult JointReplenishment(double sharedFixedCost, IReadOnlyList<double> individualFixedCosts, IReadOnlyList<double> holdingCosts, IReadOnlyList<double> demandRates)
    {
        Guard.NotNegative(sharedFixedCost);
        var k = Guard.NotNegativeList(individualFixedCosts);
        var h = Guard.PositiveList(holdingCosts);
        var lambda = Guard.PositiveList(demandRates);
        Guard.Length(h, k.Length, "product", nameof(holdingCosts));
        Guard.Length(lambda, k.Length, "product", nameof(demandRates));

        var first = 0;
        for (var n = 1; n < k.Length; n++)
        {
            if (k[n] / (h[n] * lambda[n]) < k[first] / (h[first] * lambda[first]))
            {
                first = n;
            }
        }

        var factor = h[first] * lambda[first] / (sharedFixedCost + k[first]);
        var multiples = new int[k.Length];
        var fixedTerm = sharedFixedCost;
        var holdingTerm = 0.0;
        for (var n = 0; n < k.Length; n++)
        {
            var multiple = n == first ? 1 : Math.Max(1, Math.Round(Math.Sqrt(k[n] / (h[n] * lambda[n]) * factor), MidpointRounding.ToEven));
            multiples[n] = multiple <= int.MaxValue
                ? (int)multiple
                : throw new ArgumentOutOfRangeException(nameof(individualFixedCosts), multiple, Guard.Format(ErrorMessages.JointMultipleTooLarge, n, multiple));
        }

        var fixedSum = 0.0;
        for (var n = 0; n < k.Length; n++)
        {
            fixedSum += k[n] / multiples[n];
            holdingTerm += h[n] * multiples[n] * lambda[n];
        }

        fixedTerm += fixedSum;
        var cycle = Math.Sqrt(2 * fixedTerm / holdingTerm);
        var quantities = new double[k.Length];
        for (var n = 0; n < k.Length; n++)
        {
            quantities[n] = cycle * multiples[n] * lambda[n];
        }

        return new JointReplenishmentResult(quantities, cycle, multiples, (fixedTerm / cycle) + (cycle / 2 * holdingTerm));
    }

    private static bool IsRealizable(double q, int j, double[] b) =>
        j == b.Length - 1 ? q >= b[j] : b[j] <= q && q < b[j + 1];

    private static QuantityDiscountResult Better(QuantityDiscountResult best, QuantityDiscountResult candidate) =>
        candidate.Cost < best.Cost ? candidate : best;

    private static (double[] Breakpoints, double[] UnitCosts) ValidateDiscounts(double fixedCost, double holdingCostRate, double demandRate, IReadOnlyList<double> breakpoints, IReadOnlyList<double> unitCosts)
    {
        Guard.NotNegative(fixedCost);
        Guard.Positive(holdingCostRate);
        Guard.NotNegative(demandRate);
        var b = Guard.NotNegativeList(breakpoints);
        var c = Guard.PositiveList(unitCosts);
        Guard.Length(c, b.Length, "breakpoint", nameof(unitCosts));
        for (var j = 0; j < b.Length; j++)
        {
            if ((j == 0 && b[0] != 0) || (j > 0 && b[j] <= b[j - 1]))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.BreakpointsInvalid, j, b[j]), nameof(breakpoints));
            }
        }

        return (b, c);
    }
}
