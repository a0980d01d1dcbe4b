using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Each mode's economics worked by hand with duty from stacked measures, and the margin identity over random prices.</summary>
public sealed class ModeEconomicsTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    /// <summary>
    /// INVENTED measures that stack on the lamp (HS 9405.21, origin CN) into the US: MFN 3.9 % (8-digit prefix 940521,
    /// which hides a 9405 MFN of 7.5 %), an additional 25 % on Chinese origin and an invented 0.05 USD per unit.
    /// </summary>
    private static CustomsTariff Stacked()
    {
        var us = CustomsTerritory.Of(US);
        return new CustomsTariff(
        [
            new CustomsMeasure("MFN", us, "9405", 7.5m),
            new CustomsMeasure("MFN", us, "940521", 3.9m),
            new CustomsMeasure("Section 301", us, "9405", 25m) { Origin = CN },
            new CustomsMeasure("per-unit example", us, "9405", CustomsMeasureKind.SpecificPerUnit, Usd(0.05m)),
        ]);
    }

    private static SellerPrices Prices() => new(Usd(39.99m)) { UnitCost = Usd(6.00m) };

    private static DirectExpressMode Express(Incoterm incoterm) =>
        new([RateCard()], incoterm, Stacked()) { OrderHandling = TransitTimeDistribution.Fixed(1), CustomsClearance = new TransitTimeDistribution(1, 0.5) };

    private static PlatformPickupMode PickupMode(PlatformPurchaseTerms? purchase = null)
    {
        var p = Pickup();
        return new PlatformPickupMode(p.Eligibility, p.Timetable, p.ConsolidationHub, p.LineHaul, p.StorageCentre, p.LastMile, Stacked())
        {
            PickupRun = p.PickupRun,
            Consolidation = p.Consolidation,
            PickupFeePerUnit = p.PickupFeePerUnit,
            UnitsPerInboundShipment = p.UnitsPerInboundShipment,
            Purchase = purchase,
        };
    }

    private static PlatformWarehouseMode WarehouseMode()
    {
        var w = Warehouse();
        return new PlatformWarehouseMode(w.Inbound, w.StorageCentre, w.LastMile, Stacked()) { InboundPreparation = w.InboundPreparation, UnitsPerInboundShipment = 200 };
    }

    // Duty on the 20.00 USD lamp (Section 321 suspended for China on 2026-03-02): MFN 3.9 % (the 8-digit prefix wins
    // within "MFN") + Section 301 25 % + 0.05 per unit. One lamp: 0.78 + 5.00 + 0.05 = 5.83 USD. A shipment of 200:
    // 4,000.00 × 3.9 % = 156.00 + 4,000.00 × 25 % = 1,000.00 + 200 × 0.05 = 10.00 → 1,166.00 USD = 5.83 a lamp.
    [Fact]
    public void Direct_express_DDP_pays_the_stacked_duty_and_DAP_leaves_it_to_the_buyer()
    {
        var ddp = Express(Incoterm.Ddp).Plan(Request());
        var dap = Express(Incoterm.Dap).Plan(Request());

        // Landed: freight 24.50 (2 kg = 4 steps: 14.00 + 3 × 3.50) + duty 5.83 + VAT 0 = 30.33 USD.
        ddp.CostPerUnit.Of(LandedCostKind.Duty).Should().Be(Usd(5.83m));
        ddp.CostPerUnit.Total.Should().Be(Usd(30.33m));
        ddp.Customs!.Lines[0].MeasureNames.Should().Equal("MFN", "Section 301", "per-unit example");
        // Margin DDP: 39.99 − 6.00 − 30.33 = 3.66; DAP: the buyer pays the 5.83: 39.99 − 6.00 − 24.50 = 9.49.
        SellerEconomics.Of(ddp, Prices()).MarginPerUnit.Should().Be(Usd(3.66m));
        SellerEconomics.Of(dap, Prices()).MarginPerUnit.Should().Be(Usd(9.49m));
    }

    [Fact]
    public void Platform_pickup_as_seller_logistics_and_as_a_platform_purchase()
    {
        // Landed: pickup fee 0.50 + air 20 cartons × 15.6 kg = 312 kg × 4.00 = 1,248.00 ÷ 200 = 6.24 + duty 5.83 + VAT 0 +
        // fulfilment 5.40 + storage 0.30 × 1.5 = 0.45 (+ last mile 0 in Chicago) = 18.42 USD.
        var selling = PickupMode().Plan(Request());
        selling.CostPerUnit.Total.Should().Be(Usd(18.42m));
        selling.CostPerUnit.Of(LandedCostKind.Duty).Should().Be(Usd(5.83m));
        // The seller pays all of it: 39.99 − 6.00 − 18.42 = 15.57.
        SellerEconomics.Of(selling, Prices()).MarginPerUnit.Should().Be(Usd(15.57m));

        // Bought by the platform at 9.00: the seller pays only the pickup fee: 9.00 − 6.00 − 0.50 = 2.50; the platform
        // pays the other 17.92, duty included.
        var bought = PickupMode(new PlatformPurchaseTerms(Usd(9.00m))).Plan(Request());
        SellerEconomics.Of(bought, Prices()).MarginPerUnit.Should().Be(Usd(2.50m));
        bought.CostPerUnit.PaidBy(TradeParty.Buyer).Should().Be(Usd(17.92m));
    }

    [Fact]
    public void Platform_warehouse_pays_the_stacked_duty_on_its_inbound_shipment()
    {
        // Landed: sea 20 cartons × 0.0936 m³ = 1.872 m³ → 1,872 kg × 0.15 = 280.80 ÷ 200 = 1.404 + duty 5.83 + VAT 0 +
        // fulfilment 5.40 + storage 0.45 = 13.084 → 13.08 USD. Margin 39.99 − 6.00 − 13.08 = 20.91.
        var plan = WarehouseMode().Plan(Request());

        plan.CostPerUnit.Total.Should().Be(Usd(13.08m));
        plan.Customs!.Duty.Should().Be(Usd(1166.00m));
        SellerEconomics.Of(plan, Prices()).MarginPerUnit.Should().Be(Usd(20.91m));
    }

    /// <summary>A mode (0 to 4: express DDP, express DAP, pickup, pickup bought by the platform, warehouse), a selling price of 0.01 to 200.00 USD, a unit cost of 0 to 100.00 USD and a unit value of 0.01 to 100.00 USD.</summary>
    public sealed record Sale(int Mode, decimal SellingPrice, decimal UnitCost, decimal UnitValue);

    private static readonly Gen<Sale> Sales =
        from mode in Gen.Choose(0, 4)
        from price in Gen.Choose(1, 20_000)
        from cost in Gen.Choose(0, 10_000)
        from value in Gen.Choose(1, 10_000)
        select new Sale(mode, price / 100m, cost / 100m, value / 100m);

    private static IFulfilmentMode ModeOf(int mode) => mode switch
    {
        0 => Express(Incoterm.Ddp),
        1 => Express(Incoterm.Dap),
        2 => PickupMode(),
        3 => PickupMode(new PlatformPurchaseTerms(Usd(9.00m))),
        _ => WarehouseMode(),
    };

    [Property(MaxTest = 60)]
    public Property Margin_per_mode_is_the_revenue_minus_the_unit_cost_minus_the_plans_own_seller_parts() =>
        Prop.ForAll(Sales.ToArbitrary(), sale =>
        {
            var plan = ModeOf(sale.Mode).Plan(Request(unitValue: sale.UnitValue));
            var prices = new SellerPrices(Usd(sale.SellingPrice)) { UnitCost = Usd(sale.UnitCost) };
            var economics = SellerEconomics.Of(plan, prices);
            var revenue = plan.Purchase?.Terms.SupplyPricePerUnit ?? prices.SellingPricePerUnit;
            var sellerParts = plan.CostPerUnit.Parts.Where(p => p.PaidBy == TradeParty.Seller).Aggregate(Usd(0m), (sum, p) => sum + p.Amount);
            return economics.MarginPerUnit == revenue - prices.UnitCost - sellerParts
                && economics.SellerCostsPerUnit == plan.CostPerUnit.PaidBy(TradeParty.Seller);
        });

    [Fact]
    public void The_sales_reach_every_mode_a_loss_and_a_profit()
    {
        static IEnumerable<string> Labels(Sale sale)
        {
            yield return "mode " + sale.Mode;
            yield return sale.SellingPrice < sale.UnitCost ? "price below the unit cost" : "price at or above the unit cost";
        }

        Reach.Covers(Sales, 60, Labels, ["mode 0", "mode 1", "mode 2", "mode 3", "mode 4", "price below the unit cost", "price at or above the unit cost"]);
    }
}
