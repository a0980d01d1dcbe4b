using NodaTime;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>The modes price duty and import VAT through <see cref="CustomsTariff.Assess"/> on a consignment built from the request.</summary>
public sealed class ModeCustomsTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static DirectExpressMode Express(CustomsTariff tariff) =>
        new([RateCard()], Incoterm.Ddp, tariff) { OrderHandling = TransitTimeDistribution.Fixed(1), CustomsClearance = new TransitTimeDistribution(1, 0.5) };

    [Fact]
    public void The_plan_charges_the_measure_in_force_on_the_request_date()
    {
        // Invented change for the plan: US MFN on HS 9405 at 7.5 % until 2026-03-31, 25 % from 2026-04-01. Section 321 is
        // suspended for all origins on both dates, so duty applies to the 20.00 USD lamp (a consignment of one unit):
        // before: 7.5 % × 20.00 = 1.50 USD; after: 25 % × 20.00 = 5.00 USD.
        var us = CustomsTerritory.Of(US);
        var mode = Express(new CustomsTariff(
        [
            new CustomsMeasure("MFN", us, "9405", 7.5m) { ValidUntil = new LocalDate(2026, 3, 31) },
            new CustomsMeasure("MFN", us, "9405", 25m) { ValidFrom = new LocalDate(2026, 4, 1) },
        ]));

        var before = mode.Plan(Request(date: new LocalDate(2026, 3, 31)));
        var after = mode.Plan(Request(date: new LocalDate(2026, 4, 1)));

        before.CostPerUnit.Of(LandedCostKind.Duty).Should().Be(Usd(1.50m));
        after.CostPerUnit.Of(LandedCostKind.Duty).Should().Be(Usd(5.00m));
        (after.CostPerUnit.Total - before.CostPerUnit.Total).Should().Be(Usd(3.50m));   // only the duty part changed
        after.Customs!.Lines[0].MeasureNames.Should().Equal("MFN");
    }

    [Fact]
    public void A_destination_outside_the_US_and_the_EU_is_refused_with_the_customs_rule()
    {
        // The express card of this test serves Canada, so the only refusal left is the tariff's: it knows the US and the EU only.
        var canada = new ExpressZone(7, [CA], Usd(18.00m), Usd(4.00m)) { TransitTime = new(5, 1), DeliveryTime = new(1, 0.5) };
        var card = new ExpressRateCard("example-express-cn-ca", CN, new LocalDate(2024, 1, 1), ChargeableWeightRules.InternationalExpress, [canada]) { CarrierName = "Example Express" };
        var mode = new DirectExpressMode([card], Incoterm.Ddp, Tariff()) { OrderHandling = TransitTimeDistribution.Fixed(1), CustomsClearance = new TransitTimeDistribution(1, 0.5) };
        var toronto = Request(buyer: new Address(CA, "Toronto") { PostalCode = "M5V 2T6" });

        mode.CheckEligibility(toronto).IsEligible.Should().BeTrue();
        FluentActions.Invoking(() => mode.Plan(toronto)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.CustomsDestinationSupported);
        var row = ModeComparison.Compare(toronto, 100, [mode]).Rows[0];
        row.PlanRefusal!.Code.Should().Be(DomainRules.CustomsDestinationSupported);
    }
}
