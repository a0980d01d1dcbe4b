using NodaTime;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Monetary;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// The library's own pickup components (<see cref="PickupProgramme"/> through <see cref="PickupProgrammeRule"/>, and
/// <see cref="PickupSchedule"/>) plugged into <see cref="PlatformPickupMode"/>'s seams.
/// </summary>
public sealed class PickupComponentsInModeTests
{
    // FulfilmentScenario's programme (Shenzhen cluster, more than 1,000 units in 30 days) and schedule (Thursdays by
    // 18:00 Shanghai time) are the library's components.
    private static PlatformPickupMode Mode(int trailingUnitsSold) => Pickup(trailingUnitsSold);

    [Fact]
    public void The_schedule_collects_goods_ready_on_Monday_on_Thursday()
    {
        // 2026-03-02 is a Monday; ready at its start (00:00 Shanghai) is before Thursday's cut-off, so the first
        // pickup is Thursday 2026-03-05; goods ready on that Thursday go the same day.
        Thursdays.NextPickup(SellerWarehouse, Monday).Should().Be(new LocalDate(2026, 3, 5));
        Thursdays.NextPickup(SellerWarehouse, new LocalDate(2026, 3, 5)).Should().Be(new LocalDate(2026, 3, 5));
        Thursdays.NextPickup(SellerWarehouse, new LocalDate(2026, 3, 6)).Should().Be(new LocalDate(2026, 3, 12));
    }

    [Fact]
    public void With_the_library_components_the_plan_is_the_hand_worked_one()
    {
        // The numbers of PlatformModeTests.Platform_pickup_is_worked_by_hand: 14.09 USD per unit and a 17-day inbound pipeline (3 days' wait Monday → Thursday included).
        var plan = Mode(trailingUnitsSold: 1_200).Plan(Request());

        plan.CostPerUnit.Total.Should().Be(new Money(14.09m, Currency.USD));
        plan.PipelineTime.MeanDays.Should().Be(17);
        plan.Legs[0].Description.Should().Be("wait for the scheduled pickup on 2026-03-05");
    }

    [Fact]
    public void A_downstream_eligibility_rule_plugs_into_the_seam()
    {
        // A platform's own rule through the public interface: the mode reports its reasons and refuses on them.
        var mode = Pickup(eligibility: new InvitedSellersOnly(["SZ-WH-2"]));

        var eligibility = mode.CheckEligibility(Request());

        eligibility.Unmet.Select(r => (r.Code, r.Description)).Should().Equal(("pickup.invited", "SZ-WH-1 is not on the invitation list"));
        FluentActions.Invoking(() => mode.Plan(Request()))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.FulfilmentPickupEligible)
            .WithMessage("The seller is not eligible for platform pickup: SZ-WH-1 is not on the invitation list.");
    }

    [Fact]
    public void Eligibility_reports_both_conditions_as_data()
    {
        var eligibility = Mode(trailingUnitsSold: 1_000).CheckEligibility(Request());

        eligibility.IsEligible.Should().BeFalse("1,000 units do not exceed a threshold of 1,000");
        // The programme's two conditions, then the mode's own last-mile condition.
        eligibility.Reasons.Take(2).Select(r => (r.Code, r.IsMet)).Should().Equal(("pickup.cluster-served", true), ("pickup.trailing-sales", false));
        eligibility.Reasons.Should().HaveCount(3);
        eligibility.Reasons[1].Description.Should().Be("1000 units sold in the last 30 days do not exceed the threshold of 1000");
        FluentActions.Invoking(() => Mode(trailingUnitsSold: 1_000).Plan(Request()))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.FulfilmentPickupEligible);
    }
}

/// <summary>A downstream implementation of the pickup eligibility seam: only invited facilities are collected from.</summary>
internal sealed class InvitedSellersOnly(IReadOnlyList<string> invited) : IPickupEligibilityRule
{
    public ModeEligibility Check(FulfilmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.SellerFacility.Id.Value;
        var isInvited = invited.Contains(id, StringComparer.Ordinal);
        return new ModeEligibility([new EligibilityReason("pickup.invited", isInvited, $"{id} is {(isInvited ? "" : "not ")}on the invitation list")]);
    }
}
