namespace SupplyChain.Domain.Parties;

/// <summary>The raw-material producer role: the party supplies materials or components to factories.</summary>
/// <remarks>What it supplies, to whom, is recorded in bills of materials (<c>Products.BillOfMaterials</c>). Roles compare by reference; a party holds at most one role of each kind.</remarks>
public sealed class RawMaterialProducerRole : PartyRole
{
    /// <inheritdoc/>
    public override PartyRoleKind Kind => PartyRoleKind.RawMaterialProducer;
}
