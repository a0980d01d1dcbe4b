using Spectre.Console.Testing;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;
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
}
