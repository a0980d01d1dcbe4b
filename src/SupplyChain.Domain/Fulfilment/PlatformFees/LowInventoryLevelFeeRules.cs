using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// An immutable set of low-inventory-level fee rules, and the lookup "the rule in force on a day for a marketplace"
/// through an <see cref="EffectiveDatedSet{TKey, T}"/> keyed by marketplace: among the marketplace's entries in
/// force on the day (<see cref="LowInventoryLevelFeeRule.IsInForce(LocalDate)"/>), the one that started last.
/// </summary>
/// <remarks>
/// <see cref="BuiltIn"/> holds <see cref="LowInventoryLevelFeeRule.AmazonUs2024"/>. Add a rule with
/// <see cref="With(LowInventoryLevelFeeRule)"/>, which returns a new set; nothing global changes.
/// Tables compare by reference; compare their entries to compare two tables.
/// </remarks>
public sealed class LowInventoryLevelFeeRules
{
    private const string What = "low-inventory-level fee rule";
    private readonly EffectiveDatedSet<CountryCode, LowInventoryLevelFeeRule> _rules;

    /// <summary>Creates a set of rules.</summary>
    /// <param name="rules">The rules; at most one per marketplace and start date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two rules have the same marketplace and start date.</exception>
    public LowInventoryLevelFeeRules(IEnumerable<LowInventoryLevelFeeRule> rules)
    {
        _rules = new EffectiveDatedSet<CountryCode, LowInventoryLevelFeeRule>(rules, e => e.Marketplace, What, "marketplace", nameof(rules), e => e.Name);
    }

    /// <summary>The built-in rules: <see cref="LowInventoryLevelFeeRule.AmazonUs2024"/>.</summary>
    public static LowInventoryLevelFeeRules BuiltIn { get; } = new([LowInventoryLevelFeeRule.AmazonUs2024]);

    /// <summary>Every rule of the set, in the order given.</summary>
    public IReadOnlyList<LowInventoryLevelFeeRule> All => _rules.Items;

    /// <summary>A new set with every rule of this one plus <paramref name="rule"/>.</summary>
    /// <param name="rule">The rule to add.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The set already has a rule for that marketplace starting on the same day.</exception>
    public LowInventoryLevelFeeRules With(LowInventoryLevelFeeRule rule) => new([.. _rules.Items, Guard.NotNull(rule)]);

    /// <summary>The rule in force on <paramref name="date"/> for <paramref name="marketplace"/>.</summary>
    /// <param name="marketplace">The marketplace (country).</param>
    /// <param name="date">The day.</param>
    /// <returns>Among the marketplace's rules in force on <paramref name="date"/>, the one that started last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="marketplace"/> is null.</exception>
    /// <exception cref="ArgumentException">The set has no rule for <paramref name="marketplace"/> (parameter <c>marketplace</c>); the message lists the marketplaces it has.</exception>
    /// <exception cref="ArgumentException">The marketplace's rules do not cover <paramref name="date"/>: the earliest starts later, or the last one in force before it has ended (parameter <c>date</c>).</exception>
    public LowInventoryLevelFeeRule InForce(CountryCode marketplace, LocalDate date) => _rules.InForce(marketplace, date, nameof(marketplace));

    /// <summary>Looks up the rule in force on <paramref name="date"/> for <paramref name="marketplace"/>; never throws.</summary>
    /// <param name="marketplace">The marketplace; may be null.</param>
    /// <param name="date">The day.</param>
    /// <param name="rule">The rule, or null when none is in force.</param>
    /// <returns>Whether a rule is in force.</returns>
    public bool TryGetInForce(CountryCode? marketplace, LocalDate date, [NotNullWhen(true)] out LowInventoryLevelFeeRule? rule) =>
        _rules.TryGetInForce(marketplace, date, out rule);
}
