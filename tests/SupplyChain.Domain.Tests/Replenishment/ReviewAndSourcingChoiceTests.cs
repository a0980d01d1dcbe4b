using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>Which days a review calendar reviews, and which agreement the just-in-time service orders from.</summary>
public sealed class ReviewAndSourcingChoiceTests
{
    private static readonly ProductId Mug = new("MUG-350");

    [Fact]
    public void Every_n_days_counts_from_the_first_review_in_both_directions()
    {
        // Every 3 days from Monday 2026-03-02: reviews on 03-02, 03-05, 03-08 and, before the first one, 02-27;
        // never on 03-03, 03-04 or 03-01.
        var calendar = ReviewCalendar.Every(3, new LocalDate(2026, 3, 2));
        int[] reviewDays = [2, 5, 8];
        for (var day = 1; day <= 9; day++)
        {
            calendar.IsReviewDay(new LocalDate(2026, 3, day)).Should().Be(reviewDays.Contains(day), $"2026-03-{day:00}");
        }

        calendar.IsReviewDay(new LocalDate(2026, 2, 27)).Should().BeTrue();
        calendar.IsReviewDay(new LocalDate(2026, 2, 28)).Should().BeFalse();
    }

    [Fact]
    public void Weekly_reviews_include_Sunday_and_a_repeated_day_counts_once()
    {
        // 2026-03-08 is a Sunday, 2026-03-07 a Saturday, 2026-03-09 a Monday.
        var sundays = ReviewCalendar.Weekly(IsoDayOfWeek.Sunday);
        sundays.IsReviewDay(new LocalDate(2026, 3, 8)).Should().BeTrue();
        sundays.IsReviewDay(new LocalDate(2026, 3, 7)).Should().BeFalse();
        sundays.ToString().Should().Be("weekly on Sunday");

        var mondays = ReviewCalendar.Weekly(IsoDayOfWeek.Monday, IsoDayOfWeek.Monday);
        mondays.IsReviewDay(new LocalDate(2026, 3, 9)).Should().BeTrue();
        mondays.IsReviewDay(new LocalDate(2026, 3, 8)).Should().BeFalse();
        mondays.ToString().Should().Be("weekly on Monday");
    }

    [Fact]
    public void Among_agreements_of_the_same_priority_the_latest_start_wins_then_the_first_factory_id()
    {
        // Three agreements of priority 1, all in force on 2025-01-02: two from 2024-06-01 (F-B and F-A), one older
        // from 2024-01-01 (F-C). The latest start wins (2024-06-01); of those, factory id F-A sorts before F-B. The
        // documented rule is SourcingAgreement.SelectInForce's, used here as the independent oracle.
        SourcingAgreement[] agreements = [Agreement("F-C", new LocalDate(2024, 1, 1)), Agreement("F-B", new LocalDate(2024, 6, 1)), Agreement("F-A", new LocalDate(2024, 6, 1))];
        var date = new LocalDate(2025, 1, 2);

        var line = Service(agreements).Release(Mug, InventoryPosition.FromNet(0), new ReplenishmentContext(date, 1) { UnitsSold = 3 }, new LocalDate(2025, 3, 15));

        line.Factory.Should().Be(new FacilityId("F-A"));
        line.Agreement.Should().BeSameAs(SourcingAgreement.SelectInForce(agreements, Mug, date));

        // Without F-A, the later start still beats the older agreement.
        var withoutA = agreements[..2];
        Service(withoutA).Release(Mug, InventoryPosition.FromNet(0), new ReplenishmentContext(date, 1) { UnitsSold = 3 }, new LocalDate(2025, 3, 15))
            .Factory.Should().Be(new FacilityId("F-B"));
    }

    [Fact]
    public void Stock_needed_on_the_sale_date_is_released_at_once()
    {
        // Needed the same day it is sold: allowed (not before the order date); the order goes out that day, late, since
        // any lead time ends after it.
        var date = new LocalDate(2025, 1, 2);
        var line = Service([Agreement("F-A", new LocalDate(2024, 6, 1))])
            .Release(Mug, InventoryPosition.FromNet(0), new ReplenishmentContext(date, 1) { UnitsSold = 3 }, date);

        line.ReleaseOn.Should().Be(date);
        line.IsLate.Should().BeTrue();
    }

    private static SourcingAgreement Agreement(string factory, LocalDate validFrom) =>
        new(Mug, new FacilityId(factory), new Money(2m, Currency.USD), new ProductionLeadTime(5m), minimumOrderQuantity: 1, orderMultiple: 1, validFrom: validFrom);

    private static JustInTimeReplenishment Service(IEnumerable<SourcingAgreement> agreements) =>
        new(agreements, a => ReplenishmentLead(a));

    private static ReplenishmentLeadTime ReplenishmentLead(SourcingAgreement agreement) =>
        ReplenishmentLeadTime.ForAgreement(agreement, WorkingCalendar.MondayToFriday, [new LeadTimeLeg(LeadTimeLegKind.MainCarriage, 10)], receivingDays: 2);
}
