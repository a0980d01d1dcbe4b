using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Parties;

/// <summary>
/// An actor of the supply chain: a producer, a factory, a seller, a platform, a carrier or a buyer, with one or more
/// roles (each at most once) and the role-specific data that goes with them.
/// </summary>
/// <remarks>
/// An entity: two parties are the same party when their <see cref="Id"/>s are equal (the class keeps reference
/// equality, so compare ids). Commands (<see cref="AddRole"/>, <see cref="RemoveRole"/>) check everything first; a
/// refusal throws <see cref="DomainRuleException"/> and leaves the party unchanged.
/// </remarks>
public sealed class Party
{
    private readonly SortedDictionary<PartyRoleKind, PartyRole> _roles = [];

    /// <summary>Creates a party.</summary>
    /// <param name="id">The party's id.</param>
    /// <param name="name">The party's name; not blank.</param>
    /// <param name="country">The country where the party is established.</param>
    /// <param name="roles">Its roles: at least one, each kind at most once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/>, <paramref name="country"/> or <paramref name="roles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="roles"/> is empty, holds null or holds a kind twice.</exception>
    public Party(PartyId id, string name, CountryCode country, IEnumerable<PartyRole> roles)
    {
        Id = Guard.NotNull(id);
        Name = Guard.NotBlank(name);
        Country = Guard.NotNull(country);
        var list = Guard.CopyItems(roles, requireOne: true);
        Guard.Distinct(list, r => r.Kind, nameof(roles));
        foreach (var role in list)
        {
            _roles.Add(role.Kind, role);
        }
    }

    /// <summary>The party's id.</summary>
    public PartyId Id { get; }

    /// <summary>The party's name.</summary>
    public string Name { get; }

    /// <summary>The country where the party is established.</summary>
    public CountryCode Country { get; }

    /// <summary>The party's roles, ordered by <see cref="PartyRoleKind"/>.</summary>
    public IReadOnlyCollection<PartyRole> Roles => _roles.Values;

    /// <summary>Whether the party holds the role <paramref name="kind"/>.</summary>
    /// <param name="kind">The role.</param>
    /// <returns>True when it does.</returns>
    public bool Holds(PartyRoleKind kind) => _roles.ContainsKey(kind);

    /// <summary>The party's role of type <typeparamref name="TRole"/>, or null when it does not hold it.</summary>
    /// <typeparam name="TRole">The role type, e.g. <see cref="SellerRole"/>.</typeparam>
    /// <returns>The role with its data, or null.</returns>
    public TRole? Role<TRole>()
        where TRole : PartyRole =>
        _roles.Values.OfType<TRole>().FirstOrDefault();

    /// <summary>Gives the party one more role.</summary>
    /// <param name="role">The role, with its data.</param>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    /// <exception cref="DomainRuleException">The party already holds a role of that kind (rule <see cref="DomainRules.PartiesRoleOnce"/>); nothing changes.</exception>
    public void AddRole(PartyRole role)
    {
        Guard.NotNull(role);
        if (_roles.ContainsKey(role.Kind))
        {
            throw new DomainRuleException(DomainRules.PartiesRoleOnce, Guard.Format(ErrorMessages.PartyRoleAlreadyHeld, role.Kind, Id));
        }

        _roles.Add(role.Kind, role);
    }

    /// <summary>Takes a role away from the party.</summary>
    /// <param name="kind">The role to remove.</param>
    /// <exception cref="DomainRuleException">The party does not hold the role (rule <see cref="DomainRules.PartiesRoleHeld"/>), or it is its only role (rule <see cref="DomainRules.PartiesAtLeastOneRole"/>); nothing changes.</exception>
    public void RemoveRole(PartyRoleKind kind)
    {
        if (!_roles.ContainsKey(kind))
        {
            throw new DomainRuleException(DomainRules.PartiesRoleHeld, Guard.Format(ErrorMessages.PartyRoleNotHeld, kind, Id));
        }

        if (_roles.Count == 1)
        {
            throw new DomainRuleException(DomainRules.PartiesAtLeastOneRole, Guard.Format(ErrorMessages.PartyLastRole, kind, Id));
        }

        _roles.Remove(kind);
    }

    /// <summary>"Name (id)".</summary>
    public override string ToString() => $"{Name} ({Id})";
}
