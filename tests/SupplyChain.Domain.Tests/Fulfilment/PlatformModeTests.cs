using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Shipping;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

public sealed class PlatformModeTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void Platform_pickup_is_worked_by_hand()
    {
        var plan = Pickup().Plan(Request());

        // Inbound shipment of 200 lamps = 20 cartons: 20 × 93,600 cm³ = 1,872,000 cm³ ÷ 6,000 cm³/kg = 312 kg
        // volumetric > 20 × 13 kg = 260 kg actual → 312 kg × 4.00 = 1,248.00 USD ÷ 200 = 6.24 per unit.
        // Pickup fee 0.50; duty 7.5 % × 20.00 = 1.50 (4,000 USD consignment, and Section 321 suspended); fulfilment
        // fee 5.40; storage 0.30 × 1.5 months = 0.45. Total 0.50 + 6.24 + 1.50 + 0 + 5.40 + 0.45 = 14.09.
        plan.CostPerUnit.Parts.Select(p => (p.Kind, p.Amount)).Should().Equal(
            (LandedCostKind.PlatformFee, Usd(0.50m)),
            (LandedCostKind.Freight, Usd(6.24m)),
            (LandedCostKind.Duty, Usd(1.50m)),
            (LandedCostKind.ImportTax, Usd(0m)),
            (LandedCostKind.PlatformFee, Usd(5.40m)),
            (LandedCostKind.Storage, Usd(0.45m)));
        plan.CostPerUnit.Total.Should().Be(Usd(14.09m));

        // Pipeline: wait Monday → Thursday 3 + run 1 + consolidation 2 (sd 0.5) + air 6 (sd 1.5) + clearance 2 (sd 1)
        // + transfer 1 + receiving 2 (sd 1) = 17 d, variance 0.25 + 2.25 + 1 + 1 = 4.5.
        plan.PipelineTime.MeanDays.Should().Be(17);
        plan.PipelineTime.Distribution.VarianceDaysSquared.Should().BeApproximately(4.5, 1e-12);

        // Buyer: handling 1 + to RCW 1 (sd 0.5) + to station 1 + delivery 1 (sd 0.5) = 4 d, sd √0.5;
        // p95 = 4 + 1.6449 × 0.7071 = 5.1631 d.
        plan.LeadTime.MeanDays.Should().Be(4);
        plan.LeadTime.P95Days.Should().BeApproximately(5.1631, 1e-4);
        plan.MonthsInStorage.Should().Be(1.5m);
        plan.Legs[0].Description.Should().Be("wait for the scheduled pickup on 2026-03-05");
        plan.Handovers.Select(h => (h.From, h.To)).Should().Equal(
            (ChainActor.Seller, ChainActor.Platform),
            (ChainActor.Platform, ChainActor.Forwarder),
            (ChainActor.Forwarder, ChainActor.Customs),
            (ChainActor.Customs, ChainActor.Forwarder),
            (ChainActor.Forwarder, ChainActor.Platform),
            (ChainActor.Platform, ChainActor.Buyer));
    }

    [Fact]
    public void An_ineligible_seller_asking_for_pickup_is_refused_with_the_reasons_as_data()
    {
        var act = () => Pickup(trailingSales: 800).Plan(Request());

        var e = act.Should().Throw<DomainRuleException>()
            .Where(x => x.Rule == DomainRules.FulfilmentPickupEligible)
            .WithMessage("The seller is not eligible for platform pickup: 800 units sold in the last 30 days do not exceed the threshold of 1000.")
            .Which;
        var details = e.Details.Should().BeOfType<ModeRefusalDetails>().Which;
        details.InboundPlan.Should().BeNull();
        var eligibility = details.Eligibility;
        eligibility.Unmet.Select(r => r.Code).Should().Equal("pickup.trailing-sales");
        eligibility.Reasons.Select(r => (r.Code, r.IsMet)).Should().Equal(("pickup.cluster-served", true), ("pickup.trailing-sales", false));
    }

    [Fact]
    public void Platform_warehouse_by_sea_is_worked_by_hand()
    {
        var mode = Warehouse();
        var plan = mode.Plan(Request());

        // The inbound carton plan under Amazon US rules: the lamp's case is 60 × 48 × 32.5 cm (longest 600 mm ≤ 25 in
        // = 635 mm) and 13 kg (≤ 50 lb = 22,679.62 g), so 200 lamps = 20 full cases of 10, each 13 kg, labelled with
        // consecutive SSCCs. Per carton 60 × 48 × 32.5 = 93,600 cm³.
        var inbound = mode.PlanInbound(Request());
        inbound.Cartons.Should().HaveCount(20).And.OnlyContain(c => c.Units == 10 && c.IsFullCase && c.Exemption == CartonExemption.None);
        inbound.Unpacked.Should().BeEmpty();
        inbound.Cartons.Select(c => c.Sscc).Should().OnlyHaveUniqueItems();

        // Freight on the cartons: 20 × 93,600 cm³ = 1.872 m³ → 1,872 kg at 1,000 kg per m³ > 20 × 13 = 260 kg actual →
        // 1,872 × 0.15 = 280.80 USD ÷ 200 = 1.404 per unit. Exact parts 1.404 + 1.50 + 0 + 5.40 + 0.45 = 8.754 → 875 cents shared by exact amounts:
        // 140.34 → 140, 149.93 → 149, 0, 539.75 → 539, 44.98 → 44 (872); the 3 cents left go to the largest
        // remainders: storage (.98), duty (.93), fee (.75) → 1.40 + 1.50 + 0 + 5.40 + 0.45 = 8.75.
        plan.CostPerUnit.Parts.Select(p => p.Amount).Should().Equal(Usd(1.40m), Usd(1.50m), Usd(0m), Usd(5.40m), Usd(0.45m));
        plan.CostPerUnit.Total.Should().Be(Usd(8.75m));

        // Pipeline: preparation 2 + sea 30 (sd 4) + clearance 2 (sd 1) + transfer 1 + receiving 2 (sd 1) = 37 d.
        plan.PipelineTime.MeanDays.Should().Be(37);
        plan.LeadTime.MeanDays.Should().Be(4);
        plan.Legs.Single(l => l.Mode == TransportMode.SeaLcl).ChargeableWeight!.Value.Kilograms.Should().BeApproximately(1872, 1e-9);
        plan.ModeName.Should().Be("Platform warehouse (SeaLcl)");
    }

    [Fact]
    public void A_product_without_a_case_pack_is_refused_by_the_warehouse_mode()
    {
        var act = () => Warehouse().Plan(Request(product: Lamp(withCasePack: false)));

        act.Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.InboundCasePackKnown)
            .WithMessage("Product LAMP-01 has no case pack: the platform warehouse mode packs inbound stock in cartons and needs the case pack's outer dimensions and gross weight.");
    }

    [Fact]
    public void A_storage_centre_must_be_one()
    {
        var act = () => new StorageCentreTerms(SellerWarehouse)
        {
            FulfilmentFeePerUnit = Usd(1),
            StorageFeePerUnitMonth = Usd(1),
            AverageMonthsInStorage = 1,
            CustomsClearance = default,
            TransferToCentre = default,
            Receiving = default,
            OrderHandling = default,
        };

        act.Should().Throw<ArgumentException>().WithParameterName("storageCentre")
            .WithMessage("storageCentre must be a facility of kind InternationalStorageCentre, but SZ-WH-1 is a SellerWarehouse.*");
    }

    [Fact]
    public void Mode_comparison_puts_the_three_modes_side_by_side()
    {
        var comparison = ModeComparison.Compare(Request(), 300, [DirectExpress(), Pickup(trailingSales: 800), Warehouse()]);

        comparison.Rows.Select(r => r.ModeName).Should().Equal("Direct express (DDP)", "Platform pickup", "Platform warehouse (SeaLcl)");
        comparison.Rows[1].Plan.Should().BeNull();
        comparison.Rows[1].Eligibility.Unmet.Select(r => r.Code).Should().Equal("pickup.trailing-sales");
        comparison.Cheapest!.ModeName.Should().Be("Platform warehouse (SeaLcl)");
        comparison.Fastest!.ModeName.Should().Be("Platform warehouse (SeaLcl)");

        // 300 units a month = 300 / 30.4375 = 9.856 units a day. Warehouse: in transit 9.856 × 37 d = 364.68 units;
        // at the storage centre 300 × 1.5 months = 450 units; tied up (364.68 + 450) × 20.00 = 16,293.63 USD.
        var warehouse = comparison.Rows[2];
        warehouse.StockInTransitUnits.Should().BeApproximately(300m / 30.4375m * 37m, 1e-9m);
        warehouse.StockAtStorageCentreUnits.Should().BeApproximately(450m, 1e-9m);
        warehouse.StockTiedUpValue.Amount.Should().BeApproximately((300m / 30.4375m * 37m + 450m) * 20m, 1e-6m);

        // Direct express holds no stock at a storage centre; in transit = 9.856 × 7 d (the order's own steps).
        comparison.Rows[0].StockAtStorageCentreUnits.Should().Be(0m);
        comparison.Rows[0].StockInTransitUnits.Should().BeApproximately(300m / 30.4375m * 7m, 1e-9m);
    }
}
