using NodaTime;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

public sealed class ReplenishmentBadInputTests
{
    [Fact]
    public void Policy_parameters_are_checked()
    {
        FluentActions.Invoking(() => new MinMaxPolicy(minimum: 10, maximum: 9)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("maximum").WithMessage("maximum must not be below minimum (10), but was 9.*");
        FluentActions.Invoking(() => new ReorderPointPolicy(40, lotSize: 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("lotSize").WithMessage("lotSize must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => new ReorderLevelPolicy(-1, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reorderLevel");
        FluentActions.Invoking(() => new PeriodicReviewPolicy(null!, 10)).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
        FluentActions.Invoking(() => new DaysOfCoverPolicy(-1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("leadTimeDays");
        FluentActions.Invoking(() => DaysOfCoverPolicy.FromProductionAndTransit(1, -2, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("transitDays");
    }

    [Fact]
    public void Constraint_parameters_are_checked()
    {
        var policy = new MinMaxPolicy(1, 2);
        FluentActions.Invoking(() => policy.RoundedUpToMultipleOf(0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("unitsPerPack").WithMessage("unitsPerPack must be greater than zero, but was 0.*");
        FluentActions.Invoking(() => policy.WithMinimumOrderQuantity(-5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimumOrderQuantity");
        FluentActions.Invoking(() => policy.WithMaximumOrderQuantity(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximumOrderQuantity");
        FluentActions.Invoking(() => ((IReplenishmentPolicy)null!).WithCapacity(10)).Should().Throw<ArgumentNullException>().WithParameterName("policy");
    }

    [Fact]
    public void Context_and_decision_numbers_are_checked()
    {
        FluentActions.Invoking(() => new ReplenishmentContext(new LocalDate(2026, 3, 2), double.NaN)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("dailyDemand").WithMessage("dailyDemand must not be negative, but was NaN.*");
        FluentActions.Invoking(() => new ReplenishmentContext(new LocalDate(2026, 3, 2), 1) { UnitsSold = -1 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("UnitsSold");
        FluentActions.Invoking(() => new ReplenishmentDecision(-1, ReplenishmentReason.Custom, 0) { TriggerLevel = 0, Target = 0 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("quantity");
        FluentActions.Invoking(() => new ReplenishmentDecision(1, ReplenishmentReason.Custom, 0) { TriggerLevel = double.PositiveInfinity, Target = 0 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("TriggerLevel");
    }

    [Fact]
    public void Calendars_and_settings_are_checked()
    {
        FluentActions.Invoking(() => ReviewCalendar.Weekly()).Should().Throw<ArgumentException>()
            .WithParameterName("days").WithMessage("days must name at least one day of the week (Monday to Sunday), but none was given.*");
        FluentActions.Invoking(() => ReviewCalendar.Weekly(IsoDayOfWeek.None)).Should().Throw<ArgumentException>()
            .WithParameterName("days").WithMessage("days must name at least one day of the week (Monday to Sunday), but 0 is not one.*");
        FluentActions.Invoking(() => ReviewCalendar.Every(0, new LocalDate(2026, 3, 2))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
        FluentActions.Invoking(() => new RestockLeadTime((SupplyChainSetting)9)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("setting").WithMessage("setting is not a defined SupplyChainSetting value.*");
    }

    [Fact]
    public void Custom_reason_codes_are_explained_with_their_numbers()
    {
        new ReplenishmentDecision(12, (ReplenishmentReason)1001, 30) { TriggerLevel = 40, Target = 42 }.Explain()
            .Should().Be("Order 12: reason 1001 (position 30, trigger level 40, target 42).");
    }
}
