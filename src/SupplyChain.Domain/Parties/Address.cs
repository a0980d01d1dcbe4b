using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Parties;

/// <summary>A postal address reduced to what the supply chain needs: country, city and postal code.</summary>
/// <remarks>
/// <para>
/// Equality compares the country, the city and the postal code as given (ordinal, case-sensitive); the text is not
/// trimmed or normalised. Some places (such as Hong Kong) have no postal codes, so <see cref="PostalCode"/> is
/// optional and set by name, <c>new Address(country, "Berlin") { PostalCode = "10115" }</c>, so that it cannot be
/// swapped with the city.
/// </para>
/// </remarks>
public sealed record Address
{
    /// <summary>Creates an address without a postal code; set one by name (<see cref="PostalCode"/>).</summary>
    /// <param name="country">The country.</param>
    /// <param name="city">The city; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> or <paramref name="city"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="city"/> is empty or white space.</exception>
    public Address(CountryCode country, string city)
    {
        Country = Guard.NotNull(country);
        City = Guard.NotBlank(city);
    }

    /// <summary>The country.</summary>
    public CountryCode Country { get; }

    /// <summary>The city.</summary>
    public string City { get; }

    /// <summary>The postal code, or null (the default) where the place has none; not blank when given.</summary>
    /// <exception cref="ArgumentException">The postal code is empty or white space.</exception>
    public string? PostalCode { get; init => field = value is null ? null : Guard.NotBlank(value, nameof(PostalCode)); }

    /// <summary>"City postal code, country", e.g. "Shenzhen 518000, CN".</summary>
    /// <returns>The address on one line.</returns>
    public override string ToString() => PostalCode is null ? $"{City}, {Country}" : $"{City} {PostalCode}, {Country}";
}
