using NodaTime;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// The low-inventory-level fee rule. Source: Amazon Seller Central forum, "Low-inventory-level fee further explained"
/// (2024): the fee is assessed only if both the short-term (30-day) and the long-term (90-day) historical days of
/// supply are below 28 days; in force from 2024-04-01 (Amazon's December 2023 announcement).
/// </summary>
public sealed class LowInventoryLevelFeeRuleTests
{
    private static readonly LowInventoryLevelFeeRule Rule = LowInventoryLevelFeeRule.AmazonUs2024;

    [Theory]
    [InlineData("27.99", "27.99", true, LowInventoryLevelFeeReason.BothBelowThreshold)]
    [InlineData("28", "0", false, LowInventoryLevelFeeReason.ShortTermAtOrAboveThreshold)]      // 28 is not below 28
    [InlineData("0", "28", false, LowInventoryLevelFeeReason.LongTermAtOrAboveThreshold)]
    [InlineData("28", "28", false, LowInventoryLevelFeeReason.BothAtOrAboveThreshold)]
    [InlineData("10", "42.0", false, LowInventoryLevelFeeReason.LongTermAtOrAboveThreshold)]   // Amazon's forum example: long-term 42.0 days
    public void The_fee_applies_only_when_both_windows_are_strictly_below_28_days(string shortTerm, string longTerm, bool applies, LowInventoryLevelFeeReason reason)
    {
        var assessment = Rule.Assess(decimal.Parse(shortTerm, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(longTerm, System.Globalization.CultureInfo.InvariantCulture));

        assessment.Applies.Should().Be(applies);
        assessment.Reason.Should().Be(reason);
        assessment.Rule.Should().BeSameAs(Rule);
    }

    [Fact]
    public void The_built_in_rule_is_data()
    {
        Rule.Marketplace.Should().BeSameAs(CountryCode.Parse("US"));
        Rule.ValidFrom.Should().Be(new LocalDate(2024, 4, 1));
        Rule.ThresholdDays.Should().Be(28m);
        Rule.ShortTermWindow.Should().Be(Period.FromDays(30));
        Rule.LongTermWindow.Should().Be(Period.FromDays(90));
        Rule.ToString().Should().Be("amazon-us-2024-04-01 (US from 2024-04-01): fee when both 30-day and 90-day days of supply are below 28");
        Rule.Assess(12m, 27.5m).ToString().Should().Be(
            "fee applies: both are below 28 (short-term 12, long-term 27.5 days of supply; amazon-us-2024-04-01)");
    }

    [Fact]
    public void The_rule_in_force_is_looked_up_by_marketplace_and_date()
    {
        var us = CountryCode.Parse("US");
        LowInventoryLevelFeeRules.BuiltIn.InForce(us, new LocalDate(2024, 4, 1)).Should().BeSameAs(Rule);

        var before = () => LowInventoryLevelFeeRules.BuiltIn.InForce(us, new LocalDate(2024, 3, 31));
        before.Should().Throw<ArgumentException>().WithParameterName("date")
            .WithMessage("No low-inventory-level fee rule is in force for marketplace US on 2024-03-31: the earliest for US starts on 2024-04-01.*");

        var elsewhere = () => LowInventoryLevelFeeRules.BuiltIn.InForce(CountryCode.Parse("GB"), new LocalDate(2024, 6, 1));
        elsewhere.Should().Throw<ArgumentException>().WithParameterName("marketplace");

        // A caller's later rule (made up: 21 days) takes over from its start.
        var later = new LowInventoryLevelFeeRule("made-up-2030", us, new LocalDate(2030, 1, 1), 21m);
        var rules = LowInventoryLevelFeeRules.BuiltIn.With(later);
        rules.InForce(us, new LocalDate(2029, 12, 31)).Should().BeSameAs(Rule);
        rules.InForce(us, new LocalDate(2030, 1, 1)).Assess(25m, 25m).Applies.Should().BeFalse();   // 25 is not below 21
    }

    [Fact]
    public void Negative_days_of_supply_are_refused()
    {
        var act = () => Rule.Assess(-1m, 10m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("shortTermDaysOfSupply")
            .WithMessage("shortTermDaysOfSupply must not be negative, but was -1.*");
    }

    [Fact]
    public void A_rule_needs_a_positive_threshold_and_a_longer_long_term_window()
    {
        var us = CountryCode.Parse("US");
        var zero = () => new LowInventoryLevelFeeRule("r", us, new LocalDate(2030, 1, 1), 0m);
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("thresholdDays");

        var windows = () => new LowInventoryLevelFeeRule("r", us, new LocalDate(2030, 1, 1), 28m, shortTermWindowDays: 90, longTermWindowDays: 30);
        windows.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("longTermWindowDays")
            .WithMessage("longTermWindowDays must be greater than shortTermWindowDays (90), but was 30.*");
    }
}
