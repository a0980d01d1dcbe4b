using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Parties;

/// <summary>
/// A named area with a high concentration of factories and sellers, such as Shenzhen or Yiwu: one or more cities
/// of one country.
/// </summary>
/// <remarks>
/// Membership is derived from the facility's address, never stored: a facility is in the cluster when its country is
/// the cluster's and its city is one of the cluster's cities (compared ignoring case).
/// Clusters compare by reference; compare <see cref="Name"/> to tell two apart.
/// </remarks>
public sealed class IndustrialCluster
{
    private readonly string[] _cities;

    /// <summary>Creates a cluster.</summary>
    /// <param name="name">The cluster's name, e.g. "Pearl River Delta electronics"; not blank.</param>
    /// <param name="country">The country the cluster lies in.</param>
    /// <param name="cities">The cities that make up the cluster; at least one, none blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="country"/> or <paramref name="cities"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="cities"/> is empty or holds a blank or repeated city.</exception>
    public IndustrialCluster(string name, CountryCode country, IEnumerable<string> cities)
    {
        Name = Guard.NotBlank(name);
        Country = Guard.NotNull(country);
        var list = Guard.CopyItems(cities, requireOne: true);
        foreach (var city in list)
        {
            Guard.NotBlank(city, nameof(cities));
        }

        Guard.Distinct(list, c => c.ToUpperInvariant(), nameof(cities));
        _cities = [.. list];
    }

    /// <summary>The cluster's name.</summary>
    public string Name { get; }

    /// <summary>The country the cluster lies in.</summary>
    public CountryCode Country { get; }

    /// <summary>The cities that make up the cluster, as given.</summary>
    public IReadOnlyList<string> Cities => _cities;

    /// <summary>Whether <paramref name="facility"/> is located in the cluster.</summary>
    /// <param name="facility">The facility.</param>
    /// <returns>True when the facility's country is the cluster's and its city is one of the cluster's cities (ignoring case).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facility"/> is null.</exception>
    public bool Contains(Facility facility)
    {
        Guard.NotNull(facility);
        return facility.Address.Country == Country
               && _cities.Any(city => string.Equals(city, facility.Address.City, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The facilities of <paramref name="facilities"/> located in the cluster, ordered by id.</summary>
    /// <param name="facilities">The facilities to look through.</param>
    /// <returns>Those in the cluster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facilities"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="facilities"/> holds null.</exception>
    public IReadOnlyList<Facility> FacilitiesIn(IEnumerable<Facility> facilities) =>
        Guard.CopyItems(facilities, requireOne: false)
            .Where(Contains)
            .OrderBy(f => f.Id.Value, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The cluster's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
