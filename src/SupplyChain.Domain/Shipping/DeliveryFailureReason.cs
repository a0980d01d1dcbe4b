namespace SupplyChain.Domain.Shipping;

/// <summary>Why a delivery attempt at the buyer's door failed (<see cref="HandlingEventType.DeliveryAttemptFailed"/>).</summary>
public enum DeliveryFailureReason
{
    /// <summary>No one was there to take the parcel.</summary>
    NoOneHome = 1,

    /// <summary>The address could not be found or is incomplete.</summary>
    AddressProblem = 2,

    /// <summary>The buyer refused the parcel.</summary>
    Refused = 3,
}
