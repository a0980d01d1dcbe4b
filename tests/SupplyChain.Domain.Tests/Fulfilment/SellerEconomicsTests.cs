using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// Mode 2 as a platform purchase, and the seller's margin and cash cycle per mode, worked by hand on the desk-lamp
/// scenario (one lamp to Chicago ordered on Monday 2026-03-02, unit value 20.00 USD). The plans' costs and times are
/// worked in PlatformModeTests and DirectExpressModeTests; the numbers reused here are repeated in the comments.
/// </summary>
public sealed class SellerEconomicsTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    // The lamp sells at 24.99 on the marketplace and costs 6.80 at the factory, paid 5 days before dispatch; the
    // marketplace pays out 14 days after delivery (example terms).
    private static readonly SellerPrices Prices = new(Usd(24.99m)) { UnitCost = Usd(6.80m), MarketplacePayoutDays = 14, FactoryPaidDaysBeforeDispatch = 5 };

    [Fact]
    public void A_platform_purchase_moves_every_cost_but_the_pickup_fee_to_the_platform()
    {
        var mode = PurchasingPickup(TitleTransferPoint.AtPickup);

        var plan = mode.Plan(Request());

        // The same parts as the seller-paid plan (pickup fee 0.50, freight 6.24, duty 1.50, import tax 0, fulfilment
        // 5.40, storage 0.45 = 14.09), but only the pickup fee is the seller's; the platform is the importer.
        plan.CostPerUnit.Total.Should().Be(Usd(14.09m));
        plan.CostPerUnit.PaidBy(TradeParty.Seller).Should().Be(Usd(0.50m));
        plan.CostPerUnit.PaidBy(TradeParty.Buyer).Should().Be(Usd(13.59m));
        plan.Legs.Should().Contain(l => l.Description == "import customs clearance (the platform is the importer of record)");
        plan.Purchase!.Terms.SupplyPricePerUnit.Should().Be(Usd(9.00m));
    }

    [Fact]
    public void Title_passes_at_pickup_or_after_the_quality_check_and_the_seller_is_paid_after_settlement()
    {
        // Ordered Monday 2026-03-02; the pickup is on Thursday: 3 days of waiting. The run takes 1 day and consolidation
        // (the quality check) 2, so title passes after 3 days at pickup or 3 + 1 + 2 = 6 days after the check.
        var atPickup = PurchasingPickup(TitleTransferPoint.AtPickup).Plan(Request()).Purchase!;
        atPickup.TitleTransferDays.Should().Be(3m);
        atPickup.PaidAfterDays.Should().Be(18m, "3 days + 15 settlement days");

        var afterCheck = PurchasingPickup(TitleTransferPoint.AfterQualityCheck).Plan(Request()).Purchase!;
        afterCheck.TitleTransferDays.Should().Be(6m);
        afterCheck.PaidAfterDays.Should().Be(21m);
    }

    [Fact]
    public void The_margin_of_a_platform_purchase_is_the_supply_price_less_the_unit_cost_and_the_sellers_own_costs()
    {
        var economics = SellerEconomics.Of(PurchasingPickup(TitleTransferPoint.AtPickup).Plan(Request()), Prices);

        // 9.00 supply price − 6.80 unit cost − 0.50 pickup fee = 1.70; the selling price plays no part.
        economics.RevenuePerUnit.Should().Be(Usd(9.00m));
        economics.SellerCostsPerUnit.Should().Be(Usd(0.50m));
        economics.MarginPerUnit.Should().Be(Usd(1.70m));
        // 5 days paid before dispatch + 3 until pickup + 15 settlement = 23 days.
        economics.CashCycleDays.Should().Be(23m);
        economics.CashCycleBasis.Should().Be("5 (factory paid before dispatch) + 3 (until title passes, AtPickup) + 15 (settlement)");
    }

    [Fact]
    public void Units_the_quality_check_rejects_go_back_to_the_seller_unpaid()
    {
        // Title after the check; 4 % of the units handed over are rejected and come back to the seller at 0.50 USD each.
        // Paid: 9.00 × (1 − 0.04) = 8.64 per unit handed over. Costs: 0.50 pickup fee + 0.04 × 0.50 = 0.02 for the returns
        // = 0.52. Margin: 8.64 − 6.80 unit cost (paid for every unit, rejected or not) − 0.52 = 1.32.
        var terms = new PlatformPurchaseTerms(Usd(9.00m))
        {
            TitlePasses = TitleTransferPoint.AfterQualityCheck,
            SettlementDays = 15,
            QualityRejectionRate = 0.04m,
            RejectReturnCostPerUnit = Usd(0.50m),
        };
        var economics = SellerEconomics.Of(FulfilmentScenario.PurchasingPickup(terms).Plan(Request()), Prices);

        economics.RevenuePerUnit.Should().Be(Usd(8.64m));
        economics.SellerCostsPerUnit.Should().Be(Usd(0.52m));
        economics.SellerCostParts.Should().Contain(p => p.Kind == LandedCostKind.Freight && p.Amount == Usd(0.02m) && p.PaidBy == TradeParty.Seller);
        economics.MarginPerUnit.Should().Be(Usd(1.32m));
        // The cash cycle does not change: 5 before dispatch + 6 until title passes after the check + 15 settlement = 26.
        economics.CashCycleDays.Should().Be(26m);
    }

    [Fact]
    public void A_rejection_rate_needs_title_to_pass_after_the_quality_check()
    {
        var atPickup = new PlatformPurchaseTerms(Usd(9.00m)) { TitlePasses = TitleTransferPoint.AtPickup, QualityRejectionRate = 0.04m };
        FluentActions.Invoking(() => FulfilmentScenario.PurchasingPickup(atPickup))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Purchase");
        FluentActions.Invoking(() => new PlatformPurchaseTerms(Usd(9m)) { QualityRejectionRate = 1m })
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("QualityRejectionRate");
        FluentActions.Invoking(() => new PlatformPurchaseTerms(Usd(9m)) { QualityRejectionRate = -0.01m })
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("QualityRejectionRate");
        FluentActions.Invoking(() => new PlatformPurchaseTerms(Usd(9m)) { RejectReturnCostPerUnit = Usd(-0.01m) })
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("RejectReturnCostPerUnit");
        FluentActions.Invoking(() => new PlatformPurchaseTerms(Usd(9m)) { RejectReturnCostPerUnit = new Money(0.5m, Currency.EUR) })
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.MoneySameCurrency);
    }

    [Fact]
    public void The_margin_of_a_seller_who_sells_is_the_selling_price_less_the_unit_cost_and_every_cost_the_seller_pays()
    {
        // Mode 3: landed cost 8.75 (freight 1.40, duty 1.50, tax 0, fulfilment 5.40, storage 0.45), all the seller's.
        var economics = SellerEconomics.Of(Warehouse().Plan(Request()), Prices);

        // 24.99 − 6.80 − 8.75 = 9.44.
        economics.MarginPerUnit.Should().Be(Usd(9.44m));
        // 5 + 37 pipeline + 1.5 months × 30.4375 = 45.65625 at the storage centre + 4 to the buyer + 14 payout = 105.65625.
        economics.CashCycleDays.Should().Be(105.65625m);
    }

    [Fact]
    public void Duty_the_buyer_pays_under_DAP_is_not_the_sellers_cost()
    {
        // Direct express: freight 24.50 and duty 1.50. Under DDP the seller pays both (26.00); under DAP the buyer pays
        // the duty, so the seller's costs are 24.50 and the margin 24.99 − 6.80 − 24.50 = −6.31 (a loss, shown as such).
        var ddp = SellerEconomics.Of(DirectExpress(Incoterm.Ddp).Plan(Request()), Prices);
        var dap = SellerEconomics.Of(DirectExpress(Incoterm.Dap).Plan(Request()), Prices);

        ddp.SellerCostsPerUnit.Should().Be(Usd(26.00m));
        dap.SellerCostsPerUnit.Should().Be(Usd(24.50m));
        dap.MarginPerUnit.Should().Be(Usd(-6.31m));
        // 5 + 0 pipeline + 0 storage + 7 to the buyer + 14 payout = 26 days.
        dap.CashCycleDays.Should().Be(26m);
    }

    [Fact]
    public void The_comparison_ranks_by_margin_and_cash_cycle_when_given_prices()
    {
        var comparison = ModeComparison.Compare(Request(), 300, [DirectExpress(), PurchasingPickup(TitleTransferPoint.AtPickup), Warehouse()], Prices);

        // Margins: direct express 24.99 − 6.80 − 26.00 = −7.81; platform purchase 1.70; warehouse 9.44.
        comparison.Rows.Select(r => r.Economics!.MarginPerUnit).Should().Equal(Usd(-7.81m), Usd(1.70m), Usd(9.44m));
        comparison.MostProfitable!.ModeName.Should().Be("Platform warehouse (SeaLcl)");
        // Cash cycles: 26, 23, 105.65625 days: the platform purchase turns cash fastest.
        comparison.ShortestCashCycle!.ModeName.Should().Be("Platform pickup");
        comparison.Prices.Should().BeSameAs(Prices);
    }

    [Fact]
    public void Without_prices_there_are_no_economics()
    {
        var comparison = ModeComparison.Compare(Request(), 300, [Warehouse()]);

        comparison.Rows[0].Economics.Should().BeNull();
        comparison.MostProfitable.Should().BeNull();
        comparison.ShortestCashCycle.Should().BeNull();
    }

    [Fact]
    public void Prices_in_another_currency_are_refused_and_a_supply_price_in_another_currency_refuses_its_row()
    {
        FluentActions.Invoking(() => ModeComparison.Compare(Request(), 300, [Warehouse()], new SellerPrices(new Money(24.99m, Currency.EUR)) { UnitCost = Usd(6.80m) }))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.MoneySameCurrency);

        var euroProgramme = FulfilmentScenario.PurchasingPickup(new PlatformPurchaseTerms(new Money(8.30m, Currency.EUR)));
        var comparison = ModeComparison.Compare(Request(), 300, [euroProgramme, Warehouse()], Prices);
        comparison.Rows[0].Plan.Should().BeNull();
        comparison.Rows[0].PlanRefusal!.Code.Should().Be(DomainRules.MoneySameCurrency);
        comparison.Rows[1].Economics.Should().NotBeNull();
    }

    [Fact]
    public void Terms_and_prices_refuse_bad_values()
    {
        FluentActions.Invoking(() => new PlatformPurchaseTerms(Usd(0m))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new PlatformPurchaseTerms(Usd(9m)) { SettlementDays = -1 }).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("SettlementDays");
        FluentActions.Invoking(() => new PlatformPurchaseTerms(Usd(9m)) { TitlePasses = (TitleTransferPoint)7 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SellerPrices(Usd(0m)) { UnitCost = Usd(1m) }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SellerPrices(Usd(1m)) { UnitCost = Usd(-0.01m) }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SellerPrices(Usd(1m)) { UnitCost = Usd(1m), MarketplacePayoutDays = -1 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static PlatformPickupMode PurchasingPickup(TitleTransferPoint title) =>
        FulfilmentScenario.PurchasingPickup(new PlatformPurchaseTerms(Usd(9.00m)) { TitlePasses = title, SettlementDays = 15 });
}
