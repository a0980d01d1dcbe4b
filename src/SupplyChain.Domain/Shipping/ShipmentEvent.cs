using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// A fact about a shipment: a command it accepted, with the shipment's version after it. A shipment's
/// <see cref="Shipment.History"/> is the list of its events, and <see cref="Shipment.Rebuild"/> turns that list back into
/// an equal shipment.
/// </summary>
/// <remarks>
/// <para>
/// Versions count the events of one shipment from 1 (<see cref="ShipmentBooked"/> or <see cref="PartialShipmentBooked"/>)
/// without gaps: an application that stores the events can refuse a writer whose version is not the next one
/// (optimistic concurrency).
/// </para>
/// <para>
/// <b>Instants.</b> Unlike a purchase order's, a shipment's commands carry no instant of their own, and the library reads
/// no clock, so the events carry none either: the one fact with times is the handling event
/// (<see cref="ShipmentHandled.HandlingEvent"/>, with its completion and registration instants). An application that
/// wants to know when it stored an event keeps that instant beside the event, in its store.
/// </para>
/// <para>
/// The kinds are closed (only this library derives from this record): <see cref="ShipmentBooked"/>,
/// <see cref="PartialShipmentBooked"/>, <see cref="ShipmentHandled"/>, <see cref="ShipmentRouted"/>,
/// <see cref="ShipmentRouteSpecified"/>, <see cref="ShipmentGoodsReceived"/>, <see cref="ShipmentSplitOff"/>. Equality
/// compares the kind and every value, lists item by item.
/// </para>
/// </remarks>
public abstract record ShipmentEvent
{
    private protected ShipmentEvent(ShipmentId shipmentId, int version)
    {
        ShipmentId = Guard.NotNull(shipmentId);
        Version = Guard.Positive(version);
    }

    /// <summary>The shipment the event belongs to.</summary>
    public ShipmentId ShipmentId { get; }

    /// <summary>The shipment's version after the event: 1 for the booking, then one more per accepted command.</summary>
    public int Version { get; }

    /// <summary>The event as text, e.g. <c>SHP-1 v3: ShipmentRouted</c>.</summary>
    /// <returns>The shipment id, version and kind of event.</returns>
    public sealed override string ToString() => Guard.Format("{0} v{1}: {2}", ShipmentId, Version, GetType().Name);
}
