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
}
