using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Parties;

/// <summary>The last-mile carrier role, with the countries the carrier delivers in.</summary>
/// <remarks>Roles compare by reference; a party holds at most one role of each kind.</remarks>
public sealed class LastMileCarrierRole : PartyRole
{
    private readonly CountryCode[] _countries;

    /// <summary>Creates the role.</summary>
    /// <param name="countriesServed">The countries the carrier delivers in; at least one, none repeated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="countriesServed"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="countriesServed"/> is empty, holds null or repeats a country.</exception>
    public LastMileCarrierRole(IEnumerable<CountryCode> countriesServed)
    {
        var list = Guard.CopyItems(countriesServed, requireOne: true);
        Guard.Distinct(list, c => c, nameof(countriesServed));
        _countries = [.. list];
    }

    /// <inheritdoc/>
    public override PartyRoleKind Kind => PartyRoleKind.LastMileCarrier;

    /// <summary>The countries the carrier delivers in, as given.</summary>
    public IReadOnlyList<CountryCode> CountriesServed => _countries;
}
