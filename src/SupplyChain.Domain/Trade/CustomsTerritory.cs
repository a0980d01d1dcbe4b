using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// The destination a <see cref="CustomsMeasure"/> covers: one importing country, or the customs union of the European
/// Union, whose 27 member states apply one common customs tariff.
/// </summary>
/// <remarks>
/// The European Union is a group, not a country: <see cref="EuropeanUnion"/> has no <see cref="Country"/> and
/// <see cref="Includes(CountryCode)"/> answers for each of its <see cref="MemberStates"/>. Territories compare by
/// value: two territories of the same country are equal, and <see cref="EuropeanUnion"/> equals only itself.
/// </remarks>
public sealed record CustomsTerritory
{
    private static readonly CountryCode[] EuMembers =
        [.. "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".Split(' ').Select(CountryCode.Parse)];

    private CustomsTerritory(CountryCode? country) => Country = country;

    /// <summary>The customs union of the European Union: its 27 member states (Greece is <c>GR</c>).</summary>
    public static CustomsTerritory EuropeanUnion { get; } = new((CountryCode?)null);

    /// <summary>The 27 member states of the European Union (since 2020-02-01), in protocol order.</summary>
    public static IReadOnlyList<CountryCode> MemberStates => EuMembers;

    /// <summary>The country, or null for <see cref="EuropeanUnion"/>.</summary>
    public CountryCode? Country { get; }

    /// <summary>Whether this is the European Union's customs territory.</summary>
    public bool IsEuropeanUnion => Country is null;

    /// <summary>The territory of one importing country.</summary>
    /// <param name="country">The importing country.</param>
    /// <returns>The territory; equal to every other territory of the same country.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    public static CustomsTerritory Of(CountryCode country) => new(Guard.NotNull(country));

    /// <summary>Whether goods entering <paramref name="destination"/> enter this territory.</summary>
    /// <param name="destination">The importing country.</param>
    /// <returns>True when it is <see cref="Country"/>, or a member state of <see cref="EuropeanUnion"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public bool Includes(CountryCode destination)
    {
        Guard.NotNull(destination);
        return Country is null ? IsMemberState(destination) : ReferenceEquals(Country, destination);
    }

    /// <summary>The territory's code: the country's alpha-2 code, or "EU".</summary>
    /// <returns>E.g. "US", "DE" or "EU".</returns>
    public override string ToString() => Country?.Alpha2 ?? "EU";

    internal static bool IsMemberState(CountryCode country) => Array.IndexOf(EuMembers, country) >= 0;
}
