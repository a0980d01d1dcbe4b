namespace SupplyChain.Domain.Fulfilment;

/// <summary>Who holds the goods (custody) or carries them on a step of a <see cref="FulfilmentPlan"/>.</summary>
public enum ChainActor
{
    /// <summary>The seller (merchant), at its own warehouse or factory.</summary>
    Seller = 1,

    /// <summary>The platform (marketplace): its pickup service, consolidation hub or international storage centre.</summary>
    Platform = 2,

    /// <summary>A freight forwarder or line-haul carrier (sea, air, rail or road main carriage).</summary>
    Forwarder = 3,

    /// <summary>An international express carrier (integrator) carrying a parcel door to door.</summary>
    ExpressCarrier = 4,

    /// <summary>The customs authority of the destination, holding the goods until they are cleared for import.</summary>
    Customs = 5,

    /// <summary>The last-mile carrier: a local logistics partner or the platform's own delivery network.</summary>
    LastMileCarrier = 6,

    /// <summary>The buyer, once the goods are delivered.</summary>
    Buyer = 7,
}
