namespace SupplyChain.Domain.Parties;

/// <summary>What a facility is for in the supply chain.</summary>
public enum FacilityKind
{
    /// <summary>A plant that makes goods: a manufacturer's factory, or a raw-material producer's plant.</summary>
    Factory = 1,

    /// <summary>A seller's own warehouse, from which it ships direct-express parcels or sends stock onwards.</summary>
    SellerWarehouse = 2,

    /// <summary>A hub where goods of several shippers are consolidated for the main carriage.</summary>
    ConsolidationHub = 3,

    /// <summary>A platform's international storage centre (overseas fulfilment centre).</summary>
    InternationalStorageCentre = 4,

    /// <summary>A platform's regional central warehouse in the destination market, feeding delivery stations.</summary>
    RegionalCentralWarehouse = 5,

    /// <summary>A delivery station, the last stop before the buyer.</summary>
    DeliveryStation = 6,
}
