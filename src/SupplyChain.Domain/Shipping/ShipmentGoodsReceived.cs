using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>Units of one product were counted in at the consignee (<see cref="Shipment.RecordGoodsReceipt"/>).</summary>
/// <remarks>Equality compares every value.</remarks>
public sealed record ShipmentGoodsReceived : ShipmentEvent
{
    /// <summary>Creates the event. It does not check the counts against a shipment: <see cref="Shipment.Rebuild"/> does.</summary>
    /// <param name="shipmentId">The shipment.</param>
    /// <param name="version">The shipment's version after the event, at least 1.</param>
    /// <param name="product">The product.</param>
    /// <param name="intactQuantity">Units received in good condition; not negative.</param>
    /// <param name="damagedQuantity">Units received damaged; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shipmentId"/> or <paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A quantity is negative.</exception>
    public ShipmentGoodsReceived(ShipmentId shipmentId, int version, ProductId product, int intactQuantity, int damagedQuantity)
        : base(shipmentId, version)
    {
        Product = Guard.NotNull(product);
        IntactQuantity = Guard.NotNegative(intactQuantity);
        DamagedQuantity = Guard.NotNegative(damagedQuantity);
    }

    /// <summary>The product.</summary>
    public ProductId Product { get; }

    /// <summary>Units received in good condition.</summary>
    public int IntactQuantity { get; }

    /// <summary>Units received damaged.</summary>
    public int DamagedQuantity { get; }
}
