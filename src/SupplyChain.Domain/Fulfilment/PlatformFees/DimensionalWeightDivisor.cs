using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// A platform warehouse's dimensional-weight divisor for one marketplace, in force from <see cref="ValidFrom"/> until
/// the marketplace's next divisor starts: the <see cref="ChargeableWeightRule"/> that turns a packaged item's volume
/// into its dimensional weight for the platform's fees.
/// </summary>
/// <remarks>
/// <para>
/// To pick the divisor in force on a day, use <see cref="DimensionalWeightDivisors"/>; its
/// <see cref="DimensionalWeightDivisors.BuiltIn"/> set holds Amazon US (<see cref="AmazonUs2024"/>) and the Amazon
/// EU stores. Only the rule's ratio is used: a platform's dimensional weight is not rounded to a step.
/// </para>
/// <para>Divisors compare by reference; the built-in ones are single instances.</para>
/// </remarks>
public sealed class DimensionalWeightDivisor : IEffectiveDated
{
    /// <summary>Defines a divisor.</summary>
    /// <param name="name">A stable name, such as <c>amazon-us-2024-02-05</c>; not blank.</param>
    /// <param name="marketplace">The marketplace (country) the divisor is for.</param>
    /// <param name="validFrom">The first day the divisor is in force (inclusive).</param>
    /// <param name="rule">The ratio, e.g. <see cref="ChargeableWeightRules.AmazonUs"/> (1 lb per 139 in³); its own dates and rounding step are not used.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="marketplace"/> or <paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public DimensionalWeightDivisor(string name, CountryCode marketplace, LocalDate validFrom, ChargeableWeightRule rule)
    {
        Name = Guard.NotBlank(name);
        Marketplace = Guard.NotNull(marketplace);
        Rule = Guard.NotNull(rule);
        ValidFrom = Validity.Iso(validFrom);
    }

    /// <summary>
    /// <c>amazon-us-2024-02-05</c>: Amazon US, 1 lb per 139 in³ (<see cref="ChargeableWeightRules.AmazonUs"/>), in force
    /// from 2024-02-05.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Source of the divisor: Amazon Seller Central help "Dimensional weight" and "Product size tiers" (US, article
    /// 201105770) and Amazon's "2024 US FBA fulfillment fee changes" announcement: dimensional weight = length × width
    /// × height (in) / 139.
    /// </para>
    /// <para>
    /// Start date chosen: 2024-02-05, the first day of the 2024 size tiers (<see cref="SizeTierTable.AmazonUs2024"/>),
    /// the earliest table this library carries that uses the divisor. Amazon applied 139 in³/lb before that (its
    /// 2022 US fee-change page already did), but we have no sourced first day for it, so the library does not claim an
    /// earlier one: a caller who prices earlier dates adds its own divisor with <see cref="DimensionalWeightDivisors.With"/>.
    /// </para>
    /// </remarks>
    public static DimensionalWeightDivisor AmazonUs2024 { get; } =
        new("amazon-us-2024-02-05", CountryCode.Parse("US"), new LocalDate(2024, 2, 5), ChargeableWeightRules.AmazonUs);

    /// <summary>The stable name of the divisor.</summary>
    public string Name { get; }

    /// <summary>The marketplace (country) the divisor is for.</summary>
    public CountryCode Marketplace { get; }

    /// <summary>
    /// The first day the divisor is in force (inclusive, as an ISO date); in a set it stays in force until the
    /// marketplace's next divisor starts, or until <see cref="ValidUntil"/>.
    /// </summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day the divisor is in force (inclusive), or null (the default) when open-ended; not before <see cref="ValidFrom"/>.</summary>
    /// <exception cref="ArgumentException">The date is before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidUntil
    {
        get;
        init => field = Validity.Until(ValidFrom, value, nameof(ValidUntil));
    }

    /// <inheritdoc/>
    public bool IsInForce(LocalDate day) => Validity.Covers(ValidFrom, ValidUntil, day);

    /// <summary>The ratio that turns a volume into the dimensional weight.</summary>
    public ChargeableWeightRule Rule { get; }

    /// <summary>The dimensional weight of a packaged item's box: its volume at the divisor's ratio, not rounded.</summary>
    /// <param name="dimensions">The box.</param>
    /// <returns>The dimensional weight, in the rule's mass unit (lb for Amazon US, kg for Amazon EU).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> is null.</exception>
    public Mass DimensionalWeight(Dimensions dimensions) => Rule.VolumetricWeight(Guard.NotNull(dimensions));

    /// <summary>The divisor in words, with the invariant culture.</summary>
    /// <returns>For example <c>amazon-us-2024-02-05 (US from 2024-02-05): amazon-us-139-in3-per-lb: 1 lb per 139 in³, not rounded</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} ({Marketplace} {Validity.Text(ValidFrom, ValidUntil)}): {Rule}");
}
