namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>What a <see cref="PromiseStep"/> is.</summary>
public enum PromiseStepKind
{
    /// <summary>The parcel leaves a node on a line haul, or is handed to a local partner at its cut-off.</summary>
    Departure = 1,

    /// <summary>The parcel goes out for delivery to the buyer (from the station, or by the partner after its transit).</summary>
    Delivery = 2,
}
