using NodaTime;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Monetary;
using UnitsNet;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Fees priced from data in the platform warehouse mode. Every fee figure here is INVENTED (not Amazon's).</summary>
public sealed class PlatformWarehouseFeeTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void A_fee_band_is_chosen_by_tier_and_shipping_weight_inclusive()
    {
        var table = ExampleFeeTable();

        // 10 × 8 × 4 in = 320 in³ → 320 / 139 = 2.30 lb dimensional; unit weight 3 lb wins → large standard, band up to
        // 3 lb (inclusive) → 5.00. At 3.01 lb the next band: 6.00 + 0.40 × ⌈0.01 / 1⌉ = 6.40. At 4 lb: ⌈1 / 1⌉ → 6.40.
        table.Quote(Classify(3)).Fee.Should().Be(Usd(5.00m));
        table.Quote(Classify(3.01)).Fee.Should().Be(Usd(6.40m));
        table.Quote(Classify(4)).Fee.Should().Be(Usd(6.40m));
        table.Quote(Classify(4.5)).Fee.Should().Be(Usd(6.80m));

        // 25 × 10 × 10 in exceeds large standard's 18 in: large bulky, shipping weight 2,500 in³ ÷ 139 = 17.985612 lb (above the
        // 10 lb unit weight); the example table has no large-bulky band.
        var bulky = SizeTierTable.AmazonUs2024.Classify(Length.FromInches(25), Length.FromInches(10), Length.FromInches(10), Mass.FromPounds(10));
        FluentActions.Invoking(() => table.Quote(bulky)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.PlatformFeesFulfilmentFeeKnown)
            .WithMessage("Fulfilment fee table example-us-2024 has no band for large-bulky at a shipping weight of 17.985612 lb.");

        static SizeTierResult Classify(double pounds) =>
            SizeTierTable.AmazonUs2024.Classify(Length.FromInches(10), Length.FromInches(8), Length.FromInches(4), Mass.FromPounds(pounds));
    }

    [Fact]
    public void Fee_bands_out_of_order_are_refused()
    {
        var act = () => new FulfilmentFeeTable("bad", US, new LocalDate(2024, 2, 5),
            [new FulfilmentFeeBand(SizeTier.LargeStandard, Mass.FromPounds(3), Usd(5)), new FulfilmentFeeBand(SizeTier.LargeStandard, Mass.FromPounds(1), Usd(4))]);

        act.Should().Throw<ArgumentException>().WithParameterName("bands")
            .WithMessage("bands: the bands of tier large-standard must have strictly increasing maximum shipping weights with only the last one open, but the band up to 1 lb breaks that.*");
        FluentActions.Invoking(() => new FulfilmentFeeBand(SizeTier.LargeStandard, null, Usd(6)) { Surcharge = new(new Money(0.4m, Currency.EUR), Mass.FromPounds(1)) { Above = Mass.Zero } })
            .Should().Throw<ArgumentException>().WithParameterName("Surcharge").WithMessage("*EUR*");
        FluentActions.Invoking(() => new WeightStepCharge(Usd(0.4m), Mass.Zero) { Above = Mass.Zero })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step");
        FluentActions.Invoking(() => new WeightStepCharge(Usd(0.4m), Mass.FromPounds(1)) { Above = Mass.FromPounds(-1) })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Above");
    }

    [Fact]
    public void Fulfilment_fee_from_the_size_tier_and_the_low_inventory_level_fee_as_its_own_part()
    {
        var mode = WarehouseWithFees(shortTermDays: 20m, longTermDays: 25m);
        var request = Request();

        // The lamp's packaged unit, 30 × 20 × 15 cm and 1.2 kg (2.65 lb): sides 11.81 × 7.87 × 5.91 in fit large standard
        // (18 × 14 × 8 in); dimensional weight 9,000 cm³ = 549.21 in³ ÷ 139 = 3.9512 lb beats the unit weight, within
        // 20 lb → large standard, band over 3 lb: 6.00 + 0.40 × ⌈0.9512⌉ = 6.40.
        var quote = mode.Fees.QuoteFulfilmentFee(request.Product, request.Destination, request.Date)!;
        quote.Item.Tier.Should().Be(SizeTier.LargeStandard);
        quote.Item.ShippingWeight.Pounds.Should().BeApproximately(9_000_000 / (25.4 * 25.4 * 25.4) / 139, 1e-9);
        quote.Fee.Should().Be(Usd(6.40m));

        // 20 and 25 days of supply are both below 28: the fee applies (invented 0.89 per unit).
        mode.Fees.AssessLowInventoryLevelFee(request.Destination, request.Date)!.Reason.Should().Be(LowInventoryLevelFeeReason.BothBelowThreshold);

        // Exact parts: freight 1.404 (as in the sea test), duty 1.50, tax 0, fulfilment 6.40, storage 0.45, low-inventory
        // 0.89 = 10.644 → 1,064 cents shared by exact amounts: 140.35, 149.94, 0, 639.76, 44.98, 88.97 → floors 140, 149, 0,
        // 639, 44, 88 (1,060); 4 cents to the largest remainders .98 storage, .97 low-inventory, .94 duty, .76 fee →
        // 1.40, 1.50, 0, 6.40, 0.45, 0.89 = 10.64.
        var plan = mode.Plan(request);
        plan.CostPerUnit.Parts.Select(p => (p.Kind, p.Amount)).Should().Equal(
            (LandedCostKind.Freight, Usd(1.40m)),
            (LandedCostKind.Duty, Usd(1.50m)),
            (LandedCostKind.ImportTax, Usd(0m)),
            (LandedCostKind.PlatformFee, Usd(6.40m)),
            (LandedCostKind.Storage, Usd(0.45m)),
            (LandedCostKind.LowInventoryLevelFee, Usd(0.89m)));
        plan.CostPerUnit.Total.Should().Be(Usd(10.64m));
        plan.CostPerUnit.Parts[3].Basis.Should().Be("fulfilment fee 6.40 USD: large-standard, shipping weight 3.9512 lb, band large-standard up to 20 lb: 6.00 USD + 0.40 USD per 1 lb above 3 lb (example-us-2024)");
    }

    [Fact]
    public void When_the_low_inventory_level_fee_does_not_apply_the_reason_is_data_and_there_is_no_part()
    {
        // 30 days short-term is not below 28, although 20 long-term is.
        var mode = WarehouseWithFees(shortTermDays: 30m, longTermDays: 20m);

        var assessment = mode.Fees.AssessLowInventoryLevelFee(US, Monday)!;
        assessment.Applies.Should().BeFalse();
        assessment.Reason.Should().Be(LowInventoryLevelFeeReason.ShortTermAtOrAboveThreshold);
        mode.Plan(Request()).CostPerUnit.Parts.Should().NotContain(p => p.Kind == LandedCostKind.LowInventoryLevelFee);

        // Before 2024-04-01 no rule is in force in the US: not assessed.
        mode.Fees.AssessLowInventoryLevelFee(US, new LocalDate(2024, 3, 1)).Should().BeNull();
    }

    [Fact]
    public void Without_fee_tables_the_storage_centre_fee_applies_and_without_a_table_in_force_the_plan_is_refused()
    {
        Warehouse().Fees.QuoteFulfilmentFee(Lamp(), US, Monday).Should().BeNull();
        Warehouse().Fees.AssessLowInventoryLevelFee(US, Monday).Should().BeNull();

        // The example table starts on 2024-02-05; an order on 2024-01-15 has none in force.
        FluentActions.Invoking(() => WarehouseWithFees(20m, 25m).Plan(Request(date: new LocalDate(2024, 1, 15))))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.PlatformFeesFulfilmentFeeKnown)
            .WithMessage("No size-tier table for US is in force on 2024-01-15.");
    }
}
