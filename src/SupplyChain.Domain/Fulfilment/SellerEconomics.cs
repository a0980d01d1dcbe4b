using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// What a plan means for the seller, per unit: the margin and the cash cycle (days from paying the factory to being
/// paid), with the parts behind both as data.
/// </summary>
/// <remarks>
/// <para>
/// <b>Margin.</b> When the seller sells to the buyer (modes 1 and 3, and mode 2 without a purchase programme): selling
/// price − unit cost − the landed-cost parts the seller pays. When the platform buys (a plan with
/// <see cref="FulfilmentPlan.Purchase"/>): supply price − unit cost − the parts the seller still pays to hand the goods
/// over (the platform pays the rest); with a quality rejection rate r, the seller is paid the supply price × (1 − r) per
/// unit handed over and pays r × the cost of taking a rejected unit back (<see cref="PlatformPurchaseTerms"/>). Parts
/// paid by the buyer (duty under DAP, say) are not the seller's.
/// </para>
/// <para>
/// <b>Cash cycle</b>, in mean days, counted from paying the factory: the days the factory is paid before dispatch, then
/// for a seller who sells to the buyer the inbound pipeline, the months at the storage centre × 30.4375 days, the
/// buyer's lead time and the marketplace's payout days; for a platform purchase the days until title passes and the
/// programme's settlement days. The seller's own stock before dispatch is not modelled.
/// </para>
/// <para>Results compare by reference: they are read, not compared; compare their figures.</para>
/// </remarks>
public sealed class SellerEconomics
{
    private SellerEconomics(Money revenue, string revenueBasis, Money unitCost, LandedCostPart[] sellerCosts, decimal cashCycleDays, string cashCycleBasis, ReportingConverter? reporting)
    {
        if (reporting is not null)
        {
            revenue = reporting.Exact(revenue);
            unitCost = reporting.Exact(unitCost);
            sellerCosts = [.. sellerCosts.Select(p => new LandedCostPart(p.Kind, p.PaidBy, reporting.Exact(p.Amount), p.Basis))];
        }

        RevenuePerUnit = revenue;
        RevenueBasis = revenueBasis;
        UnitCost = unitCost;
        SellerCostParts = sellerCosts;
        SellerCostsPerUnit = sellerCosts.Aggregate(Money.Zero(revenue.Currency), (sum, part) => sum + part.Amount);
        var margin = revenue - unitCost - SellerCostsPerUnit;
        MarginPerUnit = reporting is null ? margin : margin.Round(MidpointRounding.AwayFromZero);
        Conversions = reporting is null ? [] : [.. reporting.Used];
        CashCycleDays = cashCycleDays;
        CashCycleBasis = cashCycleBasis;
    }

    /// <summary>What the seller is paid per unit: the selling price, or the platform's supply price.</summary>
    public Money RevenuePerUnit { get; }

    /// <summary>Where the revenue comes from, e.g. <c>selling price</c> or <c>supply price (platform purchase)</c>.</summary>
    public string RevenueBasis { get; }

    /// <summary>What the factory charges per unit.</summary>
    public Money UnitCost { get; }

    /// <summary>The plan's landed-cost parts the seller pays, per unit.</summary>
    public IReadOnlyList<LandedCostPart> SellerCostParts { get; }

    /// <summary>The sum of <see cref="SellerCostParts"/>.</summary>
    public Money SellerCostsPerUnit { get; }

    /// <summary>
    /// <see cref="RevenuePerUnit"/> − <see cref="UnitCost"/> − <see cref="SellerCostsPerUnit"/>; negative for a loss. Not
    /// rounded in the plan's currency; in a reporting currency, the exact difference of the exactly converted amounts
    /// rounded once, at the end, to the currency's minor unit, half away from zero.
    /// </summary>
    public Money MarginPerUnit { get; }

