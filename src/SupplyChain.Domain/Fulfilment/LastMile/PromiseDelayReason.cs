namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>Why a parcel did not leave a node (or go out for delivery) on a given day.</summary>
public enum PromiseDelayReason
{
    /// <summary>It was a working day, but the parcel got there after the cut-off: it waits for the next departure.</summary>
    MissedCutOff = 1,

    /// <summary>The node (or the partner) does not work that day: a weekend or a dated closure of its calendar.</summary>
    Closed = 2,

    /// <summary>The station's daily capacity for that day was already taken (see <see cref="StationCapacityLedger"/>).</summary>
    CapacityFull = 3,
}
