namespace SupplyChain.Domain.Parties;

/// <summary>The manufacturer role: the party makes finished goods in its factories.</summary>
/// <remarks>What it makes, at what cost, is recorded in sourcing agreements (<c>Products.SourcingAgreement</c>). Roles compare by reference; a party holds at most one role of each kind.</remarks>
public sealed class ManufacturerRole : PartyRole
{
    /// <inheritdoc/>
    public override PartyRoleKind Kind => PartyRoleKind.Manufacturer;
}
