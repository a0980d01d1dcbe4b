using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Tests.Products;

public sealed class SourcingAgreementTests
{
    private static readonly ProductId Mug = new("P-MUG");

    private static SourcingAgreement Agreement(string factory = "F-1", int moq = 480, int multiple = 48, int priority = 1, int fromMonth = 1, int? toMonth = null) =>
        new(Mug, new FacilityId(factory), new Money(1.85m, Currency.USD), new ProductionLeadTime(12.5m, 2m), moq, multiple,
            new NodaTime.LocalDate(2025, fromMonth, 1))
        {
            ValidUntil = toMonth is { } m ? new NodaTime.LocalDate(2025, m, 28) : null,
            Priority = priority,
        };

    [Fact]
    public void Order_quantities_respect_the_MOQ_and_the_order_multiple()
    {
        var agreement = Agreement();

        agreement.OrderQuantityFor(10).Should().Be(480, "below the MOQ, the MOQ");
        agreement.OrderQuantityFor(1000).Should().Be(1008, "1,000 rounds up to 21 × 48");
        agreement.OrderQuantityFor(960).Should().Be(960);
        agreement.OrderQuantityFor(0).Should().Be(0);
    }

    [Fact]
    public void Swapping_the_MOQ_and_the_order_multiple_is_refused()
    {
        // MOQ 480 in multiples of 48 is valid; swapped, 48 is not a multiple of 480 (the next one up is 480), so the
        // rule refuses it. Two different numbers can only both divide each other if they are equal.
        Agreement(moq: 480, multiple: 48).MinimumOrderQuantity.Should().Be(480);
        FluentActions.Invoking(() => Agreement(moq: 48, multiple: 480)).Should().Throw<ArgumentException>()
            .WithMessage("minimumOrderQuantity 48 is not a multiple of the order multiple 480*(the next one up is 480).*");
    }

    [Fact]
    public void An_MOQ_that_is_not_a_multiple_of_the_order_multiple_is_refused()
    {
        // The rule: the smallest order must itself be a valid multiple; 100 is not, the next multiple of 48 is 144.
        FluentActions.Invoking(() => Agreement(moq: 100, multiple: 48)).Should().Throw<ArgumentException>()
            .WithParameterName("minimumOrderQuantity")
            .WithMessage("minimumOrderQuantity 100 is not a multiple of the order multiple 48: the smallest order must itself be a valid multiple (the next one up is 144).*");
        FluentActions.Invoking(() => Agreement(moq: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimumOrderQuantity");
        FluentActions.Invoking(() => Agreement(multiple: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("orderMultiple");
        FluentActions.Invoking(() => Agreement(priority: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Priority");
    }

    [Fact]
    public void Other_bad_terms_are_refused()
    {
        FluentActions.Invoking(() => new SourcingAgreement(Mug, new FacilityId("F-1"), new Money(0m, Currency.USD), default, 1, 1, 1.January(2025)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("unitCost")
            .WithMessage("unitCost must be greater than zero, but was 0.00 USD.*");
        FluentActions.Invoking(() => new SourcingAgreement(Mug, new FacilityId("F-1"), new Money(1m, Currency.USD), default, 1, 1, 1.March(2025)) { ValidUntil = 28.February(2025) })
            .Should().Throw<ArgumentException>().WithParameterName("ValidUntil")
            .WithMessage("ValidUntil 2025-02-28 is before ValidFrom 2025-03-01: a validity period includes both ends and cannot end before it starts.*");
        FluentActions.Invoking(() => new ProductionLeadTime(-1m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("meanWorkingDays");
    }

    [Fact]
    public void The_agreement_in_force_is_the_first_choice_valid_on_the_date()
    {
        var main = Agreement("F-MAIN", priority: 1, fromMonth: 1, toMonth: 6);     // 1 Jan – 28 Jun 2025
        var backup = Agreement("F-BACKUP", priority: 2, fromMonth: 1);            // from 1 Jan 2025, open-ended
        var other = new SourcingAgreement(new ProductId("P-OTHER"), new FacilityId("F-X"), new Money(1m, Currency.USD), default, 1, 1, 1.January(2024));
        SourcingAgreement[] all = [backup, other, main];

        SourcingAgreement.SelectInForce(all, Mug, 1.March(2025)).Should().BeSameAs(main);
        SourcingAgreement.SelectInForce(all, Mug, 28.June(2025)).Should().BeSameAs(main, "the end date is included");
        SourcingAgreement.SelectInForce(all, Mug, 29.June(2025)).Should().BeSameAs(backup);
        SourcingAgreement.SelectInForce(all, Mug, 31.December(2024)).Should().BeNull();
        SourcingAgreement.SelectInForce([.. all.Reverse()], Mug, 1.March(2025)).Should().BeSameAs(main);
    }

    [Fact]
    public void Production_lead_time_is_planned_in_whole_working_days_on_the_factory_calendar()
    {
        // Mean 12.5 working days → 13 planned. From Friday 10 Jan 2025 on Mon–Fri: 13 working days after it is
        // Wed 29 Jan (13–17: 5, 20–24: 10, 27, 28, 29: 13).
        var leadTime = new ProductionLeadTime(12.5m, 2m);

        leadTime.PlannedWorkingDays.Should().Be(13);
        leadTime.PlannedCompletion(10.January(2025), WorkingCalendar.MondayToFriday).Should().Be(29.January(2025));
        default(ProductionLeadTime).PlannedWorkingDays.Should().Be(0);
    }
}
