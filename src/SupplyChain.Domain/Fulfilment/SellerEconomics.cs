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
/// over (the platform pays the rest). Parts paid by the buyer (duty under DAP, say) are not the seller's.
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
    private SellerEconomics(Money revenue, string revenueBasis, Money unitCost, LandedCostPart[] sellerCosts, decimal cashCycleDays, string cashCycleBasis)
    {
        RevenuePerUnit = revenue;
        RevenueBasis = revenueBasis;
        UnitCost = unitCost;
        SellerCostParts = sellerCosts;
        SellerCostsPerUnit = sellerCosts.Aggregate(Money.Zero(revenue.Currency), (sum, part) => sum + part.Amount);
        MarginPerUnit = revenue - unitCost - SellerCostsPerUnit;
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

    /// <summary><see cref="RevenuePerUnit"/> − <see cref="UnitCost"/> − <see cref="SellerCostsPerUnit"/>, not rounded; negative for a loss.</summary>
    public Money MarginPerUnit { get; }

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
    public static SellerEconomics Of(FulfilmentPlan plan, SellerPrices prices)
    {
        Guard.NotNull(plan);
        Guard.NotNull(prices);
        var sellerCosts = plan.CostPerUnit.Parts.Where(p => p.PaidBy == TradeParty.Seller).ToArray();
        var factory = (decimal)prices.FactoryPaidDaysBeforeDispatch;
        if (plan.Purchase is { } purchase)
        {
            var days = factory + purchase.PaidAfterDays;
            return new SellerEconomics(
                purchase.Terms.SupplyPricePerUnit, "supply price (platform purchase)", prices.UnitCost, sellerCosts, days,
                $"{InvariantText.Number(factory)} (factory paid before dispatch) + {InvariantText.Number(purchase.TitleTransferDays)} (until title passes, {purchase.Terms.TitlePasses}) + {purchase.Terms.SettlementDays} (settlement)");
        }

        var pipeline = (decimal)plan.PipelineTime.MeanDays;
        var storage = plan.MonthsInStorage * ModeComparison.DaysPerMonth;
        var lead = (decimal)plan.LeadTime.MeanDays;
        var cycle = factory + pipeline + storage + lead + prices.MarketplacePayoutDays;
        return new SellerEconomics(
            prices.SellingPricePerUnit, "selling price", prices.UnitCost, sellerCosts, cycle,
            $"{InvariantText.Number(factory)} (factory paid before dispatch) + {InvariantText.Number(pipeline)} (inbound pipeline) + {InvariantText.Number(storage)} (at the storage centre) + {InvariantText.Number(lead)} (to the buyer) + {prices.MarketplacePayoutDays} (marketplace payout)");
    }

    /// <summary>The margin and the cash cycle.</summary>
    /// <returns>The economics in one line, e.g. <c>margin 3.40 USD per unit, cash cycle 18 days</c>.</returns>
    public override string ToString() => $"margin {MarginPerUnit} per unit, cash cycle {InvariantText.Number(CashCycleDays)} days";
}
