using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// An immutable set of dimensional-weight divisors, and the lookup "the divisor in force on a day for a marketplace"
/// through an <see cref="EffectiveDatedSet{TKey, T}"/> keyed by marketplace: among the marketplace's entries in
/// force on the day (<see cref="DimensionalWeightDivisor.IsInForce(LocalDate)"/>), the one that started last.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="BuiltIn"/> holds <see cref="DimensionalWeightDivisor.AmazonUs2024"/> (1 lb per 139 in³) and one divisor
/// per Amazon EU store in <see cref="AmazonEuMarketplaces"/> (1 kg per 5,000 cm³,
/// <see cref="ChargeableWeightRules.AmazonEu"/>), each named <c>amazon-eu-</c> + the store's alpha-2 code in lower
/// case + <c>-2022-03-31</c> (for example <c>amazon-eu-de-2022-03-31</c>).
/// </para>
/// <para>
/// Source of the EU divisor and its start: Amazon's "2022 Amazon Europe FBA and referral fee changes" (Seller Central
/// Europe, announced for 2022-03-31; reported by Tamebay and Revoic) and the Seller Central EU help page "Product size
/// tier": from 2022-03-31 the weight tier of oversize units fulfilled locally, through Pan-European FBA or the European
/// Fulfilment Network, uses the greater of unit weight and dimensional weight = length × width × height (cm) / 5,000.
/// The same start date is used for every EU store: the Belgian store (amazon.com.be) and the Irish store (amazon.ie)
/// opened after that date, and their divisor is the European fee schedule's, so an entry from 2022-03-31 only matters
/// from their opening. The United Kingdom (amazon.co.uk) uses the same ratio but is not an EU store and is not built in.
/// </para>
/// <para>Add another marketplace or a later divisor with <see cref="With(DimensionalWeightDivisor)"/>, which returns a new set; nothing global changes.</para>
/// <para>Tables compare by reference; compare their entries to compare two tables.</para>
/// </remarks>
public sealed class DimensionalWeightDivisors
{
    private const string What = "dimensional-weight divisor";
    private readonly EffectiveDatedSet<CountryCode, DimensionalWeightDivisor> _divisors;

    /// <summary>Creates a set of divisors.</summary>
    /// <param name="divisors">The divisors; at most one per marketplace and start date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="divisors"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two divisors have the same marketplace and start date.</exception>
    public DimensionalWeightDivisors(IEnumerable<DimensionalWeightDivisor> divisors)
    {
        _divisors = new EffectiveDatedSet<CountryCode, DimensionalWeightDivisor>(divisors, e => e.Marketplace, What, "marketplace", nameof(divisors), e => e.Name);
    }

    /// <summary>
    /// The Amazon EU stores with a built-in divisor, in this order: Germany (DE, amazon.de), France (FR, amazon.fr),
    /// Italy (IT, amazon.it), Spain (ES, amazon.es), the Netherlands (NL, amazon.nl), Sweden (SE, amazon.se), Poland
    /// (PL, amazon.pl), Belgium (BE, amazon.com.be) and Ireland (IE, amazon.ie).
    /// </summary>
    /// <remarks>Source: the stores Amazon Seller Central Europe lists for Pan-European FBA and the European Fulfilment Network.</remarks>
    public static IReadOnlyList<CountryCode> AmazonEuMarketplaces { get; } =
        [.. new[] { "DE", "FR", "IT", "ES", "NL", "SE", "PL", "BE", "IE" }.Select(CountryCode.Parse)];

    /// <summary>
    /// The built-in divisors: <see cref="DimensionalWeightDivisor.AmazonUs2024"/> and, for each store of
    /// <see cref="AmazonEuMarketplaces"/>, 1 kg per 5,000 cm³ from 2022-03-31 (see the remarks of this class).
    /// </summary>
    public static DimensionalWeightDivisors BuiltIn { get; } = new(
        [
            DimensionalWeightDivisor.AmazonUs2024,
            .. AmazonEuMarketplaces.Select(country => new DimensionalWeightDivisor(
                "amazon-eu-" + country.Alpha2.ToLowerInvariant() + "-2022-03-31", country, new LocalDate(2022, 3, 31), ChargeableWeightRules.AmazonEu)),
        ]);

    /// <summary>Every divisor of the set, in the order given.</summary>
    public IReadOnlyList<DimensionalWeightDivisor> All => _divisors.Items;

    /// <summary>A new set with every divisor of this one plus <paramref name="divisor"/>.</summary>
    /// <param name="divisor">The divisor to add.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="divisor"/> is null.</exception>
    /// <exception cref="ArgumentException">The set already has a divisor for that marketplace starting on the same day.</exception>
    public DimensionalWeightDivisors With(DimensionalWeightDivisor divisor) => new([.. _divisors.Items, Guard.NotNull(divisor)]);

    /// <summary>The divisor in force on <paramref name="date"/> for <paramref name="marketplace"/>.</summary>
    /// <param name="marketplace">The marketplace (country).</param>
    /// <param name="date">The day.</param>
    /// <returns>Among the marketplace's divisors in force on <paramref name="date"/>, the one that started last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="marketplace"/> is null.</exception>
    /// <exception cref="ArgumentException">The set has no divisor for <paramref name="marketplace"/> (parameter <c>marketplace</c>); the message lists the marketplaces it has.</exception>
    /// <exception cref="ArgumentException">The marketplace's divisors do not cover <paramref name="date"/>: the earliest starts later, or the last one in force before it has ended (parameter <c>date</c>).</exception>
    public DimensionalWeightDivisor InForce(CountryCode marketplace, LocalDate date) => _divisors.InForce(marketplace, date, nameof(marketplace));

    /// <summary>Looks up the divisor in force on <paramref name="date"/> for <paramref name="marketplace"/>; never throws.</summary>
    /// <param name="marketplace">The marketplace; may be null.</param>
    /// <param name="date">The day.</param>
    /// <param name="divisor">The divisor, or null when none is in force.</param>
    /// <returns>Whether a divisor is in force.</returns>
    public bool TryGetInForce(CountryCode? marketplace, LocalDate date, [NotNullWhen(true)] out DimensionalWeightDivisor? divisor) =>
        _divisors.TryGetInForce(marketplace, date, out divisor);

    /// <summary>The dimensional weight of a packaged item's box under the divisor in force on <paramref name="date"/> for <paramref name="marketplace"/>.</summary>
    /// <param name="marketplace">The marketplace (country).</param>
    /// <param name="date">The day.</param>
    /// <param name="dimensions">The box.</param>
    /// <returns>The dimensional weight, not rounded, in the divisor's mass unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="marketplace"/> or <paramref name="dimensions"/> is null.</exception>
    /// <exception cref="ArgumentException">No divisor is in force (see <see cref="InForce(CountryCode, LocalDate)"/>).</exception>
    public Mass DimensionalWeight(CountryCode marketplace, LocalDate date, Dimensions dimensions)
    {
        Guard.NotNull(dimensions);
        return InForce(marketplace, date).DimensionalWeight(dimensions);
    }
}
