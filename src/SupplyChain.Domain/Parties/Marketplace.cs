using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Parties;

/// <summary>A platform's marketplace in one country, such as Amazon's store for Germany.</summary>
/// <remarks>Equality compares the platform and the country.</remarks>
public sealed record Marketplace
{
    /// <summary>Creates a marketplace.</summary>
    /// <param name="platform">The platform party that runs the marketplace.</param>
    /// <param name="country">The country the marketplace sells to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="platform"/> or <paramref name="country"/> is null.</exception>
    public Marketplace(PartyId platform, CountryCode country)
    {
        Platform = Guard.NotNull(platform);
        Country = Guard.NotNull(country);
    }

    /// <summary>The platform party that runs the marketplace.</summary>
    public PartyId Platform { get; }

    /// <summary>The country the marketplace sells to.</summary>
    public CountryCode Country { get; }

    /// <summary>"platform/country", e.g. "amazon/DE".</summary>
    public override string ToString() => $"{Platform}/{Country}";
}
