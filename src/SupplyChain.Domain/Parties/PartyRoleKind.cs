namespace SupplyChain.Domain.Parties;

/// <summary>The roles a party can play in the supply chain. One party may hold several.</summary>
public enum PartyRoleKind
{
    /// <summary>Produces raw materials or components and supplies them to factories.</summary>
    RawMaterialProducer = 1,

    /// <summary>Makes finished goods in its factories.</summary>
    Manufacturer = 2,

    /// <summary>A merchant selling on one or more marketplaces.</summary>
    Seller = 3,

    /// <summary>A marketplace (such as Amazon) that may also store and fulfil sellers' goods.</summary>
    Platform = 4,

    /// <summary>Moves goods across borders: freight forwarder, international express or line-haul carrier.</summary>
    LogisticsProvider = 5,

    /// <summary>A local logistics partner that delivers to the buyer.</summary>
    LastMileCarrier = 6,

    /// <summary>Buys goods and has them delivered.</summary>
    Buyer = 7,
}
