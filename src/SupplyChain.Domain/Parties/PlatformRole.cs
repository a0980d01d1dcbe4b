using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Parties;

/// <summary>The platform role, with the international storage centres the platform runs.</summary>
/// <remarks>Roles compare by reference; a party holds at most one role of each kind.</remarks>
public sealed class PlatformRole : PartyRole
{
    private readonly FacilityId[] _storageCentres;

    /// <summary>Creates the role.</summary>
    /// <param name="storageCentres">The platform's international storage centres; may be empty (a marketplace without fulfilment), none repeated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="storageCentres"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="storageCentres"/> holds null or repeats a facility.</exception>
    public PlatformRole(IEnumerable<FacilityId> storageCentres)
    {
        var list = Guard.CopyItems(storageCentres, requireOne: false);
        Guard.Distinct(list, f => f, nameof(storageCentres));
        _storageCentres = [.. list];
    }

    /// <inheritdoc/>
    public override PartyRoleKind Kind => PartyRoleKind.Platform;

    /// <summary>The platform's international storage centres, as given.</summary>
    public IReadOnlyList<FacilityId> StorageCentres => _storageCentres;
}
