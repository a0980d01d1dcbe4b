using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// What the platform warehouse mode needs to charge the low-inventory-level fee for a product: its historical days of
/// supply in the rule's short-term (30-day) and long-term (90-day) windows, the fee per unit when it applies, and the
/// rules deciding whether it does.
/// </summary>
/// <remarks>
/// The fee amount is the caller's (it depends on size tier, shipping weight and days of supply on the platform's fee
/// page, which the library does not ship). Inputs compare by reference.
/// </remarks>
public sealed class LowInventoryLevelFeeInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="shortTermDaysOfSupply">Historical days of supply over the short-term window; not negative.</param>
    /// <param name="longTermDaysOfSupply">Historical days of supply over the long-term window; not negative.</param>
    /// <param name="feePerUnit">The fee per unit when it applies; not negative.</param>
    /// <param name="rules">The rules; null for <see cref="LowInventoryLevelFeeRules.BuiltIn"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="feePerUnit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A days-of-supply value or the fee is negative.</exception>
    public LowInventoryLevelFeeInput(decimal shortTermDaysOfSupply, decimal longTermDaysOfSupply, Money feePerUnit, LowInventoryLevelFeeRules? rules = null)
    {
        ShortTermDaysOfSupply = Guard.NotNegative(shortTermDaysOfSupply);
        LongTermDaysOfSupply = Guard.NotNegative(longTermDaysOfSupply);
        FeePerUnit = Guard.NotNull(feePerUnit);
        if (feePerUnit.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(feePerUnit), feePerUnit, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(feePerUnit), feePerUnit));
        }

        Rules = rules ?? LowInventoryLevelFeeRules.BuiltIn;
    }

    /// <summary>Historical days of supply over the short-term window.</summary>
    public decimal ShortTermDaysOfSupply { get; }

    /// <summary>Historical days of supply over the long-term window.</summary>
    public decimal LongTermDaysOfSupply { get; }

    /// <summary>The fee per unit when it applies.</summary>
    public Money FeePerUnit { get; }

    /// <summary>The rules deciding whether the fee applies.</summary>
    public LowInventoryLevelFeeRules Rules { get; }

    /// <summary>The input in words.</summary>
    /// <returns>For example <c>days of supply 20 (short-term), 25 (long-term); 0.89 USD per unit when it applies</c>.</returns>
    public override string ToString() =>
        Guard.Format("days of supply {0} (short-term), {1} (long-term); {2} per unit when it applies", ShortTermDaysOfSupply, LongTermDaysOfSupply, FeePerUnit);
}
