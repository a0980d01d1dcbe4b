using NodaTime;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>
/// The invariant texts of the replenishment types, as their XML docs show them, and the texts of their
/// <c>default</c> values (which must not throw: no NullReferenceException may escape the public API).
/// </summary>
public sealed class ReplenishmentTextTests
{
    [Fact]
    public void Policies_and_their_decorators_describe_themselves()
    {
        new MinMaxPolicy(10, 40).WithMinimumOrderQuantity(50).RoundedUpToMultipleOf(6).WithMaximumOrderQuantity(500).WithCapacity(300).ToString()
            .Should().Be("min-max (s = 10, S = 40), MOQ 50, case pack 6, at most 500, capacity 300");
        new ReorderPointPolicy(40, 120).ToString().Should().Be("reorder point (r = 40, Q = 120)");
        new ReorderLevelPolicy(10, 20).ToString().Should().Be("reorder level 10, quantity 20");
        new PeriodicReviewPolicy(ReviewCalendar.Every(7, new LocalDate(2026, 3, 2)), 200).ToString()
            .Should().Be("periodic review (every 7 days from 2026-03-02, S = 200)");
        new JustInTimePolicy().ToString().Should().Be("one-for-one (just in time)");
        new DaysOfCoverPolicy(20, 10).ToString().Should().Be("days of cover (30 days = lead time 20 + safety 10)");
    }

    [Fact]
    public void A_context_describes_itself()
    {
        // The example of the XML docs.
        new ReplenishmentContext(new LocalDate(2025, 3, 3), 12.5) { LeadTimeDays = 27, UnitsSold = 3 }.ToString()
            .Should().Be("2025-03-03: demand 12.5/day, lead time 27 days, sold 3");
    }

    [Fact]
    public void Legs_and_lead_times_describe_themselves_with_trimmed_descriptions()
    {
        var sea = new LeadTimeLeg(LeadTimeLegKind.MainCarriage, 20, "  sea, Yantian to Rotterdam ");
        sea.Description.Should().Be("sea, Yantian to Rotterdam");
        sea.ToString().Should().Be("MainCarriage 20 days (sea, Yantian to Rotterdam)");

        var truck = new LeadTimeLeg(LeadTimeLegKind.FirstMile, 2, "   ");
        truck.Description.Should().BeNull("a blank description is no description");
        truck.ToString().Should().Be("FirstMile 2 days");
        LeadTimeLeg.Planned(LeadTimeLegKind.Clearance, 1.5, "customs").ToString().Should().Be("Clearance 2 days (customs)");

        new ReplenishmentLeadTime(12, WorkingCalendar.MondayToFriday, [truck, sea], receivingDays: 3, safetyBufferDays: 2).ToString()
            .Should().Be("12 working days + FirstMile 2 days + MainCarriage 20 days (sea, Yantian to Rotterdam) + receiving 3 days + buffer 2 days");
    }

    [Fact]
    public void Default_values_describe_themselves_without_throwing()
    {
        default(ReplenishmentOrderLine).Explain().Should().Be("No order line.");
        default(ReplenishmentOrderLine).ToString().Should().Be("No order line.");

        // default(LocalDate) is 0001-01-01 in the ISO calendar; a default schedule has no lead time and so no legs.
        default(OrderBySchedule).ToString().Should().Be(
            "order by 0001-01-01; production 0001-01-01 to 0001-01-01; ship by 0001-01-01; at the storage centre 0001-01-01; for sale 0001-01-01; needed by 0001-01-01");
        default(ReplenishmentDecision).Explain().Should().Be("No order 0: reason Unspecified (position 0, trigger level 0, target 0).");
    }
}
