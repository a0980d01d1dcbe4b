namespace SupplyChain.Domain.Orders;

/// <summary>Where a parcel stands in its delivery attempts (<see cref="DeliveryAttemptStatus.Stage"/>).</summary>
public enum DeliveryAttemptStage
{
    /// <summary>Not yet out for delivery.</summary>
    NotOutForDelivery = 1,

    /// <summary>On the delivery vehicle: an attempt is under way.</summary>
    OutForDelivery = 2,

    /// <summary>An attempt failed; the parcel waits at the station for the re-attempt on the next working day.</summary>
    AwaitingReattempt = 3,

    /// <summary>The last allowed attempt failed: the parcel must go back to the station.</summary>
    ReturningToStation = 4,

    /// <summary>Back at the station, to be returned to the sender.</summary>
    ReturningToSender = 5,

    /// <summary>Delivered (claimed by the buyer): the end.</summary>
    Delivered = 6,

    /// <summary>Returned to the sender: the end.</summary>
    ReturnedToSender = 7,
}
