using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>
/// Every argument check of the replenishment part, one value on each side of the rule: the exact exception type, the
/// parameter name and the message of <c>ErrorMessages</c> (word for word, as the convention asks). Found by mutation
/// testing (docs/mutation-testing.md): removing any of these checks broke no test before.
/// </summary>
public sealed class ReplenishmentGuardTests
{
    private static readonly LocalDate Monday = new(2026, 3, 2);

    [Theory]
    [InlineData(-1.0, 0.0, "dailyDemand", "dailyDemand must not be negative, but was -1.")]
    [InlineData(double.PositiveInfinity, 0.0, "dailyDemand", "dailyDemand must not be negative, but was Infinity.")]
    [InlineData(2.0, -0.5, "LeadTimeDays", "LeadTimeDays must not be negative, but was -0.5.")]
    [InlineData(2.0, double.PositiveInfinity, "LeadTimeDays", "LeadTimeDays must not be negative, but was Infinity.")]
    [InlineData(2.0, double.NaN, "LeadTimeDays", "LeadTimeDays must not be negative, but was NaN.")]
    public void A_context_refuses_negative_or_infinite_demand_and_lead_time(double demand, double leadTime, string parameter, string message) =>
        FluentActions.Invoking(() => new ReplenishmentContext(Monday, demand) { LeadTimeDays = leadTime })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).WithMessage(message + "*");

    [Fact]
    public void A_context_accepts_the_edges_of_its_ranges()
    {
        // 0 and the largest finite double are inside "finite and not negative".
        var none = new ReplenishmentContext(Monday, 0) { LeadTimeDays = 0, UnitsSold = 0 };
        (none.DailyDemand, none.LeadTimeDays, none.UnitsSold).Should().Be((0.0, 0.0, 0));
        var largest = new ReplenishmentContext(Monday, double.MaxValue) { LeadTimeDays = double.MaxValue, UnitsSold = int.MaxValue };
        (largest.DailyDemand, largest.LeadTimeDays, largest.UnitsSold).Should().Be((double.MaxValue, double.MaxValue, int.MaxValue));
    }

    [Fact]
    public void A_decision_refuses_negative_constraints_and_a_target_that_is_not_a_number()
    {
        var decision = new ReplenishmentDecision(7, ReplenishmentReason.Custom, 0) { TriggerLevel = 0, Target = 7 };

        FluentActions.Invoking(() => decision.WithMinimumOrderQuantity(-1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("minimum").WithMessage("minimum must not be negative, but was -1.*");
        FluentActions.Invoking(() => decision.WithOrderMultiple(0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("multiple").WithMessage("multiple must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => decision.WithMaximumOrderQuantity(-1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("maximum").WithMessage("maximum must not be negative, but was -1.*");
        FluentActions.Invoking(() => new ReplenishmentDecision(7, ReplenishmentReason.Custom, 0) { TriggerLevel = 0, Target = double.NaN }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("Target").WithMessage("Target must be a finite number, but was NaN.*");
    }

    [Fact]
    public void Decorators_refuse_out_of_range_constraints_with_their_own_parameter_names()
    {
        var policy = new MinMaxPolicy(10, 40);

        FluentActions.Invoking(() => policy.WithMinimumOrderQuantity(0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("minimumOrderQuantity").WithMessage("minimumOrderQuantity must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => policy.WithMaximumOrderQuantity(-1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("maximumOrderQuantity").WithMessage("maximumOrderQuantity must not be negative, but was -1.*");
        FluentActions.Invoking(() => policy.WithCapacity(-1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("capacity").WithMessage("capacity must not be negative, but was -1.*");
        FluentActions.Invoking(() => ((IReplenishmentPolicy)null!).RoundedUpToMultipleOf(6)).Should().Throw<ArgumentNullException>()
            .WithParameterName("policy").WithMessage("policy must not be null.*");
    }

    [Fact]
    public void The_restock_lead_time_checks_both_lead_times_whichever_setting_reads_them()
    {
        // Seller stock reads only the seller's days and supplier direct only the supplier's: the other one is still checked.
        FluentActions.Invoking(() => new RestockLeadTime(SupplyChainSetting.SellerStock) { SupplierDays = -1, SellerDays = 5 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("SupplierDays").WithMessage("SupplierDays must not be negative, but was -1.*");
        FluentActions.Invoking(() => new RestockLeadTime(SupplyChainSetting.SupplierDirect) { SupplierDays = 30, SellerDays = -2 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("SellerDays").WithMessage("SellerDays must not be negative, but was -2.*");

        // The sum is checked arithmetic, as documented: int.MaxValue + 1 days throws instead of wrapping to a negative.
        FluentActions.Invoking(() => new RestockLeadTime(SupplyChainSetting.SupplierViaSeller) { SupplierDays = int.MaxValue, SellerDays = 1 }.Days).Should().Throw<OverflowException>();
        new RestockLeadTime(SupplyChainSetting.SupplierViaSeller) { SupplierDays = int.MaxValue - 1, SellerDays = 1 }.Days.Should().Be(int.MaxValue);

        // Each setting reads its own lead time (30 supplier days, 7 seller days).
        new RestockLeadTime(SupplyChainSetting.SupplierDirect) { SupplierDays = 30, SellerDays = 7 }.Days.Should().Be(30);
        new RestockLeadTime(SupplyChainSetting.SupplierViaSeller) { SupplierDays = 30, SellerDays = 7 }.Days.Should().Be(37);
        new RestockLeadTime(SupplyChainSetting.SellerStock) { SupplierDays = 30, SellerDays = 7 }.Days.Should().Be(7);
    }

    [Fact]
    public void Days_of_cover_sums_are_checked()
    {
        // Documented: the cover days (lead time + safety, or production + transit) overflow with OverflowException.
        FluentActions.Invoking(() => new DaysOfCoverPolicy(int.MaxValue, 1)).Should().Throw<OverflowException>();
        FluentActions.Invoking(() => DaysOfCoverPolicy.FromProductionAndTransit(int.MaxValue, 1, 0)).Should().Throw<OverflowException>();
        FluentActions.Invoking(() => DaysOfCoverPolicy.FromProductionAndTransit(-1, 1, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("productionDays").WithMessage("productionDays must not be negative, but was -1.*");
        FluentActions.Invoking(() => new DaysOfCoverPolicy(1, -3)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("safetyDays").WithMessage("safetyDays must not be negative, but was -3.*");
    }

    [Fact]
    public void A_planned_leg_refuses_negative_and_too_many_days_and_rounds_up()
    {
        FluentActions.Invoking(() => LeadTimeLeg.Planned(LeadTimeLegKind.MainCarriage, -0.5)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("meanDays").WithMessage("meanDays must not be negative, but was -0.5.*");
        FluentActions.Invoking(() => LeadTimeLeg.Planned(LeadTimeLegKind.MainCarriage, 3e9)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("meanDays").WithMessage("meanDays must be at most 2147483647, but was 3000000000.*");
        FluentActions.Invoking(() => new LeadTimeLeg((LeadTimeLegKind)0, 1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("kind").WithMessage("0 is not a defined LeadTimeLegKind value.*");
        FluentActions.Invoking(() => new LeadTimeLeg(LeadTimeLegKind.FirstMile, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("days").WithMessage("days must not be negative, but was -1.*");

        // The largest whole number of days is allowed; a mean is rounded up to whole days (27.2 -> 28).
        LeadTimeLeg.Planned(LeadTimeLegKind.MainCarriage, int.MaxValue).Days.Should().Be(int.MaxValue);
        LeadTimeLeg.Planned(LeadTimeLegKind.MainCarriage, 27.2).Days.Should().Be(28);
    }

    [Fact]
    public void A_lead_time_refuses_more_production_days_than_a_calendar_can_count()
    {
        // WorkingCalendar.MaxWorkingDays is 10 000: that many is allowed, one more is not.
        new ReplenishmentLeadTime(10_000, WorkingCalendar.MondayToFriday, [], receivingDays: 0).ProductionWorkingDays.Should().Be(10_000);
        FluentActions.Invoking(() => new ReplenishmentLeadTime(10_001, WorkingCalendar.MondayToFriday, [], receivingDays: 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("productionWorkingDays")
            .WithMessage("productionWorkingDays must be at most 10000, but was 10001.*");
    }

    [Fact]
    public void A_lead_time_refuses_a_total_of_days_above_int_MaxValue()
    {
        // Transport int.MaxValue − 10 days, receiving 4 and buffer 6 add up to exactly int.MaxValue: allowed.
        LeadTimeLeg[] longest = [new(LeadTimeLegKind.MainCarriage, int.MaxValue - 10)];
        new ReplenishmentLeadTime(0, WorkingCalendar.MondayToFriday, longest, receivingDays: 4, safetyBufferDays: 6).TransportDays.Should().Be(int.MaxValue - 10);

        // One receiving day more is int.MaxValue + 1 = 2 147 483 648: refused, naming the legs and the total.
        FluentActions.Invoking(() => new ReplenishmentLeadTime(0, WorkingCalendar.MondayToFriday, longest, receivingDays: 5, safetyBufferDays: 6))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("legs")
            .WithMessage("the total of the transport, receiving and buffer days must be at most 2147483647, but was 2147483648.*");
    }

    [Fact]
    public void Stock_may_be_needed_on_the_day_it_is_ordered_but_not_before()
    {
        var leadTime = new ReplenishmentLeadTime(0, WorkingCalendar.MondayToFriday, [], receivingDays: 0);

        // Zero lead time: ordered and needed on the same Monday, the schedule is that Monday throughout.
        leadTime.BackSchedule(Monday, Monday).OrderBy.Should().Be(Monday);
        FluentActions.Invoking(() => leadTime.BackSchedule(Monday, Monday.PlusDays(1))).Should().Throw<ArgumentException>()
            .WithParameterName("needBy").WithMessage("needBy 2026-03-02 is before the order date 2026-03-03: stock cannot be needed before it is ordered.*");
    }

    [Fact]
    public void Weekly_review_days_must_be_given()
    {
        FluentActions.Invoking(() => ReviewCalendar.Weekly(null!)).Should().Throw<ArgumentNullException>()
            .WithParameterName("days").WithMessage("days must not be null.*");
        FluentActions.Invoking(() => ReviewCalendar.Weekly(IsoDayOfWeek.Monday, (IsoDayOfWeek)8)).Should().Throw<ArgumentException>()
            .WithParameterName("days").WithMessage("days must name at least one day of the week (Monday to Sunday), but 8 is not one.*");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    public void A_cycle_service_level_must_lie_strictly_between_0_and_1(double level) =>
        FluentActions.Invoking(() => SafetyStock.ZForCycleServiceLevel(level)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("cycleServiceLevel")
            .WithMessage(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cycleServiceLevel must be strictly between 0 and 1, but was {level}.*"));

    [Fact]
    public void The_fill_rate_safety_stock_checks_its_arguments_even_without_variability()
    {
        // With no lead-time demand variability the answer is 0 whatever the fill rate, but bad input is still refused.
        SafetyStock.ForFillRate(0.95, 100, 0).Should().Be(0);
        FluentActions.Invoking(() => SafetyStock.ForFillRate(1.5, 100, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("fillRate").WithMessage("fillRate must be strictly between 0 and 1, but was 1.5.*");
        FluentActions.Invoking(() => SafetyStock.ForFillRate(0.95, 0, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("orderQuantity").WithMessage("orderQuantity must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => SafetyStock.ForFillRate(0.95, 100, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("leadTimeDemandSd").WithMessage("leadTimeDemandSd must not be negative, but was -1.*");
    }

    [Fact]
    public void A_low_fill_rate_with_a_large_lot_gives_a_strongly_negative_z()
    {
        // β = 0.5, Q = 400, σL = 10: G(k) = (1 − β)Q/σL = 20. For k ≪ 0, G(k) = φ(k) − k(1 − Φ(k)) ≈ −k (φ(−20) ≈ 5.5e-88 and
        // 1 − Φ(−20) = 1 − 2.8e-89), so k = −20 to far better than the bisection's 1e-13.
        SafetyStock.ZForFillRate(0.5, 400, 10).Should().BeApproximately(-20, 1e-9);
    }

    [Fact]
    public void The_just_in_time_service_needs_a_lead_time_function_but_may_start_without_agreements()
    {
        FluentActions.Invoking(() => new JustInTimeReplenishment([], null!)).Should().Throw<ArgumentNullException>()
            .WithParameterName("leadTimeOf").WithMessage("leadTimeOf must not be null.*");

        // No agreements is a valid (empty) service: every release is refused by the agreement-in-force rule.
        var empty = new JustInTimeReplenishment([], _ => throw new InvalidOperationException("never called without agreements"));
        FluentActions.Invoking(() => empty.Release(new ProductId("MUG-350"), default, new ReplenishmentContext(Monday, 1) { UnitsSold = 1 }, Monday))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.ProductsAgreementInForce);
    }
}
