namespace SupplyChain.Domain.Parties;

/// <summary>
/// A role a <see cref="Party"/> holds, with the data that belongs to that role (a seller's marketplaces, a
/// platform's storage centres, a buyer's delivery addresses).
/// </summary>
/// <remarks>
/// The set of roles is closed: the subclasses in this namespace, one per <see cref="PartyRoleKind"/>. Roles are
/// immutable values.
/// </remarks>
public abstract class PartyRole
{
    private protected PartyRole()
    {
    }

    /// <summary>Which role this is.</summary>
    public abstract PartyRoleKind Kind { get; }

    /// <summary>The role's kind.</summary>
    /// <returns>The name of <see cref="Kind"/>.</returns>
    public override string ToString() => Kind.ToString();
}
