using NodaTime;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

public sealed class DirectExpressModeTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void One_lamp_DDP_to_Chicago_is_worked_by_hand()
    {
        var plan = DirectExpress(Incoterm.Ddp).Plan(Request());

        // Parcel: 30 × 20 × 15 cm = 9,000 cm³ ÷ 5,000 cm³/kg = 1.8 kg volumetric > 1.2 kg actual; rounded up to the
        // 0.5 kg step → 2.0 kg = 4 steps. Zone 5: 14.00 + 3 × 3.50 = 24.50 USD for the parcel of one unit.
        // Duty: Section 321 is suspended on 2026-03-02 for all origins → 7.5 % × 20.00 = 1.50 USD, paid by the seller (DDP).
        plan.CostPerUnit.Of(LandedCostKind.Freight).Should().Be(Usd(24.50m));
        plan.CostPerUnit.Of(LandedCostKind.Duty).Should().Be(Usd(1.50m));
        plan.CostPerUnit.Of(LandedCostKind.ImportTax).Should().Be(Usd(0m));
        plan.CostPerUnit.Total.Should().Be(Usd(26.00m));
        plan.CostPerUnit.PaidBy(TradeParty.Seller).Should().Be(Usd(26.00m));
        plan.DutyDecision!.Reason.Should().Be(DutyFreeReason.Suspended);
        plan.Legs[1].ChargeableWeight!.Value.Kilograms.Should().Be(2.0);

        // Lead time: handling 1 + express 4 (sd 1) + clearance 1 (sd 0.5) + delivery 1 (sd 0.5) → mean 7 d,
        // variance 1 + 0.25 + 0.25 = 1.5 → sd 1.2247 d; p95 = 7 + 1.6449 × 1.2247 = 9.0145 d.
        plan.LeadTime.MeanDays.Should().Be(7);
        plan.LeadTime.StandardDeviationDays.Should().BeApproximately(Math.Sqrt(1.5), 1e-12);
        plan.LeadTime.P95Days.Should().BeApproximately(9.0145, 1e-4);
        plan.PipelineTime.MeanDays.Should().Be(0);

        plan.Legs.Select(l => (l.Carrier, l.Mode)).Should().Equal(
            (ChainActor.Seller, (TransportMode?)null),
            (ChainActor.ExpressCarrier, TransportMode.InternationalExpress),
            (ChainActor.Customs, null),
            (ChainActor.ExpressCarrier, TransportMode.InternationalExpress));
        plan.Handovers.Select(h => (h.From, h.To, h.RiskPassesToBuyer)).Should().Equal(
            (ChainActor.Seller, ChainActor.ExpressCarrier, false),
            (ChainActor.ExpressCarrier, ChainActor.Customs, false),
            (ChainActor.Customs, ChainActor.ExpressCarrier, false),
            (ChainActor.ExpressCarrier, ChainActor.Buyer, true));
        plan.Origin.Name.Should().Be("Seller warehouse SZ-WH-1 (Shenzhen)");
        plan.Destination.Name.Should().Be("Buyer, Chicago 60601, US");
    }

    [Fact]
    public void Under_DAP_the_buyer_pays_the_duty()
    {
        var plan = DirectExpress(Incoterm.Dap).Plan(Request());

        plan.CostPerUnit.PaidBy(TradeParty.Buyer).Should().Be(Usd(1.50m));
        plan.CostPerUnit.PaidBy(TradeParty.Seller).Should().Be(Usd(24.50m));
        plan.ModeName.Should().Be("Direct express (DAP)");
    }

    [Fact]
    public void Three_lamps_in_one_parcel_share_the_freight_and_the_rounding_goes_to_the_largest_remainder()
    {
        var plan = DirectExpress().Plan(Request(quantity: 3));

        // 27,000 cm³ → 5.4 kg volumetric > 3.6 kg actual → 5.5 kg = 11 steps: 14.00 + 10 × 3.50 = 49.00 USD, so
        // 16.3333… per unit; duty 1.50. Exact total 17.8333… rounds to 17.83 = 1,783 cents, shared by exact amounts:
        // freight 1,633.03 → 1,633, duty 149.97 → 149 + the one cent left (largest remainder) = 150.
        plan.CostPerUnit.Parts.Select(p => p.Amount).Should().Equal(Usd(16.33m), Usd(1.50m), Usd(0m));
        plan.CostPerUnit.Total.Should().Be(Usd(17.83m));
    }

    [Fact]
    public void Twenty_eight_lamps_landing_on_an_exact_half_cent_round_it_away_from_zero()
    {
        var plan = DirectExpress().Plan(Request(quantity: 28, unitValue: 4.20m));

        // 28 × 9,000 cm³ ÷ 5,000 = 50.4 kg volumetric > 33.6 kg actual → 50.5 kg = 101 steps: 14.00 + 100 × 3.50 =
        // 364.00 USD, so 13.00 USD per unit exactly; duty 7.5 % × 4.20 = 0.315, total 13.315, which rounds half away from
        // zero to 13.32 (1,332 cents: freight 1,300, duty 31.5 → 31 + the one cent left). Multiplying by a rounded 1/28
        // instead gave 12.99999… freight, 13.31499… in all, and 13.31.
        plan.CostPerUnit.Parts.Select(p => p.Amount).Should().Equal(Usd(13.00m), Usd(0.32m), Usd(0m));
        plan.CostPerUnit.Total.Should().Be(Usd(13.32m));
    }

    [Fact]
    public void Before_the_suspension_a_small_US_order_is_duty_free_under_Section_321()
    {
        var plan = DirectExpress().Plan(Request(date: new LocalDate(2024, 6, 3)));

        // 20.00 USD ≤ 800 USD on 2024-06-03 (before Executive Orders 14256 and 14324).
        plan.DutyDecision!.Reason.Should().Be(DutyFreeReason.WithinThreshold);
        plan.CostPerUnit.Of(LandedCostKind.Duty).Should().Be(Usd(0m));
        plan.CostPerUnit.Total.Should().Be(Usd(24.50m));
    }

    [Fact]
    public void A_local_partner_takes_over_after_clearance_when_given()
    {
        var plan = DirectExpress(localLastMile: LastMile()).Plan(Request());

        // Chicago 60601 matches the "606" platform-network region ahead of the whole-country partner; its parcel price is 0.
        plan.Legs.Select(l => l.To.Name).Should().ContainInOrder("Regional central warehouse MDW2-RCW", "Delivery station DCH1", "Buyer, Chicago 60601, US");
        plan.Handovers[^1].Should().Match<CustodyHandover>(h => h.From == ChainActor.Platform && h.To == ChainActor.Buyer && h.RiskPassesToBuyer);
    }

    [Fact]
    public void A_destination_without_a_last_mile_is_refused_with_the_rule_and_the_regions_covered()
    {
        var options = new LastMileOptions([LastMile().All[0]]);
        var act = () => DirectExpress(localLastMile: options).Plan(Request(buyer: new Address(US, "Denver") { PostalCode = "80202" }));

        act.Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.LastMileAvailable)
            .WithMessage("No last-mile option serves Denver 80202, US: the options cover Chicago (US).");
    }

    [Fact]
    public void A_unit_value_in_another_currency_than_the_rate_card_is_refused_as_a_currency_mix()
    {
        // A lamp declared at 20.00 EUR into the US: the customs consignment (in USD into the US) refuses it before the
        // 24.50 USD of freight would meet the request's euros in the landed cost.
        var request = new FulfilmentRequest(Lamp(), 1, SellerWarehouse, Chicago, Monday, new Money(20m, Currency.EUR));

        FluentActions.Invoking(() => DirectExpress().Plan(request)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.MoneySameCurrency)
            .WithMessage("The unit value of line 1 is 20.00 EUR, but amounts of a consignment into US must be in USD: convert it first (exchange rates are the caller's data).");
    }

    [Fact]
    public void A_destination_outside_the_rate_card_is_refused()
    {
        var act = () => DirectExpress().Plan(Request(buyer: new Address(CA, "Toronto") { PostalCode = "M5V 2T6" }));

        act.Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.FulfilmentRateCardCoversDestination)
            .WithMessage("Rate card example-express-cn-2024 has no zone for CA: the express carrier does not serve that destination on this card.");
        DirectExpress().CheckEligibility(Request(buyer: new Address(CA, "Toronto") { PostalCode = "M5V 2T6" })).Unmet.Select(r => r.Code)
            .Should().Equal("fulfilment.rate-card-covers-destination");
    }

    [Fact]
    public void Terms_other_than_DAP_or_DDP_are_refused()
    {
        var act = () => DirectExpress(Incoterm.Fob);

        act.Should().Throw<ArgumentException>().WithParameterName("incoterm")
            .WithMessage("Direct express sells delivered: the incoterm must be DAP or DDP, but was FOB.*");
    }
}
