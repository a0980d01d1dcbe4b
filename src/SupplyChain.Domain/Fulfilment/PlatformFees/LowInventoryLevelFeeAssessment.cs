using System.Globalization;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>Whether the low-inventory-level fee applies to a product, and why, under one <see cref="LowInventoryLevelFeeRule"/>.</summary>
/// <remarks>Created only by <see cref="LowInventoryLevelFeeRule.Assess(decimal, decimal)"/>. Assessments compare by reference.</remarks>
public sealed class LowInventoryLevelFeeAssessment
{
    internal LowInventoryLevelFeeAssessment(LowInventoryLevelFeeRule rule, decimal shortTermDaysOfSupply, decimal longTermDaysOfSupply, LowInventoryLevelFeeReason reason)
    {
        Rule = rule;
        ShortTermDaysOfSupply = shortTermDaysOfSupply;
        LongTermDaysOfSupply = longTermDaysOfSupply;
        Reason = reason;
    }

    /// <summary>The rule that was applied.</summary>
    public LowInventoryLevelFeeRule Rule { get; }

    /// <summary>The short-term historical days of supply that were assessed.</summary>
    public decimal ShortTermDaysOfSupply { get; }

    /// <summary>The long-term historical days of supply that were assessed.</summary>
    public decimal LongTermDaysOfSupply { get; }

    /// <summary>Why the fee applies or not.</summary>
    public LowInventoryLevelFeeReason Reason { get; }

    /// <summary>Whether the fee applies: both windows are strictly below the threshold.</summary>
    public bool Applies => Reason == LowInventoryLevelFeeReason.BothBelowThreshold;

    /// <summary>The assessment in words, with the invariant culture.</summary>
    /// <returns>For example <c>fee applies: both are below 28 (short-term 12, long-term 27.5 days of supply; amazon-us-2024-04-01)</c>.</returns>
    public override string ToString()
    {
        var verdict = Reason switch
        {
            LowInventoryLevelFeeReason.BothBelowThreshold => "fee applies: both are below",
            LowInventoryLevelFeeReason.ShortTermAtOrAboveThreshold => "no fee: short-term is not below",
            LowInventoryLevelFeeReason.LongTermAtOrAboveThreshold => "no fee: long-term is not below",
            _ => "no fee: neither is below",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"{verdict} {Rule.ThresholdDays} (short-term {ShortTermDaysOfSupply}, long-term {LongTermDaysOfSupply} days of supply; {Rule.Name})");
    }
}
