using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

public sealed class JustInTimeReplenishmentTests
{
    private static readonly ProductId Mug = new("MUG-350");

    // First choice: the Shenzhen factory from 2024-06-01 (MOQ 24, case pack 12, 15 working days);
    // backup: a Ningbo factory, priority 2, from 2024-01-01 (no MOQ, 10 working days).
    private static readonly SourcingAgreement Shenzhen = new(Mug, new FacilityId("F-SZ-01"), new Money(1.85m, Currency.USD),
        new ProductionLeadTime(15m), minimumOrderQuantity: 24, orderMultiple: 12, validFrom: new LocalDate(2024, 6, 1));

    private static readonly SourcingAgreement Ningbo = new(Mug, new FacilityId("F-NB-02"), new Money(2.10m, Currency.USD),
        new ProductionLeadTime(10m), minimumOrderQuantity: 1, orderMultiple: 1, validFrom: new LocalDate(2024, 1, 1))
    { Priority = 2 };

    private static JustInTimeReplenishment Service(bool applyQuantities = true) =>
        new([Ningbo, Shenzhen], a => ReplenishmentLeadTime.ForAgreement(
            a, a == Shenzhen ? OrderByScheduleTests.Shenzhen : WorkingCalendar.MondayToFriday, OrderByScheduleTests.SeaRoute, receivingDays: 3), applyQuantities);

    private static ReplenishmentContext Sale(LocalDate date, int units) => new(date, dailyDemand: 2) { UnitsSold = units };

    [Fact]
    public void A_sale_orders_the_units_sold_from_the_manufacturer_in_force_released_on_the_order_by_date()
    {
        // Sale of 5 on 2025-01-02, replacements needed for sale by 2025-03-15: the Shenzhen agreement is in force and
        // first choice; its schedule is the hand-worked one of OrderByScheduleTests (order by 2025-01-06), which is
        // still ahead, so the order is released just in time on 2025-01-06. 5 units raised to the MOQ 24 (a multiple of 12).
        var line = Service().Release(Mug, InventoryPosition.FromNet(40), Sale(new LocalDate(2025, 1, 2), 5), new LocalDate(2025, 3, 15));

        line.Factory.Should().Be(new FacilityId("F-SZ-01"));
        line.Agreement.Should().BeSameAs(Shenzhen);
        line.UnitCost.Should().Be(new Money(1.85m, Currency.USD));
        line.Decision.Reason.Should().Be(ReplenishmentReason.ReplaceUnitsSold);
        line.Decision.UnconstrainedQuantity.Should().Be(5);
        line.Quantity.Should().Be(24);
        line.Decision.BindingConstraints.Should().Be(OrderConstraints.MinimumOrderQuantity);
        line.Schedule.OrderBy.Should().Be(new LocalDate(2025, 1, 6));
        line.Schedule.ShipBy.Should().Be(new LocalDate(2025, 2, 6));
        line.ReleaseOn.Should().Be(new LocalDate(2025, 1, 6));
        line.IsLate.Should().BeFalse();
        line.DaysLate.Should().Be(0);
        line.Explain().Should().StartWith("Order 24 x MUG-350 from F-SZ-01 at 1.85 USD per unit, release on 2025-01-06: Order 5: one for one");
    }

    [Fact]
    public void Without_agreement_quantities_the_order_is_exactly_the_units_sold()
    {
        var line = Service(applyQuantities: false).Release(Mug, InventoryPosition.FromNet(40), Sale(new LocalDate(2025, 1, 2), 5), new LocalDate(2025, 3, 15));

        line.Quantity.Should().Be(5);
        line.Decision.Constraints.Should().Be(OrderConstraints.None);
    }

    [Fact]
    public void A_sale_after_the_order_by_date_is_released_at_once_and_marked_late()
    {
        // Sale on 2025-01-10, four days after the order-by date 2025-01-06: released on the sale date, 4 days late.
        // 30 units: 30 is above the MOQ, rounded up to the case pack 12 -> 36.
        var line = Service().Release(Mug, InventoryPosition.FromNet(0), Sale(new LocalDate(2025, 1, 10), 30), new LocalDate(2025, 3, 15));

        line.ReleaseOn.Should().Be(new LocalDate(2025, 1, 10));
        line.IsLate.Should().BeTrue();
        line.DaysLate.Should().Be(4);
        line.Quantity.Should().Be(36);
        line.Explain().Should().Contain("(4 days after the order-by date 2025-01-06: too late for the need-by date)");
    }

