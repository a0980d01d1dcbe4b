namespace SupplyChain.Domain.Analytics;

/// <summary>Why a shipment gave no lead-time observation.</summary>
public enum ShipmentSkipReason
{
    /// <summary>No <c>Received</c> event at the route specification's origin.</summary>
    NotReceivedAtOrigin = 1,

    /// <summary>No ending event (see <see cref="ShipmentLeadTimeEnd"/>) at the destination at or after the receipt.</summary>
    NotArrivedAtDestination = 2,

    /// <summary>The receipt or the ending event names no facility, so the lane is unknown.</summary>
    FacilityNotNamed = 3,

    /// <summary>The receipt and the ending event name the same facility, which is no lane.</summary>
    SameFacility = 4,
}
