using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// The platform warehouse's low-inventory-level fee rule for one marketplace, in force from <see cref="ValidFrom"/>
/// until the marketplace's next rule starts: the fee applies only when the historical days of supply are strictly
/// below <see cref="ThresholdDays"/> in <b>both</b> the short-term and the long-term window.
/// </summary>
/// <remarks>
/// <para>
/// The rule decides whether the fee applies, not its amount (which depends on size tier, shipping weight and days
/// of supply) and not the exemptions Amazon added later (such as products selling fewer than 20 units a week, from
/// 2024-05-15); the caller decides those. Historical days of supply are the caller's input, computed as the platform
/// does (average on-hand units / average units shipped per day over each window).
/// </para>
/// <para>To pick the rule in force on a day, use <see cref="LowInventoryLevelFeeRules"/>. Rules compare by reference.</para>
/// </remarks>
public sealed class LowInventoryLevelFeeRule : IEffectiveDated
{
    /// <summary>Defines a rule.</summary>
    /// <param name="name">A stable name, such as <c>amazon-us-2024-04-01</c>; not blank.</param>
    /// <param name="marketplace">The marketplace (country) the rule is for.</param>
    /// <param name="validFrom">The first day the rule is in force (inclusive).</param>
    /// <param name="thresholdDays">The fee applies when both windows are strictly below this many days of supply; positive.</param>
    /// <param name="shortTermWindowDays">The length of the short-term window in days (Amazon: 30); positive.</param>
    /// <param name="longTermWindowDays">The length of the long-term window in days (Amazon: 90); longer than the short-term window.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="marketplace"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="thresholdDays"/> or <paramref name="shortTermWindowDays"/> is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="longTermWindowDays"/> is not longer than <paramref name="shortTermWindowDays"/>.</exception>
    public LowInventoryLevelFeeRule(
        string name, CountryCode marketplace, LocalDate validFrom, decimal thresholdDays, int shortTermWindowDays = 30, int longTermWindowDays = 90)
    {
        Name = Guard.NotBlank(name);
        Marketplace = Guard.NotNull(marketplace);
        ThresholdDays = Guard.Positive(thresholdDays);
        Guard.Positive(shortTermWindowDays);
        Guard.GreaterThan(longTermWindowDays, shortTermWindowDays, nameof(shortTermWindowDays));
        ValidFrom = Validity.Iso(validFrom);
        ShortTermWindow = Period.FromDays(shortTermWindowDays);
        LongTermWindow = Period.FromDays(longTermWindowDays);
    }

    /// <summary>
    /// <c>amazon-us-2024-04-01</c>: Amazon US from 2024-04-01, threshold 28 days, windows of 30 and 90 days.
    /// </summary>
    /// <remarks>
    /// Source: Amazon's December 2023 announcement of the 2024 US FBA fee changes and its Seller Central forum post
    /// "Low-inventory-level fee further explained" (2024): "we will calculate the historical days of supply metric over
    /// the short-term (last 30 days) and long-term (last 90 days) and only assess the fee if both are below 28 days";
    /// the fee went into effect on April 1, 2024 (fees of April 2024 were credited back; that credit is not modelled).
    /// </remarks>
    public static LowInventoryLevelFeeRule AmazonUs2024 { get; } =
        new("amazon-us-2024-04-01", CountryCode.Parse("US"), new LocalDate(2024, 4, 1), thresholdDays: 28m);

    /// <summary>The stable name of the rule.</summary>
    public string Name { get; }

    /// <summary>The marketplace (country) the rule is for.</summary>
    public CountryCode Marketplace { get; }

    /// <summary>
    /// The first day the rule is in force (inclusive, as an ISO date); in a set it stays in force until the
    /// marketplace's next rule starts, or until <see cref="ValidUntil"/>.
    /// </summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day the rule is in force (inclusive), or null (the default) when open-ended; not before <see cref="ValidFrom"/>.</summary>
    /// <exception cref="ArgumentException">The date is before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidUntil
    {
        get;
        init => field = Validity.Until(ValidFrom, value, nameof(ValidUntil));
    }

    /// <inheritdoc/>
    public bool IsInForce(LocalDate day) => Validity.Covers(ValidFrom, ValidUntil, day);

    /// <summary>The fee applies when both windows are strictly below this many days of supply.</summary>
    public decimal ThresholdDays { get; }

    /// <summary>The short-term window (Amazon: the last 30 days).</summary>
    public Period ShortTermWindow { get; }

    /// <summary>The long-term window (Amazon: the last 90 days).</summary>
    public Period LongTermWindow { get; }

    /// <summary>Whether the fee applies to a product with the given historical days of supply, and why.</summary>
    /// <param name="shortTermDaysOfSupply">Historical days of supply over the short-term window; not negative.</param>
    /// <param name="longTermDaysOfSupply">Historical days of supply over the long-term window; not negative.</param>
    /// <returns>The assessment: it applies only when both are strictly below <see cref="ThresholdDays"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A days-of-supply value is negative.</exception>
    public LowInventoryLevelFeeAssessment Assess(decimal shortTermDaysOfSupply, decimal longTermDaysOfSupply)
    {
        Guard.NotNegative(shortTermDaysOfSupply);
        Guard.NotNegative(longTermDaysOfSupply);
        var shortBelow = shortTermDaysOfSupply < ThresholdDays;
        var longBelow = longTermDaysOfSupply < ThresholdDays;
        var reason = (shortBelow, longBelow) switch
        {
            (true, true) => LowInventoryLevelFeeReason.BothBelowThreshold,
            (false, true) => LowInventoryLevelFeeReason.ShortTermAtOrAboveThreshold,
            (true, false) => LowInventoryLevelFeeReason.LongTermAtOrAboveThreshold,
            (false, false) => LowInventoryLevelFeeReason.BothAtOrAboveThreshold,
        };
        return new LowInventoryLevelFeeAssessment(this, shortTermDaysOfSupply, longTermDaysOfSupply, reason);
    }

    /// <summary>The rule in words, with the invariant culture.</summary>
    /// <returns>For example <c>amazon-us-2024-04-01 (US from 2024-04-01): fee when both 30-day and 90-day days of supply are below 28</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Name} ({Marketplace} {Validity.Text(ValidFrom, ValidUntil)}): fee when both {ShortTermWindow.Days}-day and {LongTermWindow.Days}-day days of supply are below {ThresholdDays}");
}