    /// <summary>
    /// In a reporting currency (<see cref="ModeComparison.ReportingCurrency"/>): the rates the amounts were converted with,
    /// one per currency converted from; empty otherwise.
    /// </summary>
    public IReadOnlyList<ConversionRate> Conversions { get; }

    /// <summary>Mean days from paying the factory to being paid.</summary>
    public decimal CashCycleDays { get; }

    /// <summary>The terms of <see cref="CashCycleDays"/>, with their numbers, e.g. <c>0 (factory) + 17 (pipeline) + …</c>.</summary>
    public string CashCycleBasis { get; }

    /// <summary>Works out the seller's economics of a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="prices">The seller's prices and payment days.</param>
    /// <returns>The margin and cash cycle per unit, with their parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="prices"/> is null.</exception>
    /// <exception cref="DomainRuleException">The prices and the plan's costs are in different currencies (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public static SellerEconomics Of(FulfilmentPlan plan, SellerPrices prices) => Of(plan, prices, null);

    /// <summary>The economics, in the plan's currency or, with <paramref name="reporting"/>, in a reporting currency.</summary>
    internal static SellerEconomics Of(FulfilmentPlan plan, SellerPrices prices, ReportingConverter? reporting)
    {
        Guard.NotNull(plan);
        Guard.NotNull(prices);
        var sellerCosts = plan.CostPerUnit.Parts.Where(p => p.PaidBy == TradeParty.Seller).ToArray();
        var factory = (decimal)prices.FactoryPaidDaysBeforeDispatch;
        if (plan.Purchase is { } purchase)
        {
            var days = factory + purchase.PaidAfterDays;
            var terms = purchase.Terms;
            var (revenue, basis) = terms.QualityRejectionRate == 0m
                ? (terms.SupplyPricePerUnit, "supply price (platform purchase)")
                : (terms.SupplyPricePerUnit * (1m - terms.QualityRejectionRate),
                    $"supply price × (1 − {InvariantText.Number(terms.QualityRejectionRate)} rejected at the quality check) (platform purchase)");
            if (terms.QualityRejectionRate > 0m && terms.RejectReturnCostPerUnit is { Amount: > 0m } returnCost)
            {
                sellerCosts = [.. sellerCosts, new LandedCostPart(
                    LandedCostKind.Freight, TradeParty.Seller, returnCost * terms.QualityRejectionRate,
                    $"rejected units back to the seller: {InvariantText.Number(terms.QualityRejectionRate)} × {returnCost}")];
            }

            return new SellerEconomics(
                revenue, basis, prices.UnitCost, sellerCosts, days,
                $"{InvariantText.Number(factory)} (factory paid before dispatch) + {InvariantText.Number(purchase.TitleTransferDays)} (until title passes, {purchase.Terms.TitlePasses}) + {purchase.Terms.SettlementDays} (settlement)", reporting);
        }

        var pipeline = (decimal)plan.PipelineTime.MeanDays;
        var storage = plan.MonthsInStorage * ModeComparison.DaysPerMonth;
        var lead = (decimal)plan.LeadTime.MeanDays;
        var cycle = factory + pipeline + storage + lead + prices.MarketplacePayoutDays;
        return new SellerEconomics(
            prices.SellingPricePerUnit, "selling price", prices.UnitCost, sellerCosts, cycle,
            $"{InvariantText.Number(factory)} (factory paid before dispatch) + {InvariantText.Number(pipeline)} (inbound pipeline) + {InvariantText.Number(storage)} (at the storage centre) + {InvariantText.Number(lead)} (to the buyer) + {prices.MarketplacePayoutDays} (marketplace payout)", reporting);
    }

    /// <summary>The margin and the cash cycle.</summary>
    /// <returns>The economics in one line, e.g. <c>margin 3.40 USD per unit, cash cycle 18 days</c>.</returns>
    public override string ToString() => $"margin {MarginPerUnit} per unit, cash cycle {InvariantText.Number(CashCycleDays)} days";
}