    [Fact]
    public void Before_the_first_choice_starts_the_backup_manufacturer_receives_the_order()
    {
        // 2024-03-01: only the Ningbo agreement (from 2024-01-01) is in force. Its lead time: 10 working days Monday to
        // Friday, then the same 34 transport days and 3 receiving days. Need-by 2024-06-14 (Fri): arrival 06-11,
        // ship-by 06-11 - 34 = 2024-05-08 (Wed: April has 30 days, 06-11 - 11 = 05-31, - 23 = 05-08); 10 working days
        // back from Wed 05-08: 05-08, 07, 06, 03, 02, 01, 04-30, 29, 26, 25 (Thu) -> order by 2024-04-24.
        var line = Service().Release(Mug, InventoryPosition.FromNet(3), Sale(new LocalDate(2024, 3, 1), 2), new LocalDate(2024, 6, 14));

        line.Factory.Should().Be(new FacilityId("F-NB-02"));
        line.Quantity.Should().Be(2);
        line.Schedule.ShipBy.Should().Be(new LocalDate(2024, 5, 8));
        line.Schedule.ProductionStart.Should().Be(new LocalDate(2024, 4, 25));
        line.Schedule.OrderBy.Should().Be(new LocalDate(2024, 4, 24));
        line.ReleaseOn.Should().Be(new LocalDate(2024, 4, 24));
    }

    [Fact]
    public void No_units_sold_is_no_order()
    {
        var line = Service().Release(Mug, InventoryPosition.FromNet(40), Sale(new LocalDate(2025, 1, 2), 0), new LocalDate(2025, 3, 15));

        line.IsOrder.Should().BeFalse();
        line.Decision.Reason.Should().Be(ReplenishmentReason.NoUnitsSold);
        line.Explain().Should().Be("No order of MUG-350 to F-SZ-01: No order: nothing was sold since the last decision (position 40).");
    }

    [Fact]
    public void Bad_input_is_refused_with_its_rule_and_the_service_still_works()
    {
        var service = Service();
        FluentActions.Invoking(() => service.Release(Mug, default, Sale(new LocalDate(2023, 5, 1), 1), new LocalDate(2023, 8, 1)))
            .Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.ProductsAgreementInForce)
            .WithMessage("Cannot release a just-in-time order for MUG-350 on 2023-05-01: it has no sourcing agreement in force on that date.");
        FluentActions.Invoking(() => service.Release(new ProductId("LAMP-01"), default, Sale(new LocalDate(2025, 1, 2), 1), new LocalDate(2025, 3, 15)))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == "products.agreement-in-force");
        FluentActions.Invoking(() => service.Release(Mug, default, Sale(new LocalDate(2025, 3, 5), 1), new LocalDate(2025, 3, 1)))
            .Should().Throw<ArgumentException>().WithParameterName("needBy")
            .WithMessage("needBy 2025-03-01 is before the order date 2025-03-05: stock cannot be needed before it is ordered.*");
        FluentActions.Invoking(() => service.Release(null!, default, Sale(new LocalDate(2025, 3, 5), 1), new LocalDate(2025, 3, 10)))
            .Should().Throw<ArgumentNullException>().WithParameterName("product");
        FluentActions.Invoking(() => new JustInTimeReplenishment([Shenzhen], _ => null!)).Should().Throw<ArgumentException>()
            .WithParameterName("leadTimeOf").WithMessage("leadTimeOf returned no lead time for the agreement MUG-350 at F-SZ-01 (priority 1, 2024-06-01 to open).*");

        service.Release(Mug, default, Sale(new LocalDate(2025, 1, 2), 5), new LocalDate(2025, 3, 15)).Quantity.Should().Be(24);
    }
}
