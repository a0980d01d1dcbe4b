namespace SupplyChain.Domain.Shipping;

/// <summary>What happened to a shipment in a <see cref="HandlingEvent"/>.</summary>
/// <remarks>
/// The first five are the handling types of the DDD cargo sample (citerus dddsample-core: RECEIVE, LOAD, UNLOAD,
/// CUSTOMS, CLAIM). <see cref="OutForDelivery"/> and <see cref="DeliveryException"/> are the two parcel-carrier scans
/// that e-commerce tracking adds; <see cref="DeliveryAttemptFailed"/>, <see cref="ReturnedToStation"/> and
/// <see cref="ReturnedToSender"/> are the doorstep and the way back (issue 16).
/// </remarks>
public enum HandlingEventType
{
    /// <summary>The carrier (or first facility) took the goods in charge. Must not name a voyage.</summary>
    Received = 1,

    /// <summary>Loaded onto a voyage, flight or trip. Requires a voyage.</summary>
    Loaded = 2,

    /// <summary>Unloaded from a voyage, flight or trip. Requires a voyage.</summary>
    Unloaded = 3,

    /// <summary>Cleared by customs. Must not name a voyage. Expected anywhere: customs is never a misdirection.</summary>
    CustomsCleared = 4,

    /// <summary>Claimed by, or delivered to, the consignee: the end of the journey. Must not name a voyage.</summary>
    Claimed = 5,

    /// <summary>
    /// On the delivery vehicle of the last mile. May name the delivery trip. Expected only at the last leg's unload
    /// location.
    /// </summary>
    OutForDelivery = 6,

    /// <summary>
    /// The carrier reported a problem (address not found, damaged, held). May name a voyage. A report of a problem,
    /// not a movement: it is never a misdirection, and the itinerary cannot say what comes next.
    /// </summary>
    DeliveryException = 7,

    /// <summary>
    /// A delivery attempt at the buyer's door failed (the reason is <see cref="HandlingEvent.FailureReason"/>). May name
    /// the delivery trip. Expected only at the last leg's unload location; a re-attempt (out for delivery again) is
    /// expected next.
    /// </summary>
    DeliveryAttemptFailed = 8,

    /// <summary>
    /// Back at the delivery station after the last allowed failed attempt, to be returned. May name the trip. Expected
    /// only at the last leg's unload location; the return to the sender is expected next.
    /// </summary>
    ReturnedToStation = 9,

    /// <summary>
    /// Handed back to the sender: the end of a parcel that could not be delivered. Must not name a voyage. Expected only
    /// at the first leg's load location (where the sender handed the goods over).
    /// </summary>
    ReturnedToSender = 10,
}
