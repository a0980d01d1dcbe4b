using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// The fulfilment modes side by side for one product, destination and monthly demand: landed cost per unit, lead time
/// to the buyer (mean and p95), stock tied up in transit and at the storage centre (units and money), and eligibility,
/// with the reasons behind each number as data (the plans, their cost parts and eligibility conditions).
/// </summary>
/// <remarks>
/// <para>
/// Stock figures use Little's law (average units in a stage = demand rate × mean time in it) with a month of
/// 365.25 / 12 = 30.4375 days. Stock is valued at the request's unit value (the customs value), per stage and in total
/// (<see cref="ModeComparisonRow.StockInTransitValue"/> + <see cref="ModeComparisonRow.StockAtStorageCentreValue"/> =
/// <see cref="ModeComparisonRow.StockTiedUpValue"/>).
/// </para>
/// <para>
/// A mode whose eligibility check passes but whose <see cref="IFulfilmentMode.Plan"/> still refuses the request with a
/// <see cref="DomainRuleException"/> (no duty rate, no fee table, no last mile, …) does not abort the comparison: its row
/// is not eligible, has no plan, and carries the refusal as data (<see cref="ModeComparisonRow.PlanRefusal"/>, also
/// among the row's <see cref="ModeEligibility.Unmet"/> reasons, with the rule id as the code). Other exceptions
/// propagate.
/// </para>
/// <para>Results compare by reference: they are read, not compared; compare their figures.</para>
/// </remarks>
public sealed class ModeComparison
{
    /// <summary>Days per month used to turn monthly demand into daily demand: 365.25 / 12.</summary>
    public const decimal DaysPerMonth = 30.4375m;

    private readonly ModeComparisonRow[] _rows;

    private ModeComparison(FulfilmentRequest request, int monthlyDemandUnits, SellerPrices? prices, Currency? reportingCurrency, ModeComparisonRow[] rows)
    {
        Prices = prices;
        ReportingCurrency = reportingCurrency;
        Request = request;
        MonthlyDemandUnits = monthlyDemandUnits;
        _rows = rows;
    }

    /// <summary>The request compared.</summary>
    public FulfilmentRequest Request { get; }

    /// <summary>The monthly demand, in units.</summary>
    public int MonthlyDemandUnits { get; }

    /// <summary>The seller's prices the rows' <see cref="ModeComparisonRow.Economics"/> are based on, or null when compared without them.</summary>
    public SellerPrices? Prices { get; }

    /// <summary>
    /// The currency the rows' <see cref="ModeComparisonRow.Economics"/> are stated in when compared in a reporting
    /// currency (<see cref="Compare(FulfilmentRequest, int, IEnumerable{IFulfilmentMode}, SellerPrices, ExchangeRateTable, Currency)"/>),
    /// or null when they are in the request's currency.
    /// </summary>
    public Currency? ReportingCurrency { get; }

    /// <summary>
    /// The row with the highest margin per unit (<see cref="ModeComparisonRow.Economics"/>), or null when compared without
    /// prices or when no row has a plan; the earlier row on a tie.
    /// </summary>
    public ModeComparisonRow? MostProfitable => _rows.Where(r => r.Economics is not null).OrderByDescending(r => r.Economics!.MarginPerUnit.Amount).FirstOrDefault();

    /// <summary>
    /// The row with the shortest cash cycle (<see cref="SellerEconomics.CashCycleDays"/>), or null when compared without
    /// prices or when no row has a plan; the earlier row on a tie.
    /// </summary>
    public ModeComparisonRow? ShortestCashCycle => _rows.Where(r => r.Economics is not null).OrderBy(r => r.Economics!.CashCycleDays).FirstOrDefault();

    /// <summary>One row per mode, in the order given.</summary>
    public IReadOnlyList<ModeComparisonRow> Rows => _rows;

