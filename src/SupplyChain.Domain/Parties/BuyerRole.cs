namespace SupplyChain.Domain.Parties;

/// <summary>The buyer role, with the buyer's delivery addresses.</summary>
/// <remarks>Roles compare by reference; a party holds at most one role of each kind.</remarks>
public sealed class BuyerRole : PartyRole
{
    private readonly Address[] _addresses;

    /// <summary>Creates the role.</summary>
    /// <param name="deliveryAddresses">Where the buyer has goods delivered; at least one, none repeated. The first is the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deliveryAddresses"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="deliveryAddresses"/> is empty, holds null or repeats an address.</exception>
    public BuyerRole(IEnumerable<Address> deliveryAddresses)
    {
        var list = Guard.CopyItems(deliveryAddresses, requireOne: true);
        Guard.Distinct(list, a => a, nameof(deliveryAddresses));
        _addresses = [.. list];
    }

    /// <inheritdoc/>
    public override PartyRoleKind Kind => PartyRoleKind.Buyer;

    /// <summary>The buyer's delivery addresses, as given; the first is the default.</summary>
    public IReadOnlyList<Address> DeliveryAddresses => _addresses;

    /// <summary>The default delivery address (the first one).</summary>
    public Address DefaultDeliveryAddress => _addresses[0];
}
