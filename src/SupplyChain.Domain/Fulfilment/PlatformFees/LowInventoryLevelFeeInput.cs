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
    /// <summary>
    /// Creates the input; both days-of-supply figures are required by name (<see cref="ShortTermDaysOfSupply"/>,
    /// <see cref="LongTermDaysOfSupply"/>), so that they cannot be swapped; other rules are optional (<see cref="Rules"/>).
    /// </summary>
    /// <param name="feePerUnit">The fee per unit when it applies; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="feePerUnit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="feePerUnit"/> is negative.</exception>
    public LowInventoryLevelFeeInput(Money feePerUnit)
    {
        FeePerUnit = Guard.NotNull(feePerUnit);
        if (feePerUnit.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(feePerUnit), feePerUnit, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(feePerUnit), feePerUnit));
        }
    }

    /// <summary>Historical days of supply over the short-term window; required, not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public required decimal ShortTermDaysOfSupply { get; init => field = Guard.NotNegative(value, nameof(ShortTermDaysOfSupply)); }

    /// <summary>Historical days of supply over the long-term window; required, not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public required decimal LongTermDaysOfSupply { get; init => field = Guard.NotNegative(value, nameof(LongTermDaysOfSupply)); }

    /// <summary>The fee per unit when it applies.</summary>
    public Money FeePerUnit { get; }

    /// <summary>The rules deciding whether the fee applies; <see cref="LowInventoryLevelFeeRules.BuiltIn"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The rules are null.</exception>
    public LowInventoryLevelFeeRules Rules { get; init => field = Guard.NotNull(value, nameof(Rules)); } = LowInventoryLevelFeeRules.BuiltIn;

    /// <summary>The input in words.</summary>
    /// <returns>For example <c>days of supply 20 (short-term), 25 (long-term); 0.89 USD per unit when it applies</c>.</returns>
    public override string ToString() =>
        Guard.Format("days of supply {0} (short-term), {1} (long-term); {2} per unit when it applies", ShortTermDaysOfSupply, LongTermDaysOfSupply, FeePerUnit);
}
