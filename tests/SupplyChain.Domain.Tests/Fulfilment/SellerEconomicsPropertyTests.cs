using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// The margin of every mode is its revenue less the unit cost and the plan's own seller-paid parts, and the cash cycle
/// moves day for day with the payment terms, over random prices and terms (seeded).
/// </summary>
public sealed class SellerEconomicsPropertyTests
{
    private const int Runs = 100;

    private static readonly IFulfilmentMode[] Modes = [DirectExpress(Incoterm.Ddp), DirectExpress(Incoterm.Dap), Pickup(), Warehouse()];

    /// <summary>
    /// Selling price 0.01 to 999.99, unit cost 0.00 to 999.99 (half the draws exactly 0, a unit given away by the factory), supply price 0.01 to 999.99 USD; payout, factory and
    /// settlement days 0 to 365; title at pickup or after the check; one of the four modes, or the pickup as a purchase.
    /// </summary>
    public sealed record Draw(decimal Selling, decimal Cost, decimal Supply, int Payout, int Factory, int Settlement, TitleTransferPoint Title, int Mode);

    private static readonly Gen<Draw> Draws =
        from selling in Reach.Hundredths(1, 99_999)
        from cost in Gen.OneOf(Gen.Constant(0m), Reach.Hundredths(0, 99_999))
        from supply in Reach.Hundredths(1, 99_999)
        from payout in Gen.Choose(0, 365)
        from factory in Gen.Choose(0, 365)
        from settlement in Gen.Choose(0, 365)
        from title in Gen.Elements(TitleTransferPoint.AtPickup, TitleTransferPoint.AfterQualityCheck)
        from mode in Gen.Choose(0, Modes.Length)
        select new Draw(selling, cost, supply, payout, factory, settlement, title, mode);

    [Property(MaxTest = Runs)]
    public Property Margin_is_revenue_less_unit_cost_and_the_sellers_own_parts() => Prop.ForAll(Draws.ToArbitrary(), d =>
    {
        var (plan, economics) = Work(d);
        var revenue = plan.Purchase is null ? d.Selling : d.Supply;
        var sellerParts = plan.CostPerUnit.Parts.Where(p => p.PaidBy == TradeParty.Seller).Sum(p => p.Amount.Amount);

        economics.MarginPerUnit.Should().Be(new Money(revenue - d.Cost - sellerParts, Currency.USD));
        economics.SellerCostsPerUnit.Amount.Should().BeLessThanOrEqualTo(plan.CostPerUnit.Total.Amount);
    });

    [Property(MaxTest = Runs)]
    public Property The_cash_cycle_moves_day_for_day_with_the_payment_terms() => Prop.ForAll(Draws.ToArbitrary(), d =>
    {
        var (_, economics) = Work(d);
        var (_, later) = Work(d with { Payout = d.Payout + 1, Factory = d.Factory + 1, Settlement = d.Settlement + 1 });

        // One more day of factory prepayment and one more of payout (or settlement): two more days in the cycle.
        (later.CashCycleDays - economics.CashCycleDays).Should().Be(2m);
    });

    [Fact]
    public void The_draws_reach_every_mode_both_title_points_losses_and_profits()
    {
        string[] claimed = ["mode 0", "mode 1", "mode 2", "mode 3", "mode 4", "AtPickup", "AfterQualityCheck", "loss", "profit", "cost 0", "payout 300 to 365"];
        Reach.Covers(Draws, Runs, d =>
        {
            var (_, e) = Work(d);
            return [$"mode {d.Mode}", d.Title.ToString(), e.MarginPerUnit.IsNegative ? "loss" : "profit", d.Cost == 0m ? "cost 0" : "cost", d.Payout >= 300 ? "payout 300 to 365" : "payout"];
        }, claimed);
    }

    private static (FulfilmentPlan Plan, SellerEconomics Economics) Work(Draw d)
    {
        var mode = d.Mode < Modes.Length ? Modes[d.Mode] : PurchasingPickup(new PlatformPurchaseTerms(new Money(d.Supply, Currency.USD)) { TitlePasses = d.Title, SettlementDays = d.Settlement });
        var plan = mode.Plan(Request());
        var prices = new SellerPrices(new Money(d.Selling, Currency.USD)) { UnitCost = new Money(d.Cost, Currency.USD), MarketplacePayoutDays = d.Payout, FactoryPaidDaysBeforeDispatch = d.Factory };
        return (plan, SellerEconomics.Of(plan, prices));
    }
}
