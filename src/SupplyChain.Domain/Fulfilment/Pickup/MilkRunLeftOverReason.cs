namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>Why a consignment was left for a later run (see <see cref="MilkRunLeftOver.Reason"/>).</summary>
public enum MilkRunLeftOverReason
{
    /// <summary>Its weight exceeds what the vehicle had left (its volume would fit).</summary>
    Weight = 1,

    /// <summary>Its volume exceeds what the vehicle had left (its weight would fit).</summary>
    Volume = 2,

    /// <summary>Both its weight and its volume exceed what the vehicle had left.</summary>
    WeightAndVolume = 3,
}
