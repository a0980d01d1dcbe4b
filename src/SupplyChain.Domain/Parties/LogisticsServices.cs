namespace SupplyChain.Domain.Parties;

/// <summary>The services a logistics provider offers; a provider may offer several.</summary>
[Flags]
public enum LogisticsServices
{
    /// <summary>No service (not valid for a <see cref="LogisticsProviderRole"/>).</summary>
    None = 0,

    /// <summary>Freight forwarding: books and coordinates the main carriage and customs.</summary>
    Forwarder = 1,

    /// <summary>International express: door-to-door parcels across borders.</summary>
    InternationalExpress = 2,

    /// <summary>Line haul: scheduled long-distance transport between hubs.</summary>
    LineHaul = 4,
}
