namespace SupplyChain.Domain.Shipping;

/// <summary>Where the goods are, derived from the latest handling event (dddsample's TransportStatus).</summary>
public enum TransportStatus
{
    /// <summary>No handling event yet.</summary>
    NotReceived = 0,

    /// <summary>On a carrier: the latest event is <see cref="HandlingEventType.Loaded"/> or <see cref="HandlingEventType.OutForDelivery"/>.</summary>
    OnboardCarrier = 1,

    /// <summary>
    /// In port or at a facility: the latest event is <see cref="HandlingEventType.Received"/>,
    /// <see cref="HandlingEventType.Unloaded"/>, <see cref="HandlingEventType.CustomsCleared"/> or
    /// <see cref="HandlingEventType.DeliveryException"/>.
    /// </summary>
    InPort = 2,

    /// <summary>Claimed by (delivered to) the consignee.</summary>
    Claimed = 3,

    /// <summary>Handed back to the sender after the delivery attempts failed: the latest event is <see cref="HandlingEventType.ReturnedToSender"/>.</summary>
    ReturnedToSender = 4,
}
