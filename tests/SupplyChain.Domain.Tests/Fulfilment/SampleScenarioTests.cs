using NodaTime;
using Spectre.Console.Testing;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Simulation;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// The numbers the samples print, checked here rather than in the samples (a user sees the library calls and their
/// results, not self-checks). Each sample's <c>Run</c> returns what it computed.
/// </summary>
public sealed class SampleScenarioTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    /// <summary>What every plan a sample shows must satisfy: the parts add up, the legs connect, the buyer receives.</summary>
    internal static void ShouldBeConsistent(FulfilmentPlan plan)
    {
        plan.CostPerUnit.Parts.Aggregate(Money.Zero(plan.CostPerUnit.Currency), (sum, part) => sum + part.Amount)
            .Should().Be(plan.CostPerUnit.Total, "the cost parts add up to the total");
        plan.Legs.Zip(plan.Legs.Skip(1)).Should().OnlyContain(pair => pair.First.To == pair.Second.From, "each leg starts where the last ended");
        plan.Handovers.Should().NotBeEmpty();
        plan.Handovers[^1].To.Should().Be(ChainActor.Buyer, "the goods end with the buyer");
    }

    [Fact]
    public void Direct_express_sample_lands_the_lamp_at_26_usd_ddp_and_the_buyer_pays_the_duty_under_dap()
    {
        var (ddp, dap) = DirectExpressSample.Program.Run(new TestConsole());

        ShouldBeConsistent(ddp);
        ShouldBeConsistent(dap);
        ddp.CostPerUnit.Total.Should().Be(Usd(26.00m));
        ddp.CostPerUnit.PaidBy(TradeParty.Buyer).Should().Be(Usd(0m));
        dap.CostPerUnit.PaidBy(TradeParty.Seller).Should().Be(Usd(24.50m));
        dap.CostPerUnit.PaidBy(TradeParty.Buyer).Should().Be(Usd(1.50m), "7.5 % duty on 20.00 USD");
    }

    [Fact]
    public void Platform_pickup_sample_refuses_the_small_seller_and_a_full_van_costs_one_weekly_pickup()
    {
        var results = PlatformPickupSample.Program.Run(new TestConsole());

        ShouldBeConsistent(results.Plan);
        results.Refusal.Should().NotBeNull();
        results.Refusal!.Rule.Should().Be(DomainRules.FulfilmentPickupEligible);
        ShouldBeConsistent(results.Roomy.Plan);
        ShouldBeConsistent(results.Full.Plan);
        results.Roomy.MissedPickups.Should().BeEmpty("the van has room for the seller's goods");
        results.Full.MissedPickups.Should().ContainSingle("the full van comes back a week later");
        (results.Full.Plan.Legs[0].TransitTime.MeanDays - results.Roomy.Plan.Legs[0].TransitTime.MeanDays).Should().Be(7);
        results.Full.Runs.Should().OnlyContain(run => run.TotalLoad.Kilograms <= 1_000 && run.TotalVolume.CubicMeters <= 10, "no run overloads the van");
    }

    [Fact]
    public void Platform_warehouse_sample_lands_the_lamp_at_9_60_usd_by_sea_and_14_44_usd_by_air()
    {
        var results = PlatformWarehouseSample.Program.Run(new TestConsole());

        ShouldBeConsistent(results.Plan);
        ShouldBeConsistent(results.Air);

        // Sea: freight 1,872 kg chargeable × 0.15 = 280.80 USD / 200 units = 1.404; 1.40 + 1.50 duty + 0.00 import tax +
        // 6.25 fulfilment fee + 0.45 storage = 9.60 USD. Air: 20 cartons of 0.0936 m³ = 1,872,000 cm³ ÷ 6,000 cm³/kg =
        // 312 kg volumetric > 260 kg actual, × 4.00 USD = 1,248.00 USD / 200 = 6.24 USD; 6.24 + 1.50 + 0.00 + 6.25 + 0.45 =
        // 14.44 USD; pipeline 2 + 6 + 2 + 1 + 2 = 13 days against 2 + 30 + 2 + 1 + 2 = 37 by sea.
        results.Plan.CostPerUnit.Total.Should().Be(Usd(9.60m));
        results.Air.CostPerUnit.Total.Should().Be(Usd(14.44m));
        results.Air.PipelineTime.MeanDays.Should().Be(13);
        results.Plan.PipelineTime.MeanDays.Should().Be(37);
    }

    [Fact]
    public void Platform_warehouse_sample_puts_the_lamp_in_large_standard_and_quotes_6_25_usd()
    {
        var results = PlatformWarehouseSample.Program.Run(new TestConsole());

        // Sides 300/25.4 = 11.811, 200/25.4 = 7.874, 150/25.4 = 5.906 in: the shortest side exceeds small standard's
        // 0.75 in; large standard (≤ 18 × 14 × 8 in, ≤ 20 lb) fits. Dimensional weight 9,000 cm³ = 549.2137 in³ ÷ 139 =
        // 3.951178 lb > unit weight 1.2 kg = 2.645547 lb, so the shipping weight is 3.951178 lb.
        results.Tier.Tier.Should().Be(SizeTier.LargeStandard);
        results.Tier.ExceededLimit.Should().Be(SizeTierLimit.ShortestSide);
        results.Tier.ShippingWeight.Pounds.Should().BeApproximately(3.951178, 0.000001);

        // Band "large standard up to 20 lb": 5.65 + 0.30 per started 0.5 lb above 3 lb; (3.951178 − 3) / 0.5 = 1.90 → 2
        // steps → 6.25 USD, the landed cost's platform fee.
        results.Quote.Fee.Should().Be(Usd(6.25m));
        results.Quote.Item.Tier.Should().Be(results.Tier.Tier);
        results.Plan.CostPerUnit.Parts.Single(p => p.Kind == LandedCostKind.PlatformFee).Amount.Should().Be(results.Quote.Fee);
    }

    [Fact]
    public void Platform_warehouse_sample_charges_the_low_inventory_level_fee_only_after_a_stock_out()
    {
        var results = PlatformWarehouseSample.Program.Run(new TestConsole());

        // The built-in rule charges when the days of supply are below 28 in both windows: 35 and 24 is not; 18 and 24 is,
        // adding the invented 0.70 USD: 9.60 + 0.70 = 10.30 USD.
        results.Assessment.Applies.Should().BeFalse();
        results.Assessment.Reason.Should().Be(LowInventoryLevelFeeReason.ShortTermAtOrAboveThreshold);
        results.Plan.CostPerUnit.Parts.Should().NotContain(p => p.Kind == LandedCostKind.LowInventoryLevelFee);
        results.LowStockAssessment.Applies.Should().BeTrue();
        results.LowStockAssessment.Reason.Should().Be(LowInventoryLevelFeeReason.BothBelowThreshold);
        results.LowStockPlan.CostPerUnit.Parts.Single(p => p.Kind == LandedCostKind.LowInventoryLevelFee).Amount.Should().Be(Usd(0.70m));
        results.LowStockPlan.CostPerUnit.Total.Should().Be(Usd(10.30m));
    }

    [Fact]
    public void Platform_warehouse_sample_packs_200_lamps_into_20_labelled_compliant_cartons()
    {
        var inbound = PlatformWarehouseSample.Program.Run(new TestConsole()).Inbound;
        var rules = inbound.Rules;

        // 200 units / 10 per case = 20 full cases. A case is 60 × 48 × 32.5 cm (longest 23.622 in ≤ 25 in) and 13 kg =
        // 28.66 lb (≤ 50 lb). Totals 20 × 13 = 260 kg and 20 × 0.0936 = 1.872 m³. SSCCs: serial references 1001 to 1020
        // after 0 0614141; GS1 mod-10 check digit of 00614141000001001 (weights 3, 1, 3, … from the right):
        // 3 × (1+0+0+0+0+4+4+6+0) + (0+1+0+0+1+1+1+0) = 45 + 4 = 49 → 1, and of 00614141000001020:
        // 3 × (0+0+0+0+0+4+4+6+0) + (2+1+0+0+1+1+1+0) = 42 + 6 = 48 → 2.
        inbound.Cartons.Should().HaveCount(20).And.OnlyContain(c => c.IsFullCase && c.Shipment == inbound.Shipment);
        inbound.UnitsInCartons.Should().Be(200);
        inbound.UnitsUnpacked.Should().Be(0);
        inbound.Cartons.Should().OnlyContain(c => c.Dimensions.Longest <= rules.MaxSide && c.GrossWeight <= rules.MaxGrossWeight);
        inbound.Cartons.Select(c => c.Sscc.Digits).Should().OnlyHaveUniqueItems();
        inbound.Cartons[0].Sscc.Digits.Should().Be("006141410000010011");
        inbound.Cartons[^1].Sscc.Digits.Should().Be("006141410000010202");
        inbound.Cartons.Sum(c => c.GrossWeight.Kilograms).Should().BeApproximately(260, 1e-9);
        inbound.Cartons.Sum(c => c.Dimensions.Volume.CubicMeters).Should().BeApproximately(1.872, 1e-9);
    }

    [Fact]
    public void Platform_warehouse_sample_receives_197_sellable_2_damaged_1_short_and_ships_the_order_from_stock()
    {
        var results = PlatformWarehouseSample.Program.Run(new TestConsole());
        var ledger = results.Ledger;
        var reconciliation = results.Reconciliation;

        // Replayed movement by movement: 200 planned into InboundWorking, shipped into InboundShipped; at the dock 199
        // arrive, 1 is lost (claimable), 197 go to Fulfillable and 2 to UnfulfillableCarrierDamaged; the order reserves
        // 1 and ships it: 196 fulfillable, 2 unfulfillable remain.
        var replay = new StockLedger(ledger.Product, ledger.Facility);
        var balances = ledger.Movements.Select(m =>
        {
            replay.Post(m);
            return Enum.GetValues<StockBucket>().ToDictionary(b => b, replay.Balance);
        }).ToList();
        balances[0][StockBucket.InboundWorking].Should().Be(200);
        balances[1][StockBucket.InboundShipped].Should().Be(200);
        balances[5].Should().Contain(StockBucket.Fulfillable, 197).And.Contain(StockBucket.UnfulfillableCarrierDamaged, 2)
            .And.Contain(StockBucket.InboundShipped, 0).And.Contain(StockBucket.InboundReceiving, 0);
        balances[6][StockBucket.Reserved].Should().Be(1);
        balances[7].Should().Contain(StockBucket.Fulfillable, 196).And.Contain(StockBucket.Reserved, 0);

        reconciliation.ClaimableUnits.Should().Be(1);
        reconciliation.IsBalanced.Should().BeFalse();
        reconciliation.Discrepancies.Should().ContainSingle().Which.Kind.Should().Be(DiscrepancyKind.Shortage);

        // Every planned unit is on hand, inbound, unfulfillable, lost (claimed) or with the buyer.
        var lost = ledger.Movements.Where(m => m.Kind == StockMovementKind.Adjustment && m.Reason == AdjustmentReason.Lost).Sum(m => m.Quantity);
        var shipped = ledger.Movements.Where(m => m.Kind == StockMovementKind.Shipment).Sum(m => m.Quantity);
        lost.Should().Be(1);
        (ledger.OnHand + ledger.Inbound + ledger.Unfulfillable + lost + shipped).Should().Be(200);

        // Created 2026-01-19 09:00 in Shenzhen (01:00 UTC), received 37 days later, before the order of 2026-03-02.
        var received = ledger.Movements.Single(m => m.Kind == StockMovementKind.InboundArrived).At;
        received.Should().Be(Instant.FromUtc(2026, 2, 25, 1, 0));
        received.Should().BeLessThan(ledger.Movements.Single(m => m.Kind == StockMovementKind.Reservation).At);
    }

    [Fact]
    public void Mode_comparison_sample_finds_the_warehouse_cheapest_and_express_tying_up_the_least_stock()
    {
        var comparison = ModeComparisonSample.Program.Run(new TestConsole()).Comparison;

        comparison.Rows.Should().HaveCount(3).And.OnlyContain(row => row.Plan != null, "each mode can serve the order");
        foreach (var row in comparison.Rows)
        {
            ShouldBeConsistent(row.Plan!);
            (row.StockInTransitValue + row.StockAtStorageCentreValue).Should().Be(row.StockTiedUpValue);
        }

        // The warehouse row prices the lamp like the PlatformWarehouse sample (9.60 USD by sea with the shared fee table,
        // 1.50 of it duty at the single 7.5 % measure) but with the stacked example duty of 7.78 USD: 9.60 − 1.50 + 7.78
        // = 15.88 USD.
        comparison.Rows[2].LandedCostPerUnit.Should().Be(Usd(15.88m));
        comparison.Cheapest.Should().BeSameAs(comparison.Rows[2]);
        comparison.LeastStockTiedUp.Should().BeSameAs(comparison.Rows[0]);
        comparison.Rows[0].StockTiedUpValue.Should().BeLessThan(comparison.Rows[2].StockTiedUpValue);
    }

    [Fact]
    public void Mode_comparison_sample_converts_the_factory_price_through_the_euro_and_rounds_once()
    {
        var factoryPrice = ModeComparisonSample.Program.Run(new TestConsole()).FactoryPrice;

        // Example rates of Friday 2026-02-27, pivot EUR: 1 EUR = 1.16 USD, 1 EUR = 8.25 CNY. 48.35 CNY → EUR → USD:
        // 48.35 × 1.16 = 56.086; 56.086 ÷ 8.25 = 6.798303… USD, rounded once to cents: 6.80 USD. On Monday 2026-03-02
        // the rates are 3 days old (at most 4 allowed).
        factoryPrice.Original.Should().Be(new Money(48.35m, Currency.CNY));
        factoryPrice.Converted.Should().Be(Usd(6.80m));
        factoryPrice.ConversionRate.Route.Should().Be(ConversionRoute.Triangulated);
        factoryPrice.ConversionRate.RateDate.Should().Be(new LocalDate(2026, 2, 27));
    }

    [Fact]
    public void Mode_comparison_sample_prices_mode_2_as_a_platform_purchase_and_ranks_margin_and_cash_cycle()
    {
        var comparison = ModeComparisonSample.Program.Run(new TestConsole()).Comparison;
        var economics = comparison.Rows.Select(r => r.Economics!).ToArray();

        // Every mode pays the stacked EXAMPLE measures on 20.00 USD a lamp: MFN 3.9 % + Section 301 25 % + IEEPA 10 % =
        // 0.78 + 5.00 + 2.00 = 7.78 USD (on 200 lamps: 156.00 + 1,000.00 + 400.00 = 1,556.00 USD, 7.78 a lamp).
        // Sold at 24.99 USD; unit cost 48.35 CNY = 48.35 × 1.16 ÷ 8.25 = 6.7983030… USD, exact. Margin = revenue − unit
        // cost − seller-paid parts, rounded once:
        // direct express DDP: freight 24.50 + duty 7.78 + VAT 0 = 32.28: 24.99 − 6.7983… − 32.28 = −14.0883… → −14.09;
        // platform purchase: supply price 9.00, the seller pays only the pickup fee 0.50: 9.00 − 6.7983… − 0.50 = 1.7016… → 1.70;
        // platform warehouse: freight 280.80 ÷ 200 = 1.404 + duty 7.78 + fee 6.25 + storage 0.45 = 15.884 → 15.88 (parts
        // 1.40 + 7.78 + 6.25 + 0.45): 24.99 − 6.7983… − 15.88 = 2.3116… → 2.31.
        comparison.ReportingCurrency.Should().Be(Currency.USD);
        economics.Select(e => e.RevenuePerUnit).Should().Equal(Usd(24.99m), Usd(9.00m), Usd(24.99m));
        economics.Select(e => e.SellerCostsPerUnit).Should().Equal(Usd(32.28m), Usd(0.50m), Usd(15.88m));
        economics.Select(e => e.MarginPerUnit).Should().Equal(Usd(-14.09m), Usd(1.70m), Usd(2.31m));
        comparison.Rows.Select(r => r.Plan!.CostPerUnit.Of(LandedCostKind.Duty)).Should().Equal(Usd(7.78m), Usd(7.78m), Usd(7.78m));
        comparison.Rows[1].Plan!.Purchase.Should().NotBeNull();
        // Pickup: 0.50 fee + 312 kg × 4.00 ÷ 200 = 6.24 freight + 7.78 duty + 5.40 fulfilment + 0.45 storage = 20.37.
        comparison.Rows[1].LandedCostPerUnit.Should().Be(Usd(20.37m), "the platform pays 19.87 of the same landed cost");

        // Cash cycle, factory paid 5 days before dispatch, payout 14 days after delivery: express 5 + 7 to the buyer + 14
        // = 26; purchase 5 + 3 (order Monday, pickup Thursday, title at pickup) + 15 settlement = 23; warehouse 5 + 37
        // pipeline + 1.5 months × 30.4375 = 45.65625 in storage + 4 to the buyer + 14 = 105.65625 days.
        economics.Select(e => e.CashCycleDays).Should().Equal(26m, 23m, 105.65625m);
        comparison.MostProfitable.Should().BeSameAs(comparison.Rows[2]);
        comparison.ShortestCashCycle.Should().BeSameAs(comparison.Rows[1]);
    }

    [Fact]
    public void Mode_comparison_sample_stacks_the_example_us_measures_and_charges_german_import_vat_on_cif_plus_duty()
    {
        var results = ModeComparisonSample.Program.Run(new TestConsole());

        // US, the warehouse's inbound shipment: 200 lamps × 20.00 USD = 4,000.00 USD transaction value (no freight).
        // Example measures stack: MFN 3.9 % = 156.00, Section 301 25 % = 1,000.00, IEEPA-style 10 % = 400.00; 1,556.00 USD.
        // Section 321 is suspended for China.
        results.IntoUs.CustomsValue.Should().Be(Usd(4000.00m));
        results.IntoUs.Lines.Single().MeasureNames.Should().Equal("IEEPA", "MFN", "Section 301");
        results.IntoUs.Duty.Should().Be(Usd(1556.00m));
        results.IntoUs.ImportVat.Should().BeNull();
        results.IntoUs.Regime.Should().BeNull();

        // Germany: 20.00 USD ÷ 1.16 (the inverse of EUR/USD) = 17.241379… → 17.24 EUR; 200 × 17.24 = 3,448.00 EUR, above
        // the 150 EUR relief. CIF with the warehouse's own sea freight to the border: 20 cartons of 60 × 48 × 32.5 cm =
        // 1.872 m³ × 1,000 kg = 1,872 kg (above 260 kg actual) × 0.14 EUR = 262.08 EUR; 3,448.00 + 262.08 = 3,710.08 EUR.
        // MFN 4.7 % = 174.37376 → 174.37 EUR (the US measures do not apply). Import VAT 19 % × (3,710.08 + 174.37) =
        // 19 % × 3,884.45 = 738.0455 → 738.05 EUR.
        results.DeclaredInEur.Converted.Should().Be(new Money(17.24m, Currency.EUR));
        results.DeclaredInEur.ConversionRate.Route.Should().Be(ConversionRoute.Inverse);
        results.IntoGermany.CustomsValue.Should().Be(new Money(3710.08m, Currency.EUR));
        results.IntoGermany.Lines.Single().MeasureNames.Should().Equal("MFN");
        results.IntoGermany.Duty.Should().Be(new Money(174.37m, Currency.EUR));
        results.IntoGermany.ImportVat.Should().Be(new Money(738.05m, Currency.EUR));
        results.IntoGermany.Regime.Should().BeNull();
    }

    [Fact]
    public void Mode_comparison_sample_compares_the_lamp_into_germany_in_euros()
    {
        var comparison = ModeComparisonSample.Program.Run(new TestConsole()).ComparisonInGermany;
        var economics = comparison.Rows.Select(r => r.Economics!).ToArray();
        static Money Eur(decimal amount) => new(amount, Currency.EUR);

        // Unit cost 48.35 CNY ÷ 8.25 = 5.8606060… EUR, exact; sold at 22.99 EUR.
        // Express DDP, one parcel of 2 kg = 4 steps: 13.00 + 3 × 3.20 = 22.60 EUR freight; the 17.24 EUR consignment is
        // within the EU's 150 EUR relief on 2026-03-02, so duty 0; VAT 19 % × (17.24 + 22.60 CIF) = 7.5696 → 7.57; landed
        // 30.17; margin 22.99 − 5.8606… − 30.17 = −13.0406… → −13.04.
        // Pickup as a purchase at 7.80 EUR, the seller pays the 0.45 pickup fee: 7.80 − 5.8606… − 0.45 = 1.4893… → 1.49.
        // Its landed cost (paid by the platform but the pickup fee): 0.45 + air 312 kg × 3.70 = 1,154.40 ÷ 200 = 5.772 +
        // duty 4.7 % × (3,448.00 + 1,154.40 CIF) = 216.3128 → 216.31 ÷ 200 = 1.08155 + VAT 19 % × 4,818.71 = 915.5549 →
        // 915.55 ÷ 200 = 4.57775 + 4.90 + 0.42 + 4.50 = 21.7013 → 21.70.
        // Warehouse: freight 262.08 ÷ 200 = 1.3104 + duty 174.37 ÷ 200 = 0.87185 + VAT 738.05 ÷ 200 = 3.69025 + fee 4.90 +
        // storage 0.28 × 1.5 = 0.42 + last mile 4.50 = 15.69365 → 15.69; margin 22.99 − 5.8606… − 15.69 = 1.4393… → 1.44.
        comparison.ReportingCurrency.Should().Be(Currency.EUR);
        comparison.Rows.Select(r => r.LandedCostPerUnit).Should().Equal(Eur(30.17m), Eur(21.70m), Eur(15.69m));
        comparison.Rows[0].Plan!.CostPerUnit.Of(LandedCostKind.ImportTax).Should().Be(Eur(7.57m));
        comparison.Rows[0].Plan!.Customs!.Regime!.Id.Should().Be("eu-negligible-value-150");
        economics.Select(e => e.MarginPerUnit).Should().Equal(Eur(-13.04m), Eur(1.49m), Eur(1.44m));
        comparison.MostProfitable.Should().BeSameAs(comparison.Rows[1]);
    }

    [Fact]
    public void Policy_lab_sample_is_deterministic_conserves_stock_and_writes_a_line_per_sku_and_day()
    {
        using var csv = new StringWriter();
        var (skus, result) = PolicyLabSample.Program.Run(new TestConsole(), csv);
        var settings = result.Settings;

        var again = Simulator.Run(skus, new SimulationSettings(settings.Periods, settings.Seed, settings.StartDate, settings.Shortages, recordTrace: false, maxDegreeOfParallelism: 1));
        again.Skus.Select(r => r.TotalCost).Should().Equal(result.Skus.Select(r => r.TotalCost), "the same seed on one thread gives the same costs");
        result.Skus.Should().HaveCount(9).And.OnlyContain(r => r.Trace.Count == 365 && r.FillRate >= 0 && r.FillRate <= 1);
        result.Skus.Should().OnlyContain(r => Conserves(r), "stock + pipeline change only by orders and sales, every day");
        csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + (9 * 365), "a header and one line per SKU and day");

        // Under days of cover a longer lead time holds more stock: direct express 6 d, pickup 17 d, warehouse 37 d.
        var coverStock = result.Skus.Where(r => r.Sku.Name.EndsWith("days of cover", StringComparison.Ordinal)).Select(r => r.AverageOnHand).ToList();
        coverStock.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    private static bool Conserves(SkuSimulationResult r)
    {
        long previous = r.InitialOnHand;
        foreach (var d in r.Trace)
        {
            long position = d.OnHand - d.Backordered + d.OnOrder;
            if (position - previous != d.Ordered - d.FilledFromStock)
            {
                return false;
            }

            previous = position;
        }

        return true;
    }
}