    /// <summary>
    /// The eligible row with the lowest landed cost per unit, or null when none is eligible. On a tie (equal landed cost)
    /// the row earlier in <see cref="Rows"/>, i.e. in the order the modes were given, wins (the
    /// comparison does not flag the tie: compare the rows' values to detect one).
    /// </summary>
    public ModeComparisonRow? Cheapest => _rows.Where(r => r.Plan is not null).OrderBy(r => r.LandedCostPerUnit!.Amount).FirstOrDefault();

    /// <summary>
    /// The eligible row with the shortest mean lead time to the buyer, or null when none is eligible. On a tie (equal
    /// mean days; the p95 is not consulted) the row earlier in <see cref="Rows"/>, i.e. in the order the modes were given,
    /// wins (the comparison does not flag the tie: compare the rows' <see cref="LeadTimeEstimate.MeanDays"/> to detect one).
    /// </summary>
    public ModeComparisonRow? Fastest => _rows.Where(r => r.Plan is not null).OrderBy(r => r.LeadTime!.MeanDays).FirstOrDefault();

    /// <summary>The eligible row with the least stock tied up (by value), or null when none is eligible; the earlier row on a tie.</summary>
    public ModeComparisonRow? LeastStockTiedUp => _rows.Where(r => r.Plan is not null).OrderBy(r => r.StockTiedUpValue.Amount).FirstOrDefault();

    /// <summary>Compares modes for one request.</summary>
    /// <param name="request">The request (product, order quantity, seller, buyer, date, unit value).</param>
    /// <param name="monthlyDemandUnits">The product's demand in the destination market per month; at least 1.</param>
    /// <param name="modes">The modes; at least one.</param>
    /// <returns>
    /// The comparison; a mode that is not eligible, or whose plan is refused with a <see cref="DomainRuleException"/>,
    /// has a row with its reasons (and the refusal's rule id and message) and no plan.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="modes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthlyDemandUnits"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="modes"/> is empty or contains null.</exception>
    public static ModeComparison Compare(FulfilmentRequest request, int monthlyDemandUnits, IEnumerable<IFulfilmentMode> modes) =>
        Compare(request, monthlyDemandUnits, modes, prices: null);

    /// <summary>
    /// Compares modes for one request, and what each means for the seller: margin and cash cycle per unit
    /// (<see cref="ModeComparisonRow.Economics"/>, see <see cref="SellerEconomics"/>). A mode-2 plan under a platform
    /// purchase counts the supply price as revenue; the others the selling price.
    /// </summary>
    /// <param name="request">The request (product, order quantity, seller, buyer, date, unit value).</param>
    /// <param name="monthlyDemandUnits">The product's demand in the destination market per month; at least 1.</param>
    /// <param name="modes">The modes; at least one.</param>
    /// <param name="prices">The seller's prices and payment days, in the request's currency; null compares without economics.</param>
    /// <returns>
    /// The comparison; a mode that is not eligible, or whose plan or economics are refused with a
    /// <see cref="DomainRuleException"/> (a supply price in another currency, say), has a row with its reasons and no plan.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="modes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthlyDemandUnits"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="modes"/> is empty or contains null.</exception>
    /// <exception cref="DomainRuleException">The prices are not in the request's currency (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public static ModeComparison Compare(FulfilmentRequest request, int monthlyDemandUnits, IEnumerable<IFulfilmentMode> modes, SellerPrices? prices)
    {
        Guard.NotNull(request);
        if (prices is not null && (prices.SellingPricePerUnit.Currency != request.UnitValue.Currency || prices.UnitCost.Currency != request.UnitValue.Currency))
        {
            throw new DomainRuleException(
                DomainRules.MoneySameCurrency, Guard.Format(ErrorMessages.PricesCurrency, prices.SellingPricePerUnit, prices.UnitCost, request.UnitValue.Currency));
        }

        return CompareCore(request, monthlyDemandUnits, modes, prices, null, null);
    }

