namespace SupplyChain.Domain.Parties;

/// <summary>The seller role, with the marketplaces the seller sells on.</summary>
/// <remarks>Roles compare by reference; a party holds at most one role of each kind.</remarks>
public sealed class SellerRole : PartyRole
{
    private readonly Marketplace[] _marketplaces;

    /// <summary>Creates the role.</summary>
    /// <param name="marketplaces">The marketplaces the seller sells on; at least one, none repeated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="marketplaces"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="marketplaces"/> is empty, holds null or repeats a marketplace.</exception>
    public SellerRole(IEnumerable<Marketplace> marketplaces)
    {
        var list = Guard.CopyItems(marketplaces, requireOne: true);
        Guard.Distinct(list, m => m, nameof(marketplaces));
        _marketplaces = [.. list];
    }

    /// <inheritdoc/>
    public override PartyRoleKind Kind => PartyRoleKind.Seller;

    /// <summary>The marketplaces the seller sells on, as given.</summary>
    public IReadOnlyList<Marketplace> Marketplaces => _marketplaces;
}
