using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Parties;

/// <summary>A postal address reduced to what the supply chain needs: country, city and postal code.</summary>
/// <remarks>
/// Equality compares the country, the city and the postal code as given (ordinal, case-sensitive); the text is not
/// trimmed or normalised. Some places (such as Hong Kong) have no postal codes, so <see cref="PostalCode"/> is
/// optional.
/// </remarks>
public sealed record Address
{
    /// <summary>Creates an address.</summary>
    /// <param name="country">The country.</param>
    /// <param name="city">The city; not blank.</param>
    /// <param name="postalCode">The postal code, or null where the place has none; not blank when given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> or <paramref name="city"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="city"/> or <paramref name="postalCode"/> is empty or white space.</exception>
    public Address(CountryCode country, string city, string? postalCode = null)
    {
        Country = Guard.NotNull(country);
        City = Guard.NotBlank(city);
        PostalCode = postalCode is null ? null : Guard.NotBlank(postalCode);
    }

    /// <summary>The country.</summary>
    public CountryCode Country { get; }

    /// <summary>The city.</summary>
    public string City { get; }

    /// <summary>The postal code, or null where the place has none.</summary>
    public string? PostalCode { get; }

    /// <summary>"City postal code, country", e.g. "Shenzhen 518000, CN".</summary>
    /// <returns>The address on one line.</returns>
    public override string ToString() => PostalCode is null ? $"{City}, {Country}" : $"{City} {PostalCode}, {Country}";
}
