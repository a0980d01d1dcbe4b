using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Simulation;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Simulation;

public sealed class LeadTimeProfileFromPlanTests
{
    [Fact]
    public void A_platform_plans_inbound_legs_become_the_replenishment_lead_time()
    {
        // The hand-worked pickup plan (PlatformModeTests): wait 3 + run 1 + consolidation 2 (sd 0.5) + air 6 (sd 1.5)
        // + clearance 2 (sd 1) + transfer 1 + receiving 2 (sd 1) = 17 days, variance 0.25 + 2.25 + 1 + 1 = 4.5.
        var plan = Pickup().Plan(Request());

        var profile = LeadTimeProfile.FromPlan(plan, LegStage.Inbound);

        profile.Total.MeanDays.Should().Be(17);
        profile.Total.VarianceDaysSquared.Should().BeApproximately(4.5, 1e-12);
        profile.Legs.Should().HaveCount(plan.Legs.Count(l => l.Stage == LegStage.Inbound));
        profile.Name.Should().Be(plan.ModeName + " (Inbound)");
    }

    [Fact]
    public void A_stage_without_legs_is_refused()
    {
        var plan = DirectExpress().Plan(Request());

        FluentActions.Invoking(() => LeadTimeProfile.FromPlan(plan, LegStage.Inbound)).Should().Throw<ArgumentException>()
            .WithParameterName("stage")
            .WithMessage($"The {plan.ModeName} plan has no Inbound legs to simulate as a lead time.*");
    }
}