    /// <summary>
    /// Compares modes for one request with the seller's economics stated in a reporting currency: the unit cost (a
    /// factory price in CNY, say), the selling or supply price and the landed-cost parts the seller pays (in the
    /// request's currency) are each converted explicitly with <paramref name="rates"/> on the request's date, exactly
    /// (no leg and no amount rounded on the way), and the margin is their exact difference rounded once, at the end, to
    /// the minor unit of <paramref name="reportingCurrency"/>, half away from zero, as
    /// <see cref="ExchangeRateTable.Convert"/> rounds a conversion. Landed cost, stock values and the plans stay in the
    /// request's currency; <see cref="SellerEconomics.Conversions"/> lists the rates used.
    /// </summary>
    /// <param name="request">The request (product, order quantity, seller, buyer, date, unit value).</param>
    /// <param name="monthlyDemandUnits">The product's demand in the destination market per month; at least 1.</param>
    /// <param name="modes">The modes; at least one.</param>
    /// <param name="prices">The seller's prices and payment days, each amount in any currency the rates convert.</param>
    /// <param name="rates">The exchange rates.</param>
    /// <param name="reportingCurrency">The currency the economics are stated in; it needs a minor unit.</param>
    /// <returns>
    /// The comparison; a mode whose plan or economics are refused with a <see cref="DomainRuleException"/> (no exchange
    /// rate for a currency on the date, say) has a row with its reasons and no plan.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/>, <paramref name="modes"/>, <paramref name="prices"/>, <paramref name="rates"/> or <paramref name="reportingCurrency"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthlyDemandUnits"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="modes"/> is empty or contains null.</exception>
    /// <exception cref="DomainRuleException"><paramref name="reportingCurrency"/> has no minor unit (rule <see cref="DomainRules.MoneyCurrencyHasMinorUnit"/>).</exception>
    public static ModeComparison Compare(FulfilmentRequest request, int monthlyDemandUnits, IEnumerable<IFulfilmentMode> modes, SellerPrices prices, ExchangeRateTable rates, Currency reportingCurrency)
    {
        Guard.NotNull(request);
        Guard.NotNull(prices);
        Guard.NotNull(rates);
        Guard.NotNull(reportingCurrency).RequireMinorUnit();
        return CompareCore(request, monthlyDemandUnits, modes, prices, rates, reportingCurrency);
    }

    private static ModeComparison CompareCore(FulfilmentRequest request, int monthlyDemandUnits, IEnumerable<IFulfilmentMode> modes, SellerPrices? prices, ExchangeRateTable? rates, Currency? reportingCurrency)
    {
        Guard.Positive(monthlyDemandUnits);
        var list = Guard.CopyItems(modes, requireOne: true);
        var daily = monthlyDemandUnits / DaysPerMonth;
        var rows = list.Select(mode =>
        {
            var reporting = rates is null ? null : new ReportingConverter(rates, reportingCurrency!, request.Date);
            var eligibility = mode.CheckEligibility(request);
            if (!eligibility.IsEligible)
            {
                return new ModeComparisonRow(mode.Name, eligibility, null, null, daily, request.UnitValue, prices);
            }

            try
            {
                return new ModeComparisonRow(mode.Name, eligibility, mode.Plan(request), null, daily, request.UnitValue, prices, reporting);
            }
            catch (DomainRuleException e)
            {
                // One mode's refusal is that row's result, as data; the other rows are still computed.
                var refusal = new EligibilityReason(e.Rule, isMet: false, e.Message);
                return new ModeComparisonRow(mode.Name, new ModeEligibility([.. eligibility.Reasons, refusal]), null, refusal, daily, request.UnitValue, prices);
            }
        }).ToArray();
        return new ModeComparison(request, monthlyDemandUnits, prices, reportingCurrency, rows);
    }

    /// <summary>The number of modes and the monthly demand.</summary>
    public override string ToString() => $"{_rows.Length} modes for {MonthlyDemandUnits} units a month";
}
