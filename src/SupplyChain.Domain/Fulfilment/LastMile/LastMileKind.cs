namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>Who delivers after customs clearance.</summary>
public enum LastMileKind
{
    /// <summary>A local logistics partner (a national post or parcel carrier of the destination).</summary>
    LocalPartner = 1,

    /// <summary>The platform's own network: regional central warehouse → delivery station → buyer.</summary>
    PlatformNetwork = 2,
}
